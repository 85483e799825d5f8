import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { SOFFICE_ENV } from '../../src/cli/print-command';
import { buildPrintLayout } from '../../src/layout/print-layout';
import { libreOfficePrintOptions } from '../../src/xlsx/print-installed-fonts';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { printedFixtureLedger, PRINT_TODAY } from '../xlsx/print-fixture-ledger';
import { columnText, columnWords, occurrences, readPdf, squeeze } from '../xlsx/print-pdf-tools';
import { buildStatusTable } from '../../src/core/report/status-table';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    return { code: await main(['node', 'task-ledger', 'print', ...args]), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('task-ledger print', () => {
  const dir = mkdtempSync(join(tmpdir(), 'print-cli-'));
  const ledgerFile = join(dir, '台账.xlsx');

  beforeAll(async () => {
    writeFileSync(ledgerFile, await writeLedgerXlsx(printedFixtureLedger()));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  afterEach(() => {
    delete process.env[SOFFICE_ENV];
  });

  it('writes a PDF through LibreOffice, grouped by unit, only the tasks not done', async () => {
    const pdfFile = join(dir, 'status.pdf');
    const result = await run(ledgerFile, '-o', pdfFile, '--by', 'unit', '--only', 'not-done', '--today', PRINT_TODAY);
    expect(result).toEqual({ code: 0, stderr: '', stdout: `已生成“${pdfFile}”：推进情况表 44 项任务（其中逾期 6 项），单位汇总 25 个单位\n` });
    const pdf = readPdf(pdfFile);
    expect(pdf.pageSizes.every((s) => s.startsWith('841.89 x 595.'))).toBe(true);
    expect(pdf.pages[0]).toContain('2024年广丰区政务公开工作任务推进情况表');
    expect(pdf.pages[0]).toContain('截至2025年1月6日（仅列未完成任务）');
    const { ledger: printed } = await readLedgerXlsx(readFileSync(ledgerFile), '台账.xlsx');
    const columns = buildPrintLayout(printed!, { today: PRINT_TODAY, by: 'unit', only: 'not-done' }, await libreOfficePrintOptions()).sheets[0].columns;
    const headers = columns.map((c) => c.header);
    const widths = columns.map((c) => c.width);
    const firstColumn = columnWords(pdf.words[0], headers, widths, 0).map((w) => w.text).join('');
    // 区工信局 leads only 1-01 and reported it 已完成 (单位报送): under --only not-done it has no row, 区发改委 comes first.
    expect(firstColumn.startsWith('区发改委1')).toBe(true);
    // Each task once under each of its lead units, whole: a row too short for its text would lose its last line.
    const tasksColumn = pdf.words.map((words) => (words.some((w) => w.text === '工作任务') ? columnText(words, headers, widths, 2) : '')).join('').replace(/（续）/g, '');
    const { ledger } = await readLedgerXlsx(readFileSync(ledgerFile), '台账.xlsx');
    const rows = buildStatusTable(ledger!, { today: PRINT_TODAY, by: 'unit', only: 'not-done' }).groups.flatMap((g) => g.rows);
    const wrong = rows.filter((r) => occurrences(tasksColumn, squeeze(r.task)) !== rows.filter((o) => o.taskId === r.taskId).length).map((r) => r.taskId);
    expect(wrong).toEqual([]);
    // A unit's heading never ends a page: the last entry of the 序号 column on every page of the table is a number.
    const lastFirstColumnWords = pdf.words
      .filter((words) => words.some((w) => w.text === '工作任务'))
      .map((words) => columnWords(words, headers, widths, 0).filter((w) => w.y0 < 520).pop()!.text);
    expect(lastFirstColumnWords.filter((t) => !/^\d+$/.test(t))).toEqual([]);
    expect(squeeze(pdf.pages.join(''))).not.toContain('依法推进企业信用信息公示');
  });

  it('writes the formatted workbook with --xlsx: only the two print sheets, A4 landscape, header row repeated, `— n —` footer', async () => {
    const xlsxFile = join(dir, 'status.xlsx');
    const result = await run(ledgerFile, '-o', xlsxFile, '--xlsx', '--today', PRINT_TODAY, '--unit', '区政府办');
    expect(result.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsxFile);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['推进情况表', '单位汇总']);
    const ws = wb.getWorksheet('推进情况表')!;
    expect(ws.getCell('A1').value).toBe('2024年广丰区政务公开工作任务推进情况表');
    expect(ws.getCell('A1').font).toMatchObject({ name: '方正小标宋简体', size: 22, bold: true });
    expect(ws.getCell('B5').font).toMatchObject({ name: '仿宋', size: 12 });
    expect(ws.getCell('A2').value).toBe('截至2025年1月6日（牵头单位：区政府办）');
    expect(ws.getCell('A1').isMerged && ws.getCell('G1').master.address).toBe('A1');
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3', horizontalCentered: true });
    expect(ws.headerFooter.oddFooter).toBe('&C— &P —');
    expect(ws.getRow(5).height).toBeGreaterThan(20);
  });

  it('says in Chinese which package to install when LibreOffice is missing (exit 2)', async () => {
    process.env[SOFFICE_ENV] = join(dir, 'no-such-soffice');
    const result = await run(ledgerFile, '-o', join(dir, 'never.pdf'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('未找到 LibreOffice');
    expect(result.stderr).toContain('libreoffice-calc-nogui');
    expect(existsSync(join(dir, 'never.pdf'))).toBe(false);
  });

  it('refuses bad options and unknown units with a Chinese message (exit 2)', async () => {
    expect(await run(ledgerFile, '--by', 'month')).toMatchObject({ code: 2, stderr: '错误：--by 只能是 category（按工作类别）或 unit（按牵头单位），收到“month”\n' });
    expect(await run(ledgerFile, '--only', 'late')).toMatchObject({ code: 2, stderr: '错误：--only 只能是 overdue（仅逾期）或 not-done（仅未完成），收到“late”\n' });
    expect(await run(ledgerFile, '--today', '2024-02-30')).toMatchObject({ code: 2, stderr: '错误：--today 应为日期，如 --today 2024-09-30 或 2024年9月30日（收到“2024-02-30”）\n' });
    const unknown = await run(ledgerFile, '--xlsx', '--unit', '区税务局');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^错误：“区税务局”不是任何任务的牵头单位；可选：区工信局、区发改委/);
    expect(await run(join(dir, 'missing.xlsx'))).toMatchObject({ code: 2, stderr: `错误：找不到文件：${join(dir, 'missing.xlsx')}\n` });
  });
});
