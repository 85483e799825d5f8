/**
 * The 汇总 sheet's numbers, computed here from the same rules its formulas use: per lead unit
 * (a task with several lead units counts for each), per section, and for all tasks. Status is
 * the row's 完成状态 (the workbook has one per row); see unit-summary.ts for the printed
 * summary that also weighs each unit's own report.
 */
import type { IsoDate } from '../deadline';
import { categoryLabel } from '../ledger';
import type { Ledger, LedgerTask } from '../ledger';
import { taskLight } from './light';

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
  sections: SummaryCounts[];
  total: SummaryCounts;
}

/** Lead units in order of first appearance in the tasks (the 汇总 sheet's row order). */
export function leadUnitsInOrder(tasks: readonly LedgerTask[]): string[] {
  return [...new Set(tasks.flatMap((t) => t.leadUnits))];
}

export function sectionsInOrder(tasks: readonly LedgerTask[]): string[] {
  return [...new Set(tasks.map((t) => categoryLabel(t.category)))];
}

function count(name: string, tasks: readonly LedgerTask[], today: IsoDate, dueSoonDays: number): SummaryCounts {
  const lights = tasks.map((t) => taskLight(t, today, dueSoonDays));
  const done = lights.filter((l) => l === 'done').length;
  return {
    name,
    total: tasks.length,
    done,
    inProgress: tasks.filter((t) => t.status === '推进中').length,
    overdue: lights.filter((l) => l === 'overdue').length,
    dueSoon: lights.filter((l) => l === 'due-soon').length,
    completionRate: tasks.length === 0 ? null : done / tasks.length,
  };
}

export function summarize(ledger: Ledger, today: IsoDate): LedgerSummary {
  const { tasks } = ledger;
  const days = ledger.meta.dueSoonDays;
  return {
    units: leadUnitsInOrder(tasks).map((u) => count(u, tasks.filter((t) => t.leadUnits.includes(u)), today, days)),
    sections: sectionsInOrder(tasks).map((s) => count(s, tasks.filter((t) => categoryLabel(t.category) === s), today, days)),
    total: count('全部任务', tasks.filter((t) => t.task !== ''), today, days),
  };
}
