/**
 * Hostile and oversized inputs get a Chinese message naming what is wrong: a cell over Excel's
 * 32,767 characters, a character reference to no character, XML entity declarations.
 */
import JSZip from 'jszip';
import { promises as fs } from 'fs';
import * as path from 'path';
import { planReturns } from '../../src/core/distribute';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { writeReturnXlsx } from '../../src/xlsx/write-return';
import { buildDocx } from '../docx/build-docx';
import { fillReturn } from '../support/returns-fill';
import { GENERATED, fixtureLedger } from '../support/returns-scenario';
import { tempDir } from './ledger-files';
import { runCli } from './run-cli';

async function setUp() {
  const dir = await tempDir('merge-hostile-');
  const ledger = fixtureLedger();
  const ledgerFile = path.join(dir, '台账.xlsx');
  await fs.writeFile(ledgerFile, await writeLedgerXlsx(ledger));
  const plan = planReturns(ledger, { round: '2024-09' }).returns.find((p) => p.unit === '区财政局')!;
  return { dir, ledgerFile, blank: await writeReturnXlsx(plan, GENERATED) };
}

/** The zip with `part` rewritten by `edit`. */
async function rewrite(bytes: Uint8Array, part: string, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(part, edit(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('hostile and oversized inputs', () => {
  it('refuses a cell over 32,767 characters, naming it, and takes the rest of the return', async () => {
    const { dir, ledgerFile, blank } = await setUp();
    const file = path.join(dir, '区财政局.xlsx');
    await fs.writeFile(file, await fillReturn(blank, { '2-05': { progress: '长'.repeat(40_000) }, '1-03': { status: '推进中' } }));
    const run = await runCli('merge', ledgerFile, file, '--json');
    expect(run.code).toBe(3);
    const json = JSON.parse(run.stdout);
    expect([json.files[0].status, json.files[0].updated]).toEqual(['partial', 1]);
    expect(json.files[0].errors).toMatchObject([{
      code: 'consolidate.cell-too-long', row: 6, cell: 'H6',
      message: '「区财政局.xlsx」工作表「报送表」第 6 行 H6 单元格：内容有 40000 个字符，超过 Excel 单元格上限 32767 个字符（再次保存时会被截断），本单元格未合并，请单位精简后重新报送。',
    }]);
  });

  it('refuses a return with XML entity declarations or a bad character reference as such, not as an incomplete file', async () => {
    const { dir, ledgerFile, blank } = await setUp();
    const filled = await fillReturn(blank, { '2-05': { progress: '已公开' } });
    await fs.mkdir(path.join(dir, 'in'));
    await fs.writeFile(path.join(dir, 'in', '实体.xlsx'), await rewrite(filled, 'xl/workbook.xml', (xml) => xml.replace('?>', '?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>')));
    await fs.writeFile(path.join(dir, 'in', '字符.xlsx'), await rewrite(filled, 'xl/sharedStrings.xml', (xml) => xml.replace('已公开', '已公开&#x110000;')));
    const run = await runCli('merge', ledgerFile, path.join(dir, 'in'), '--json');
    const json = JSON.parse(run.stdout);
    expect(json.files.map((f: { file: string; errors: unknown }) => [f.file, f.errors])).toMatchObject([
      ['字符.xlsx', [{ code: 'consolidate.bad-char-ref', message: '「字符.xlsx」内部的 xl/sharedStrings.xml 含有无效的字符引用 &#x110000;（不对应任何字符），文件已损坏或被改动过，无法读取。' }]],
      ['实体.xlsx', [{ code: 'consolidate.xml-entities', message: '「实体.xlsx」内部的 xl/workbook.xml 含有 XML 实体声明（DOCTYPE/ENTITY），Office 软件不会生成这样的文件，为安全起见不读取。' }]],
    ]);
  });

  it('imports a .docx with a bad character reference or entities as a Chinese error (exit 2), not 内部错误', async () => {
    const { dir } = await setUp();
    const docx = await buildDocx([{ paragraph: '2024年政务公开工作任务分解表' }]);
    const badRef = path.join(dir, '坏字符.docx');
    await fs.writeFile(badRef, await rewrite(docx, 'word/document.xml', (xml) => xml.replace('分解表', '分解表&#x110000;')));
    const run = await runCli('import', badRef, '-o', path.join(dir, 'out.xlsx'));
    expect([run.code, run.stderr]).toEqual([2, `错误：${badRef}：内部的 word/document.xml 含有无效的字符引用 &#x110000;（不对应任何字符），文件已损坏或被改动过，无法读取\n`]);
    const entities = path.join(dir, '实体.docx');
    await fs.writeFile(entities, await rewrite(docx, 'word/document.xml', (xml) => xml.replace('?>', '?><!DOCTYPE w [<!ENTITY x "x">]>')));
    const run2 = await runCli('import', entities, '-o', path.join(dir, 'out.xlsx'));
    expect([run2.code, run2.stderr]).toEqual([2, `错误：${entities}：内部的 word/document.xml 含有 XML 实体声明（DOCTYPE/ENTITY），Office 软件不会生成这样的文件，为安全起见不读取\n`]);
  });
});
