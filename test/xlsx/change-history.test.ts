/**
 * 变更记录 for people, 撤销数据 for undo: a ledger file after two monthly rounds shows in 变更记录
 * only the fields units report and the 任务台账 row's own changes, while undo (which replays the
 * hidden 撤销数据) still walks the file back exactly, round by round.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consolidate } from '../../src/core/consolidate/consolidate';
import { undoLastConsolidation } from '../../src/core/consolidate/undo';
import { planReturns } from '../../src/core/distribute';
import type { Ledger } from '../../src/core/ledger';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { readReturnXlsx } from '../../src/xlsx/read-return';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { writeReturnXlsx } from '../../src/xlsx/write-return';
import type { ParsedReturn } from '../../src/core/consolidate/types';
import { fillReturn } from '../support/returns-fill';
import { GENERATED, fixtureLedger, returnedFiles } from '../support/returns-scenario';

const SEPTEMBER = { batchId: '合并-20240926-100000', time: '2024-09-26T10:00:00+08:00' };
const OCTOBER = { batchId: '合并-20241025-090000', time: '2024-10-25T09:00:00+08:00' };

async function roundTrip(ledger: Ledger): Promise<Ledger> {
  const { ledger: back, findings } = await readLedgerXlsx(await writeLedgerXlsx(ledger), '台账.xlsx');
  if (!back) throw new Error(JSON.stringify(findings));
  return back;
}

async function sheetRows(ledger: Ledger, name: string): Promise<{ state: string; rows: string[][] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeLedgerXlsx(ledger)) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(name)!;
  const rows: string[][] = [];
  ws.eachRow((row, n) => {
    if (n > 1) rows.push([5, 4, 3].map((c) => String(row.getCell(c).value ?? '')));
  });
  return { state: ws.state, rows };
}

let start: Ledger;
let september: Ledger;
let october: Ledger;
let octoberReport: ReturnType<typeof consolidate>['report'];
let untouched: ParsedReturn;

beforeAll(async () => {
  start = await roundTrip(fixtureLedger());
  const returns = await Promise.all((await returnedFiles(start)).map((f) => readReturnXlsx(f.bytes, f.file)));
  september = await roundTrip(consolidate(start, returns, SEPTEMBER).ledger);
  // October: 区政府办 writes one line on 3-01 and leaves its 22 other rows as they were sent.
  const plans = Object.fromEntries(planReturns(september, { round: '2024-10' }).returns.map((p) => [p.unit, p]));
  const sent = await writeReturnXlsx(plans['区政府办'], GENERATED);
  untouched = await readReturnXlsx(sent, '区政府办-报送表-2024-10.xlsx');
  const oneLine = await readReturnXlsx(await fillReturn(sent, { '3-01': { progress: '10月无新进展' } }), '区政府办-报送表-2024-10.xlsx');
  const merged = consolidate(september, [oneLine], OCTOBER);
  octoberReport = merged.report;
  october = await roundTrip(merged.ledger);
});

describe('变更记录 and 撤销数据', () => {
  it('rows confirmed unchanged in a new round add no 变更记录 row, only 撤销数据 rows (报送轮次/报送时间 of its 23 tasks)', async () => {
    expect(octoberReport.changes).toBe(49);
    const added = october.changes.slice(september.changes.length);
    expect(new Set(added.filter((c) => c.taskId !== '3-01').map((c) => `${c.unit}|${c.field}`))).toEqual(new Set(['区政府办|报送轮次', '区政府办|报送时间']));
    const visible = await sheetRows(october, '变更记录');
    const hidden = await sheetRows(october, '撤销数据');
    expect(visible.state).toBe('visible');
    expect(hidden.state).toBe('hidden');
    expect(visible.rows).toEqual([...(await sheetRows(september, '变更记录')).rows, ['进展情况', '3-01', '区政府办'], ['进展情况', '3-01', '（台账）']]);
    // 撤销数据 keeps every change, packed a merge to a row (src/core/ledger/undo-data.ts): 记录数, 段数.
    expect(hidden.rows.map(([, records, parts]) => [records, parts])).toEqual([
      [String(september.changes.length), '1'],
      ['49', '1'],
    ]);
  });

  it('a return sent back wholly untouched changes nothing (未填写)', () => {
    const { ledger, report } = consolidate(september, [untouched], OCTOBER);
    expect([report.changes, report.files[0].reason, report.missingUnits.includes('区政府办')]).toEqual([0, 'blank', true]);
    expect(ledger).toEqual(september);
  });

  it('变更记录 keeps the fields units report and the 任务台账 row’s status, progress and evidence, nothing else', async () => {
    const visible = await sheetRows(september, '变更记录');
    expect(new Set(visible.rows.map(([field]) => field))).toEqual(new Set(['完成状态', '进展情况', '佐证材料', '联系人', '联系电话']));
    expect(visible.rows.filter(([, taskId]) => taskId === '1-04')).toEqual([
      ['完成状态', '1-04', '区市场监管局'],
      ['进展情况', '1-04', '区市场监管局'],
      ['佐证材料', '1-04', '区市场监管局'],
      ['联系人', '1-04', '区市场监管局'],
      ['联系电话', '1-04', '区市场监管局'],
      ['完成状态', '1-04', '（台账）'],
      ['进展情况', '1-04', '（台账）'],
      ['佐证材料', '1-04', '（台账）'],
    ]);
    expect(visible.rows).toHaveLength(september.changes.filter((c) => !['报送轮次', '报送时间', '更新时间'].includes(c.field)).length);
  });

  it('undo restores each round exactly through the file, one batch at a time', async () => {
    const back = await roundTrip(undoLastConsolidation(october).ledger);
    expect(back).toEqual(september);
    expect(await roundTrip(undoLastConsolidation(back).ledger)).toEqual(start);
  });

  it('reads a ledger written before 撤销数据 existed (every change in 变更记录)', async () => {
    // Made from a ledger of the version whose 撤销数据 held a row per change (test/fixtures/ledgers).
    const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'ledgers', name));
    const oldSeptember = (await readLedgerXlsx(fixture('undo-v1-september.xlsx'), '旧台账.xlsx')).ledger!;
    const oldStart = (await readLedgerXlsx(fixture('undo-v1-start.xlsx'), '旧台账.xlsx')).ledger!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fixture('undo-v1-september.xlsx') as unknown as ArrayBuffer);
    wb.removeWorksheet(wb.getWorksheet('变更记录')!.id);
    const all = wb.getWorksheet('撤销数据')!;
    all.name = '变更记录';
    all.state = 'visible';
    const { ledger } = await readLedgerXlsx(Buffer.from(await wb.xlsx.writeBuffer()), '旧台账.xlsx');
    expect(ledger!.changes).toEqual(oldSeptember.changes);
    expect(undoLastConsolidation(ledger!).ledger).toEqual(oldStart);
  });
});
