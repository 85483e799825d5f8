import { importBreakdown } from '../../../src/core/import';
import { observed, requiredFindings, sortPairs, wanted } from '../../fixtures/tables/compare';
import type { CorpusCase } from '../../fixtures/tables/expected';
import { readTable } from '../../fixtures/tables/read-table';

/**
 * The tests every blind-corpus table gets: plan year and title, each task as written down before
 * the importer ran, the findings the table calls for (and no other warnings), unique IDs.
 */
export function describeCorpus(cases: readonly CorpusCase[]): void {
  describe.each(cases.map((c) => [c.file, c] as const))('%s', (file, c) => {
    const result = importBreakdown({ kind: 'text', text: readTable(c) }, { planYear: c.planYear, file });

    it('reads the plan year and the title', () => {
      expect(result.planYear).toBe(c.expectedPlanYear);
      if (c.title !== undefined) expect(result.title.normalize('NFKC')).toBe(c.title.normalize('NFKC'));
    });

    it(`imports ${c.count} tasks with their IDs, sections, texts, units and deadlines`, () => {
      expect(result.tasks).toHaveLength(c.count);
      for (const [position, expected] of Object.entries(c.tasks)) {
        const task = result.tasks[Number(position)];
        expect([position, task && observed(task, expected, c.text)]).toEqual([position, wanted(expected)]);
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
}
