/**
 * 截止日期 of a recurring deadline as a formula on TODAY(): the current period's due date,
 * mirroring resolveDue in src/core/deadline.ts (the next occurrence on or after today).
 */
import type { Deadline } from '../core/task';

type Recurring = Extract<Deadline, { kind: 'recurring' }>;

const Y = 'YEAR(TODAY())';
const M = 'MONTH(TODAY())';

/** End of the current period, on or after today. */
function periodEnd(period: Recurring['period']): string {
  switch (period) {
    case 'week':
      return 'TODAY()+7-WEEKDAY(TODAY(),2)';
    case 'month':
      return 'EOMONTH(TODAY(),0)';
    case 'quarter':
      return `DATE(${Y},ROUNDUP(${M}/3,0)*3+1,0)`;
    case 'half-year':
      return `DATE(${Y},IF(${M}<=6,7,13),0)`;
    case 'year':
      return `DATE(${Y},12,31)`;
  }
}

/** Day `day` of this month when not yet past, else of next month; clamped to the month's last day. */
function monthDay(day: number): string {
  const thisMonth = `DATE(${Y},${M},MIN(${day},DAY(EOMONTH(TODAY(),0))))`;
  const nextMonth = `DATE(${Y},${M}+1,MIN(${day},DAY(EOMONTH(TODAY(),1))))`;
  return `IF(TODAY()<=${thisMonth},${thisMonth},${nextMonth})`;
}

/** Weekday `day` (1 = Monday … 7 = Sunday) of this week when not yet past, else of next week. */
function weekDay(day: number): string {
  return `TODAY()+MOD(${day}-WEEKDAY(TODAY(),2),7)`;
}

export function recurringDueFormula(deadline: Recurring): string {
  if (deadline.dayOfPeriod !== undefined) {
    if (deadline.period === 'month') return monthDay(deadline.dayOfPeriod);
    if (deadline.period === 'week') return weekDay(deadline.dayOfPeriod);
  }
  return periodEnd(deadline.period);
}
