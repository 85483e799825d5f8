import { buildUnitSummary, SHARED_TASKS_NOTE } from '../../../src/core/report/unit-summary';
import { sampleLedger } from './status-table-fixture';

describe('buildUnitSummary', () => {
  it('counts per unit with its own reports, sorted by overdue count then name, with a total counting tasks once', () => {
    const summary = buildUnitSummary(sampleLedger(), '2024-09-20');
    expect(summary.title).toBe('2024年广丰区政务公开工作任务推进情况单位汇总表');
    expect(summary.asOf).toBe('截至2024年9月20日');
    expect(summary.rows.map((r) => [r.unit, r.total, r.done, r.inProgress, r.notStarted, r.notReported, r.onHold, r.overdue, r.dueSoon, r.completionRate])).toEqual([
      ['区自然资源局', 1, 0, 1, 0, 0, 0, 1, 0, 0],
      ['区财政局', 2, 1, 1, 0, 0, 0, 0, 1, 0.5],
      ['区市场监管局', 1, 0, 1, 0, 0, 0, 0, 0, 0],
      ['区住建局', 1, 1, 0, 0, 0, 0, 0, 0, 1],
      ['未明确牵头单位', 1, 0, 0, 0, 1, 0, 0, 0, 0],
    ]);
    expect(summary.total).toEqual({ total: 5, done: 1, inProgress: 3, notStarted: 0, notReported: 1, onHold: 0, overdue: 1, dueSoon: 1, completionRate: 0.2 });
    expect(summary.note).toBe(SHARED_TASKS_NOTE);
  });

  it('does not mutate the ledger', () => {
    const ledger = sampleLedger();
    const before = JSON.stringify(ledger);
    buildUnitSummary(ledger, '2024-09-20');
    expect(JSON.stringify(ledger)).toBe(before);
  });
});
