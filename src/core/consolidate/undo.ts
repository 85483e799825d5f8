/**
 * 撤销 Undo the last consolidation: replays its 变更记录 rows backwards and removes them.
 * The ledger comes back deep-equal to what it was before that consolidation, provided nobody
 * changed those values in between (if they did, a warning names each such value and the
 * pre-consolidation value is restored anyway). "Last" is the batch of the last 变更记录 row:
 * a consolidation that changed nothing left no rows and is not a step to undo.
 */
import type { Finding } from '../finding';
import type { ChangeRecord, Ledger, LedgerTask, Status } from '../ledger';
import { LEDGER_ROW_UNIT, cloneTask, ledgerRowFieldOf, unitReportFieldOf } from './change-fields';
import { MSG, finding } from './messages';

export interface UndoResult {
  ledger: Ledger;
  /** The batch undone, or null when there was nothing to undo. */
  batchId: string | null;
  /** 变更记录 rows replayed and removed. */
  restored: number;
  findings: Finding[];
}

export function undoLastConsolidation(ledger: Ledger): UndoResult {
  const last = ledger.changes[ledger.changes.length - 1];
  if (!last) return { ledger, batchId: null, restored: 0, findings: [finding('info', 'undo.nothing', MSG.undoNothing())] };
  const batchId = last.batchId;
  const records = ledger.changes.filter((r) => r.batchId === batchId);
  const tasks = ledger.tasks.map(cloneTask);
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const findings: Finding[] = [];
  const created = new Set<string>();
  for (const record of [...records].reverse()) {
    const task = byId.get(record.taskId);
    if (!task) {
      if (!findings.some((f) => f.taskId === record.taskId)) {
        findings.push(finding('warning', 'undo.taskGone', MSG.undoTaskGone(record.taskId, batchId), {}, { taskId: record.taskId }));
      }
      continue;
    }
    const current = restore(task, record, created);
    if (current !== undefined && current !== record.newValue) {
      findings.push(finding('warning', 'undo.editedSince', MSG.undoEditedSince(task.id, record.field, record.newValue, current), {}, { taskId: task.id }));
    }
  }
  for (const key of created) {
    const [taskId, unit] = JSON.parse(key) as [string, string];
    const task = byId.get(taskId)!;
    task.unitReports = Object.fromEntries(Object.entries(task.unitReports).filter(([u]) => u !== unit));
  }
  const changes = ledger.changes.filter((r) => r.batchId !== batchId);
  return { ledger: { ...ledger, tasks, changes }, batchId, restored: records.length, findings };
}

/**
 * Puts the old value back; returns the value it replaced. Undefined when there was nothing to
 * restore: a field name consolidation never writes (a hand-edited 变更记录 row) or a report that is gone.
 */
function restore(task: LedgerTask, record: ChangeRecord, created: Set<string>): string | undefined {
  if (record.unit === LEDGER_ROW_UNIT) {
    const field = ledgerRowFieldOf(record.field);
    if (!field) return undefined;
    const current = task[field];
    if (field === 'status') task.status = record.oldValue as Status | '';
    else task[field] = record.oldValue;
    return current;
  }
  const field = unitReportFieldOf(record.field);
  if (!field) return undefined;
  const report = task.unitReports[record.unit];
  if (!report) return undefined;
  const current = report[field];
  if (field === 'status') report.status = record.oldValue as Status | '';
  else report[field] = record.oldValue;
  if (field === 'round' && record.oldValue === '') created.add(JSON.stringify([task.id, record.unit]));
  return current;
}
