/**
 * 重新导入: a revised breakdown updates the ledger it replaces. The ledger keeps its identity
 * (ledgerId, createdAt, 单位名录, history), so returns already sent out still merge; tasks are
 * matched (see task-match.ts) so that they keep their IDs, status, progress and reports; new
 * tasks get IDs never used before in their section; reports on removed tasks are kept as orphan
 * reports, never lost.
 */
import type { Finding } from '../finding';
import { TASK_FIELDS, type TaskFieldKey } from '../fields';
import type { ImportResult } from '../import';
import { newLedgerTask } from './ledger-build';
import type { ChangeRecord, Ledger, LedgerTask, OrphanReport } from './ledger';
import { taskFieldText } from './task-field-text';
import type { Task } from './task';
import { matchTasks } from './task-match';

/** Task fields the breakdown owns: a revision may change them. */
export const REVISED_FIELDS = ['category', 'task', 'requirement', 'leadUnits', 'coUnits', 'deadline'] as const satisfies readonly TaskFieldKey[];
export type RevisedField = (typeof REVISED_FIELDS)[number];

export interface ReimportReport {
  added: Array<{ id: string; task: string }>;
  /** `keptReports`: units' reports on it, kept in 单位报送 as reports of a removed task. */
  removed: Array<{ id: string; task: string; keptReports: number }>;
  changed: Array<{ id: string; task: string; fields: RevisedField[] }>;
}

function fieldText(task: Task, field: RevisedField): string {
  // The category with the second-level heading, when there is one.
  if (field === 'category') return [task.category, task.subcategory].map((c) => (c ? `${c.no}、${c.title}` : '')).join('|');
  return taskFieldText(task, field);
}

function changedFields(before: Task, after: Task): RevisedField[] {
  return REVISED_FIELDS.filter((f) => fieldText(before, f) !== fieldText(after, f));
}

/**
 * 变更记录's unit for the office's own revision of a task (a re-import): the old value is kept
 * there, so a return sent before the revision, which still shows it, is not taken for a unit's
 * edit. Undo (of a merge) leaves these rows alone.
 */
export const REVISION_UNIT = '（分解表修订）';

export function isRevisionRecord(record: Pick<ChangeRecord, 'unit'>): boolean {
  return record.unit === REVISION_UNIT;
}

/** Values the office itself gave `field` (its 变更记录 label) of task `taskId` before its revisions. */
export function revisedAwayValues(changes: readonly ChangeRecord[], taskId: string, fieldLabel: string): string[] {
  return changes.filter((c) => isRevisionRecord(c) && c.taskId === taskId && c.field === fieldLabel).map((c) => c.oldValue);
}

/** When and from which file the revision came (变更记录's 时间 and 来源文件). */
export interface RevisionSource {
  time: string;
  file?: string;
}

function revisionRecords(old: Task, revised: Task, id: string, fields: readonly RevisedField[], source: RevisionSource): ChangeRecord[] {
  return fields.map((f) => ({
    time: source.time,
    round: '',
    unit: REVISION_UNIT,
    taskId: id,
    field: TASK_FIELDS[f].label,
    oldValue: fieldText(old, f),
    newValue: fieldText(revised, f),
    sourceFile: source.file ?? '',
    batchId: `revision-${source.time.replace(/[^0-9]/g, '')}`,
  }));
}

const ID = /^(\d+)-(\d+)$/;

/** Fresh IDs per section, after every index ever used there (kept, removed or orphaned). */
function idMaker(used: Iterable<string>): (section: number) => string {
  const taken = new Set(used);
  const last = new Map<number, number>();
  for (const id of taken) {
    const m = ID.exec(id);
    if (m) last.set(Number(m[1]), Math.max(last.get(Number(m[1])) ?? 0, Number(m[2])));
  }
  return (section) => {
    let index = last.get(section) ?? 0;
    let id: string;
    do {
      index += 1;
      id = `${section}-${String(index).padStart(2, '0')}`;
    } while (taken.has(id));
    last.set(section, index);
    taken.add(id);
    return id;
  };
}

function keepTracking(old: LedgerTask, revised: Task, seq: number): LedgerTask {
  const reports = Object.fromEntries(Object.entries(old.unitReports).map(([unit, r]) => [unit, { ...r }]));
  return { ...newLedgerTask(revised, seq), id: old.id, status: old.status, progress: old.progress, evidence: old.evidence, updatedAt: old.updatedAt, note: old.note, unitReports: reports };
}

/** An import finding names the task by the ID the ledger gives it (its message names it as `任务1-03（…`, see messages.ts). */
function withLedgerId(finding: Finding, idOf: ReadonlyMap<string, string>): Finding {
  const from = finding.taskId;
  const id = from === undefined ? undefined : idOf.get(from);
  if (id === undefined || id === from) return { ...finding };
  return { ...finding, taskId: id, message: finding.message.replace(`任务${from}（`, `任务${id}（`) };
}

/**
 * The ledger updated to a revised breakdown, and what changed. Neither input is changed. Each
 * changed field of a matched task gets a 变更记录 row (unit REVISION_UNIT) holding its old value.
 */
export function reimportLedger(ledger: Ledger, result: ImportResult, source: RevisionSource): { ledger: Ledger; report: ReimportReport } {
  const pairs = matchTasks(ledger.tasks, result.tasks);
  const oldOf = new Map(pairs.map((p) => [p.new, ledger.tasks[p.old]]));
  const matchedOld = new Set(pairs.map((p) => p.old));
  const orphans: OrphanReport[] = (ledger.orphanReports ?? []).map((o) => ({ taskId: o.taskId, report: { ...o.report } }));
  const freshId = idMaker([...ledger.tasks.map((t) => t.id), ...orphans.map((o) => o.taskId), ...ledger.changes.map((c) => c.taskId)]);
  const report: ReimportReport = { added: [], removed: [], changed: [] };
  const idOf = new Map<string, string>();
  const revisions: ChangeRecord[] = [];
  const tasks = result.tasks.map((revised, j) => {
    const old = oldOf.get(j);
    if (!old) {
      const task = { ...newLedgerTask(revised, j + 1), id: freshId(revised.category.no) };
      idOf.set(revised.id, task.id);
      report.added.push({ id: task.id, task: task.task });
      return task;
    }
    idOf.set(revised.id, old.id);
    const fields = changedFields(old, revised);
    if (fields.length > 0) {
      report.changed.push({ id: old.id, task: revised.task, fields });
      revisions.push(...revisionRecords(old, revised, old.id, fields, source));
    }
    return keepTracking(old, revised, j + 1);
  });
  ledger.tasks.forEach((old, i) => {
    if (matchedOld.has(i)) return;
    const kept = Object.values(old.unitReports).map((r) => ({ taskId: old.id, report: { ...r } }));
    orphans.push(...kept);
    report.removed.push({ id: old.id, task: old.task, keptReports: kept.length });
  });
  const updated: Ledger = {
    meta: { ...ledger.meta, title: result.title || ledger.meta.title, planYear: result.planYear ?? ledger.meta.planYear },
    tasks,
    units: ledger.units.map((u) => ({ ...u, aliases: [...u.aliases] })),
    findings: result.findings.map((f) => withLedgerId(f, idOf)),
    changes: [...ledger.changes.map((c) => ({ ...c })), ...revisions],
  };
  if (orphans.length > 0) updated.orphanReports = orphans;
  return { ledger: updated, report };
}
