import { importBreakdown } from '../../../src/core/import';
import { describeCorpus } from './describe-corpus';
import { observed, requiredFindings, sortPairs, wanted } from '../../fixtures/tables/compare';
import { ROUND2_CASES, TIEXI, XINHUA, YUNXI } from '../../fixtures/tables/expected-round2';
import { tsvGrid } from '../../fixtures/tables/grid';
import { readTable } from '../../fixtures/tables/read-table';

/**
 * The second blind round: nine more tables in forms the first corpus lacked (SOURCES.md, “Round 2”),
 * with IDs, sections, texts, units, deadlines and findings written by hand before the importer ran.
 */
describeCorpus(ROUND2_CASES);

describe.each([TIEXI, XINHUA, YUNXI].map((c) => [c.file, c] as const))('%s as the worksheet it was copied from', (_file, c) => {
  const rows = tsvGrid(readTable(c));
  const result = importBreakdown({ kind: 'grid', rows, sheet: 'Sheet1' }, { planYear: c.planYear });

  it('imports the same tasks and findings as the text, each finding naming its cell', () => {
    expect(result.tasks).toHaveLength(c.count);
    for (const [position, expected] of Object.entries(c.tasks)) {
      expect([position, observed(result.tasks[Number(position)], expected, c.text)]).toEqual([position, wanted(expected)]);
    }
    expect(requiredFindings(result, c)).toEqual(sortPairs(c.findings));
    for (const f of result.findings.filter((x) => x.taskId !== undefined && x.field !== undefined)) {
      expect([f.code, f.cell]).toEqual([f.code, expect.stringMatching(new RegExp(`^[A-Z]+${f.row}$`))]);
    }
  });
});
