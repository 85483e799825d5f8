import { consolidate } from '../../../src/core/consolidate/consolidate';
import { undoLastConsolidation } from '../../../src/core/consolidate/undo';
import { planReturns } from '../../../src/core/distribute';
import { parsedFromPlan } from '../../support/returns-core';
import { sampleLedger } from '../../support/returns-ledger';

function roundPlans(ledger: ReturnType<typeof sampleLedger>, round: string) {
  return Object.fromEntries(planReturns(ledger, { round }).returns.map((p) => [p.unit, p]));
}

describe('undoLastConsolidation', () => {
  it('restores the ledger exactly, one consolidation at a time', () => {
    const ledger = sampleLedger();
    ledger.tasks[1].status = '推进中';
    ledger.tasks[1].progress = '办公室录入';
    const sep = roundPlans(ledger, '2024-09');
    const first = consolidate(ledger, [
      parsedFromPlan(sep['区市场监管局'], { '1-03': { status: '推进中', progress: '整理中' }, '1-04': { status: '已完成', progress: '已公示' } }),
      parsedFromPlan(sep['区发改委'], { '1-03': { status: '已完成', evidence: 'x.pdf' } }),
    ], { batchId: 'b1', time: '2024-09-26T10:00:00+08:00' }).ledger;
    const oct = roundPlans(first, '2024-10');
    const second = consolidate(first, [
      parsedFromPlan(oct['区市场监管局'], { '1-03': { status: '已完成', progress: '' } }),
      parsedFromPlan(oct['区财政局'], { '1-03': { status: '已完成' } }),
    ], { batchId: 'b2', time: '2024-10-26T10:00:00+08:00' }).ledger;
    expect(second.tasks[0].status).toBe('已完成');

    const undo2 = undoLastConsolidation(second);
    expect(undo2.batchId).toBe('b2');
    expect(undo2.findings).toEqual([]);
    expect(undo2.ledger).toEqual(first);
    expect(Object.keys(undo2.ledger.tasks[0].unitReports)).toEqual(['区市场监管局', '区发改委']);

    const undo1 = undoLastConsolidation(undo2.ledger);
    expect(undo1.batchId).toBe('b1');
    expect(undo1.ledger).toEqual(ledger);
    expect(undo1.restored).toBe(first.changes.length);

    const nothing = undoLastConsolidation(undo1.ledger);
    expect(nothing.batchId).toBeNull();
    expect(nothing.findings.map((f) => f.message)).toEqual(['变更记录中没有可撤销的合并。']);
  });

  it('warns when a value was edited after the merge, and still restores it', () => {
    const ledger = sampleLedger();
    const sep = roundPlans(ledger, '2024-09');
    const merged = consolidate(ledger, [parsedFromPlan(sep['区自然资源局'], { '2-03': { status: '推进中' } })], { batchId: 'b1', time: '2024-09-26T10:00:00+08:00' }).ledger;
    merged.tasks[2].status = '暂缓';
    const undone = undoLastConsolidation(merged);
    expect(undone.ledger).toEqual(ledger);
    expect(undone.findings.map((f) => f.message)).toEqual(['任务 2-03 的完成状态在合并后又被改为「暂缓」（合并写入的是「推进中」），撤销后恢复为合并前的值。']);
  });

  it('does not mutate its input', () => {
    const ledger = sampleLedger();
    const sep = roundPlans(ledger, '2024-09');
    const merged = consolidate(ledger, [parsedFromPlan(sep['区财政局'], { '2-05': { status: '推进中' } })], { batchId: 'b1', time: 't' }).ledger;
    const before = JSON.parse(JSON.stringify(merged));
    undoLastConsolidation(merged);
    expect(merged).toEqual(before);
  });
});
