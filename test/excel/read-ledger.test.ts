// test:unit leaves this suite out (slow: 2,000- and 5,000-task ledgers through the Office.js stand-in); npm test runs it.
import { consolidate } from '../../src/core/consolidate/consolidate';
import type { LedgerTask } from '../../src/core/ledger';
import { readLedger } from '../../src/excel/read-ledger';
import { renderLedger } from '../../src/excel/render-ledger';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { readReturnXlsx } from '../../src/xlsx/read-return';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { fixtureLedger as scenarioLedger, returnedFiles } from '../support/returns-scenario';
import { createExcelStandin, type ExcelStandin, withStandin } from '../support/excel-standin';
import { fixtureLedger, syntheticLedger } from './synthetic-ledger';

function essentials(t: LedgerTask): unknown {
  return { id: t.id, seq: t.seq, category: t.category, task: t.task, leadUnits: t.leadUnits, coUnits: t.coUnits, deadline: t.deadline, status: t.status, progress: t.progress, evidence: t.evidence, updatedAt: t.updatedAt, note: t.note };
}

async function read(standin: ExcelStandin) {
  const outcome = await withStandin(standin, () => readLedger({ fallbackPlanYear: 2030 }));
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome.value;
}

describe('readLedger', () => {
  test('reads back the tasks, units and settings that renderLedger wrote', async () => {
    const standin = createExcelStandin();
    const ledger = fixtureLedger();
    await withStandin(standin, () => renderLedger(ledger));
    const { ledger: back, findings } = await read(standin);
    expect(findings).toEqual([]);
    expect(back!.meta).toEqual(ledger.meta);
    expect(back!.tasks.map(essentials)).toEqual(ledger.tasks.map(essentials));
    expect(back!.units).toEqual(ledger.units);
  });

  test('a user’s edits survive: status, progress, and a new task added below the last row', async () => {
    const standin = createExcelStandin();
    const ledger = fixtureLedger();
    await withStandin(standin, () => renderLedger(ledger));
    const newRow = ledger.tasks.length + 2;
    await standin.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('任务台账');
      sheet.getRange('I3:J3').values = [['已完成', '已在政府网站专栏公开']];
      sheet.getRange(`C${newRow}:G${newRow}`).values = [['十一、强化指导协调和督促检查', '新增：编制年度政务公开报告。', '区政府办', '', '年底前']];
    });
    const { ledger: back, findings } = await read(standin);
    expect([back!.tasks[1].status, back!.tasks[1].progress]).toEqual(['已完成', '已在政府网站专栏公开']);
    const added = back!.tasks[back!.tasks.length - 1];
    expect([back!.tasks.length, added.task, added.leadUnits, added.deadline]).toEqual([
      ledger.tasks.length + 1,
      '新增：编制年度政务公开报告。',
      ['区政府办'],
      { kind: 'date', text: '年底前', due: '2024-12-31' },
    ]);
    expect(findings.map((f) => [f.code, f.row])).toEqual([['ledger.new-task-id', newRow]]);
  });

  test('a consolidated ledger reads back with each unit’s reports (单位报送), as the .xlsx reader gives it, in 2 syncs', async () => {
    const before = (await readLedgerXlsx(await writeLedgerXlsx(scenarioLedger()), '台账.xlsx')).ledger!;
    const returns = await Promise.all((await returnedFiles(before)).map((f) => readReturnXlsx(f.bytes, f.file)));
    const merged = consolidate(before, returns, { batchId: 'B1', time: '2024-09-26T10:00:00+08:00' }).ledger;
    const standin = createExcelStandin();
    await withStandin(standin, () => renderLedger(merged));
    standin.host.resetStats();
    const { ledger: back, findings } = await read(standin);
    expect(standin.host.stats.syncs).toBe(2);
    expect(findings).toEqual([]);
    expect(back).toEqual(merged);
    expect(back).toEqual((await readLedgerXlsx(await writeLedgerXlsx(merged), '台账.xlsx')).ledger);
    expect(Object.values(back!.tasks.find((t) => t.id === '1-03')!.unitReports).map((r) => [r.unit, r.status])).toEqual([
      ['区发改委', '已完成'], ['区市场监管局', '推进中'], ['区财政局', '已完成'],
    ]);
  });

  test('a workbook without a ledger gives no ledger and a finding, not an exception', async () => {
    const { ledger, findings } = await read(createExcelStandin());
    expect([ledger, findings.map((f) => f.code)]).toEqual([null, ['ledger.not-ledger']]);
  });

  test('reading takes the same number of syncs for 50 and for 5,000 tasks', async () => {
    const counts: number[] = [];
    for (const n of [50, 5000]) {
      const standin = createExcelStandin();
      await withStandin(standin, () => renderLedger(syntheticLedger(n)));
      standin.host.resetStats();
      const { ledger } = await read(standin);
      expect(ledger!.tasks).toHaveLength(n);
      counts.push(standin.host.stats.syncs);
    }
    expect(counts).toEqual([2, 2]);
  });

  test('a ledger too large for one read is read again in row blocks, halving until each fits', async () => {
    const standin = createExcelStandin();
    await withStandin(standin, () => renderLedger(syntheticLedger(2000)));
    standin.host.resetStats();
    standin.host.payloadLimitBytes = 300_000;
    const { ledger } = await read(standin);
    expect(ledger!.tasks).toHaveLength(2000);
    expect(ledger!.tasks[1999].id).toBe('7-05-41');
    expect(standin.host.stats.syncs).toBeGreaterThan(2);
    expect(standin.host.stats.largestResponseBytes).toBeGreaterThan(300_000);
  });
});
