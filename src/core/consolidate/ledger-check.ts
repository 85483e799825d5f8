/**
 * What must hold in the ledger before a merge or an undo writes it: each 任务编号 once (a return
 * names its task by ID; with two rows of one ID a report would land in one and undo could leave
 * it behind in the other).
 */
import type { Finding } from '../finding';
import { LEDGER_SHEETS, type Ledger } from '../ledger';
import { MSG, finding } from './messages';

export function mergeBlockers(ledger: Ledger, file: string): Finding[] {
  const rows = new Map<string, number[]>();
  for (const t of ledger.tasks) rows.set(t.id, [...(rows.get(t.id) ?? []), t.source?.row ?? t.seq + 1]);
  return [...rows]
    .filter(([, r]) => r.length > 1)
    .map(([id, r]) => finding('error', 'consolidate.duplicate-task-id', MSG.duplicateTaskId(file, id, r), { file, sheet: LEDGER_SHEETS.tasks, row: r[1] }, { taskId: id }));
}
