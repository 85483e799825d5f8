/** The breakdown's title and plan year, read from the lines above the table. */
export interface TitleAndYear {
  title: string;
  planYear: number | null;
}

const TITLE = /分解表|清单|任务表|分工方案|任务分工|责任分解|任务分解|工作要点|任务台账|分解方案/;
const YEAR = /((?:19|20)\d{2})\s*年/;
const YEAR_NOT_DATE = /((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/;
/** A document number standing on its own line: `某政发〔2022〕4号`. */
const DOC_NUMBER_LINE = /^[\p{Script=Han}]{1,12}[〔\[［(（]\s*((?:19|20)\d{2})\s*[〕\]］)）]\s*\d{1,4}\s*号$/u;
const DOC_NUMBER = /[\p{Script=Han}][〔\[［]\s*((?:19|20)\d{2})\s*[〕\]］]\s*\d{1,4}\s*号/u;
/** `2022-04-22`, `2017/11/20`: a web page's publishing date. */
const NUMERIC_DATE = /(?<!\d)((?:19|20)\d{2})[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?!\d)/;
const ATTACHMENT = /^附件\s*\d*\s*[:：]?\s*/;
const MARKDOWN_HEADING = /^#+\s*/;
const NOTICE = /通知|印发/;
/** A sentence of the notice (`现将重点任务分工如下：`), not a title. */
const SENTENCE = /[，。；：:]|如下/;

/**
 * The title is the last line above the header naming a 分解表/任务清单 (the attachment's own
 * title, not the notice about it); its year wins over a notice date (`2024 年 8 月 9 日`).
 */
export function findTitleAndYear(lines: readonly string[], sheet?: string): TitleAndYear {
  const candidates = lines.map((l) => l.replace(MARKDOWN_HEADING, '').trim().replace(ATTACHMENT, '')).filter((l) => l !== '');
  const nearestFirst = [...candidates].reverse();
  const titleLine = nearestFirst.find((l) => TITLE.test(l) && !NOTICE.test(l) && !SENTENCE.test(l))
    ?? nearestFirst.find((l) => TITLE.test(l) && !SENTENCE.test(l))
    ?? nearestFirst.find((l) => TITLE.test(l));
  const title = titleLine ? tidyTitle(titleLine) : '';
  return { title, planYear: yearOf(titleLine, candidates, sheet) };
}

function yearOf(titleLine: string | undefined, rawLines: readonly string[], rawSheet?: string): number | null {
  // `２０２４年`: full-width digits are digits too.
  const title = titleLine && arabicYears(titleLine.normalize('NFKC'));
  const lines = rawLines.map((l) => arabicYears(l.normalize('NFKC')));
  const sheet = rawSheet && arabicYears(rawSheet.normalize('NFKC'));
  const fromTitle = title && YEAR.exec(title);
  if (fromTitle) return Number(fromTitle[1]);
  for (const line of lines) {
    const m = YEAR_NOT_DATE.exec(line);
    if (m) return Number(m[1]);
  }
  const fromSheet = sheet && YEAR.exec(sheet);
  if (fromSheet) return Number(fromSheet[1]);
  for (const line of lines) {
    const m = YEAR.exec(line);
    if (m) return Number(m[1]);
  }
  // No `年` anywhere: the notice's own number, then the page's date, then any document number.
  for (const pattern of [DOC_NUMBER_LINE, NUMERIC_DATE, DOC_NUMBER]) {
    const m = lines.map((l) => pattern.exec(l.trim())).find((x) => x !== null);
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * The year the tasks' own text names most often (`2024年启动…`, `2024年底前建成`), the first named
 * on a tie; null when none names one. For a list whose lines above name no year at all.
 */
export function yearInTasks(lines: readonly string[]): number | null {
  const counts = new Map<number, number>();
  for (const line of lines) {
    for (const m of arabicYears(line.normalize('NFKC')).matchAll(YEARS)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = year;
  return best;
}
const YEARS = new RegExp(YEAR.source, 'g');

const CHINESE_DIGIT = '〇一二三四五六七八九';
/** `二〇二四年`, `二○一九年`, `二零二二年`: a year in Chinese numerals (a signature's date), as digits. */
function arabicYears(line: string): string {
  return line.replace(/[一二][〇○零一二三四五六七八九]{3}(?=\s*年)/g, (year) =>
    [...year.replace(/[○零]/g, '〇')].map((d) => CHINESE_DIGIT.indexOf(d)).join(''));
}

function tidyTitle(line: string): string {
  // PDF extraction puts spaces around numbers and at line ends (`2024 年广丰区 政务公开…`).
  return line.replace(ATTACHMENT, '').replace(/(?<=[\p{Script=Han}\d])\s+(?=[\p{Script=Han}\d])/gu, '').trim();
}
