import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBreakdown } from '../../src/cli/load-breakdown';
import { SOFFICE_ENV } from '../../src/cli/print-command';
import { expectFixtureTasks } from '../core/import/fixture-expected';
import { TITLE } from '../core/import/fixture-table';
import { fixtureHtml } from '../pdf/fixture-pdf';
import { sofficeConvert } from '../xlsx/libreoffice';
import { runCli } from './run-cli';

/**
 * .doc, .wps and .odt breakdowns: LibreOffice Writer saves the fixture's table in each format
 * (a .wps from WPS is a Word 97 file under another name), and import converts it back to .docx.
 * .xls, .et and .ods: LibreOffice Calc saves it (an .et from WPS is an Excel 97 file under another
 * name; web systems often export an HTML table named .xls), and import converts it to .xlsx.
 */
const dir = mkdtempSync(join(tmpdir(), 'converted-'));
const files: Record<string, string> = {};

beforeAll(async () => {
  const html = join(dir, 'fenjie.html');
  writeFileSync(html, fixtureHtml(true));
  files['.doc'] = (await sofficeConvert(html, 'doc:MS Word 97', dir, 'HTML (StarWriter)')).output;
  files['.odt'] = (await sofficeConvert(html, 'odt:writer8', dir, 'HTML (StarWriter)')).output;
  files['.wps'] = join(dir, 'fenjie.wps');
  copyFileSync(files['.doc'], files['.wps']);
  const sheet = join(dir, 'sheet');
  mkdirSync(sheet);
  const sheetHtml = join(sheet, 'fenjie.html');
  writeFileSync(sheetHtml, fixtureHtml(true));
  files['.xls'] = (await sofficeConvert(sheetHtml, 'xls:MS Excel 97', sheet, 'HTML (StarCalc)')).output;
  files['.ods'] = (await sofficeConvert(sheetHtml, 'ods:calc8', sheet, 'HTML (StarCalc)')).output;
  files['.et'] = join(sheet, 'fenjie.et');
  copyFileSync(files['.xls'], files['.et']);
  files['html .xls'] = join(sheet, 'export.xls');
  copyFileSync(sheetHtml, files['html .xls']);
});

afterEach(() => {
  delete process.env[SOFFICE_ENV];
});

describe('a breakdown in an older or other word-processor format', () => {
  it.each(['.doc', '.wps', '.odt'])('%s: converted by LibreOffice, imports to the 48 tasks', async (ext) => {
    const result = await loadBreakdown(files[ext]);
    expect([result.planYear, result.title]).toEqual([2024, TITLE]);
    expectFixtureTasks(result, { rows: false });
  });

  it.each(['.xls', '.et', '.ods', 'html .xls'])('%s: converted by LibreOffice, imports to the 48 tasks', async (ext) => {
    const result = await loadBreakdown(files[ext]);
    expect([result.planYear, result.title]).toEqual([2024, TITLE]);
    expectFixtureTasks(result, { rows: false });
  });

  it('an .xls without LibreOffice: says how to save it as .xlsx', async () => {
    process.env[SOFFICE_ENV] = join(dir, 'no-such-soffice');
    const r = await runCli('import', files['.xls']);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `错误：${files['.xls']}：是 .xls 文件，需要 LibreOffice 转换后才能读取，但本机没有安装。`
      + '请用 Excel 或 WPS 打开后“另存为” .xlsx 再导入；或安装 LibreOffice（sudo apt-get install libreoffice-calc-nogui）\n']);
  });

  it('without LibreOffice, says how to save it as .docx', async () => {
    process.env[SOFFICE_ENV] = join(dir, 'no-such-soffice');
    const r = await runCli('import', files['.doc']);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `错误：${files['.doc']}：是 .doc 文件，需要 LibreOffice 转换后才能读取，但本机没有安装。`
      + '请用 Word 或 WPS 打开后“另存为” .docx 再导入；或安装 LibreOffice（sudo apt-get install libreoffice-writer-nogui）\n']);
  });
});
