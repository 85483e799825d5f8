/**
 * 合并 Consolidate: a batch of returns into the ledger, pure. Every file is checked first, the
 * new ledger is built from copies, and the caller writes it once. See README “分发与合并”.
 *
 * The result does not depend on the order of `returns`: units touch only their own reports,
 * the ledger row is derived from all reports at the end, and 变更记录 rows are sorted by task
 * (ledger order), then unit (牵头单位 order, the ledger row last), then field.
 */
import { revisedAwayValues, type ChangeRecord, type Ledger, type LedgerTask } from '../ledger';
import { LEDGER_ROW_FIELD_ORDER, LEDGER_ROW_LABELS, LEDGER_ROW_UNIT, UNIT_REPORT_LABELS, cloneTask, recordedCount } from './change-fields';
import { deriveTaskRow } from './derive';
import { mergeUnitReturn, type BatchContext } from './merge-unit-return';
import { missingReturns } from './missing-returns';
import { resolveReturns } from './resolve-returns';
import { indexTasks } from './task-index';
import type { ConsolidateOptions, ConsolidationReport, FileReport, ParsedReturn } from './types';

export function consolidate(
  ledger: Ledger,
  returns: readonly ParsedReturn[],
  options: ConsolidateOptions,
): { ledger: Ledger; report: ConsolidationReport } {
  const batch = resolveReturns(ledger, returns, options.time, options.round);
  const tasks = ledger.tasks.map(cloneTask);
  const ctx: BatchContext = { round: batch.round, time: options.time, batchId: options.batchId, index: indexTasks(tasks), revisedAway: (taskId, field) => revisedAwayValues(ledger.changes, taskId, field) };
  const unitRecords: ChangeRecord[] = [];
  const files: FileReport[] = [...batch.rejected];
  const received: string[] = [];
  for (const accepted of batch.accepted) {
    const { report, records } = mergeUnitReturn(accepted, ctx);
    files.push(report);
    // A return sent back untouched, or older than what the unit already reported, is not this round's report.
    if (report.reason === undefined) received.push(accepted.unit);
    unitRecords.push(...records);
  }
  const ledgerRecords = deriveLedgerRows(tasks, unitRecords, ctx);
  const added = sortRecords(tasks, [...unitRecords, ...ledgerRecords]);
  const next: Ledger = { ...ledger, tasks, changes: [...ledger.changes, ...added] };
  return {
    ledger: next,
    report: {
      batchId: options.batchId,
      round: batch.round,
      time: options.time,
      files: files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
      missingUnits: missingReturns(next, batch.round, received),
      changes: added.length,
      recorded: recordedCount(added),
    },
  };
}

/** Re-derives the ledger row of every task whose reports changed; returns its 变更记录 rows. */
function deriveLedgerRows(tasks: LedgerTask[], unitRecords: ChangeRecord[], ctx: BatchContext): ChangeRecord[] {
  const added: ChangeRecord[] = [];
  const byTask = new Map<string, ChangeRecord[]>();
  for (const r of unitRecords) {
    const list = byTask.get(r.taskId);
    if (list) list.push(r);
    else byTask.set(r.taskId, [r]);
  }
  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i];
    const records = byTask.get(task.id);
    if (!records) continue;
    const derived = deriveTaskRow(task);
    const next: LedgerTask = { ...task, ...derived };
    const changed = LEDGER_ROW_FIELD_ORDER.filter((f) => f !== 'updatedAt' && next[f] !== task[f]);
    if (changed.length === 0) continue;
    next.updatedAt = ctx.time;
    if (task.updatedAt !== ctx.time) changed.push('updatedAt');
    const sourceFile = sourceFilesOf(task, records);
    for (const f of changed) {
      added.push({
        time: ctx.time,
        round: ctx.round,
        unit: LEDGER_ROW_UNIT,
        taskId: task.id,
        field: LEDGER_ROW_LABELS[f],
        oldValue: task[f],
        newValue: next[f],
        sourceFile,
        batchId: ctx.batchId,
      });
    }
    tasks[i] = next;
  }
  return added;
}

const ROUND_ONLY = new Set([UNIT_REPORT_LABELS.round, UNIT_REPORT_LABELS.reportedAt]);

/** The files of the units whose words on this task changed (not just their round), in 牵头单位 order. */
function sourceFilesOf(task: LedgerTask, taskRecords: ChangeRecord[]): string {
  const content = taskRecords.filter((r) => !ROUND_ONLY.has(r.field));
  const records = content.length > 0 ? content : taskRecords;
  const files = task.leadUnits
    .map((unit) => records.find((r) => r.unit === unit)?.sourceFile)
    .filter((f): f is string => f !== undefined);
  return [...new Set(files)].join('、');
}

function sortRecords(tasks: readonly LedgerTask[], records: ChangeRecord[]): ChangeRecord[] {
  const seq = new Map(tasks.map((t, i) => [t.id, i]));
  // One bucket per task (ledger order), so only each task's few records are sorted, by unit.
  const buckets: ChangeRecord[][] = tasks.map(() => []);
  for (const r of records) buckets[seq.get(r.taskId)!].push(r);
  const sorted: ChangeRecord[] = [];
  buckets.forEach((bucket, i) => {
    const leadUnits = tasks[i].leadUnits;
    const unitRank = (r: ChangeRecord) => (r.unit === LEDGER_ROW_UNIT ? Number.MAX_SAFE_INTEGER : leadUnits.indexOf(r.unit));
    // Records of one (task, unit) are already in field order; a stable sort keeps it.
    if (bucket.length > 1) bucket.sort((a, b) => unitRank(a) - unitRank(b));
    sorted.push(...bucket);
  });
  return sorted;
}
