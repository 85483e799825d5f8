/**
 * 未填写 is judged against what the return carried when it was sent (kept in its metadata sheet,
 * 发出时内容), not against the ledger as it is when the return comes back: the office may have
 * changed a unit's report in between. A return written before the metadata kept it is judged
 * against the ledger, as before.
 */
import ExcelJS from 'exceljs';
import { consolidate } from '../../src/core/consolidate/consolidate';
import { planReturns, type ReturnPlan } from '../../src/core/distribute';
import type { Ledger } from '../../src/core/ledger';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { readReturnXlsx } from '../../src/xlsx/read-return';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { writeReturnXlsx } from '../../src/xlsx/write-return';
import { fillReturn } from '../support/returns-fill';
import { GENERATED, fixtureLedger, returnedFiles } from '../support/returns-scenario';

const OCTOBER = { batchId: '合并-20241025-090000', time: '2024-10-25T09:00:00+08:00' };
const FILE = '区政府办-报送表-2024-10.xlsx';

let september: Ledger;
let plan: ReturnPlan;
/** September's ledger with the office's own edit of 区政府办's report on 3-01, made after October's forms went out. */
let edited: Ledger;

beforeAll(async () => {
  const { ledger: start } = await readLedgerXlsx(await writeLedgerXlsx(fixtureLedger()), '台账.xlsx');
  const returns = await Promise.all((await returnedFiles(start!)).map((f) => readReturnXlsx(f.bytes, f.file)));
  september = consolidate(start!, returns, { batchId: '合并-20240926-100000', time: '2024-09-26T10:00:00+08:00' }).ledger;
  plan = planReturns(september, { round: '2024-10' }).returns.find((p) => p.unit === '区政府办')!;
  edited = structuredClone(september);
  const task = edited.tasks.find((t) => t.id === '3-01')!;
  task.unitReports['区政府办'] = { ...task.unitReports['区政府办'], progress: '办公室更正后的进展' };
});

/** The return as a unit would send it back, written without 发出时内容 (as before it existed) when `old`. */
async function returned(edits: Parameters<typeof fillReturn>[1], old = false) {
  let bytes = await writeReturnXlsx(plan, GENERATED);
  if (old) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const meta = wb.getWorksheet('报送表信息')!;
    meta.eachRow((row) => {
      if (row.getCell(1).value === '发出时内容') row.getCell(1).value = null;
    });
    bytes = Buffer.from(await wb.xlsx.writeBuffer());
  }
  return readReturnXlsx(await fillReturn(bytes, edits), FILE);
}

describe('未填写 compares with what the return was sent with', () => {
  it('keeps the fingerprint of every row sent in the metadata sheet', async () => {
    const ret = await returned({});
    expect(ret.kind === 'return' && Object.keys(ret.meta!.sent!)).toEqual(plan.rows.map((r) => r.id));
  });

  it('an untouched return is 未填写 even though the ledger changed since it was sent (the office’s edit stays)', async () => {
    const { ledger, report } = consolidate(edited, [await returned({})], OCTOBER);
    expect([report.files[0].status, report.files[0].reason, report.changes, report.missingUnits.includes('区政府办')]).toEqual(['rejected', 'blank', 0, true]);
    expect(ledger.tasks.find((t) => t.id === '3-01')!.unitReports['区政府办'].progress).toBe('办公室更正后的进展');
  });

  it('a row the unit changed to what the ledger now says is a report', async () => {
    const { ledger, report } = consolidate(edited, [await returned({ '3-01': { progress: '办公室更正后的进展' } })], OCTOBER);
    expect([report.files[0].status, report.files[0].reason, report.missingUnits.includes('区政府办')]).toEqual(['merged', undefined, false]);
    expect(ledger.tasks.find((t) => t.id === '3-01')!.unitReports['区政府办']).toMatchObject({ round: '2024-10', progress: '办公室更正后的进展' });
  });

  it('a return without 发出时内容 (written before) is judged against the ledger, as before', async () => {
    const ret = await returned({}, true);
    expect(ret.kind === 'return' && ret.meta!.sent).toBeUndefined();
    expect(consolidate(september, [ret], OCTOBER).report.files[0].reason).toBe('blank');
    expect(consolidate(edited, [ret], OCTOBER).report.files[0].status).toBe('merged');
  });
});
