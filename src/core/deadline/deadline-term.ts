/**
 * One date term of a 完成时限 (`年底`, `2024年8月底`, `三季度末`, `6月30日`, `2024.6.30` …), already
 * normalised, read as the span it names: `from` its first day, `due` its last.
 */
import { addDays, endOfMonth, isValidYmd, toIsoDate, type IsoDate } from './iso-date';

export interface DateSpan {
  from: IsoDate;
  due: IsoDate;
  /** `8月前`, `四季度前`: read literally as the day before the period starts. */
  readAsBefore?: true;
}

/** A span, `'invalid'` for a date that does not exist (`12月32日`, `13月底`), or null for "not a date term". */
export type TermResult = DateSpan | 'invalid' | null;

const YEAR_PREFIX = /^(?:(\d{4})|(今|本|当|次|明|下))年度?/;
const NEXT_YEAR_WORDS = /^[次明下]$/;
const NUMERIC_YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})日?$/;
const COMPACT_YMD = /^(\d{4})(\d{2})(\d{2})$/;
const NUMERIC_YM = /^(\d{4})[-/.](\d{1,2})月?$/;
const NUMERIC_MD = /^(\d{1,2})[/.](\d{1,2})$/;
const WHOLE_YEAR = /^(?:全?年度?)?(?:底|末|终|内)?$/;
const WHOLE_YEAR_WITHOUT_PREFIX = /^全?年/;
const MID_YEAR = /^年?中$/;
const HALF_YEAR = /^(上|下)半年度?(?:底|末)?$/;
const QUARTER = /^第?([一二三四1-4])季度?(末|底)?$/;
const MONTH = /^(\d{1,2})月份?(底|末|中|初|上旬|中旬|下旬|上中旬|中下旬)?$/;
const MONTH_DAY = /^(\d{1,2})月(\d{1,2})日?$/;

const QUARTER_NUMBERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** The day a part of a month names: `中` the 15th, `上旬`/`初` the 10th, `中旬`/`上中旬` the 20th, else the last day. */
const DAY_OF_MONTH_PART: Record<string, number> = { 中: 15, 初: 10, 上旬: 10, 中旬: 20, 上中旬: 20 };

export interface YearSplit {
  year: number;
  /** True when the term named its year (`2024年`, `次年`, `今年`). */
  hasYear: boolean;
  rest: string;
}

/** `2024年8月底` → 2024 + `8月底`; `次年3月` → planYear + 1; no prefix → planYear. */
export function splitYear(term: string, planYear: number): YearSplit {
  const m = YEAR_PREFIX.exec(term);
  if (!m) return { year: planYear, hasYear: false, rest: term };
  const year = m[1] !== undefined ? Number(m[1]) : NEXT_YEAR_WORDS.test(m[2]) ? planYear + 1 : planYear;
  return { year, hasYear: true, rest: term.slice(m[0].length) };
}

function monthSpan(year: number, month: number, lastDay?: number): TermResult {
  if (!isValidYmd(year, month, 1)) return 'invalid';
  const due = lastDay === undefined ? endOfMonth(year, month) : toIsoDate(year, month, lastDay);
  return { from: toIsoDate(year, month, 1), due };
}

function daySpan(year: number, month: number, day: number): TermResult {
  if (!isValidYmd(year, month, day)) return 'invalid';
  const date = toIsoDate(year, month, day);
  return { from: date, due: date };
}

function monthsSpan(year: number, firstMonth: number, lastMonth: number): DateSpan {
  return { from: toIsoDate(year, firstMonth, 1), due: endOfMonth(year, lastMonth) };
}

/** `8月前` → 31 Jul: the day before the period starts. */
function dayBefore(span: TermResult): TermResult {
  if (span === null || span === 'invalid') return span;
  return { from: span.from, due: addDays(span.from, -1), readAsBefore: true };
}

function parseNumeric(term: string): TermResult {
  let m = NUMERIC_YMD.exec(term) ?? COMPACT_YMD.exec(term);
  if (m) return daySpan(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC_YM.exec(term);
  if (m) return monthSpan(Number(m[1]), Number(m[2]));
  return null;
}

function parseYearPart(split: YearSplit): TermResult {
  const { year, hasYear, rest } = split;
  if (MID_YEAR.test(rest) && (hasYear || rest.startsWith('年'))) return monthsSpan(year, 1, 6);
  if (WHOLE_YEAR.test(rest) && (hasYear || WHOLE_YEAR_WITHOUT_PREFIX.test(rest))) return monthsSpan(year, 1, 12);
  const half = HALF_YEAR.exec(rest);
  if (half) return half[1] === '上' ? monthsSpan(year, 1, 6) : monthsSpan(year, 7, 12);
  return null;
}

function parseQuarter({ year, rest }: YearSplit, before: boolean): TermResult {
  const m = QUARTER.exec(rest);
  if (!m) return null;
  const quarter = QUARTER_NUMBERS[m[1]];
  const span = monthsSpan(year, quarter * 3 - 2, quarter * 3);
  return before && m[2] === undefined ? dayBefore(span) : span;
}

function parseMonth({ year, rest }: YearSplit, before: boolean): TermResult {
  let m = MONTH_DAY.exec(rest);
  if (m) return daySpan(year, Number(m[1]), Number(m[2]));
  m = NUMERIC_MD.exec(rest);
  if (m) return daySpan(year, Number(m[1]), Number(m[2]));
  m = MONTH.exec(rest);
  if (!m) return null;
  const part = m[2];
  const span = monthSpan(year, Number(m[1]), part === undefined ? undefined : DAY_OF_MONTH_PART[part]);
  return before && part === undefined ? dayBefore(span) : span;
}

/** Reads one normalised date term; `before` is whether the text said `前`. */
export function parseDateTerm(term: string, planYear: number, before: boolean): TermResult {
  if (term === '') return null;
  const numeric = parseNumeric(term);
  if (numeric !== null) return numeric;
  const split = splitYear(term, planYear);
  return parseYearPart(split) ?? parseQuarter(split, before) ?? parseMonth(split, before);
}
