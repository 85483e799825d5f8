/**
 * A ledger imported before cells were cleaned may hold control characters in a unit name or a
 * task text; the unit's 报送表 comes back without them (ExcelJS drops them). Consolidation
 * compares both in the cleaned form: the return is the unit's, its rows are its own, and the
 * task text is not "changed".
 */
import { consolidate } from '../../../src/core/consolidate/consolidate';
import { planReturns } from '../../../src/core/distribute';
import type { Ledger } from '../../../src/core/ledger';
import { stripInvisible } from '../../../src/core/text/invisible-chars';
import { parsedFromPlan } from '../../support/returns-core';
import { sampleLedger } from '../../support/returns-ledger';

const OPTS = { batchId: 'b1', time: '2024-09-26T10:00:00+08:00' };
const UNIT = '区财政局\u0007';
const TEXT = '\ufeff定期公开\u0001重大民生\u200b实事项目执行情况。';

function ledgerWithControlChars(): Ledger {
  const base = sampleLedger();
  return {
    ...base,
    tasks: base.tasks.map((t) => ({
      ...t,
      leadUnits: t.leadUnits.map((u) => (u === '区财政局' ? UNIT : u)),
      task: t.id === '2-05' ? TEXT : t.task,
    })),
    units: base.units.map((u) => (u.name === '区财政局' ? { ...u, name: UNIT } : u)),
  };
}

/** The unit's return as read back from its workbook: every text without the characters ExcelJS dropped. */
function returnAsWritten(ledger: Ledger) {
  const plan = planReturns(ledger, { round: '2024-09' }).returns.find((p) => p.unit === UNIT)!;
  const written = {
    ...plan,
    unit: stripInvisible(plan.unit),
    rows: plan.rows.map((r) => ({ ...r, task: stripInvisible(r.task), leadUnits: stripInvisible(r.leadUnits) })),
  };
  return parsedFromPlan(written, {
    '1-03': { status: '已完成', progress: '已公开\u0002采购支持政策' },
    '2-05': { status: '推进中', progress: '按季度公开' },
  });
}

describe('consolidating a ledger whose unit name and task text hold control characters', () => {
  const ledger = ledgerWithControlChars();
  const { ledger: next, report } = consolidate(ledger, [returnAsWritten(ledger)], OPTS);
  const file = report.files[0];
  const task = (id: string) => next.tasks.find((t) => t.id === id)!;

  it('takes the return as the unit’s, every row its own, without false conflicts', () => {
    expect([file.unit, file.status, file.updated, file.deleted, file.conflicts, file.findings]).toEqual([UNIT, 'merged', 2, [], [], []]);
  });

  it('merges the unit’s fields under the ledger’s name, cleaned, and leaves the office’s fields alone', () => {
    expect(task('1-03').unitReports[UNIT]).toMatchObject({ status: '已完成', progress: '已公开采购支持政策' });
    expect(task('2-05').unitReports[UNIT]).toMatchObject({ status: '推进中', progress: '按季度公开' });
    expect([task('2-05').task, task('2-05').leadUnits]).toEqual([TEXT, [UNIT]]);
    expect(report.missingUnits).not.toContain(UNIT);
  });
});
