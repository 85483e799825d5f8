import { importBreakdown } from '../../src/core/import';
import { breakdownText, filledPlans, generateLedger, generateRows, unitNames } from './generate';

describe('synthetic ledgers (the benchmark generator)', () => {
  it('writes a 5,000-task text table that imports back to exactly the generated rows', () => {
    const rows = generateRows({ tasks: 5000, units: 300 });
    const result = importBreakdown({ kind: 'text', text: breakdownText(rows) });
    expect(result.findings).toEqual([]);
    expect(result.planYear).toBe(2024);
    expect(result.tasks.map((t) => [t.category.no, t.task, t.leadUnits, t.deadline.text])).toEqual(
      rows.map((r) => [r.section, r.task, r.leadUnits, r.deadline]),
    );
    expect(result.tasks[4999].id).toBe('50-100');
  });

  it('gives every one of 300 units a return, and ledger IDs like the importer’s', () => {
    const ledger = generateLedger({ tasks: 5000, units: 300 });
    const plans = filledPlans(ledger, { round: '2024-09' });
    expect(plans.map((p) => p.unit).sort()).toEqual([...unitNames(300)].sort());
    expect(new Set(ledger.tasks.map((t) => t.id)).size).toBe(5000);
    expect(ledger.tasks.slice(0, 2).map((t) => t.id)).toEqual(['1-01', '1-02']);
    const imported = importBreakdown({ kind: 'text', text: breakdownText(generateRows({ tasks: 5000, units: 300 })) });
    expect(ledger.tasks.map((t) => [t.id, t.deadline])).toEqual(imported.tasks.map((t) => [t.id, t.deadline]));
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const a = filledPlans(generateLedger({ tasks: 200, units: 20, seed: 3 }), { round: '2024-09', seed: 5 });
    const b = filledPlans(generateLedger({ tasks: 200, units: 20, seed: 3 }), { round: '2024-09', seed: 5 });
    const c = filledPlans(generateLedger({ tasks: 200, units: 20, seed: 4 }), { round: '2024-09', seed: 6 });
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
  });
});
