/**
 * A ledger workbook, as plain grids, back to a Ledger: tasks as the user left them (status,
 * progress, evidence, changed deadlines, rows added at the bottom) with each unit's reports
 * (单位报送), units, history and meta.
 * Pure; problems are findings. `ledger` is null only when the workbook is not a ledger at all.
 */
import type { Finding } from '../finding';
import type { ChangeRecord, Ledger, LedgerTask } from './ledger';
import { LEDGER_SHEETS, REQUIRED_TASK_FIELDS, SETTING_LABELS, TASK_HEADERS, type TaskField } from './ledger-fields';
import { cellName, findSheet, headerIndex, type LedgerGrids, type SheetGrid } from './ledger-grid';
import { attachUnitReports } from './ledger-read-reports';
import { readTaskRow, type TaskReadContext } from './ledger-read-tasks';
import { readChanges, readMeta, readUnits } from './ledger-read-sheets';
import { isPackedUndoData, unpackChanges } from './undo-data';
import { ledgerReadMessages as msg } from '../finding';
import type { Category } from './task';


export interface LedgerReadResult {
  ledger: Ledger | null;
  findings: Finding[];
  /** The 变更记录 rows people see, when the hidden 撤销数据 holds the history: undo checks one against the other. */
  shownChanges?: ChangeRecord[];
  /**
   * Batches whose packed 撤销数据 was edited or cut by hand (see undo-data.ts): the history keeps
   * their 变更记录 rows, and undo refuses them.
   */
  damagedBatches?: string[];
}

export interface LedgerReadOptions {
  /** Plan year to use when 设置 is missing or unreadable (e.g. the current year). */
  fallbackPlanYear: number;
}

function taskColumns(grid: SheetGrid): Partial<Record<TaskField, number>> {
  const index = headerIndex(grid);
  const columns: Partial<Record<TaskField, number>> = {};
  for (const field of Object.keys(TASK_HEADERS) as TaskField[]) {
    const i = index.get(TASK_HEADERS[field]);
    if (i !== undefined) columns[field] = i;
  }
  return columns;
}

/** `3-07` → section 3, index 7. */
function idIndex(id: string): { no: number; index: number } | null {
  const m = /^(\d+)-(\d+)$/.exec(id);
  return m ? { no: Number(m[1]), index: Number(m[2]) } : null;
}

function nextId(category: Category, tasks: readonly LedgerTask[]): string {
  const used = tasks.map((t) => idIndex(t.id)).filter((x): x is { no: number; index: number } => x !== null && x.no === category.no);
  const next = Math.max(0, ...used.map((u) => u.index)) + 1;
  return `${category.no}-${String(next).padStart(2, '0')}`;
}

function readTasks(grid: SheetGrid, ctx: TaskReadContext, findings: Finding[]): LedgerTask[] {
  const read = grid.rows.slice(1).map((values, i) => ({ values, row: i + 2 }));
  const tasks: LedgerTask[] = [];
  const needIds: LedgerTask[] = [];
  for (const { values, row } of read) {
    const r = readTaskRow(values, row, tasks[tasks.length - 1]?.category, ctx, grid.name, findings);
    if (!r) continue;
    tasks.push(r.task);
    if (r.needsId) needIds.push(r.task);
  }
  for (const task of needIds) {
    task.id = nextId(task.category, tasks);
    const row = task.source?.row ?? 0;
    findings.push({ level: 'info', code: 'ledger.new-task-id', taskId: task.id, field: 'id', message: msg.newTaskId(row, task.id), suggestion: msg.newTaskIdSuggestion(task.id), file: ctx.file, sheet: grid.name, row, cell: cellName(row, ctx.columns.id ?? 0) });
  }
  tasks.forEach((t, i) => {
    if (t.seq === 0) t.seq = i + 1;
  });
  findings.push(...duplicateIds(tasks, ctx.file, grid.name));
  return tasks;
}

function duplicateIds(tasks: readonly LedgerTask[], file: string, sheet: string): Finding[] {
  const rows = new Map<string, number[]>();
  for (const t of tasks) rows.set(t.id, [...(rows.get(t.id) ?? []), t.source?.row ?? 0]);
  return [...rows]
    .filter(([, r]) => r.length > 1)
    .map(([id, r]) => ({ level: 'error' as const, code: 'ledger.duplicate-id', taskId: id, field: 'id' as const, message: msg.duplicateId(id, r), suggestion: msg.duplicateIdSuggestion(), file, sheet, row: r[1] }));
}

export function readLedgerGrids(grids: LedgerGrids, options: LedgerReadOptions): LedgerReadResult {
  const { file } = grids;
  const findings: Finding[] = [];
  const tasksGrid = findSheet(grids, LEDGER_SHEETS.tasks);
  if (!tasksGrid) {
    return { ledger: null, findings: [{ level: 'error', code: 'ledger.not-ledger', field: 'file', message: msg.notLedger(file), suggestion: msg.notLedgerSuggestion(), file }] };
  }
  const columns = taskColumns(tasksGrid);
  const missing = REQUIRED_TASK_FIELDS.filter((f) => columns[f] === undefined).map((f) => TASK_HEADERS[f]);
  if (missing.length > 0) {
    const finding: Finding = { level: 'error', code: 'ledger.missing-columns', field: 'file', message: msg.missingColumns(file, tasksGrid.name, missing), suggestion: msg.missingColumnsSuggestion(), file, sheet: tasksGrid.name, row: 1 };
    return { ledger: null, findings: [finding] };
  }

  const settingsGrid = findSheet(grids, LEDGER_SHEETS.settings);
  if (!settingsGrid) findings.push({ level: 'warning', code: 'ledger.no-settings', field: 'file', message: msg.noSettings(file), suggestion: msg.noSettingsSuggestion(), file });
  const { meta, invalid } = readMeta(settingsGrid, options.fallbackPlanYear);
  for (const bad of invalid) {
    findings.push({ level: 'warning', code: 'ledger.bad-setting', field: 'file', message: msg.badSetting(SETTING_LABELS[bad.key], bad.value), file, sheet: LEDGER_SHEETS.settings });
  }

  const { tasks, orphans } = attachUnitReports(readTasks(tasksGrid, { file, planYear: meta.planYear, columns }, findings), findSheet(grids, LEDGER_SHEETS.reports), file, findings);
  const unitsGrid = findSheet(grids, LEDGER_SHEETS.units);
  if (!unitsGrid) findings.push({ level: 'warning', code: 'ledger.no-unit-sheet', field: 'file', message: msg.noUnitSheet(file), file });
  const undoGrid = findSheet(grids, LEDGER_SHEETS.undo);
  const shownGrid = findSheet(grids, LEDGER_SHEETS.changes);
  const shown = shownGrid ? readChanges(shownGrid) : [];
  const history = undoGrid ? readHistory(undoGrid, shown) : { changes: shown, damaged: [] };
  const ledger: Ledger = {
    meta,
    tasks,
    units: unitsGrid ? readUnits(unitsGrid) : [],
    findings: [],
    changes: history.changes,
  };
  if (orphans.length > 0) ledger.orphanReports = orphans;
  const result: LedgerReadResult = { ledger, findings };
  if (undoGrid && shownGrid) result.shownChanges = shown;
  if (history.damaged.length > 0) result.damagedBatches = history.damaged;
  return result;
}

/**
 * The history: 撤销数据 holds every change, 变更记录 only those people read (a ledger written
 * before 撤销数据 existed holds all there). 撤销数据 is packed (undo-data.ts) or, written by an
 * older version, one row per change. A packed batch that was edited, or a batch 变更记录 shows
 * that 撤销数据 lacks, keeps its 变更记录 rows in the history and is named as damaged.
 */
function readHistory(undoGrid: SheetGrid, shown: readonly ChangeRecord[]): { changes: ChangeRecord[]; damaged: string[] } {
  if (!isPackedUndoData(undoGrid)) return { changes: readChanges(undoGrid), damaged: [] };
  const { batches } = unpackChanges(undoGrid);
  const shownOf = (batchId: string) => shown.filter((c) => c.batchId === batchId);
  const held = new Set(batches.map((b) => b.batchId));
  const damaged = new Set(batches.filter((b) => 'damaged' in b).map((b) => b.batchId));
  // Batches 变更记录 shows and 撤销数据 lacks, each placed after the batch it follows in 变更记录.
  const missingAfter = new Map<string, string[]>();
  let previous = '';
  for (const c of shown) {
    if (c.batchId === previous) continue;
    if (!held.has(c.batchId) && !damaged.has(c.batchId)) {
      damaged.add(c.batchId);
      missingAfter.set(previous, [...(missingAfter.get(previous) ?? []), c.batchId]);
    }
    previous = c.batchId;
  }
  const changes: ChangeRecord[] = [];
  const followers = (after: string) => {
    for (const id of missingAfter.get(after) ?? []) {
      changes.push(...shownOf(id));
      followers(id);
    }
  };
  followers('');
  const placed = new Set<string>();
  for (const b of batches) {
    if (placed.has(b.batchId)) continue;
    placed.add(b.batchId);
    if (damaged.has(b.batchId)) changes.push(...shownOf(b.batchId));
    else if ('changes' in b) changes.push(...b.changes);
    followers(b.batchId);
  }
  return { changes, damaged: [...damaged] };
}
