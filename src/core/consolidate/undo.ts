/**
 * 撤销 Undo the last consolidation: replays its 变更记录 rows backwards and removes them.
 * The ledger comes back deep-equal to what it was before that consolidation, provided nobody
 * changed those values in between (if they did, a warning names each such value and the
 * pre-consolidation value is restored anyway). "Last" is the batch of the last 变更记录 row:
 * a consolidation that changed nothing left no rows and is not a step to undo. Rows of the
 * office's revisions (REVISION_UNIT) are left as they are.
 */
import type { Finding } from '../finding';
import { isRevisionRecord, type ChangeRecord, type Ledger, type LedgerTask, type Status, type UnitReport } from '../ledger';
import { LEDGER_ROW_LABELS, LEDGER_ROW_UNIT, UNIT_REPORT_LABELS, cloneTask, isBookkeepingChange, ledgerRowFieldOf, unitReportFieldOf } from './change-fields';
import { MSG, finding } from './messages';

const LEDGER_ROW_STAMP = LEDGER_ROW_LABELS.updatedAt;
const UNIT_REPORT_STAMP = UNIT_REPORT_LABELS.reportedAt;

export interface UndoResult {
  ledger: Ledger;
  /** The batch undone, or null when there was nothing to undo. */
  batchId: string | null;
  /** 变更记录 rows replayed and removed. */
  restored: number;
  findings: Finding[];
}

/**
 * `shown`: the 变更记录 rows as read from the file, when the history came from 撤销数据; a row of
 * the batch that differs between the two means one of them was edited, and undo refuses.
 * `damaged`: batches whose packed 撤销数据 was edited or cut (LedgerReadResult.damagedBatches);
 * undo refuses the last batch when it is one of them, or when one of them left no row at all
 * (its place in the order is then unknown).
 */
export function undoLastConsolidation(ledger: Ledger, shown?: readonly ChangeRecord[], damaged: readonly string[] = []): UndoResult {
  // The office's revisions of tasks (a re-import) are history, not a merge to undo.
  const merged = ledger.changes.filter((r) => !isRevisionRecord(r));
  const last = merged[merged.length - 1];
  const lost = damaged.find((id) => id === last?.batchId || !ledger.changes.some((c) => c.batchId === id));
  if (lost !== undefined) return { ledger, batchId: null, restored: 0, findings: [finding('error', 'consolidate.undo-data-damaged', MSG.undoDataDamaged(last?.batchId ?? lost, lost))] };
  if (!last) return { ledger, batchId: null, restored: 0, findings: [finding('info', 'undo.nothing', MSG.undoNothing())] };
  const batchId = last.batchId;
  const records = merged.filter((r) => r.batchId === batchId);
  const incomplete = incompleteUndoData(records);
  if (incomplete) return { ledger, batchId: null, restored: 0, findings: [finding('error', 'consolidate.undo-data-incomplete', MSG.undoDataIncomplete(batchId, incomplete))] };
  const edited = shown ? editedRows(records, shown, batchId) : [];
  if (edited.length > 0) return { ledger, batchId: null, restored: 0, findings: [finding('error', 'consolidate.undo-data-edited', MSG.undoDataEdited(batchId, edited))] };
  const tasks = ledger.tasks.map(cloneTask);
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const orphans = (ledger.orphanReports ?? []).map((o) => ({ taskId: o.taskId, report: { ...o.report } }));
  const findings: Finding[] = [];
  const created = new Set<string>();
  for (const record of [...records].reverse()) {
    const task = byId.get(record.taskId);
    const orphan = task ? undefined : orphans.find((o) => o.taskId === record.taskId && o.report.unit === record.unit);
    if (orphan) {
      // The task was deleted after the merge: its unit's report is still kept, and restored.
      restoreReport(orphan.report, record, created);
      continue;
    }
    if (!task) {
      if (record.unit === LEDGER_ROW_UNIT) continue; // the row itself is gone: nothing to restore

      if (!findings.some((f) => f.taskId === record.taskId)) {
        findings.push(finding('warning', 'undo.task-gone', MSG.undoTaskGone(record.taskId, batchId), {}, { taskId: record.taskId }));
      }
      continue;
    }
    const current = restore(task, record, created);
    if (current !== undefined && current !== record.newValue) {
      findings.push(finding('warning', 'undo.edited-since', MSG.undoEditedSince(task.id, record.field, record.newValue, current), {}, { taskId: task.id }));
    }
  }
  const removedOrphans = new Set<string>();
  for (const key of created) {
    const [taskId, unit] = JSON.parse(key) as [string, string];
    const task = byId.get(taskId);
    if (task) task.unitReports = Object.fromEntries(Object.entries(task.unitReports).filter(([u]) => u !== unit));
    else removedOrphans.add(key);
  }
  const changes = ledger.changes.filter((r) => r.batchId !== batchId);
  const next: Ledger = { ...ledger, tasks, changes };
  if (ledger.orphanReports) {
    const kept = orphans.filter((o) => !removedOrphans.has(JSON.stringify([o.taskId, o.report.unit])));
    if (kept.length > 0) next.orphanReports = kept;
    else delete next.orphanReports;
  }
  return { ledger: next, batchId, restored: records.length, findings };
}

/** 时间 is left out: 变更记录 shows it as a date-time cell, 撤销数据 keeps the text written (with its offset). */
const COMPARED: ReadonlyArray<keyof ChangeRecord> = ['round', 'unit', 'taskId', 'field', 'oldValue', 'newValue', 'sourceFile', 'batchId'];

/** 变更记录 row numbers (the sheet's, header on row 1) of the batch that do not match 撤销数据's readable rows. */
function editedRows(records: readonly ChangeRecord[], shown: readonly ChangeRecord[], batchId: string): number[] {
  const hidden = records.filter((r) => !isBookkeepingChange(r));
  const visible = shown.map((r, i) => ({ r, row: i + 2 })).filter(({ r }) => r.batchId === batchId);
  const rows: number[] = [];
  for (let i = 0; i < Math.max(hidden.length, visible.length); i++) {
    const h = hidden[i];
    const v = visible[i];
    if (!h || !v || COMPARED.some((k) => h[k].trim() !== v.r[k])) rows.push(v?.row ?? (visible[visible.length - 1]?.row ?? 1) + 1);
  }
  return [...new Set(rows)];
}

/**
 * Whether the batch's undo data is whole, as consolidation writes it: every unit report it
 * touched has its 报送时间 row, and every 任务台账 row it touched its 更新时间 row. Returns the
 * first (task, unit) that lacks it, or null. Rows removed from the hidden 撤销数据 sheet (or the
 * sheet itself, leaving only 变更记录) show up here, and undo then refuses rather than half-restore.
 */
function incompleteUndoData(records: readonly ChangeRecord[]): string | null {
  const touched = new Map<string, boolean>();
  for (const r of records) {
    const key = `${r.taskId}|${r.unit}`;
    const stamp = r.unit === LEDGER_ROW_UNIT ? r.field === LEDGER_ROW_STAMP : r.field === UNIT_REPORT_STAMP;
    touched.set(key, (touched.get(key) ?? false) || (stamp && r.newValue === r.time));
  }
  for (const [key, stamped] of touched) if (!stamped) return key.replace('|', ' ');
  return null;
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
  return restoreReport(task.unitReports[record.unit], record, created);
}

function restoreReport(report: UnitReport | undefined, record: ChangeRecord, created: Set<string>): string | undefined {
  const field = unitReportFieldOf(record.field);
  if (!field || !report) return undefined;
  const current = report[field];
  if (field === 'status') report.status = record.oldValue as Status | '';
  else report[field] = record.oldValue;
  if (field === 'round' && record.oldValue === '') created.add(JSON.stringify([record.taskId, record.unit]));
  return current;
}
