/**
 * 推进情况表: which tasks a printed status table holds, grouped and filtered as asked, each
 * with the status, progress and warning mark it prints. Pure; `today` is a parameter.
 *
 * Grouping by category lists every task once. Grouping by lead unit lists a task with several
 * lead units under each of them, with that unit's part of it (unit-part.ts: its own report, and
 * never another unit's). The `unit` filter keeps the tasks that unit leads and shows them from
 * that unit's side in the same way.
 */
import { resolveDue } from '../deadline';
import { daysBetween, type IsoDate } from '../deadline';
import type { Ledger, LedgerTask, Status } from '../ledger';
import { LIGHT_MARKS, isDone, lightFor, type Light } from './light';
import { NO_LEAD_UNIT_HEADING, categoryHeading } from './status-table-heading';
import { asOfLine, statusTableTitle } from './status-table-title';
import { unitPart } from './unit-part';

export type StatusGrouping = 'category' | 'unit';

/** What 完成状态 prints for a task nobody has reported on (no status at all). */
export const NOT_REPORTED = '未报送';
export type StatusFilter = 'overdue' | 'not-done';

export interface StatusTableOptions {
  today: IsoDate;
  by: StatusGrouping;
  only?: StatusFilter;
  /** Only the tasks this lead unit answers for. */
  unit?: string;
}

export interface StatusRow {
  taskId: string;
  /** The ledger's 序号, so a printed row points back at its ledger row. */
  seq: number;
  task: string;
  /** 具体要求; '' when the task has none. */
  requirement: string;
  leadUnits: string;
  deadline: string;
  status: Status | '';
  /** 进展情况; several units' lines are separated by `\n`. */
  progress: string;
  light: Light;
  /** 预警 as printed: a text mark that reads in black and white (`●逾期12天`). */
  mark: string;
}

export interface StatusGroup {
  heading: string;
  rows: StatusRow[];
}

export interface StatusTable {
  title: string;
  /** `截至2024年9月30日`. */
  asOf: string;
  /** What the filters left out, for the line under the title; '' when nothing was filtered. */
  scope: string;
  groups: StatusGroup[];
}

export function buildStatusTable(ledger: Ledger, options: StatusTableOptions): StatusTable {
  const tasks = options.unit === undefined ? ledger.tasks : ledger.tasks.filter((t) => t.leadUnits.includes(options.unit!));
  const groups = options.by === 'category' ? groupByCategory(tasks, options, ledger) : groupByUnit(tasks, options, ledger);
  return {
    title: statusTableTitle(ledger.meta.title),
    asOf: asOfLine(options.today),
    scope: scopeLine(options),
    groups: groups.filter((g) => g.rows.length > 0),
  };
}

function groupByCategory(tasks: readonly LedgerTask[], options: StatusTableOptions, ledger: Ledger): StatusGroup[] {
  const byHeading = new Map<string, { no: number; rows: StatusRow[] }>();
  for (const task of tasks) {
    const heading = categoryHeading(task.category);
    const group = byHeading.get(heading) ?? { no: task.category.no, rows: [] };
    byHeading.set(heading, group);
    pushIfKept(group.rows, statusRow(task, options.unit, options.today, ledger.meta.dueSoonDays), options.only);
  }
  return [...byHeading.entries()]
    .sort(([, a], [, b]) => categoryOrder(a.no) - categoryOrder(b.no))
    .map(([heading, g]) => ({ heading, rows: sortRows(g.rows) }));
}

function groupByUnit(tasks: readonly LedgerTask[], options: StatusTableOptions, ledger: Ledger): StatusGroup[] {
  const byUnit = new Map<string, StatusRow[]>();
  for (const task of tasks) {
    const units = task.leadUnits.length > 0 ? task.leadUnits : [NO_LEAD_UNIT_HEADING];
    for (const unit of units) {
      if (options.unit !== undefined && unit !== options.unit) continue;
      const rows = byUnit.get(unit) ?? [];
      byUnit.set(unit, rows);
      const side = unit === NO_LEAD_UNIT_HEADING ? undefined : unit;
      pushIfKept(rows, statusRow(task, side, options.today, ledger.meta.dueSoonDays), options.only);
    }
  }
  const order = unitOrder(ledger, [...byUnit.keys()]);
  return [...byUnit.entries()]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([heading, rows]) => ({ heading, rows: sortRows(rows) }));
}

/** One task as printed, seen from `unit`'s side when given (its own report, when it sent one). */
export function statusRow(task: LedgerTask, unit: string | undefined, today: IsoDate, dueSoonDays: number): StatusRow {
  const { status, progress } = unit === undefined ? task : unitPart(task, unit);
  const due = resolveDue(task.deadline, today);
  const light = lightFor(status, due, task.deadline.kind, today, dueSoonDays);
  return {
    taskId: task.id,
    seq: task.seq,
    task: task.task,
    requirement: task.requirement ?? '',
    leadUnits: task.leadUnits.join('、'),
    deadline: task.deadline.text,
    status,
    progress,
    light,
    mark: warningMark(light, due, today),
  };
}

/** `●逾期12天` for overdue rows (how late matters to a reader), else the light's mark. */
export function warningMark(light: Light, due: IsoDate | null, today: IsoDate): string {
  if (light === 'overdue' && due !== null) return `${LIGHT_MARKS.overdue}${daysBetween(due, today)}天`;
  return LIGHT_MARKS[light];
}

function pushIfKept(rows: StatusRow[], row: StatusRow, only: StatusFilter | undefined): void {
  if (only === 'overdue' && row.light !== 'overdue') return;
  if (only === 'not-done' && isDone(row.status)) return;
  rows.push(row);
}

function sortRows(rows: StatusRow[]): StatusRow[] {
  return [...rows].sort((a, b) => a.seq - b.seq);
}

/** Sections without a number go last. */
function categoryOrder(no: number): number {
  return no > 0 ? no : Number.MAX_SAFE_INTEGER;
}

/** Units in 单位名录 order, then the others in the order they first lead a task; 未明确牵头单位 last. */
function unitOrder(ledger: Ledger, seen: readonly string[]): (unit: string) => number {
  const directory = ledger.units.map((u) => u.name);
  return (unit) => {
    if (unit === NO_LEAD_UNIT_HEADING) return Number.MAX_SAFE_INTEGER;
    const at = directory.indexOf(unit);
    return at >= 0 ? at : directory.length + seen.indexOf(unit);
  };
}

function scopeLine(options: StatusTableOptions): string {
  const parts: string[] = [];
  if (options.unit !== undefined) parts.push(`牵头单位：${options.unit}`);
  if (options.only === 'overdue') parts.push('仅列逾期任务');
  if (options.only === 'not-done') parts.push('仅列未完成任务');
  return parts.join('；');
}
