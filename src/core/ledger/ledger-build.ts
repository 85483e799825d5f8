/** A new ledger from an import: every task not started, no reports, no history yet. */
import type { ImportResult } from '../import';
import { DEFAULT_DUE_SOON_DAYS, SCHEMA_VERSION, type Ledger, type LedgerTask } from './ledger';
import type { Task } from './task';

export interface BuildLedgerOptions {
  ledgerId: string;
  /** ISO date-time the ledger was made. */
  createdAt: string;
  /** Overrides the breakdown's title. */
  title?: string;
  dueSoonDays?: number;
}

export function newLedgerTask(task: Task, seq: number): LedgerTask {
  return { ...task, seq, status: '', progress: '', evidence: '', updatedAt: '', note: task.note ?? '', unitReports: {} };
}

/** Without a plan year (an error finding says so) the year the ledger was made stands in. */
export function buildLedger(result: ImportResult, options: BuildLedgerOptions): Ledger {
  return {
    meta: {
      ledgerId: options.ledgerId,
      title: options.title ?? result.title,
      planYear: result.planYear ?? Number(options.createdAt.slice(0, 4)),
      schemaVersion: SCHEMA_VERSION,
      createdAt: options.createdAt,
      dueSoonDays: options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS,
    },
    tasks: result.tasks.map((t, i) => newLedgerTask(t, i + 1)),
    units: result.units.map((u) => ({ ...u, aliases: [...u.aliases] })),
    findings: [...result.findings],
    changes: [],
  };
}
