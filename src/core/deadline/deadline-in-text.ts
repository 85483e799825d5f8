import { parseDeadline } from './deadline';

/**
 * The project's rule for a task with no 完成时限 of its own (a prose item without a `完成时限：` line, a
 * table without a deadline column): a date the task's text sets is its deadline —
 * `2024年9月底前建成…`, `年底前基本实现…`, `2020年底前完成…`, `2026年前基本完成…`, `到2020年，…`, `至2025年底…`,
 * `2021年6月建成…`, `年内完成…`.
 */
const BEFORE_DATE = /(?:\d{4}\s*年)?(?:\d{1,2}\s*月(?:底|末|\d{1,2}日)?|年?底|年末)前|\d{4}\s*年前(?![一二三四五六七八九十两半\d]|季|个)/;
/** `年内`, not a span counted in years (`3年内`, `5 年内` as a PDF copies it, `五年内`, `半年内`, `两年内`). */
const THIS_YEAR = '(?<![\\d年一二三四五六七八九十两半几数多]\\s*)年内';
/** `到2020年`, `到2025年底`, `至2023年6月底`: a year the work is to reach (not `截至`, which looks back). */
const BY_DATE = /(?:(?<!截)到|(?<!截)至|截止到?)\s*\d{4}\s*年(?:\d{1,2}\s*月(?:底|末|\d{1,2}日)?|底|末)?/;
/** `2020年完成…`, `2021年6月建成…`, `年内实现…`, `2024年启动…`, `2025年视资金情况开工…`: a date the work is to be done (or started) in. */
const DONE_IN = new RegExp(String.raw`(?:\d{4}\s*年(?:\d{1,2}\s*月(?:底|末)?|年?底|年?末|内)?|${THIS_YEAR})(?=\s*(?:(?:根据|按照|依据|视)[^，,。；;]{1,12}?)?(?:完成|建成|实现|达到|基本|全面|开工|启动|竣工|完工|投用|投产|通车|开通|启用|上线))`);

/** `2027年底，基本完成…`: a year's (or month's) end, a comma, then the work done by it. */
const END_THEN_DONE = /\d{4}\s*年(?:\d{1,2}\s*月|年)?(?:底|末)(?=[，,]\s*(?:基本|全面)?(?:完成|建成|实现|达到))/;

/**
 * `年内解读政策不少于1次`, `年内开展培训至少2次`: how often within the year (as `每年至少1次`), no date.
 */
const TIMES_IN_YEAR = String.raw`(?![^，,。；;]*(?:不少于|至少|不低于)\s*[\d一二三四五六七八九十两]+\s*次)`;

/**
 * `力争年内新增…`, `2023年内新增…`: within the plan year, whatever the work. Not `3年内`, `五年内`,
 * `半年内`, which count years from a start, nor a count of times within the year (TIMES_IN_YEAR).
 */
const WITHIN_YEAR = new RegExp(String.raw`(?:\d{4}\s*年内|${THIS_YEAR})${TIMES_IN_YEAR}`);

/**
 * `2024年计划改造…`, `2024年度计划对…进行…`, `2025年力争…`: a year opening its sentence with the plan for it —
 * the year's work, done by its end. Not a year named inside a sentence (`编制2025年计划`).
 */
const YEAR_PLAN = /(?<=^|[\s。；;：:，,！？])\d{4}\s*年(?=度?\s*(?:计划|力争))/;

/** `“十三五”末…`: the end of a five-year plan (read as its last year's end by parseDeadline). */
const PLAN_END = /["“]?十[一二三四五]五["”]?(?:规划)?(?:期)?末/;

const DATE_WORDS = [BEFORE_DATE, BY_DATE, DONE_IN, END_THEN_DONE, WITHIN_YEAR, YEAR_PLAN, PLAN_END].map((re) => new RegExp(re.source, 'g'));

/** The date words of `text` in the order written, none overlapping another. */
function dateWords(text: string): RegExpMatchArray[] {
  const all = DATE_WORDS.flatMap((re) => [...text.matchAll(re)]).sort((a, b) => a.index! - b.index! || b[0].length - a[0].length);
  const kept: RegExpMatchArray[] = [];
  for (const m of all) if (kept.length === 0 || m.index! >= kept[kept.length - 1].index! + kept[kept.length - 1][0].length) kept.push(m);
  return kept;
}

/** `到2020年` → `2020年底`: one of several dates written as a term parseDeadline finds among others. */
function asDateTerm(words: string): string {
  return words.replace(/^(?:到|至|截止到?)\s*/, '').replace(/^(\d{4}\s*年)$/, '$1底');
}

/**
 * The words in `text` setting its deadline, for parseDeadline; null when it sets none. A text setting
 * several dates for steps of its work (`6月底前下达60%、9月底前下达80%、11月底前全部下达`) gives them
 * all, joined: the deadline is the latest, as in a 完成时限 cell naming several (deadline-mentions.ts).
 */
export function deadlineInText(text: string): string | null {
  const words = dateWords(text).map((m) => m[0]);
  if (words.length <= 1) return words[0] ?? null;
  return words.map(asDateTerm).join('、');
}

/** `已于5月完成`, `截至9月底`, `预计11月底前完成`, `目前…`, `累计…`: a report of the work, no date it is due by. */
const REPORTED = /已|截至|目前|预计|累计|正在/;
/** The words of a date the work is due by: `…前`, `…底` / `…末`, `年内`. A bare date (`5月22日印发`, `10月`) may be when something happened. */
const DUE_WORDS = /前|(?:月|年|季度?)(?:底|末)|年内|以内/;
/** A 完成时限 is a phrase (`2025年6月底前完成`, `长期坚持`), never a task's sentence or a paragraph: its most characters. */
export const MAX_DEADLINE_PHRASE = 24;

/**
 * The deadline a 备注 cell (or another column kept as text) states, in a table with no 完成时限
 * column: the cell as written when the whole of it is a deadline phrase (`11月底前完成`, `年底前`,
 * `持续推进`, `每季度报送`); null for a report (`已于5月完成`, `截至9月底`) or anything else.
 */
export function deadlineInRemark(cell: string): string | null {
  const text = cell.trim();
  if (REPORTED.test(text) || !isDeadlinePhrase(text)) return null;
  return parseDeadline(text, 2000).kind !== 'date' || DUE_WORDS.test(text) ? text : null;
}

/** A cell that is a 完成时限 phrase: short, and read as a date, an ongoing or a recurring deadline (`6月底前`, `持续推进`, `每季度`). */
export function isDeadlinePhrase(cell: string): boolean {
  const text = cell.trim();
  if (text === '' || text.length > MAX_DEADLINE_PHRASE) return false;
  const kind = parseDeadline(text, 2000).kind;
  return kind === 'date' || kind === 'ongoing' || kind === 'recurring';
}

/**
 * The date a 备注 sentence sets for the work (`X负责于年底前制定…`, `X牵头于12月31日前制定…`), in a table
 * with no 完成时限 column: its due words, as a task's text gives them; null for a report of the work.
 */
export function deadlineInRemarkSentence(cell: string): string | null {
  const text = cell.trim();
  return text === '' || REPORTED.test(text) ? null : deadlineInText(text);
}
