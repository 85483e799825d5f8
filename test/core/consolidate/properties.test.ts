/** Properties that must hold for any returns: order does not matter, merging twice changes nothing, undo is exact. */
import fc from 'fast-check';
import { consolidate } from '../../../src/core/consolidate/consolidate';
import type { ParsedReturn } from '../../../src/core/consolidate/types';
import { undoLastConsolidation } from '../../../src/core/consolidate/undo';
import { planReturns } from '../../../src/core/distribute';
import type { Ledger } from '../../../src/core/ledger';
import { parsedFromPlan, type RowEdits } from '../../support/returns-core';
import { sampleLedger } from '../../support/returns-ledger';

const status = fc.constantFrom('', '未开始', '推进中', '已完成', '暂缓', '已销号', '进行中', '完成了');
const text = fc.oneof(fc.constant(''), fc.string({ maxLength: 6 }), fc.constantFrom('=SUM(A1)', '+86', '-', '@x', ' 两端空格 ', '一行\n两行'));
const rowEdit: fc.Arbitrary<RowEdits> = fc.record({ status, progress: text, evidence: text, contact: text, deadline: fc.constantFrom('持续推进', '年底前', '明年') }, { requiredKeys: [] });

/** For each unit: send a return or not, with edits to some of its rows. */
const batch = fc.array(fc.tuple(fc.boolean(), fc.array(rowEdit, { minLength: 3, maxLength: 3 })), { minLength: 5, maxLength: 5 });

function returnsFor(ledger: Ledger, round: string, spec: Array<[boolean, RowEdits[]]>): ParsedReturn[] {
  const plans = planReturns(ledger, { round }).returns;
  return plans.flatMap((plan, u) => {
    const [send, edits] = spec[u];
    if (!send) return [];
    return [parsedFromPlan(plan, Object.fromEntries(plan.rows.map((r, i) => [r.id, edits[i % edits.length]])))];
  });
}

/** Fisher–Yates with a small linear congruential generator: a permutation fixed by `seed`. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed + 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Undoes consolidations until none is left (a merge that changed nothing left nothing to undo). */
function undoAll(ledger: Ledger): Ledger {
  for (;;) {
    const undone = undoLastConsolidation(ledger);
    if (undone.batchId === null) return ledger;
    ledger = undone.ledger;
  }
}

describe('consolidate, for any returns', () => {
  it('gives the same result in any file order, changes nothing the second time, and undoes exactly', () => {
    fc.assert(
      fc.property(batch, batch, fc.integer({ min: 0, max: 1000 }), (first, second, seed) => {
        const l0 = sampleLedger();
        const r1 = returnsFor(l0, '2024-09', first);
        const m1 = consolidate(l0, r1, { batchId: 'b1', time: '2024-09-26T10:00:00' });
        const shuffled = shuffle(r1, seed);
        expect(consolidate(l0, shuffled, { batchId: 'b1', time: '2024-09-26T10:00:00' })).toEqual(m1);
        expect(consolidate(m1.ledger, r1, { batchId: 'again', time: '2024-09-27T10:00:00' }).ledger).toEqual(m1.ledger);
        const r2 = returnsFor(m1.ledger, '2024-10', second);
        const m2 = consolidate(m1.ledger, r2, { batchId: 'b2', time: '2024-10-26T10:00:00' });
        if (m2.report.changes > 0) expect(undoLastConsolidation(m2.ledger).ledger).toEqual(m1.ledger);
        expect(undoAll(m2.ledger)).toEqual(l0);
      }),
      { numRuns: 150, seed: 20240926 },
    );
  });
});
