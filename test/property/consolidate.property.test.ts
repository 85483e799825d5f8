// test:unit leaves this suite out (slow: hundreds of random ledgers and returns merged and undone); npm test runs it.
/**
 * Properties of 合并 (consolidate) over random ledgers and random returns: no value a unit owns
 * is ever lost, merging twice equals merging once, the order of files does not matter, and
 * undo restores the ledger exactly.
 */
import fc from 'fast-check';
import { consolidate, undoLastConsolidation, type ParsedReturn } from '../../src/core/consolidate';
import { LEDGER_ROW_UNIT, UNIT_REPORT_LABELS, type UnitReportField } from '../../src/core/consolidate/change-fields';
import { OWNED_FIELDS, cleanText, parseStatus } from '../../src/core/consolidate/fields';
import type { ReturnPlan } from '../../src/core/distribute';
import type { Ledger } from '../../src/core/ledger';
import { filledPlans, generateLedger } from '../support/generate';
import { parsedFromPlan, type RowEdits } from '../support/returns-core';

type OwnedKey = 'status' | 'progress' | 'evidence' | 'contact' | 'phone';

interface Edit {
  unit: number;
  row: number;
  field: OwnedKey;
  value: string;
}

interface Scenario {
  tasks: number;
  units: number;
  seed: number;
  /** Which units send a file (by index, modulo the number of plans). */
  senders: number[];
  edits: Edit[];
  /** A unit that also sends an older copy of its file. */
  olderCopyOf: number | null;
}

const HOSTILE_TEXT = ['', ' ', '已完成', '推进中', '未开始', '完成', '=HYPERLINK("http://x","y")', '+cmd|calc', '@SUM(A1)', '<script>alert(1)</script>', 'a\u0000b\u0007c', '第一行\r\n第二行', '  两边空格  '];
const textArb = fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.string({ unit: 'grapheme', maxLength: 12 }));
const editArb: fc.Arbitrary<Edit> = fc.record({
  unit: fc.nat(20),
  row: fc.nat(40),
  field: fc.constantFrom<OwnedKey>(...(OWNED_FIELDS as OwnedKey[])),
  value: textArb,
});
const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  tasks: fc.integer({ min: 1, max: 30 }),
  units: fc.integer({ min: 1, max: 6 }),
  seed: fc.nat(1000),
  senders: fc.array(fc.nat(10), { maxLength: 8 }),
  edits: fc.array(editArb, { maxLength: 25 }),
  olderCopyOf: fc.option(fc.nat(10), { nil: null }),
});

const TIME_1 = '2024-08-26T10:00:00+08:00';
const TIME_2 = '2024-09-26T10:00:00+08:00';

/** A ledger that already holds one round of reports, and the next round's returns. */
function setUp(s: Scenario): { before: Ledger; returns: ParsedReturn[] } {
  const base = generateLedger({ tasks: s.tasks, units: s.units, seed: s.seed, categorySize: 7 });
  const first = filledPlans(base, { round: '2024-08', seed: s.seed }).map((p) => parsedFromPlan(p));
  const before = consolidate(base, first, { batchId: 'b1', time: TIME_1 }).ledger;
  const plans = filledPlans(before, { round: '2024-09', seed: s.seed + 1 });
  const senders = [...new Set(s.senders.map((i) => i % plans.length))];
  const returns = senders.map((i) => parsedFromPlan(plans[i], editsFor(plans[i], i, s.edits), { modifiedAt: '2024-09-20T08:00:00Z' }));
  if (s.olderCopyOf !== null && senders.length > 0) {
    const old = plans[senders[s.olderCopyOf % senders.length]];
    const edits = { [old.rows[0].id]: { progress: '旧的进展' } };
    returns.push(parsedFromPlan(old, edits, { file: `旧-${old.fileName}`, modifiedAt: '2024-09-01T08:00:00Z' }));
  }
  return { before, returns };
}

/** The unit's edits (by unit index) as cell values per task ID; a later edit of a cell wins. */
function editsFor(plan: ReturnPlan, index: number, edits: Edit[]): Record<string, RowEdits> {
  const byId: Record<string, RowEdits> = {};
  for (const e of edits.filter((x) => x.unit === index)) {
    const id = plan.rows[e.row % plan.rows.length].id;
    byId[id] = { ...byId[id], [e.field]: e.value };
  }
  return byId;
}

const LABEL: Record<OwnedKey, string> = UNIT_REPORT_LABELS as Record<UnitReportField, string>;

describe('consolidation properties', () => {
  const params = { numRuns: 150, seed: 20241124 };

  it('loses no value: every old value stays or is in 变更记录; every accepted value is in the unit’s report', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { before, returns } = setUp(s);
        const { ledger: after, report } = consolidate(before, returns, { batchId: 'b2', time: TIME_2 });
        const added = after.changes.slice(before.changes.length);
        const recorded = (taskId: string, unit: string, label: string, value: string) =>
          added.some((r) => r.taskId === taskId && r.unit === unit && r.field === label && r.oldValue === value);
        before.tasks.forEach((old, i) => {
          const now = after.tasks[i];
          for (const f of ['status', 'progress', 'evidence'] as const) {
            if (now[f] !== old[f]) expect(recorded(old.id, LEDGER_ROW_UNIT, LABEL[f], old[f])).toBe(true);
          }
          for (const [unit, rep] of Object.entries(old.unitReports)) {
            for (const f of OWNED_FIELDS as OwnedKey[]) {
              if (now.unitReports[unit][f] !== rep[f]) expect(recorded(old.id, unit, LABEL[f], rep[f])).toBe(true);
            }
          }
        });
        for (const ret of returns) {
          const file = report.files.find((f) => f.file === ret.file)!;
          if (ret.kind !== 'return' || file.status === 'rejected') continue;
          for (const row of ret.rows) {
            const task = after.tasks.find((t) => t.id === row.fields.id!.text)!;
            const got = task.unitReports[file.unit];
            for (const f of OWNED_FIELDS as OwnedKey[]) {
              const sent = cleanText(row.fields[f]!.text);
              if (f !== 'status') expect(got[f]).toBe(sent);
              else if (parseStatus(sent) !== null) expect(got.status).toBe(parseStatus(sent));
            }
          }
        }
      }),
      params,
    );
  });

  it('merging the same files twice equals merging them once', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { before, returns } = setUp(s);
        const once = consolidate(before, returns, { batchId: 'b2', time: TIME_2 }).ledger;
        const twice = consolidate(once, returns, { batchId: 'b3', time: '2024-09-27T10:00:00+08:00' });
        expect(twice.ledger).toEqual(once);
        expect(twice.report.changes).toBe(0);
      }),
      params,
    );
  });

  it('the order of the files does not matter', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(1000), (s, shuffleSeed) => {
        const { before, returns } = setUp(s);
        const shuffled = shuffle(returns, shuffleSeed);
        const a = consolidate(before, returns, { batchId: 'b2', time: TIME_2 });
        const b = consolidate(before, shuffled, { batchId: 'b2', time: TIME_2 });
        expect(b.ledger).toEqual(a.ledger);
        expect(b.report).toEqual(a.report);
      }),
      params,
    );
  });

  it('undo restores the ledger exactly', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { before, returns } = setUp(s);
        const after = consolidate(before, returns, { batchId: 'b2', time: TIME_2 }).ledger;
        fc.pre(after.changes.length > before.changes.length);
        const undone = undoLastConsolidation(after);
        expect(undone.batchId).toBe('b2');
        expect(undone.findings).toEqual([]);
        expect(undone.ledger).toEqual(before);
      }),
      params,
    );
  });

  it('after several rounds, undoing each in turn walks back through every earlier ledger exactly', () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(fc.nat(1000), { minLength: 1, maxLength: 3 }), (s, seeds) => {
        const base = generateLedger({ tasks: s.tasks, units: s.units, seed: s.seed, categorySize: 7 });
        const history: Ledger[] = [base];
        seeds.forEach((seed, k) => {
          const round = `2024-${String(k + 7).padStart(2, '0')}`;
          const returns = filledPlans(history[k], { round, seed }).filter((_, i) => (seed >> i) % 3 !== 0).map((p) => parsedFromPlan(p));
          history.push(consolidate(history[k], returns, { batchId: `b${k}`, time: `${round}-26T10:00:00+08:00` }).ledger);
        });
        let current = history[history.length - 1];
        for (let k = history.length - 2; k >= 0; k--) {
          if (history[k + 1].changes.length === history[k].changes.length) continue;
          current = undoLastConsolidation(current).ledger;
          expect(current).toEqual(history[k]);
        }
        expect(current).toEqual(base);
      }),
      { ...params, numRuns: 60 },
    );
  });
});

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed + 1;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
