/**
 * 单位汇总: per lead unit, how many tasks it leads and where they stand, sorted as the office
 * reads it (most overdue first, then by name), with a total row.
 *
 * A task with several lead units counts once for each of them, with that unit's part of it
 * (unit-part.ts). The total row counts every task once, with the task's status, so it is not
 * the sum of the unit rows when tasks are shared.
 */
import type { IsoDate } from '../deadline';
import type { Ledger } from '../ledger';
import { isDone } from './light';
import { NO_LEAD_UNIT_HEADING } from './status-table-heading';
import { statusRow, type StatusRow } from './status-table';
import { asOfLine, unitSummaryTitle } from './status-table-title';

export interface UnitCounts {
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  /** 未报送: blank 完成状态 (nothing reported or entered yet). */
  notReported: number;
  /** 暂缓. */
  onHold: number;
  overdue: number;
  dueSoon: number;
  /** done / total, 0 when there is no task; a fraction (0.25 = 25%). */
  completionRate: number;
}

export interface UnitSummaryRow extends UnitCounts {
  unit: string;
}

export interface UnitSummary {
  title: string;
  asOf: string;
  rows: UnitSummaryRow[];
  total: UnitCounts;
  /** Explains why the total is not the column sum, when some task has several lead units. */
  note: string;
}

export const SHARED_TASKS_NOTE = '注：多个单位共同牵头的任务，在各牵头单位分别计数；合计行每项任务只计一次。';

/** Each lead unit's rows, its part of every task it leads; tasks without one under 未明确牵头单位. */
export function unitStatusRows(ledger: Ledger, today: IsoDate): Map<string, StatusRow[]> {
  const byUnit = new Map<string, StatusRow[]>();
  for (const task of ledger.tasks) {
    const units = task.leadUnits.length > 0 ? task.leadUnits : [NO_LEAD_UNIT_HEADING];
    for (const unit of units) {
      const side = unit === NO_LEAD_UNIT_HEADING ? undefined : unit;
      const rows = byUnit.get(unit) ?? [];
      rows.push(statusRow(task, side, today, ledger.meta.dueSoonDays));
      byUnit.set(unit, rows);
    }
  }
  return byUnit;
}

export function buildUnitSummary(ledger: Ledger, today: IsoDate): UnitSummary {
  const all = ledger.tasks.map((task) => statusRow(task, undefined, today, ledger.meta.dueSoonDays));
  const rows = [...unitStatusRows(ledger, today).entries()].map(([unit, unitRows]) => ({ unit, ...countRows(unitRows) }));
  return {
    title: unitSummaryTitle(ledger.meta.title),
    asOf: asOfLine(today),
    rows: rows.sort(byOverdueThenName),
    total: countRows(all),
    note: ledger.tasks.some((t) => t.leadUnits.length > 1) ? SHARED_TASKS_NOTE : '',
  };
}

export function countRows(rows: readonly StatusRow[]): UnitCounts {
  const count = (pred: (r: StatusRow) => boolean) => rows.filter(pred).length;
  const done = count((r) => isDone(r.status));
  return {
    total: rows.length,
    done,
    inProgress: count((r) => r.status === '推进中'),
    notStarted: count((r) => r.status === '未开始'),
    notReported: count((r) => r.status === ''),
    onHold: count((r) => r.status === '暂缓'),
    overdue: count((r) => r.light === 'overdue'),
    dueSoon: count((r) => r.light === 'due-soon'),
    completionRate: rows.length === 0 ? 0 : done / rows.length,
  };
}

/** Most overdue first; then by name in pinyin order (zh collation), 未明确牵头单位 last. */
function byOverdueThenName(a: UnitSummaryRow, b: UnitSummaryRow): number {
  if (b.overdue !== a.overdue) return b.overdue - a.overdue;
  if ((a.unit === NO_LEAD_UNIT_HEADING) !== (b.unit === NO_LEAD_UNIT_HEADING)) return a.unit === NO_LEAD_UNIT_HEADING ? 1 : -1;
  return a.unit.localeCompare(b.unit, 'zh-Hans-CN');
}
