/**
 * 催报名单: units that owe a return for a round and have not sent one.
 * A unit owes a return when it leads at least one task that is not 已销号 (closed tasks need no
 * report). It has sent one when a report of that round is in the ledger from it, or when its
 * file is among `received` (a return that changed nothing still counts as sent). A report of a
 * later round also counts: a unit that reported in October owes nothing for September.
 * Units are listed in the order they first appear in the ledger.
 */
import type { Ledger, LedgerTask } from '../ledger';
import { reportingUnits } from '../units';
import { isOlderRound } from './rounds';

/** A task owes its lead units a report unless it is 已销号 (closed tasks need no report). */
export function owesReport(task: Pick<LedgerTask, 'status'>): boolean {
  return task.status !== '已销号';
}

export function missingReturns(ledger: Ledger, round: string, received: readonly string[] = []): string[] {
  const owing = new Set<string>(); // insertion order: first appearance in the ledger
  const sent = new Set(received);
  for (const task of ledger.tasks) {
    for (const unit of reportingUnits(task)) {
      if (owesReport(task)) owing.add(unit);
      const stored = task.unitReports[unit]?.round;
      if (stored !== undefined && (stored === round || isOlderRound(round, stored))) sent.add(unit);
    }
  }
  return [...owing].filter((unit) => !sent.has(unit));
}
