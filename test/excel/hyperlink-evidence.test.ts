/**
 * The Office.js side reads and writes a hyperlink in 佐证材料 as the .xlsx side does: a merged
 * return's link becomes a hyperlink cell, a link the office typed survives a merge and its undo,
 * and what the pane reads equals what the .xlsx reader gives.
 */
import { planReturns } from '../../src/core/distribute';
import type { Ledger } from '../../src/core/ledger';
import { consolidateInWorkbook, undoInWorkbook } from '../../src/excel/consolidate';
import { readOpenLedger } from '../../src/excel/read-ledger';
import { drawLedger } from '../../src/excel/render-ledger';
import { taskColumnLetter } from '../../src/layout/task-columns';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { writeReturnXlsx } from '../../src/xlsx/write-return';
import { cellKey, createExcelStandin, findSheet, parseAddress, type ExcelStandin, withStandin } from '../support/excel-standin';
import { fillReturn } from '../support/returns-fill';
import { GENERATED, fixtureLedger } from '../support/returns-scenario';

const OPTS = { batchId: '合并-20240926-100000', time: '2024-09-26T10:00:00+08:00' };
const URL_A = 'https://gov.example.cn/caizheng/纪要.pdf';
const URL_B = 'https://gov.example.cn/zhuanlan';

async function readBack(standin: ExcelStandin): Promise<Ledger> {
  return withStandin(standin, async () => (await readOpenLedger({ fallbackPlanYear: 2024 })).ledger!);
}

function rowOf(ledger: Ledger, id: string): number {
  return ledger.tasks.findIndex((t) => t.id === id) + 2;
}

function evidenceCell(standin: ExcelStandin, ledger: Ledger, id: string) {
  const { rect } = parseAddress(`${taskColumnLetter('evidence')}${rowOf(ledger, id)}`);
  const cell = findSheet(standin.host.state, '任务台账')!.cells.get(cellKey(rect!.row, rect!.column));
  return { value: cell?.value, hyperlink: cell?.hyperlink };
}

async function upload(ledger: Ledger, unit: string, edits: Parameters<typeof fillReturn>[1]) {
  const plan = planReturns(ledger, { round: '2024-09' }).returns.find((p) => p.unit === unit)!;
  return { name: `${unit}.xlsx`, bytes: await fillReturn(await writeReturnXlsx(plan, GENERATED), edits) };
}

describe('a hyperlink in 佐证材料 in the open workbook', () => {
  it('from a merged return is a hyperlink cell, and reads back as the .xlsx reader reads it', async () => {
    const standin = createExcelStandin({ maxApiVersion: '1.9' });
    await withStandin(standin, () => drawLedger(fixtureLedger()));
    const before = await readBack(standin);
    const files = [await upload(before, '区财政局', { '2-05': { status: '推进中', evidence: { text: '会议纪要', hyperlink: URL_A } } })];
    const outcome = await withStandin(standin, () => consolidateInWorkbook(files, OPTS));
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const after = await readBack(standin);
    const task = after.tasks.find((t) => t.id === '2-05')!;
    expect(task.unitReports['区财政局'].evidence).toBe(`会议纪要 ${URL_A}`);
    expect(evidenceCell(standin, after, '2-05')).toEqual({ value: task.evidence, hyperlink: { address: URL_A, textToDisplay: task.evidence } });
    expect((await readLedgerXlsx(await writeLedgerXlsx(after), '台账.xlsx')).ledger).toEqual(after);
  });

  it('typed by the office survives a merge of another unit’s return and its undo', async () => {
    const standin = createExcelStandin({ maxApiVersion: '1.9' });
    const ledger = fixtureLedger();
    await withStandin(standin, () => drawLedger(ledger));
    const address = `${taskColumnLetter('evidence')}${rowOf(ledger, '1-03')}`;
    await standin.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('任务台账').getRange(address).hyperlink = { address: URL_B, textToDisplay: '政务公开专栏' };
    });
    const typed = await readBack(standin);
    expect(typed.tasks.find((t) => t.id === '1-03')!.evidence).toBe(`政务公开专栏 ${URL_B}`);
    const files = [await upload(typed, '区财政局', { '2-05': { status: '推进中' } })];
    const outcome = await withStandin(standin, () => consolidateInWorkbook(files, OPTS));
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const expected = { value: `政务公开专栏 ${URL_B}`, hyperlink: { address: URL_B, textToDisplay: `政务公开专栏 ${URL_B}` } };
    expect(evidenceCell(standin, typed, '1-03')).toEqual(expected);
    expect((await readBack(standin)).tasks.find((t) => t.id === '1-03')!.evidence).toBe(`政务公开专栏 ${URL_B}`);
    await withStandin(standin, () => undoInWorkbook());
    expect(evidenceCell(standin, typed, '1-03')).toEqual(expected);
  });
});
