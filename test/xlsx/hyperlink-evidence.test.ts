/**
 * A hyperlink in 佐证材料 keeps its address through every read and write: a unit's return →
 * merge → the ledger's 任务台账 and 单位报送 → read again → undo; and a link the office typed
 * into the ledger survives a merge of another unit's return.
 */
import ExcelJS from 'exceljs';
import { consolidate } from '../../src/core/consolidate/consolidate';
import { undoLastConsolidation } from '../../src/core/consolidate/undo';
import { planReturns } from '../../src/core/distribute';
import type { Ledger } from '../../src/core/ledger';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { readReturnXlsx } from '../../src/xlsx/read-return';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { writeReturnXlsx } from '../../src/xlsx/write-return';
import { fillReturn, loadWorkbook } from '../support/returns-fill';
import { GENERATED, fixtureLedger } from '../support/returns-scenario';

const OPTS = { batchId: '合并-20240926-100000', time: '2024-09-26T10:00:00+08:00' };
const URL_A = 'https://gov.example.cn/caizheng/2024/纪要.pdf?id=7';
const URL_B = 'https://gov.example.cn/zhuanlan';

async function read(bytes: Uint8Array): Promise<Ledger> {
  const { ledger, findings } = await readLedgerXlsx(Buffer.from(bytes), '台账.xlsx');
  if (!ledger) throw new Error(JSON.stringify(findings));
  return ledger;
}

/** The 佐证材料 cell of a task's row on a sheet (found by the id in column `idHeader`). */
function evidenceCell(wb: ExcelJS.Workbook, sheet: string, idHeader: string, taskId: string, unit?: string): ExcelJS.Cell {
  const ws = wb.getWorksheet(sheet)!;
  const header = ws.getRow(1);
  let idCol = 0;
  let evCol = 0;
  let unitCol = 0;
  header.eachCell((cell, col) => {
    if (cell.value === idHeader) idCol = col;
    if (cell.value === '佐证材料') evCol = col;
    if (cell.value === '单位') unitCol = col;
  });
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (row.getCell(idCol).value === taskId && (unit === undefined || row.getCell(unitCol).value === unit)) return row.getCell(evCol);
  }
  throw new Error(`no row for ${taskId} on ${sheet}`);
}

async function returnOf(ledger: Ledger, unit: string, edits: Parameters<typeof fillReturn>[1]) {
  const plan = planReturns(ledger, { round: '2024-09' }).returns.find((p) => p.unit === unit)!;
  const bytes = await fillReturn(await writeReturnXlsx(plan, GENERATED), edits);
  return readReturnXlsx(bytes, `${unit}.xlsx`);
}

describe('a hyperlink in 佐证材料', () => {
  it('from a unit’s return becomes a hyperlink cell in 任务台账 and 单位报送, and reads back the same', async () => {
    const before = await read(await writeLedgerXlsx(fixtureLedger()));
    const parsed = await returnOf(before, '区财政局', { '2-05': { status: '推进中', evidence: { text: '会议纪要', hyperlink: URL_A } } });
    const { ledger: after } = consolidate(before, [parsed], OPTS);
    const merged = after.tasks.find((t) => t.id === '2-05')!;
    expect(merged.unitReports['区财政局'].evidence).toBe(`会议纪要 ${URL_A}`);
    const bytes = await writeLedgerXlsx(after);
    const wb = await loadWorkbook(bytes);
    expect(evidenceCell(wb, '任务台账', '任务编号', '2-05').value).toEqual({ text: merged.evidence, hyperlink: URL_A });
    expect(evidenceCell(wb, '单位报送', '任务编号', '2-05', '区财政局').value).toEqual({ text: `会议纪要 ${URL_A}`, hyperlink: URL_A });
    const back = await read(bytes);
    expect(back).toEqual(after);
    expect(await read(await writeLedgerXlsx(back))).toEqual(after);
    const undone = undoLastConsolidation(back).ledger;
    expect(undone).toEqual(before);
  });

  it('goes back to the unit in its next return as a hyperlink, and reads back the same', async () => {
    const before = await read(await writeLedgerXlsx(fixtureLedger()));
    const { ledger: after } = consolidate(before, [await returnOf(before, '区财政局', { '2-05': { status: '推进中', evidence: { text: '会议纪要', hyperlink: URL_A } } })], OPTS);
    const plan = planReturns(after, { round: '2024-10' }).returns.find((p) => p.unit === '区财政局')!;
    const bytes = await writeReturnXlsx(plan, GENERATED);
    const ws = (await loadWorkbook(bytes)).getWorksheet('报送表')!;
    const values: unknown[] = [];
    ws.eachRow((row) => row.eachCell((cell) => { if (typeof cell.value === 'object' && cell.value !== null && 'hyperlink' in cell.value) values.push(cell.value); }));
    expect(values).toEqual([{ text: `会议纪要 ${URL_A}`, hyperlink: URL_A }]);
    const parsed = await readReturnXlsx(bytes, '区财政局.xlsx');
    if (parsed.kind !== 'return') throw new Error(parsed.kind);
    const row = parsed.rows.find((r) => r.fields.id?.text === '2-05')!;
    expect(row.fields.evidence?.text).toBe(`会议纪要 ${URL_A}`);
  });

  it('typed by the office into 任务台账 survives a merge of another unit’s return and its undo', async () => {
    const wb = await loadWorkbook(await writeLedgerXlsx(fixtureLedger()));
    evidenceCell(wb, '任务台账', '任务编号', '1-03').value = { text: '政务公开专栏', hyperlink: URL_B };
    const typed = await read(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(typed.tasks.find((t) => t.id === '1-03')!.evidence).toBe(`政务公开专栏 ${URL_B}`);
    const parsed = await returnOf(typed, '区财政局', { '2-05': { status: '推进中', progress: '按季度公开' } });
    const { ledger: after } = consolidate(typed, [parsed], OPTS);
    const bytes = await writeLedgerXlsx(after);
    expect(evidenceCell(await loadWorkbook(bytes), '任务台账', '任务编号', '1-03').value).toEqual({ text: `政务公开专栏 ${URL_B}`, hyperlink: URL_B });
    const back = await read(bytes);
    expect(back).toEqual(after);
    const undone = await read(await writeLedgerXlsx(undoLastConsolidation(back).ledger));
    expect(evidenceCell(await loadWorkbook(await writeLedgerXlsx(undone)), '任务台账', '任务编号', '1-03').value).toEqual({ text: `政务公开专栏 ${URL_B}`, hyperlink: URL_B });
    expect(undone.tasks.find((t) => t.id === '1-03')!.evidence).toBe(`政务公开专栏 ${URL_B}`);
  });
});
