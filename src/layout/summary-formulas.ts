/**
 * 汇总 counts as SUMPRODUCT formulas over the 任务台账 columns (not COUNTIFS: its criteria read
 * `*`, `?`, `~`, `<`, `=` as operators, and a wildcard `*区政府办*` would also count
 * 区政府办公室). A unit matches a 牵头单位 cell when `、unit、` occurs in `、cell、`, so each
 * of several lead units counts the task, and no unit matches a longer name that contains it.
 *
 * A unit's row counts its part of each task it leads, the rule of src/core/report/unit-part.ts,
 * as three sums: tasks it leads alone (the row's status); tasks it leads with others that no
 * unit has reported on (the row's status, the office's entry); and its own reports on tasks it
 * leads with others (单位报送, whose 计入单位汇总 column marks them).
 */
import { DONE_STATUSES } from '../core/ledger';
import { absoluteColumnRange, formulaString } from './a1';
import { NAMES, SHEETS } from './ledger-names';
import { taskColumnLetter, type TaskColumnKey } from './task-columns';
import { reportColumnLetter } from './unit-report-sheet';

export type SummaryMeasure = 'total' | 'done' | 'inProgress' | 'overdue' | 'dueSoon';

/** How a summary row picks its tasks; `nameCell` is the cell holding the unit or section name, e.g. `$B3`. */
export type SummaryMatch = { kind: 'unit'; nameCell: string } | { kind: 'category'; nameCell: string } | { kind: 'all' };

/** The last rows the formulas read: 任务台账's task area and 单位报送's reports. */
export interface SummaryRanges {
  taskLastRow: number;
  reportLastRow: number;
}

/** Where a count reads a status and a due date: 任务台账's rows or 单位报送's. */
interface StatusSource {
  status: string;
  due: string;
}

function taskColumn(key: TaskColumnKey, ranges: SummaryRanges): string {
  return absoluteColumnRange(SHEETS.tasks, taskColumnLetter(key), 2, ranges.taskLastRow);
}

function reportColumn(key: Parameters<typeof reportColumnLetter>[0], ranges: SummaryRanges): string {
  return absoluteColumnRange(SHEETS.reports, reportColumnLetter(key), 2, ranges.reportLastRow);
}

function doneFactor(status: string): string {
  return `(${DONE_STATUSES.map((s) => `(${status}=${formulaString(s)})`).join('+')})`;
}

function measureFactors(measure: SummaryMeasure, source: StatusSource): string[] {
  const { status, due } = source;
  switch (measure) {
    case 'total':
      return [];
    case 'done':
      return [doneFactor(status)];
    case 'inProgress':
      return [`(${status}="推进中")`];
    case 'overdue':
    case 'dueSoon':
      return [`(1-${doneFactor(status)})`, ...dateFactors(measure, due)];
  }
}

function sumProduct(factors: string[]): string {
  return `SUMPRODUCT(${factors.length === 1 ? `--${factors[0]}` : factors.join('*')})`;
}

/** Due-date factors of a measure that counts tasks not done: overdue, due soon. */
function dateFactors(measure: 'overdue' | 'dueSoon', due: string): string[] {
  const hasDue = `ISNUMBER(${due})`;
  return measure === 'overdue' ? [hasDue, `(${due}<TODAY())`] : [hasDue, `(${due}>=TODAY())`, `(${due}<=TODAY()+${NAMES.dueSoonDays})`];
}

/**
 * The unit's parts (unit-part.ts) that `factors` keeps, as three sums: tasks it leads alone,
 * tasks it leads with others that no unit has reported on, and its own reports on tasks it
 * leads with others.
 */
function unitParts(nameCell: string, ranges: SummaryRanges, factors: (source: StatusSource) => string[]): string {
  const lead = taskColumn('leadUnits', ranges);
  const taskSource = { status: taskColumn('status', ranges), due: taskColumn('due', ranges) };
  const alone = [`(${lead}=${nameCell})`, ...factors(taskSource)];
  const sharedUnreported = [
    leadsTask(nameCell, lead),
    `(${lead}<>${nameCell})`,
    `ISNA(MATCH(${taskColumn('id', ranges)},${reportColumn('taskId', ranges)},0))`,
    ...factors(taskSource),
  ];
  const ownReports = [
    `(${reportColumn('unit', ranges)}=${nameCell})`,
    `(${reportColumn('counts', ranges)}=1)`,
    ...factors({ status: reportColumn('status', ranges), due: reportColumn('due', ranges) }),
  ];
  return [alone, sharedUnreported, ownReports].map(sumProduct).join('+');
}

function leadsTask(nameCell: string, lead: string): string {
  return `ISNUMBER(FIND("、"&${nameCell}&"、","、"&${lead}&"、"))`;
}

/**
 * A unit's count. Every task it leads counts in 任务数, and a part it has not reported is not
 * done: so overdue and due soon are the led tasks in that date range less the done parts in it.
 */
function unitCount(nameCell: string, measure: SummaryMeasure, ranges: SummaryRanges): string {
  const led = leadsTask(nameCell, taskColumn('leadUnits', ranges));
  const due = taskColumn('due', ranges);
  switch (measure) {
    case 'total':
      return sumProduct([led]);
    case 'done':
      return unitParts(nameCell, ranges, ({ status }) => [doneFactor(status)]);
    case 'inProgress':
      return unitParts(nameCell, ranges, ({ status }) => [`(${status}="推进中")`]);
    case 'overdue':
    case 'dueSoon':
      return `${sumProduct([led, ...dateFactors(measure, due)])}-(${unitParts(nameCell, ranges, (source) => [doneFactor(source.status), ...dateFactors(measure, source.due)])})`;
  }
}

export function summaryCountFormula(match: SummaryMatch, measure: SummaryMeasure, ranges: SummaryRanges): string {
  if (match.kind === 'unit') return unitCount(match.nameCell, measure, ranges);
  const taskSource = { status: taskColumn('status', ranges), due: taskColumn('due', ranges) };
  const rows = match.kind === 'category' ? `(${taskColumn('category', ranges)}=${match.nameCell})` : `(${taskColumn('task', ranges)}<>"")`;
  return sumProduct([rows, ...measureFactors(measure, taskSource)]);
}

/** 完成率: done / total, blank when there are no tasks. */
export function completionRateFormula(totalCell: string, doneCell: string): string {
  return `IF(${totalCell}=0,"",${doneCell}/${totalCell})`;
}
