/**
 * 汇总 counts as SUMPRODUCT formulas over the 任务台账 columns (not COUNTIFS: its criteria read
 * `*`, `?`, `~`, `<`, `=` as operators, and a wildcard `*区政府办*` would also count
 * 区政府办公室). A unit matches a 牵头单位 cell when `、unit、` occurs in `、cell、`, so each
 * of several lead units counts the task, and no unit matches a longer name that contains it.
 */
import { DONE_STATUSES } from '../core/ledger';
import { absoluteColumnRange, formulaString } from './a1';
import { NAMES, SHEETS } from './ledger-names';
import { taskColumnLetter, type TaskColumnKey } from './task-columns';

export type SummaryMeasure = 'total' | 'done' | 'inProgress' | 'overdue' | 'dueSoon';

/** How a summary row picks its tasks; `nameCell` is the cell holding the unit or section name, e.g. `$B3`. */
export type SummaryMatch = { kind: 'unit'; nameCell: string } | { kind: 'section'; nameCell: string } | { kind: 'all' };

function column(key: TaskColumnKey, lastRow: number): string {
  return absoluteColumnRange(SHEETS.tasks, taskColumnLetter(key), 2, lastRow);
}

function matchFactor(match: SummaryMatch, lastRow: number): string {
  switch (match.kind) {
    case 'unit':
      return `ISNUMBER(FIND("、"&${match.nameCell}&"、","、"&${column('leadUnits', lastRow)}&"、"))`;
    case 'section':
      return `(${column('category', lastRow)}=${match.nameCell})`;
    case 'all':
      return `(${column('task', lastRow)}<>"")`;
  }
}

function doneFactor(lastRow: number): string {
  const status = column('status', lastRow);
  return `(${DONE_STATUSES.map((s) => `(${status}=${formulaString(s)})`).join('+')})`;
}

function measureFactors(measure: SummaryMeasure, lastRow: number): string[] {
  const due = column('due', lastRow);
  const notDone = `(1-${doneFactor(lastRow)})`;
  const hasDue = `ISNUMBER(${due})`;
  switch (measure) {
    case 'total':
      return [];
    case 'done':
      return [doneFactor(lastRow)];
    case 'inProgress':
      return [`(${column('status', lastRow)}="推进中")`];
    case 'overdue':
      return [notDone, hasDue, `(${due}<TODAY())`];
    case 'dueSoon':
      return [notDone, hasDue, `(${due}>=TODAY())`, `(${due}<=TODAY()+${NAMES.dueSoonDays})`];
  }
}

export function summaryCountFormula(match: SummaryMatch, measure: SummaryMeasure, lastRow: number): string {
  const factors = [matchFactor(match, lastRow), ...measureFactors(measure, lastRow)];
  return `SUMPRODUCT(${factors.length === 1 ? `--${factors[0]}` : factors.join('*')})`;
}

/** 完成率: done / total, blank when there are no tasks. */
export function completionRateFormula(totalCell: string, doneCell: string): string {
  return `IF(${totalCell}=0,"",${doneCell}/${totalCell})`;
}
