/**
 * Dates named inside a longer 完成时限, e.g. `10月底前完成初稿、12月底前完成验收`: every date term
 * found, in the order written. The deadline is the latest of them (the task is done when its
 * last step is). A term without a year takes the year a term before it named
 * (`2023年10月底前…、12月底前…`: both 2023), else the plan year.
 */
import { parseDateTerm, splitYear, type DateSpan } from './deadline-term';

const YEAR_WORD = String.raw`(?:\d{4}|今|本|当|次|明)年`;
const MONTH_TERM = String.raw`\d{1,2}月(?:\d{1,2}日|份|底|末|上中旬|中下旬|上旬|中旬|下旬|中|初)?`;
const QUARTER_TERM = String.raw`第?[一二三四]季度(?:末|底)?`;
const YEAR_PART_TERM = String.raw`[上下]半年|年(?:底|末|中)`;
/** `年内` alone: within the plan year (not `3年内`, a span of years). */
const THIS_YEAR_TERM = String.raw`(?<![\d年])年内`;
const NUMERIC_TERM = String.raw`\d{4}[-/.]\d{1,2}[-/.]\d{1,2}`;
/** A year and month written with a dot (`2021.8`, `2021.12`), not a figure (`2021.5万元`). */
const DOTTED_MONTH_TERM = String.raw`(?<![\d.])(?:19|20)\d{2}[.．](?:1[0-2]|0?[1-9])(?![\d.．万亿元%亩])`;
const DATE_MENTION = new RegExp(
  `${NUMERIC_TERM}|${DOTTED_MONTH_TERM}|(?:${YEAR_WORD})?(?:${MONTH_TERM}|${QUARTER_TERM}|${YEAR_PART_TERM})(前)?|${YEAR_WORD}(?:底|末|中|内)(前)?|${THIS_YEAR_TERM}`,
  'g',
);
const TRAILING_BEFORE = /前$/;
/** A term naming its own year by number (`2023年…`); `次年`/`今年` stay relative to the plan year. */
const NAMED_YEAR = /^\d{4}年/;

/** The date spans named in `text` (normalised, completion words kept), or null when none; `'invalid'` if one does not exist. */
export function parseDateMentions(text: string, planYear: number): DateSpan[] | 'invalid' | null {
  const spans: DateSpan[] = [];
  let year = planYear;
  for (const m of text.matchAll(DATE_MENTION)) {
    const before = TRAILING_BEFORE.test(m[0]);
    const term = m[0].replace(TRAILING_BEFORE, '');
    if (NAMED_YEAR.test(term)) year = splitYear(term, planYear).year;
    const span = parseDateTerm(term, NAMED_YEAR.test(term) ? planYear : year, before);
    if (span === 'invalid') return 'invalid';
    if (span !== null) spans.push(span);
  }
  if (spans.length === 0) return null;
  return spans;
}
