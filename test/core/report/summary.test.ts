import { summarize } from '../../../src/core/report/summary';
import { sampleLedger } from '../../layout/sample-ledger';

describe('summarize', () => {
  it('counts per lead unit (each of several), per section and in all, as the 汇总 formulas do', () => {
    const s = summarize(sampleLedger(), '2025-01-20');
    expect(s.units.map((u) => [u.name, u.total, u.done, u.inProgress, u.overdue, u.dueSoon, u.completionRate])).toEqual([
      ['区市场监管局', 1, 0, 0, 0, 0, 0],
      ['区自然资源局', 1, 0, 1, 1, 0, 0],
      ['区政府办', 1, 0, 1, 1, 0, 0],
      ['区政府办公室', 1, 0, 0, 0, 1, 0],
      ['城管局', 1, 0, 0, 0, 1, 0],
    ]);
    expect(s.categories.map((u) => [u.name, u.total, u.done, u.overdue, u.dueSoon])).toEqual([
      ['一、聚焦高质量发展推进信息公开', 2, 0, 1, 0],
      ['十一、强化指导协调和督促检查', 2, 1, 0, 1],
    ]);
    expect(s.total).toEqual({ name: '全部任务', total: 4, done: 1, inProgress: 1, overdue: 1, dueSoon: 1, completionRate: 0.25 });
  });

  it('does not mutate the ledger', () => {
    const ledger = sampleLedger();
    const before = JSON.stringify(ledger);
    summarize(ledger, '2024-09-01');
    expect(JSON.stringify(ledger)).toBe(before);
  });
});
