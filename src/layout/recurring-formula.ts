/**
 * 截止日期 of a recurring deadline as a formula on TODAY(): the current period's due date,
 * exactly the rule of resolveDue in src/core/deadline-due.ts (see its comment for the Excel form).
 */
import type { Deadline } from '../core/task';

type Recurring = Extract<Deadline, { kind: 'recurring' }>;

const MONTHS_IN_PERIOD = { month: 1, quarter: 3, 'half-year': 6, year: 12 } as const;

/** The occurrence in month `month` (an expression) of this year; DATE rolls month 13 into January. */
function occurrence(month: string, day: number | undefined): string {
  const monthEnd = `EOMONTH(DATE(YEAR(TODAY()),${month},1),0)`;
  return day === undefined ? monthEnd : `MIN(DATE(YEAR(TODAY()),${month},${day}),${monthEnd})`;
}

function monthlyDue(months: number, deadline: Recurring): string {
  const month = months === 1 ? 'MONTH(TODAY())' : `INT((MONTH(TODAY())-1)/${months})*${months}+${deadline.monthOfPeriod ?? months}`;
  const current = occurrence(month, deadline.dayOfPeriod);
  return `IF(${current}>=TODAY(),${current},${occurrence(`${month}+${months}`, deadline.dayOfPeriod)})`;
}

export function recurringDueFormula(deadline: Recurring): string {
  if (deadline.period === 'week') return `TODAY()+MOD(${deadline.dayOfPeriod ?? 7}-WEEKDAY(TODAY(),2),7)`;
  return monthlyDue(MONTHS_IN_PERIOD[deadline.period], deadline);
}
