/**
 * The 汇总 sheet's numbers, computed here from the same rules its formulas use
 * (src/layout/summary-formulas.ts): per lead unit, its part of each task it leads (unit-part.ts,
 * the rule the printed 单位汇总 uses too); per section and for all tasks, each task once with
 * its row's 完成状态.
 */
import type { IsoDate } from '../deadline';
import { categoryLabel } from '../ledger';
import type { Ledger, LedgerTask } from '../ledger';
import { statusRow, type StatusRow } from './status-table';
import { countRows, unitStatusRows } from './unit-summary';

export interface SummaryCounts {
  name: string;
  total: number;
  done: number;
  inProgress: number;
  overdue: number;
  dueSoon: number;
  /** done / total; null when there is no task (the sheet shows a blank). */
  completionRate: number | null;
}

export interface LedgerSummary {
  units: SummaryCounts[];
  categories: SummaryCounts[];
  total: SummaryCounts;
}

/** Lead units in order of first appearance in the tasks (the 汇总 sheet's row order). */
export function leadUnitsInOrder(tasks: readonly LedgerTask[]): string[] {
  return [...new Set(tasks.flatMap((t) => t.leadUnits))];
}

export function categoriesInOrder(tasks: readonly LedgerTask[]): string[] {
  return [...new Set(tasks.map((t) => categoryLabel(t.category)))];
}

function summaryCounts(name: string, rows: readonly StatusRow[]): SummaryCounts {
  const { total, done, inProgress, overdue, dueSoon } = countRows(rows);
  return { name, total, done, inProgress, overdue, dueSoon, completionRate: total === 0 ? null : done / total };
}

export function summarize(ledger: Ledger, today: IsoDate): LedgerSummary {
  const { tasks } = ledger;
  const taskRows = (list: readonly LedgerTask[]) => list.map((t) => statusRow(t, undefined, today, ledger.meta.dueSoonDays));
  const byUnit = unitStatusRows(ledger, today);
  return {
    units: leadUnitsInOrder(tasks).map((u) => summaryCounts(u, byUnit.get(u) ?? [])),
    categories: categoriesInOrder(tasks).map((s) => summaryCounts(s, taskRows(tasks.filter((t) => categoryLabel(t.category) === s)))),
    total: summaryCounts('全部任务', taskRows(tasks.filter((t) => t.task !== ''))),
  };
}
