import { importBreakdown } from '../../../src/core/import';
import { describeCorpus } from './describe-corpus';
import { CASES, JINGZHOU, JINGZHOU_TASK_3, XUANCHENG, XUANCHENG_TASK_3 } from '../../fixtures/tables/expected';
import { readTable } from '../../fixtures/tables/read-table';

/**
 * The blind-test corpus: tables from other offices (test/fixtures/tables, sources in SOURCES.md),
 * with results written by hand before the importer was run on them.
 */
describeCorpus(CASES);


describe('unit cells that end a list with 等 (“and others”)', () => {
  const third = (c: typeof JINGZHOU) => importBreakdown({ kind: 'text', text: readTable(c) }, { planYear: c.planYear }).tasks[2];

  it('keeps the lead of `X牵头，Y等…配合` and Y first among the co units', () => {
    const task = third(JINGZHOU);
    expect([task.task, task.leadUnits, task.coUnits[0]?.startsWith(JINGZHOU_TASK_3.coStartsWith)]).toEqual([JINGZHOU_TASK_3.task, JINGZHOU_TASK_3.lead, true]);
  });

  it('splits a long list with `等市有关单位` and keeps `各县（市、区）政府` whole', () => {
    const task = third(XUANCHENG);
    const { lead, coFirst, coLast } = XUANCHENG_TASK_3;
    expect([task.leadUnits, task.coUnits.slice(0, coFirst.length), task.coUnits[coFirst.length]?.startsWith('市税务局'), task.coUnits.at(-1)])
      .toEqual([lead, coFirst, true, coLast]);
  });
});
