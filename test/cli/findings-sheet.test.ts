/** 校验 is always current: every save lists what `check` finds on the saved file. */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import { planReturns } from '../../src/core/distribute';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { writeReturnXlsx } from '../../src/xlsx/write-return';
import { fillReturn } from '../support/returns-fill';
import { GENERATED, fixtureLedger } from '../support/returns-scenario';
import { tempDir } from './ledger-files';
import { runCli } from './run-cli';

/** The 校验 sheet's 说明 column, in order. */
async function findingsSheet(file: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet('校验')!;
  const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const column = headers.findIndex((h) => h === '说明' || h === '问题');
  if (column < 1) throw new Error(`校验 headers: ${headers.join('|')}`);
  const messages: string[] = [];
  sheet.eachRow((row, n) => void (n > 1 && messages.push(String(row.getCell(column).value ?? ''))));
  return messages;
}

async function checkMessages(file: string): Promise<string[]> {
  const run = await runCli('check', file, '--json');
  return (JSON.parse(run.stdout) as { findings: Array<{ message: string }> }).findings.map((f) => f.message);
}

describe('the 校验 sheet', () => {
  let dir: string;
  let ledgerFile: string;

  beforeAll(async () => {
    dir = await tempDir('findings-sheet-');
    const ledger = fixtureLedger();
    ledgerFile = path.join(dir, '台账.xlsx');
    await fs.writeFile(ledgerFile, await writeLedgerXlsx(ledger));
    const plan = planReturns(ledger, { round: '2024-09' }).returns.find((p) => p.unit === '区财政局')!;
    await fs.mkdir(path.join(dir, 'in'));
    await fs.writeFile(path.join(dir, 'in', '区财政局.xlsx'), await fillReturn(await writeReturnXlsx(plan, GENERATED), { '2-05': { status: '推进中', progress: '按季度公开' } }));
  });

  it('lists what check finds after a merge', async () => {
    expect((await runCli('merge', ledgerFile, path.join(dir, 'in'))).code).toBe(0);
    const checked = await checkMessages(ledgerFile);
    expect(checked.length).toBeGreaterThan(0);
    expect(await findingsSheet(ledgerFile)).toEqual(checked);
  });

  it('lists what check finds after an undo', async () => {
    expect((await runCli('undo', ledgerFile)).code).toBe(0);
    expect(await findingsSheet(ledgerFile)).toEqual(await checkMessages(ledgerFile));
  });

  it('follows an edit once `check --write` saves the ledger', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(ledgerFile);
    const tasks = book.getWorksheet('任务台账')!;
    const lead = (tasks.getRow(1).values as unknown[]).indexOf('牵头单位');
    tasks.getRow(2).getCell(lead).value = '区不存在的局';
    await book.xlsx.writeFile(ledgerFile);
    const before = await findingsSheet(ledgerFile);
    const checked = await checkMessages(ledgerFile);
    expect(checked.some((m) => m.includes('区不存在的局'))).toBe(true);
    expect(before.some((m) => m.includes('区不存在的局'))).toBe(false);
    const run = await runCli('check', ledgerFile, '--write');
    expect(run.stderr).toContain('已更新“校验”工作表');
    expect(await findingsSheet(ledgerFile)).toEqual(checked);
  });
});
