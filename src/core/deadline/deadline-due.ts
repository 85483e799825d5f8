/**
 * The due date a deadline means on a given day. The ledger's Excel formulas compute the same
 * thing, and the CLI's `status` relies on it, so the rule is exact:
 *
 * - `date`: its `due`, whatever `today` is (a past due stays past: that is 逾期).
 * - `ongoing`, `none`, `unknown`: null.
 * - `recurring`, period of L months (month 1, quarter 3, half-year 6, year 12): the period that
 *   holds `today` starts in month S = INT((MONTH(t)-1)/L)*L + 1 of YEAR(t). Its occurrence is in
 *   month S + (monthOfPeriod ?? L) - 1, on day MIN(dayOfPeriod, last day of that month), or on
 *   the month's last day when there is no dayOfPeriod. If that is on or after `today` it is the
 *   answer; otherwise the same occurrence in the next period (month + L; December rolls into
 *   January of the next year). In Excel, with M = INT((MONTH(t)-1)/L)*L + k:
 *     C(M) = MIN(DATE(YEAR(t),M,d), EOMONTH(DATE(YEAR(t),M,1),0))   (or EOMONTH(…,0) without d)
 *     due  = IF(C(M) >= t, C(M), C(M+L))                            (DATE rolls month 13 into January)
 *   `每月10日前` on 2024-01-10 → 2024-01-10; on 2024-01-11 → 2024-02-10; `每季度` → the quarter's
 *   last day (never before today, so never rolled).
 * - `recurring` weekly: weeks run Monday to Sunday; the next day on or after `today` with weekday
 *   dayOfPeriod (1 = Monday … 7 = Sunday; absent: Sunday). Excel: t + MOD(d - WEEKDAY(t,2), 7).
 */
import { addDays, daysBetween, daysInMonth, endOfMonth, splitIsoDate, toIsoDate, type IsoDate } from './iso-date';
import type { Deadline, RecurrencePeriod } from '../ledger';

type Recurring = Extract<Deadline, { kind: 'recurring' }>;

const MONTHS_IN_PERIOD: Record<Exclude<RecurrencePeriod, 'week'>, number> = { month: 1, quarter: 3, 'half-year': 6, year: 12 };
/** Any Monday: weekdays are counted from it. */
const A_MONDAY: IsoDate = '2024-01-01';

function occurrenceInMonth(year: number, month: number, day: number | undefined): IsoDate {
  const rolledYear = year + Math.floor((month - 1) / 12);
  const rolledMonth = ((month - 1) % 12) + 1;
  if (day === undefined) return endOfMonth(rolledYear, rolledMonth);
  return toIsoDate(rolledYear, rolledMonth, Math.min(day, daysInMonth(rolledYear, rolledMonth)));
}

function nextMonthlyOccurrence(deadline: Recurring, months: number, today: IsoDate): IsoDate {
  const { year, month } = splitIsoDate(today);
  const occurrenceMonth = Math.floor((month - 1) / months) * months + (deadline.monthOfPeriod ?? months);
  const current = occurrenceInMonth(year, occurrenceMonth, deadline.dayOfPeriod);
  return current >= today ? current : occurrenceInMonth(year, occurrenceMonth + months, deadline.dayOfPeriod);
}

/** 0 = Monday … 6 = Sunday. */
function weekdayIndex(date: IsoDate): number {
  return (((daysBetween(A_MONDAY, date) % 7) + 7) % 7);
}

function nextWeeklyOccurrence(deadline: Recurring, today: IsoDate): IsoDate {
  const target = (deadline.dayOfPeriod ?? 7) - 1;
  return addDays(today, (target - weekdayIndex(today) + 7) % 7);
}

/** The due date that applies on `today` (see the rule above); null for ongoing, none, unknown. */
export function resolveDue(deadline: Deadline, today: IsoDate): IsoDate | null {
  switch (deadline.kind) {
    case 'date':
      return deadline.due;
    case 'recurring':
      return deadline.period === 'week'
        ? nextWeeklyOccurrence(deadline, today)
        : nextMonthlyOccurrence(deadline, MONTHS_IN_PERIOD[deadline.period], today);
    case 'ongoing':
    case 'none':
    case 'unknown':
      return null;
  }
}
