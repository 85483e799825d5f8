import { importBreakdown } from '../../../src/core/import';
import { describeCorpus } from './describe-corpus';
import { roundScore } from '../../fixtures/tables/compare';
import { ROUND3_CASES } from '../../fixtures/tables/expected-round3';
import { readTable } from '../../fixtures/tables/read-table';

/**
 * The third blind round: twelve breakdowns in the forms of issue 13 (SOURCES.md, “Round 3”) — web
 * copies, unknown columns, numbered items, unit phrases, prose — expected results written down
 * before the importer ran. Before the work on them: 15 of 72 tasks right (20.8 %).
 */
describeCorpus(ROUND3_CASES);

it('gets every task of the round right (text start, lead units, deadline)', () => {
  const results = ROUND3_CASES.map((c) => ({ c, tasks: importBreakdown({ kind: 'text', text: readTable(c) }, { planYear: c.planYear, file: c.file }).tasks }));
  expect(roundScore(results)).toEqual({ right: 72, total: 72 });
});
