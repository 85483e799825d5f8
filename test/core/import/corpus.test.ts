import { importBreakdown } from '../../../src/core/import';
import { observed, requiredFindings, sortPairs, wanted } from '../../fixtures/tables/compare';
import { NANXI, STREET } from '../../fixtures/tables/expected';
import { readTable } from '../../fixtures/tables/read-table';

/**
 * The blind-test corpus: tables from other offices (test/fixtures/tables, sources in SOURCES.md),
 * with results written by hand before the importer was run on them. The tables of CASES not
 * listed here are not yet imported as expected (see the corpus report); each joins this list
 * with the importer fix that makes it pass.
 */
describe.each([STREET, NANXI].map((c) => [c.file, c] as const))('%s', (file, c) => {
  const result = importBreakdown({ kind: 'text', text: readTable(c) }, { planYear: c.planYear, file });

  it('reads the plan year and the title', () => {
    expect(result.planYear).toBe(c.expectedPlanYear);
    if (c.title !== undefined) expect(result.title.normalize('NFKC')).toBe(c.title);
  });

  it(`imports ${c.count} tasks with their sections, texts, units and deadlines`, () => {
    expect(result.tasks).toHaveLength(c.count);
    for (const [position, expected] of Object.entries(c.tasks)) {
      const task = result.tasks[Number(position)];
      expect([position, observed(task, expected, c.text)]).toEqual([position, wanted(expected)]);
    }
  });

  it('names the anomalies the table holds, and no others', () => {
    expect(requiredFindings(result, c)).toEqual(sortPairs(c.findings));
    expect(result.findings.every((f) => f.file === file)).toBe(true);
    const infos = new Set(result.findings.filter((f) => f.level === 'info').map((f) => f.code));
    expect((c.infos ?? []).filter((code) => !infos.has(code))).toEqual([]);
  });

  it('gives every task its own ID', () => {
    expect(new Set(result.tasks.map((t) => t.id)).size).toBe(result.tasks.length);
  });
});

