/**
 * Lookups over the batch's tasks, built once per consolidation rather than once per returned
 * file (300 files × 5,000 tasks was most of consolidate's time). The tasks are the batch's
 * copies: merging changes their reports, never which tasks there are or who leads them.
 */
import type { LedgerTask } from '../ledger';
import { comparableText } from './fields';

export interface TaskIndex {
  /** Every task, in ledger order. */
  tasks: readonly LedgerTask[];
  byId: ReadonlyMap<string, LedgerTask>;
  /** The tasks a unit leads, in ledger order ([] for a unit that leads none). */
  ledBy(unit: string): readonly LedgerTask[];
  /** The tasks whose text is `text` once white space is ignored (see comparableText). */
  withText(text: string): readonly LedgerTask[];
}

export function indexTasks(tasks: readonly LedgerTask[]): TaskIndex {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const led = new Map<string, LedgerTask[]>();
  for (const task of tasks) {
    for (const unit of new Set(task.leadUnits)) push(led, unit, task);
  }
  // Only returns rebuilt by hand (ID column gone) match by text: built on first use.
  let texts: Map<string, LedgerTask[]> | undefined;
  const withText = (text: string): readonly LedgerTask[] => {
    if (!texts) {
      texts = new Map();
      for (const task of tasks) push(texts, comparableText(task.task), task);
    }
    return texts.get(text) ?? [];
  };
  return { tasks, byId, ledBy: (unit) => led.get(unit) ?? [], withText };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
