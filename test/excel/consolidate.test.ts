import { consolidate } from '../../src/core/consolidate/consolidate';
import { planReturns } from '../../src/core/distribute';
import type { Ledger } from '../../src/core/ledger';
import { consolidateInWorkbook, undoInWorkbook, type ReturnUpload } from '../../src/excel/consolidate';
import { readOpenLedger } from '../../src/excel/read-ledger';
import { drawLedger } from '../../src/excel/render-ledger';
import { readReturnXlsx } from '../../src/xlsx/read-return';
import { writeReturnXlsx } from '../../src/xlsx/write-return';
import { createExcelStandin, cellKey, findSheet, type ExcelStandin, withStandin } from '../support/excel-standin';
import { fillReturn } from '../support/returns-fill';
import { GENERATED, fixtureLedger, returnedFiles } from '../support/returns-scenario';
import { syntheticLedger } from './synthetic-ledger';

const OPTS = { batchId: '合并-20240926-100000', time: '2024-09-26T10:00:00+08:00' };

async function workbookWith(ledger: Ledger): Promise<ExcelStandin> {
  const standin = createExcelStandin({ maxApiVersion: '1.9' });
  await withStandin(standin, () => drawLedger(ledger));
  standin.host.resetStats();
  return standin;
}

async function readBack(standin: ExcelStandin): Promise<Ledger> {
  return withStandin(standin, async () => (await readOpenLedger({ fallbackPlanYear: 2024 })).ledger!);
}

/** Two units' returns for any ledger made from the fixture. */
async function twoReturns(ledger: Ledger): Promise<ReturnUpload[]> {
  const plans = planReturns(ledger, { round: '2024-09' }).returns;
  const plan = (unit: string) => plans.find((p) => p.unit === unit)!;
  return [
    { name: '财政局.xlsx', bytes: await fillReturn(await writeReturnXlsx(plan('区财政局'), GENERATED), { '2-05': { status: '推进中', progress: '按季度公开' } }) },
    { name: '组织部.xlsx', bytes: await fillReturn(await writeReturnXlsx(plan('区委组织部'), GENERATED), { '10-01': { status: '已完成' } }) },
  ];
}

describe('consolidateInWorkbook', () => {
  let before: Ledger;
  let uploads: ReturnUpload[];
  beforeAll(async () => {
    before = await readBack(await workbookWith(fixtureLedger()));
    uploads = (await returnedFiles(before)).map((f) => ({ name: f.file, bytes: f.bytes }));
  });

  it('merges into the open workbook exactly as the core does, and undoes', async () => {
    const standin = await workbookWith(before);
    const outcome = await withStandin(standin, () => consolidateInWorkbook(uploads, OPTS));
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const parsed = await Promise.all(uploads.map((u) => readReturnXlsx(u.bytes, u.name)));
    const expected = consolidate(before, parsed, OPTS);
    expect(outcome.value).toEqual({ report: expected.report, written: true });
    expect(await readBack(standin)).toEqual(expected.ledger);
    const undone = await withStandin(standin, () => undoInWorkbook());
    expect(undone.ok && undone.value.batchId).toBe(OPTS.batchId);
    expect(await readBack(standin)).toEqual(before);
  });

  it('reports each file as it is read, in order (the pane’s progress)', async () => {
    const standin = await workbookWith(before);
    const seen: string[] = [];
    await withStandin(standin, () => consolidateInWorkbook(uploads.slice(0, 2), OPTS, (i, phase) => seen.push(`${i}:${phase}`)));
    expect(seen).toEqual(['0:reading', '0:read', '1:reading', '1:read']);
  });

  it('writes text that starts with = as text', async () => {
    const standin = await workbookWith(before);
    await withStandin(standin, () => consolidateInWorkbook(uploads, OPTS));
    const sheet = findSheet(standin.host.state, '任务台账')!;
    const row = before.tasks.findIndex((t) => t.id === '3-02') + 1;
    const progressColumn = [...Array(30).keys()].find((c) => sheet.cells.get(cellKey(0, c))?.value === '进展情况')!;
    expect(sheet.cells.get(cellKey(row, progressColumn))).toMatchObject({ value: '=已报送选题3个', numberFormat: '@' });
  });

  it('syncs as often for 2 files as for 11, and for 48 tasks as for 2,000', async () => {
    const syncs = async (ledger: Ledger, files: ReturnUpload[]) => {
      const standin = await workbookWith(ledger);
      const outcome = await withStandin(standin, () => consolidateInWorkbook(files, OPTS));
      expect(outcome.ok && outcome.value.written).toBe(true);
      return standin.host.stats.syncs;
    };
    const small = await syncs(before, uploads.slice(0, 2));
    expect(await syncs(before, uploads)).toBe(small);
    const large = syntheticLedger(2000);
    expect(await syncs(large, await twoReturns(large))).toBe(small);
    expect(small).toBe(5);
  });

  it('reads only, when nothing changes', async () => {
    const standin = await workbookWith(before);
    const outcome = await withStandin(standin, () => consolidateInWorkbook([], OPTS));
    expect(outcome.ok && outcome.value.written).toBe(false);
    expect(standin.host.stats.syncs).toBe(2);
  });
});
