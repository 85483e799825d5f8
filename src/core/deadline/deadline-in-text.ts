/**
 * The project's rule for a task with no 完成时限 of its own (a prose item without a `完成时限：` line, a
 * table without a deadline column): a date the task's text sets is its deadline —
 * `2024年9月底前建成…`, `年底前基本实现…`, `2020年底前完成…`, `到2020年，…`, `至2025年底…`,
 * `2021年6月建成…`, `年内完成…`.
 */
const BEFORE_DATE = /(?:\d{4}\s*年)?(?:\d{1,2}\s*月(?:底|末|\d{1,2}日)?|年?底|年末)前/;
/** `到2020年`, `到2025年底`, `至2023年6月底`: a year the work is to reach (not `截至`, which looks back). */
const BY_DATE = /(?:(?<!截)到|(?<!截)至|截止到?)\s*\d{4}\s*年(?:\d{1,2}\s*月(?:底|末|\d{1,2}日)?|底|末)?/;
/** `2020年完成…`, `2021年6月建成…`, `年内实现…`: a date the work is to be done in. */
const DONE_IN = /(?:\d{4}\s*年(?:\d{1,2}\s*月(?:底|末)?|底|末|内)?|(?<![\d年])年内)(?=\s*(?:完成|建成|实现|达到|基本|全面|开工|竣工|投用|投产|通车|开通|启用|上线))/;

/** `“十三五”末…`: the end of a five-year plan (read as its last year's end by parseDeadline). */
const PLAN_END = /["“]?十[一二三四五]五["”]?(?:规划)?(?:期)?末/;

/** The words in `text` setting its deadline (the first such date), for parseDeadline; null when it sets none. */
export function deadlineInText(text: string): string | null {
  const found = [BEFORE_DATE.exec(text), BY_DATE.exec(text), DONE_IN.exec(text), PLAN_END.exec(text)].filter((m): m is RegExpExecArray => m !== null);
  if (found.length === 0) return null;
  return found.reduce((a, b) => (b.index < a.index ? b : a))[0];
}
