/**
 * A year of rounds ends with the January after it: a 2024 ledger takes the 2025-01 round (units
 * report December's work in January) and refuses every other round of another year.
 */
import { consolidate } from '../../../src/core/consolidate/consolidate';
import { isRoundOfPlanYear } from '../../../src/core/consolidate';
import { planReturns } from '../../../src/core/distribute';
import { readReturnXlsx } from '../../../src/xlsx/read-return';
import { writeReturnXlsx } from '../../../src/xlsx/write-return';
import { fillReturn } from '../../support/returns-fill';
import { GENERATED, fixtureLedger } from '../../support/returns-scenario';

const ledger = fixtureLedger();
const TIME = { batchId: '合并-20250110-090000', time: '2025-01-10T09:00:00+08:00' };

async function returnOf(round: string) {
  const plan = planReturns(ledger, { round }).returns.find((p) => p.unit === '区财政局')!;
  return readReturnXlsx(await fillReturn(await writeReturnXlsx(plan, GENERATED), { '2-05': { status: '已完成', progress: '12月已全部公开' } }), plan.fileName);
}

describe('rounds of a plan year', () => {
  it('are its twelve months and the January after it', () => {
    expect(ledger.meta.planYear).toBe(2024);
    const rounds = ['2023-12', '2024-01', '2024-12', '2025-01', '2025-02', '2026-01'];
    expect(rounds.map((r) => isRoundOfPlanYear(r, 2024))).toEqual([false, true, true, true, false, false]);
  });

  it('merges a 2025-01 return into the 2024 ledger as the round it is (the default round of the batch)', async () => {
    const { ledger: merged, report } = consolidate(ledger, [await returnOf('2025-01')], TIME);
    expect([report.round, report.files[0].status, report.files[0].findings.filter((f) => f.level === 'error')]).toEqual(['2025-01', 'merged', []]);
    expect(merged.tasks.find((t) => t.id === '2-05')!.unitReports['区财政局']).toMatchObject({ round: '2025-01', status: '已完成', progress: '12月已全部公开' });
  });

  it('refuses 2025-02 and 2023-12 as another year', async () => {
    for (const [round, year] of [['2025-02', 2025], ['2023-12', 2023]] as const) {
      const { report } = consolidate(ledger, [await returnOf(round)], { ...TIME, round });
      expect(report.files[0].findings.filter((f) => f.level === 'error').map((f) => [f.code, f.message])).toEqual([
        ['consolidate.other-year', `「区财政局-报送表-${round}.xlsx」是 ${year} 年的报送表（报送轮次 ${round}），本台账是 2024 年的，未合并。`],
      ]);
    }
  });
});
