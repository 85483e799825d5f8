/**
 * Recurring 完成时限: `每月`, `每月底`, `每月10日前`, `每季度`, `每季度末`, `每季度首月10日前`,
 * `每季度结束后10日内`, `每半年`, `每年`, `每年3月底前`, `每周`, `每周五`, `按月`, `按季度` …
 * `dayOfPeriod` is the day of the month (for weeks the weekday, 1 = Monday … 7 = Sunday);
 * `monthOfPeriod` the 1-based month within the period (absent: the period's last month).
 * Neither present: the last day of the period. `due` stays null until `resolveDue` gets a today.
 */
import type { Deadline, RecurrencePeriod } from '../ledger';

type Recurring = Extract<Deadline, { kind: 'recurring' }>;
interface Occurrence {
  dayOfPeriod?: number;
  monthOfPeriod?: number;
}

const RECURRING = /^(?:每|按)(周|月|季度?|半年|年)度?/;
const PERIOD_WORDS: Record<string, RecurrencePeriod> = { 周: 'week', 月: 'month', 季: 'quarter', 季度: 'quarter', 半年: 'half-year', 年: 'year' };
/** What follows the date part must be action words (`报送上月进展`, `调度一次`), not another date. */
const FURTHER_DATE = /\d|旬|季|半年|[底末]|(?<![上本当])月/;
const LEADING_BEFORE = /^(?:以前|之前|前)/;
const PERIOD_END = /^(?:底|末)?/;
const MONTH_DAY = /^(?:(\d{1,2})日|(?:结束|终了)?后(\d{1,2})日内?|(上旬|中旬|中))/;
const PERIOD_MONTH_DAY = /^(首|第一个?|1|末|最后一个?)月(?:(\d{1,2})日|底|末)?/;
const PERIOD_END_THEN_DAYS = /^(?:结束|终了)后(\d{1,2})日内?/;
const YEAR_MONTH_DAY = /^(\d{1,2})月(?:(\d{1,2})日|底|末)?/;
const WEEKDAY = /^(?:周|星期)?([一二三四五六日天1-7])(?!次)/;

const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const MONTH_PART_DAYS: Record<string, number> = { 上旬: 10, 中旬: 20, 中: 15 };
const MONTHS_IN_PERIOD: Record<Exclude<RecurrencePeriod, 'week'>, number> = { month: 1, quarter: 3, 'half-year': 6, year: 12 };

interface Match {
  occurrence: Occurrence;
  length: number;
}

function matchMonthly(rest: string): Match | null {
  const m = MONTH_DAY.exec(rest);
  if (!m) return null;
  const day = m[1] ?? m[2];
  return { occurrence: { dayOfPeriod: day !== undefined ? Number(day) : MONTH_PART_DAYS[m[3]] }, length: m[0].length };
}

function matchWithinPeriod(rest: string, period: Exclude<RecurrencePeriod, 'week' | 'month'>): Match | null {
  const months = MONTHS_IN_PERIOD[period];
  let m = PERIOD_MONTH_DAY.exec(rest);
  if (m) {
    const monthOfPeriod = /^(?:末|最后)/.test(m[1]) ? months : 1;
    const occurrence: Occurrence = m[2] !== undefined ? { monthOfPeriod, dayOfPeriod: Number(m[2]) } : { monthOfPeriod };
    return { occurrence, length: m[0].length };
  }
  m = PERIOD_END_THEN_DAYS.exec(rest);
  if (m) return { occurrence: { monthOfPeriod: 1, dayOfPeriod: Number(m[1]) }, length: m[0].length };
  m = period === 'year' ? YEAR_MONTH_DAY.exec(rest) : null;
  if (m) {
    const occurrence: Occurrence = m[2] !== undefined ? { monthOfPeriod: Number(m[1]), dayOfPeriod: Number(m[2]) } : { monthOfPeriod: Number(m[1]) };
    return { occurrence, length: m[0].length };
  }
  return null;
}

function matchWeekly(rest: string): Match | null {
  const m = WEEKDAY.exec(rest);
  return m ? { occurrence: { dayOfPeriod: WEEKDAYS[m[1]] ?? Number(m[1]) }, length: m[0].length } : null;
}

function matchOccurrence(rest: string, period: RecurrencePeriod): Match {
  const specific =
    period === 'week' ? matchWeekly(rest) : period === 'month' ? matchMonthly(rest) : matchWithinPeriod(rest, period);
  return specific ?? { occurrence: {}, length: (PERIOD_END.exec(rest)?.[0] ?? '').length };
}

function isValidOccurrence({ dayOfPeriod, monthOfPeriod }: Occurrence, period: RecurrencePeriod): boolean {
  if (period === 'week') return dayOfPeriod === undefined || (dayOfPeriod >= 1 && dayOfPeriod <= 7);
  const monthOk = monthOfPeriod === undefined || (monthOfPeriod >= 1 && monthOfPeriod <= MONTHS_IN_PERIOD[period]);
  return monthOk && (dayOfPeriod === undefined || (dayOfPeriod >= 1 && dayOfPeriod <= 31));
}

/** A recurring deadline, or null when `body` (normalised) is not one. `'invalid'`: recurring but no such day (`每月32日`). */
export function parseRecurring(text: string, body: string): Recurring | 'invalid' | null {
  const head = RECURRING.exec(body);
  if (!head) return null;
  const period = PERIOD_WORDS[head[1]];
  const rest = body.slice(head[0].length);
  const { occurrence, length } = matchOccurrence(rest, period);
  if (FURTHER_DATE.test(rest.slice(length).replace(LEADING_BEFORE, ''))) return null;
  if (!isValidOccurrence(occurrence, period)) return 'invalid';
  const deadline: Recurring = { kind: 'recurring', text, due: null, period };
  if (occurrence.monthOfPeriod !== undefined) deadline.monthOfPeriod = occurrence.monthOfPeriod;
  if (occurrence.dayOfPeriod !== undefined) deadline.dayOfPeriod = occurrence.dayOfPeriod;
  return deadline;
}
