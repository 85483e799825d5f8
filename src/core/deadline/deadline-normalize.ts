/**
 * Normalising a 完成时限 text before matching: full-width forms to ASCII, spaces out, Chinese
 * numerals before 月/日 to digits, and the completion words around the date stripped.
 */

export interface NormalizedDeadline {
  /** The text to match, e.g. `8月底` for `８月底前完成`. */
  body: string;
  /** True when the text said "before" (`前`, `以前`, `之前`): matters only for `8月前`, `四季度前`. */
  before: boolean;
}

const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const DASHES = /[~\u2010-\u2015\u2212\u301C\u30FC]+/g;
const IDEOGRAPHIC_PUNCTUATION: Record<string, string> = { '，': ',', '；': ';', '。': '.', '：': ':' };
const WHITESPACE = /[\s\u3000]+/g;
const CN_NUMERAL_BEFORE_UNIT = /([〇零一二两三四五六七八九十]+)(?=月|日|号)/g;
const CN_YEAR = /[〇零一二三四五六七八九]{4}(?=年)/g;
const LEADING_WORDS = /^(?:于|在|截至|截止到?|到|最迟|最晚)/;
const TRAILING_DONE = /(?:完成|办结|完毕|结束)$/;
const TRAILING_BEFORE = /(?:以前|之前|前)$/;
const TRAILING_DOTS = /[.。,;]+$/;

const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** `十二` → 12, `二十五` → 25, `三十一` → 31, `九` → 9; null when not a numeral up to 99. */
export function parseChineseNumeral(numeral: string): number | null {
  const tenAt = numeral.indexOf('十');
  if (tenAt < 0) return numeral.length === 1 ? CN_DIGITS[numeral] ?? null : null;
  const tens = tenAt === 0 ? 1 : tenAt === 1 ? CN_DIGITS[numeral[0]] : undefined;
  const rest = numeral.slice(tenAt + 1);
  const ones = rest === '' ? 0 : rest.length === 1 ? CN_DIGITS[rest] : undefined;
  if (tens === undefined || ones === undefined) return null;
  return tens * 10 + ones;
}

function toHalfWidth(text: string): string {
  return text
    .replace(FULL_WIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[，；。：]/g, (c) => IDEOGRAPHIC_PUNCTUATION[c] ?? c)
    .replace(DASHES, '-');
}

/** `“十三五”末`, `十四五期末`: the end of a five-year plan (十一五 2006–2010 … 十五五 2026–2030), its last year's end. */
const PLAN_END = /["“”]?十([一二三四五])五["“”]?(?:规划)?(?:期)?末/g;
const PLAN_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };

function digitsForChineseNumerals(text: string): string {
  return text
    .replace(PLAN_END, (_, n: string) => `${2005 + 5 * PLAN_NUMBER[n]}年底`)
    .replace(/元月/g, '1月')
    .replace(CN_YEAR, (year) => [...year].map((c) => CN_DIGITS[c]).join(''))
    .replace(CN_NUMERAL_BEFORE_UNIT, (numeral) => String(parseChineseNumeral(numeral) ?? numeral))
    .replace(/号/g, '日');
}

/** `re` removed from the end of `text`, unless nothing would be left (`完成` alone is no date). */
function stripEnd(text: string, re: RegExp): string {
  const stripped = text.replace(re, '');
  return stripped === '' ? text : stripped;
}

/** Strips trailing `完成`, `前完成`, `以前`, `之前`, `底前` → `底` …, remembering a `前`. */
function stripCompletionWords(text: string): NormalizedDeadline {
  let body = stripEnd(text, LEADING_WORDS);
  let before = false;
  for (;;) {
    const done = stripEnd(stripEnd(body, TRAILING_DOTS), TRAILING_DONE);
    const stripped = stripEnd(done, TRAILING_BEFORE);
    if (stripped !== done) before = true;
    if (stripped === body) return { body, before };
    body = stripped;
  }
}

/** Half-width, spaceless, digits for Chinese year/month/day numerals; completion words kept. */
export function normalizeDeadlineText(text: string): string {
  return digitsForChineseNumerals(toHalfWidth(text).replace(WHITESPACE, ''));
}

export function normalizeDeadline(text: string): NormalizedDeadline {
  return stripCompletionWords(normalizeDeadlineText(text));
}
