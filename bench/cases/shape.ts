/** The size the issue asks for: a 5,000-task ledger, 300 units, a return per unit. */
import type { LedgerShape } from '../../test/support/generate';

export const BENCH_SHAPE: LedgerShape = { tasks: 5000, units: 300, seed: 1 };
export const ROUND = '2024-09';
