/**
 * Consolidation: 300 filled returns (one per unit, written by writeReturnXlsx) merged into the
 * 5,000-task ledger, beside the floor (ExcelJS only opening and reading the same files). Each
 * case runs in its own process; peak memory is that process's max RSS.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { filledPlans, generateLedger } from '../../test/support/generate';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { writeReturnXlsx } from '../../src/xlsx/write-return';
import { MB, round, runChild, timeMs, type ChildResult } from '../measure';
import { BENCH_SHAPE, ROUND } from './shape';

export interface ConsolidateFigures {
  returns: { files: number; totalMB: number; largestKB: number; writeMs: number };
  floor: ChildResult;
  merge: ChildResult;
  merge10: ChildResult;
  floor10: ChildResult;
  ledgerIo: ChildResult;
  /** `task-ledger merge ledger.xlsx <dir> -o out.xlsx`: read the ledger, read and merge 300 returns, write the ledger. */
  cli: ChildResult;
  /** merge time ÷ floor time (target ≤ 1.3). */
  ratio: number;
  /** Peak RSS growth from 10 to 300 files: merge, and the floor (which keeps nothing). */
  memoryGrowthMB: { merge: number; floor: number };
  /**
   * Memory bounded by the largest file, not the sum: merging 300 files grows the peak no more
   * than the floor does (workbooks released as it goes) plus twice the parsed text it keeps.
   */
  memoryBounded: boolean;
}

async function writeFiles(dir: string): Promise<ConsolidateFigures['returns']> {
  const ledger = generateLedger(BENCH_SHAPE);
  const plans = filledPlans(ledger, { round: ROUND });
  const sizes: number[] = [];
  const { ms } = await timeMs(async () => {
    for (const plan of plans) {
      const bytes = await writeReturnXlsx(plan, '2024-09-20T08:00:00Z');
      sizes.push(bytes.length);
      await fs.writeFile(path.join(dir, plan.fileName), bytes);
    }
  });
  await fs.writeFile(path.join(dir, 'ledger.xlsx'), await writeLedgerXlsx(ledger));
  const total = sizes.reduce((a, b) => a + b, 0);
  return { files: plans.length, totalMB: round(total / MB, 2), largestKB: round(Math.max(...sizes) / 1024), writeMs: ms };
}

/** Floor and merge run alternately this many times; the fastest of each counts (the machine is shared). */
const REPEATS = 5;

function fastest(results: ChildResult[]): ChildResult {
  const best = results.reduce((a, b) => ((b.ms as number) < (a.ms as number) ? b : a));
  return { ...best, runsMs: results.map((r) => r.ms), maxRssMB: Math.max(...results.map((r) => r.maxRssMB)) };
}

export async function benchConsolidate(): Promise<ConsolidateFigures> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'task-ledger-bench-'));
  try {
    const returns = await writeFiles(dir);
    const n = String(returns.files);
    const floors: ChildResult[] = [];
    const merges: ChildResult[] = [];
    for (let i = 0; i < REPEATS; i++) {
      floors.push(runChild('consolidate-child.js', ['floor', dir, n]));
      merges.push(runChild('consolidate-child.js', ['merge', dir, n]));
    }
    const floor = fastest(floors);
    const merge = fastest(merges);
    const floor10 = runChild('consolidate-child.js', ['floor', dir, '10']);
    const merge10 = runChild('consolidate-child.js', ['merge', dir, '10']);
    const ledgerIo = runChild('consolidate-child.js', ['ledger', dir]);
    const cli = runChild('consolidate-child.js', ['cli', dir]);
    return {
      returns,
      floor,
      merge,
      floor10,
      merge10,
      ledgerIo,
      cli,
      ratio: round((merge.ms as number) / (floor.ms as number), 2),
      memoryGrowthMB: { merge: round(merge.maxRssMB - merge10.maxRssMB), floor: round(floor.maxRssMB - floor10.maxRssMB) },
      memoryBounded: merge.maxRssMB - merge10.maxRssMB <= floor.maxRssMB - floor10.maxRssMB + 2 * (merge.retainedMB as number),
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
