/**
 * Date ranges in a 完成时限: `3-6月`, `3月至6月`, `2024年3月—6月`, `一至二季度`, `9月1日-30日`.
 * `from` is the first day of the left term, `due` the last day of the right one.
 */
import { parseDateTerm, splitYear, type DateSpan, type TermResult } from './deadline-term';

const RANGE = /^(.+?)(?:-|至|到)(.+)$/;
const LONE_NUMBER = /^(?:\d{1,2}|[一二三四])$/;
const LEADING_NUMBER_UNIT = /^(?:\d{1,2}|[一二三四])(月|日|季度)/;
const LEADING_MONTH = /^(\d{1,2}月)\d{1,2}/;
const LONE_DAY = /^\d{1,2}日$/;
const ENDS_WITH_DAY_NUMBER = /月\d{1,2}$/;
const LONE_YEAR = /^\d{4}$/;
const LEADING_YEAR = /^\d{4}年/;

/** `3` + `6月` → `3月`; `9月1` + `30日` → `9月1日`; `一` + `二季度` → `一季度`. */
function completeLeft(left: string, right: string): string {
  // `2024—2026年`: the right side's 年 belongs to both years (checked on the raw sides, before splitYear).
  if (LONE_YEAR.test(left) && LEADING_YEAR.test(right)) return `${left}年`;
  const unit = LEADING_NUMBER_UNIT.exec(right)?.[1];
  if (unit === undefined) return left;
  if (LONE_NUMBER.test(left) || (unit === '日' && ENDS_WITH_DAY_NUMBER.test(left))) return left + unit;
  return left;
}

/** `30日` after `9月1日` → `9月30日`. */
function completeRight(left: string, right: string): string {
  const month = LEADING_MONTH.exec(left)?.[1];
  return month !== undefined && LONE_DAY.test(right) ? month + right : right;
}

function withYear(year: number, hasYear: boolean, rest: string): string {
  return hasYear ? `${year}年${rest}` : rest;
}

/** A range as one span, `'invalid'` when a side is not a real date or the range runs backwards, null when not a range. */
export function parseDateRange(body: string, planYear: number): TermResult {
  const m = RANGE.exec(body);
  if (!m) return null;
  const left = splitYear(completeLeft(m[1], m[2]), planYear);
  const right = splitYear(m[2], planYear);
  const rightYear = right.hasYear ? right.year : left.year;
  const leftText = withYear(left.year, left.hasYear, completeLeft(left.rest, right.rest));
  const rightText = withYear(rightYear, right.hasYear || left.hasYear, completeRight(left.rest, right.rest));
  const start = parseDateTerm(leftText, planYear, false);
  const end = parseDateTerm(rightText, planYear, false);
  if (start === null || end === null) return null;
  if (start === 'invalid' || end === 'invalid' || start.from > end.due) return 'invalid';
  const span: DateSpan = { from: start.from, due: end.due };
  return span;
}
