/**
 * The due date of a deadline as an Excel formula (without the leading `=`), so that a workbook
 * computes on its own what `resolveDue` computes (see the rule in deadline-due.ts). `today` is
 * an Excel expression: `TODAY()` in the ledger, a cell reference in tests. Only functions that
 * Excel 2010+, WPS and LibreOffice share: DATE, EOMONTH, YEAR, MONTH, INT, MIN, MOD, WEEKDAY, IF.
 */
import { splitIsoDate } from './iso-date';
import type { Deadline, RecurrencePeriod } from '../ledger';

type Recurring = Extract<Deadline, { kind: 'recurring' }>;

const MONTHS_IN_PERIOD: Record<Exclude<RecurrencePeriod, 'week'>, number> = { month: 1, quarter: 3, 'half-year': 6, year: 12 };

/** The occurrence in month `month` (an expression) of YEAR(today). */
function occurrenceInMonth(today: string, month: string, day: number | undefined): string {
  const monthEnd = `EOMONTH(DATE(YEAR(${today}),${month},1),0)`;
  return day === undefined ? monthEnd : `MIN(DATE(YEAR(${today}),${month},${day}),${monthEnd})`;
}

function monthlyFormula(deadline: Recurring, months: number, today: string): string {
  const monthOfPeriod = deadline.monthOfPeriod ?? months;
  const month = `INT((MONTH(${today})-1)/${months})*${months}+${monthOfPeriod}`;
  const current = occurrenceInMonth(today, month, deadline.dayOfPeriod);
  // The period's own end is never before today: no roll-over needed.
  if (deadline.dayOfPeriod === undefined && monthOfPeriod === months) return current;
  const next = occurrenceInMonth(today, `${month}+${months}`, deadline.dayOfPeriod);
  return `IF(${current}>=${today},${current},${next})`;
}

function weeklyFormula(deadline: Recurring, today: string): string {
  return `${today}+MOD(${deadline.dayOfPeriod ?? 7}-WEEKDAY(${today},2),7)`;
}

/** Excel formula for the due date on `today`; null when the deadline has none (ongoing, none, unknown). */
export function dueFormula(deadline: Deadline, today: string): string | null {
  switch (deadline.kind) {
    case 'date': {
      const { year, month, day } = splitIsoDate(deadline.due);
      return `DATE(${year},${month},${day})`;
    }
    case 'recurring':
      return deadline.period === 'week'
        ? weeklyFormula(deadline, today)
        : monthlyFormula(deadline, MONTHS_IN_PERIOD[deadline.period], today);
    case 'ongoing':
    case 'none':
    case 'unknown':
      return null;
  }
}
