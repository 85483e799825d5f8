import { isDeadlineLike, isMostlyUnits, isUnitLike, opensUnitList } from './column-content';
import { MAX_DEADLINE_PHRASE } from '../deadline';
import { headerRole, namesFigures, readHeaderColumns } from './header';
import { HEADER_WORDS, PERIOD_NAME, PERSON_COLUMN } from './header-words';
import { endsLikeUnit } from './join-text';
import { isPersonName } from './unit-persons';
import { splitUnitList } from './unit-cells';
import { standardKey } from '../units';
import type { SourceRow } from './types';
import { closingOfPage, PAGE_TAIL } from './page-furniture';

/**
 * The most cell splits one document's reading tries (a read page takes a few hundred): a long
 * one-line page offering many header readings none of which fits would take minutes — it is no
 * run-together table (the reading gives up; another reading, or none, is tried).
 */
const MOST_SPLITS = 1500;

/** The cell splits one document's reading has left to try (MOST_SPLITS at its start). */
interface Budget {
  splitsLeft: number;
}

/**
 * Page text whose table cells run together with nothing between them (a document site's preview
 * of a .docx, some PDFs' text): the header a run of column names (`序号工作任务牵头单位完成时限`), then
 * the rows, each opening with its 序号 (`1推进…。区发改局区财政局2024年底前2…`), or, unnumbered,
 * a row's cells on lines of their own. The header names the columns and their order; a row's cells
 * are found by what they hold: a text ending in `。`/`；`, a person's name, units, a deadline, figures.
 * A web page stored on one line may part its cells by single spaces instead, empty cells leaving no
 * mark (`问题和隐患 牵头单位 配合单位 备注 1.…。 局质监处 12月13日前反馈 2.…`): read so when its
 * header's names are a space apart. Null unless the header is so and every row splits so — the text
 * is then read otherwise.
 */
export function readRunTogether(text: string): SourceRow[] | null {
  const budget: Budget = { splitsLeft: MOST_SPLITS };
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map(closeSpacedName);
  // `2、` opening a line is a page's mark, or a row's number on a line of its own.
  const asLines = raw.map((l, i) => ({ text: l, row: i + 1 }));
  for (const lines of [withoutPageMarkers(raw), asLines]) {
    const rows = readLines(lines.filter((l) => !LOST_CHARACTERS.test(l.text)), budget);
    if (rows) return rows;
  }
  return null;
}

function readLines(lines: readonly Line[], budget: Budget): SourceRow[] | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].text;
    if (/[\t|]/.test(line)) continue;
    for (const header of [...headersIn(line), ...spacedHeadersIn(line)]) {
      const rest = [line.slice(header.end), ...lines.slice(i + 1).map((l) => l.text)];
      // The header row repeated inside the table (at each page of the document it was copied from).
      const body = skipPeriodNames(rest).join('\n').split(header.names.join(header.spaced ? ' ' : '')).join('');
      const rows = readRows(body, header.kinds, header.spaced === true, budget);
      if (!rows) continue;
      const title = [...lines.slice(0, i).map((l) => l.text), line.slice(0, header.start)].map((l) => l.trim()).filter((l) => l !== '');
      return [
        ...title.map((t, k) => ({ row: k + 1, cells: [t], breakBefore: false })),
        { row: lines[i].row, cells: header.names, breakBefore: false },
        ...rows.map((r) => ({ ...r, row: lines[i].row + 1 + r.row })),
      ];
    }
  }
  return null;
}

/** `工 作 要 求`, `责　任　单　位`: a header name spaced out to fill its cell, its characters one space (or a full-width one) apart. */
const SPACED_NAME = /[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){3,}/g;

function closeSpacedName(line: string): string {
  return line.replace(SPACED_NAME, (name) => name.replace(/[ \u3000]/g, ''));
}

/** `?` where the page's store lost characters (an image's caption): no text. */
const LOST_CHARACTERS = /^[\s?？]*$/;

interface Line {
  text: string;
  /** 1-based line of the text. */
  row: number;
}

/**
 * A document site numbers its pages `1、`, `2、` … at the start of each page's text, and a page may
 * cut a cell (`高新园(邹区镇` / `2、)各街道`): the marks go, and a page after the first goes on the line before.
 */
function withoutPageMarkers(lines: readonly string[]): Line[] {
  const out: Line[] = [];
  let next = 1;
  lines.forEach((text, i) => {
    const m = /^\s*(\d{1,3})、/.exec(text);
    if (m && Number(m[1]) === next) {
      next += 1;
      const rest = text.slice(m[0].length);
      if (next > 2 && out.length > 0) out[out.length - 1].text += rest;
      else out.push({ text: rest, row: i + 1 });
      return;
    }
    out.push({ text, row: i + 1 });
  });
  return out;
}

/** `一季度二季度三季度四季度`: the periods a progress column spans, a header's second row. */
const PERIOD_NAMES = new RegExp(String.raw`^${PERIOD_NAME}+$`);

function skipPeriodNames(lines: readonly string[]): string[] {
  const first = lines.findIndex((l) => l.trim() !== '');
  return first >= 0 && PERIOD_NAMES.test(lines[first].trim()) ? lines.slice(first + 1) : [...lines];
}

/** What a column's cells hold, by which they are found in a row's run of text. */
type Kind = 'seq' | 'title' | 'name' | 'text' | 'units' | 'deadline' | 'person' | 'free' | 'figure' | 'phrase';

interface RunHeader {
  start: number;
  end: number;
  names: string[];
  kinds: Kind[];
  /** The names a single space apart (`问题和隐患 牵头单位 配合单位 备注`): the row's cells are too. */
  spaced?: true;
}

/** Whole header names, as the field registry lists them. */
const WHOLE_NAMES: readonly string[] = [...new Set(HEADER_WORDS.flatMap((w) => w.words).filter((w) => w.length >= 2))];
const LONGEST_NAME = 12;

/**
 * The runs of three or more header names in a line, each ending the line or followed by a row's
 * number: from the left, and for each start the likelier readings first (see namesFrom).
 */
function* headersIn(line: string): Generator<RunHeader> {
  const memo = new Map<number, string[][]>();
  const lineEnd = line.trimEnd().length;
  const endsAt = (p: number) => p === lineEnd || /\d/.test(line[p] ?? '') || HEADING.test(line.slice(p)) || TOTALS.test(line.slice(p));
  for (let start = 0; start < lineEnd; start++) {
    // Names none of which is whole (`推进与强国建设目标` | `任务相适应的知识产权` | `领域改革`): a sentence's words, no header.
    const runs = namesFrom(line, start, endsAt, memo).filter((names) => names.length >= 3 && names.some((n) => WHOLE_NAMES.includes(n)));
    runs.sort(likelierReading);
    for (const names of runs) {
      const kinds = columnKinds(names);
      if (kinds) yield { start, end: start + names.join('').length, names, kinds };
    }
  }
}

/**
 * A page whose table cells its text parts by single spaces (a web page stored on one line): runs of
 * three or more names each a space from the next, ending the line or followed by a row's number or a
 * heading; from the left, each run as long as it goes.
 */
function* spacedHeadersIn(line: string): Generator<RunHeader> {
  const words = [...line.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  for (let i = 0; i < words.length; i++) {
    let j = i;
    while (j < words.length && readsAsOneName(words[j].text) && (j === i || words[j].start === words[j - 1].end + 1)) j += 1;
    if (j - i < 3) continue;
    const next = words[j]?.text ?? '';
    if (next !== '' && !/^\d/.test(next) && !HEADING.test(next)) continue;
    const names = words.slice(i, j).map((w) => w.text);
    const kinds = columnKinds(names);
    if (kinds) yield { start: words[i].start, end: words[j - 1].end, names, kinds, spaced: true };
  }
}

/**
 * A whole name, or one the header words read holding no whole name but at its start
 * (`项目名称`; not `责任分解表序号`, `区政府分管领导牵头`: a title's end, two names).
 */
function readsAsOneName(name: string): boolean {
  if (WHOLE_NAMES.includes(name)) return true;
  // `2009年计划投资`: a name with the plan's year before it.
  const unyeared = name.replace(/^\d{4}年度?(?=\p{Script=Han})/u, '');
  if (unyeared !== name) return headerRole(name) !== null && readsAsOneName(unyeared);
  // `配合/责任单位`: one column's two names a slash apart.
  const slashed = /^(\p{Script=Han}{2,6})[/／](\p{Script=Han}{2,6})$/u.exec(name);
  if (slashed) return headerRole(name) !== null && !/部门|单位/.test(slashed[1]) && readsAsOneName(slashed[2]);
  if (/[\s\d\p{P}]/u.test(name) || headerRole(name) === null) return false;
  return !WHOLE_NAMES.some((w) => name.indexOf(w, 1) > 0) && !besideFigures(name);
}

/** `建设阶段总投资`, `计划投资项目业主`: a name of figures beside another name, two names. */
function besideFigures(name: string): boolean {
  for (let k = 2; k <= name.length - 2; k++) {
    const [a, b] = [name.slice(0, k), name.slice(k)];
    if ((namesFigures(a) && headerRole(b) !== null) || (namesFigures(b) && headerRole(a) !== null)) return true;
  }
  return false;
}

/**
 * Of two readings of a run of names, the likelier first: more whole names; no two names side by
 * side of one role (`区政府分管` | `领导` is one name); more names; shorter names first (`主要内容` |
 * `区政府…`, not `主要内容区` | `政府…`).
 */
function likelierReading(a: readonly string[], b: readonly string[]): number {
  const whole = (names: readonly string[]) => names.filter((n) => WHOLE_NAMES.includes(n)).length;
  const sameRoles = (names: readonly string[]) => names.filter((n, i) => i > 0 && headerRole(n) === headerRole(names[i - 1])).length;
  const first = a.findIndex((n, i) => n.length !== b[i]?.length);
  return whole(b) - whole(a) || sameRoles(a) - sameRoles(b) || b.length - a.length || (first < 0 ? 0 : a[first].length - (b[first]?.length ?? 0));
}

/** The most readings of a run kept from one place of the line. */
const MOST_READINGS = 64;

/**
 * The ways the line from `at` reads as names ending where `endsAt` says: whole names, and any
 * other the header words read (`区政府分管领导`, `项目名称`); the header's rows decide between them.
 */
function namesFrom(line: string, at: number, endsAt: (p: number) => boolean, memo: Map<number, string[][]>): string[][] {
  const known = memo.get(at);
  if (known) return known;
  memo.set(at, []);
  const runs: string[][] = [];
  for (let k = 2; k <= LONGEST_NAME && at + k <= line.length; k++) {
    const name = line.slice(at, at + k);
    if (!readsAsOneName(name)) continue;
    if (endsAt(at + k)) runs.push([name]);
    for (const rest of namesFrom(line, at + k, endsAt, memo)) runs.push([name, ...rest]);
  }
  const kept = runs.slice(0, MOST_READINGS);
  memo.set(at, kept);
  return kept;
}

/**
 * Each column's kind, from the roles the header reads; null when a column's cells could not be
 * told by content (a text column of no punctuation, a column of free text before the last).
 */
function columnKinds(names: readonly string[]): Kind[] | null {
  const read = readHeaderColumns({ row: 0, cells: [...names], breakBefore: false });
  if (!read || read.unknown.length > 0) return null;
  const { columns } = read;
  const moreCo = new Set(read.moreCo);
  const kinds = names.map((name, i): Kind => {
    if (i === columns.seq) return 'seq';
    if (i === columns.task || i === columns.requirement) return 'text';
    if (i === columns.lead || i === columns.co || moreCo.has(i)) return 'units';
    if (i === columns.deadline) return 'deadline';
    // Leaders last: their names may run together (`王天刚郭代辉`), a free cell.
    if (PERSON_COLUMN.test(name)) return i === names.length - 1 ? 'free' : 'person';
    if (namesFigures(name)) return 'figure';
    return 'free';
  });
  // A column of no role before a figure or a unit column (`建设阶段`, `项目业主`), rows opening with their 序号: a phrase that column's cell ends.
  for (let i = 0; i + 1 < kinds.length; i++) if (kinds[0] === 'seq' && kinds[i] === 'free' && (kinds[i + 1] === 'figure' || kinds[i + 1] === 'units')) kinds[i] = 'phrase';
  // A task's name before such a phrase (`十陵景区项目` | `加快建设`): a title, ending where a verb opens the phrase.
  for (let i = 0; i + 1 < kinds.length; i++) if (kinds[i] === 'text' && kinds[i + 1] === 'phrase') kinds[i] = 'title';
  // Two text columns side by side: the first titles the second (`项目名称` then `主要内容`).
  for (let i = 0; i + 1 < kinds.length; i++) if (kinds[i] === 'text' && kinds[i + 1] === 'text') kinds[i] = 'title';
  // A task before its units with a text column after them (工作任务 | 牵头单位 | 责任单位 | 工作要求): a name, no sentence.
  for (let i = 0; i + 1 < kinds.length; i++) if (kinds[i] === 'text' && kinds[i + 1] === 'units' && kinds.includes('text', i + 2)) kinds[i] = 'name';
  if (!kinds.some((k) => k === 'text' || k === 'title') || kinds.slice(0, -1).includes('free')) return null;
  if (kinds.indexOf('seq') > 0) return null;
  return kinds;
}

interface ParsedRow {
  /** 0-based line of the body the row starts on. */
  row: number;
  cells: string[];
  breakBefore: boolean;
  continued?: number[];
}

/**
 * The body's rows: numbered from 1 when the header opens with 序号 (a row may be followed by rows
 * of its merged cells' columns, from its text on: a 项目 with two 主要内容), else a row's cells on
 * lines of their own. Null when any part of the body is not a row.
 */
function readRows(body: string, kinds: readonly Kind[], spaced: boolean, budget: Budget): ParsedRow[] | null {
  const text = body.trim();
  if (text === '') return null;
  // Numbered rows a space apart on lines of their own are the copied lines' reading; on the header's one line, this one's.
  if (spaced) return kinds[0] !== 'seq' ? cellNumberedRows(text, kinds, budget, true) : /\n/.test(body.trimEnd()) ? null : numberedRows(text, kinds, budget, true);
  return kinds[0] === 'seq' ? numberedRows(text, kinds, budget) : cellNumberedRows(text, kinds, budget) ?? lineRows(text, kinds, budget);
}

/** `一、`, `（一）`: a part's or a group's heading run in before the rows under it. */
const HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/;
const LONGEST_HEADING = 60;
const HEADING_INSIDE = /[。；;][^。；;]{0,4}(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/;

/**
 * Rows numbered in their first text cell (`1.推进…`, no 序号 column), each opening with a number a
 * little above the last (a list may skip one), part and group headings (`一、…（一）…`) run in
 * between them, each a row of its own; the page's furniture after the last row (`来源：`) ends it.
 * An empty cell left as a space. Null unless the body opens with a heading or row 1 and every row splits.
 */
function cellNumberedRows(text: string, kinds: readonly Kind[], budget: Budget, spaced = false): ParsedRow[] | null {
  const from = kinds.findIndex((k) => k === 'name' || k === 'text');
  const rows: ParsedRow[] = [];
  let last = 0;
  let at = skipSpace(text, 0);
  // A column before the numbered text (工作任务 | 工作要求): the heading is its cell, merged over the rows under it.
  let merged = '';
  while (at < text.length && !PAGE_TAIL.test(text.slice(at))) {
    const heading = headingLength(text, at, last);
    if (heading > 0 && from === 1) {
      merged = cellText(text.slice(at, at + heading));
      at = skipSpace(text, at + heading);
      continue;
    }
    if (heading > 0) {
      rows.push({ row: lineOf(text, at), cells: [cellText(text.slice(at, at + heading))], breakBefore: false });
      at = skipSpace(text, at + heading);
      continue;
    }
    const number = cellNumber(text, at, last);
    if (!number) return null;
    let end = -1;
    const rowEnd = (p: number) => {
      const q = skipSpace(text, p);
      const ends = q >= text.length || PAGE_TAIL.test(text.slice(q)) || headingLength(text, q, number.n) > 0 || cellNumber(text, q, number.n) !== null;
      if (ends) end = q;
      return ends;
    };
    // A cell holding or cut inside the next row's number (`…清单3.政府…`, `…清单3` | `.政府`): a row under merged cells, read below.
    const next = new RegExp(String.raw`(?<![\d.．])${number.n + 1}[.．、](?!\d)`);
    const options: SplitOptions = { whole: true, spaceIsBlank: true, spaced, refused: (cell) => next.test(cell), budget };
    const split = splitCells(text, at + number.length, kinds.slice(from), rowEnd, options);
    const under = split || !rows.some((r) => r.cells.length > 1) ? null : underMergedCells(text, at + number.length, kinds.slice(from), rowEnd, options);
    const cells = split ?? under?.cells;
    // A heading after a sentence inside a cell: a row lost in it (its number not the next).
    if (!cells || cells.some((c) => /[。；;]/.test(c) && HEADING_INSIDE.test(c))) return null;
    cells[0] = text.slice(at, at + number.length) + cells[0];
    rows.push({ row: lineOf(text, at), cells: [...kinds.slice(0, from).map(() => ''), ...cells], breakBefore: false });
    if (under) rows[rows.length - 1].continued = under.continued.map((c) => c + from);
    if (from === 1) [rows[rows.length - 1].cells[0], merged] = [merged, ''];
    last = number.n;
    at = end;
  }
  return rows.some((r) => r.cells.length > 1) ? rows : null;
}

/**
 * A row under cells merged down from the row above (a page's table whose unit cells span three rows):
 * the page leaves no mark of them, the row holding its name alone (`2.推动…清单3.…`) or its name and
 * its text (`3.…的公开重点公开…。`). Its unit columns are read as continued from above.
 */
function underMergedCells(text: string, at: number, kinds: readonly Kind[], rowEnd: (p: number) => boolean, options: SplitOptions): { cells: string[]; continued: number[] } | null {
  if (kinds[0] !== 'name') return null;
  const units = kinds.map((k, c) => (k === 'units' ? c : -1)).filter((c) => c >= 0);
  if (units.length === 0) return null;
  const others = kinds.map((_, c) => c).filter((c) => c > 0 && !units.includes(c));
  for (const kept of [[0], [0, ...others]]) {
    const split = splitCells(text, at, kept.map((c) => kinds[c]), rowEnd, { ...options, spaceIsBlank: false });
    if (!split) continue;
    const cells = kinds.map(() => '');
    kept.forEach((c, i) => (cells[c] = split[i]));
    return { cells, continued: kinds.map((_, c) => c).filter((c) => !kept.includes(c)) };
  }
  return null;
}


/** `3.`, `3、`: a row's number after `last` (one may be skipped), with its mark. */
function cellNumber(text: string, at: number, last: number): { n: number; length: number } | null {
  const number = rowNumber(text, at);
  if (!number || number.mark === '' || number.digits.length > 3) return null;
  const n = Number(number.digits);
  return n > last && n <= last + 3 ? { n, length: number.length } : null;
}

/**
 * `3`, `3、`, `3.` at `at`: a row's number, its digits and the mark after them (`''` when none),
 * neither the end of a longer number (`13`) nor an amount's start (`3.5`); null when none opens there.
 */
function rowNumber(text: string, at: number): { digits: string; mark: string; length: number } | null {
  if (at > 0 && /\d/.test(text[at - 1])) return null;
  const m = /^(\d+)([、.．]?)/.exec(text.slice(at));
  if (!m || /[\d.．]/.test(text[at + m[0].length] ?? '')) return null;
  return { digits: m[1], mark: m[2], length: m[0].length };
}

/** The length of the heading at `at`, up to the next heading or row (after `last`); 0 when none opens there. */
function headingLength(text: string, at: number, last: number): number {
  const mark = HEADING.exec(text.slice(at));
  if (!mark) return 0;
  for (let p = at + mark[0].length + 1; p <= Math.min(text.length, at + LONGEST_HEADING); p++) {
    if (/[。；;]/.test(text[p - 1])) return 0;
    if (p === text.length || HEADING.test(text.slice(p)) || cellNumber(text, p, last)) return p - at;
  }
  return 0;
}

interface Group {
  rows: string[][];
  /** Where the next numbered row starts (the text's length after the last). */
  end: number;
}

function numberedRows(text: string, kinds: readonly Kind[], budget: Budget, spaced = false): ParsedRow[] | null {
  const rows: ParsedRow[] = [];
  const from = kinds.indexOf('text');
  const merged = kinds.slice(0, from).map((_, c) => c);
  for (let n = 1, at = totalsRowEnd(text); at < text.length; n++) {
    if (!opensNumber(text, at, n)) return null;
    let tail: Group | null = null;
    let main: string[] | null = null;
    // A row reaching the next number by itself before one going on in rows of its merged cells (a text column's); never a text holding a row's cells after a `。`.
    for (const more of from < 0 ? [false] : [false, true]) {
      const group = rowsOfNumber(text, kinds.slice(from), n + 1, more, budget, spaced);
      main = splitCells(text, at + numberLength(text, at, n), kinds.slice(1), (end) => (tail = group(end)) !== null, { whole: true, spaced, budget });
      if (main) break;
    }
    if (!main || !tail) return null;
    const { rows: subs, end }: Group = tail;
    const line = lineOf(text, at);
    rows.push({ row: line, cells: [String(n), ...main], breakBefore: false });
    for (const sub of subs) rows.push({ row: line, cells: [...merged.map(() => ''), ...sub], breakBefore: false, continued: merged });
    at = end;
  }
  return rows.length > 0 ? rows : null;
}

/** `合计 7089078737500 1十陵…`: a row of totals before row 1 (no task, its figures the rows' sums): where row 1 opens after it, else 0. */
function totalsRowEnd(text: string): number {
  return new RegExp(String.raw`${TOTALS.source}[\s\d.]*\s(?=1\D)`).exec(text)?.[0].length ?? 0;
}

const TOTALS = /^(?:合计|总计)/;

/** `3老城厢…`, `3、推进…`: row `n`'s number at `at` (not `13`, not `3.5`). */
function opensNumber(text: string, at: number, n: number): boolean {
  return numberLength(text, at, n) > 0;
}

/** The length of row `n`'s number at `at` with the mark after it (`3`, `3、`, `3.`), 0 when there is none. */
function numberLength(text: string, at: number, n: number): number {
  const number = rowNumber(text, at);
  return number?.digits === String(n) ? number.length : 0;
}

/**
 * The rows a numbered row goes on with, from `p`: none at the text's end or at the next number
 * (`next`), else (`more`) rows of the columns from its text on (its number and title merged over them).
 */
function rowsOfNumber(text: string, kinds: readonly Kind[], next: number, more: boolean, budget: Budget, spaced = false): (p: number) => Group | null {
  const memo = new Map<number, Group | null>();
  const group = (p: number): Group | null => {
    const q = skipSpace(text, p);
    if (q >= text.length) return { rows: [], end: text.length };
    // A page stored on one line: its sender, date and furniture after the last row (`…办公室 2018年5月11日印发 来源：…`).
    if (spaced && closingOfPage(text.slice(q))) return { rows: [], end: text.length };
    if (opensNumber(text, q, next)) return { rows: [], end: q };
    if (!more) return null;
    // A row of merged cells opens with its text, never a number, a date or a list's comma.
    if (/^[\d、，,；;]/.test(text.slice(q))) return null;
    if (memo.has(q)) return memo.get(q) ?? null;
    memo.set(q, null);
    let tail: Group | null = null;
    const cells = splitCells(text, q, kinds, (end) => (tail = group(end)) !== null, { whole: true, budget });
    const found: Group | null = cells && tail ? { rows: [cells, ...(tail as Group).rows], end: (tail as Group).end } : null;
    memo.set(q, found);
    return found;
  };
  return group;
}

/** Unnumbered rows: each row's cells run together on one line or several, a row ending where a line does. */
function lineRows(text: string, kinds: readonly Kind[], budget: Budget): ParsedRow[] | null {
  const rows: ParsedRow[] = [];
  let at = 0;
  while (at < text.length) {
    let end = -1;
    const cells = splitCells(text, at, kinds, (p) => {
      const q = skipSpace(text, p);
      if (q < text.length && !text.slice(p, q).includes('\n')) return false;
      end = q;
      return true;
    }, { ownLines: true, whole: true, budget });
    if (!cells) return null;
    rows.push({ row: lineOf(text, at), cells, breakBefore: false });
    at = end;
  }
  return rows.length > 0 ? rows : null;
}

function lineOf(text: string, at: number): number {
  return (text.slice(0, at).match(/\n/g) ?? []).length;
}

function skipSpace(text: string, p: number): number {
  while (p < text.length && /\s/.test(text[p])) p++;
  return p;
}

interface SplitOptions {
  /** No cell holds a line break. */
  ownLines?: boolean;
  /** A text cell holds no other row's cells after a `。` (see holdsRowCells). */
  whole?: boolean;
  /** A unit cell may be empty where a space stands for it (`…公开透明 区直有关单位`). */
  spaceIsBlank?: boolean;
  /** Cells a space apart (see spacedHeadersIn): a text cell may end where a space follows, not only at its `。`. */
  spaced?: boolean;
  /** A cell (with the character after it) that cannot be (see cellNumberedRows). */
  refused?: (cell: string) => boolean;
  /** The document's tries left, shared by every split of its reading. */
  budget: Budget;
}

/**
 * Splits the run from `at` into cells of `kinds`, trying each cell's possible ends in turn until
 * `rowEnd` accepts where the last ends. `failed`: the places and columns from which no split was
 * found (the first split found ends the search, so only failures are met again).
 */
function splitCells(text: string, at: number, kinds: readonly Kind[], rowEnd: (p: number) => boolean, options: SplitOptions, failed = new Set<string>()): string[] | null {
  if (kinds.length === 0) return rowEnd(at) ? [] : null;
  if (--options.budget.splitsLeft < 0) return null;
  const key = `${at}:${kinds.length}`;
  if (failed.has(key)) return null;
  const start = skipSpace(text, at);
  if (blankAt(text, at, kinds, options) === 'first') {
    const rest = splitCells(text, start, kinds.slice(1), rowEnd, options, failed);
    if (rest) return ['', ...rest];
  }
  for (const end of cellEnds(text, start, kinds, options.ownLines ?? false, options.spaceIsBlank ?? false, options.spaced ?? false)) {
    if (options.whole && kinds[0] === 'text' && holdsRowCells(text, start, end, kinds.slice(1), options.budget)) continue;
    if (options.refused?.(text.slice(start, end + 1))) continue;
    const rest = splitCells(text, end, kinds.slice(1), rowEnd, options, failed);
    if (rest) return [cellText(text.slice(start, end)), ...rest];
  }
  if (blankAt(text, at, kinds, options) === 'last') {
    const rest = splitCells(text, start, kinds.slice(1), rowEnd, options, failed);
    if (rest) return ['', ...rest];
  }
  failed.add(key);
  return null;
}

/**
 * A unit cell left empty, a space standing for it (`spaceIsBlank`): first where another unit column
 * follows (the blank 牵头单位 before its 责任单位), last where none does (a space may part two cells).
 */
function blankAt(text: string, at: number, kinds: readonly Kind[], options: SplitOptions): 'first' | 'last' | null {
  if (!options.spaceIsBlank) return null;
  // The row's last cell, its text, left empty (merged down over the rows below, its text in none of them):
  // first, the next row's number or heading after the space ending the row (the cell before may end after it).
  if (kinds.length === 1 && kinds[0] === 'text') return / /.test(text[at] ?? '') || / /.test(text[at - 1] ?? '') ? 'first' : null;
  if (!/ /.test(text[at] ?? '')) return null;
  if (kinds[0] !== 'units') return null;
  // Cells a space apart: every space parts two cells, and an empty one leaves no mark (tried after a filled one).
  return kinds[1] === 'units' && !options.spaced ? 'first' : 'last';
}

/** `完成…。何海平文体旅局晋陵公司推进…`: a text whose `。` is followed by the cells after the text — a person, units — holds a row of merged cells' end. */
function holdsRowCells(text: string, start: number, end: number, after: readonly Kind[], budget: Budget): boolean {
  if (after.length === 0) return false;
  for (let p = start + 2; p < end - 1; p++) {
    if (/[。；;]/.test(text[p - 1]) && splitCells(text, p, after, () => true, { budget })) return true;
  }
  return false;
}

function cellText(raw: string): string {
  return raw.replace(/\s*\n\s*/g, '').trim();
}

/** The longest text cell read. */
const LONGEST_TEXT = 1500;
/** The longest unit cell read. */
const LONGEST_UNITS = 80;
/** The longest name of one unit (brackets aside) a cell run together with a text is read to hold. */
const LONGEST_UNIT_NAME = 12;
const LONGEST_TITLE = 20;

/**
 * `启动…`, `实施…`: the verbs a task's text opens with after its title (`增加教育资源供给` then
 * `实施新建…`): where a title run together with its text ends. Those a title may end with as a
 * noun (`停车设施建设`, `养老服务提升`) only where none of the others opens the text.
 */
const TEXT_OPENING = [
  /^(?:实施|落实|完成|推进|启动|开展|新开工|续建|新建|新增|建成|加快|加强|深化|推动|做好|确保|持续|继续|着力|大力|进一步|力争|年内|全年|积极|鼓励|引导|改扩建|新改建)/,
  /^(?:建设|改造|提升|优化|打造|创建|扩大|提高|完善|健全|强化|巩固|实现|支持|组织)/,
];

/** What may follow a deadline's phrase in it: more of the date (`10月`), its end (`底前`), what is to be done by then (`持续推进`, `年底前完成`). */
const DEADLINE_GOES_ON = /^(?:\d{1,4}[年月日号]|[底前末内止旬号日月年度]|推进|完成|实施|办结)/;

/** A cell's possible ends from `start`, the likelier first (`named`: rows numbered in their task cell, see cellNumberedRows). */
function cellEnds(text: string, start: number, kinds: readonly Kind[], ownLines: boolean, named: boolean, spaced = false): number[] {
  const limit = (n: number) => {
    const stop = Math.min(text.length, start + n);
    const nl = ownLines ? text.indexOf('\n', start) : -1;
    return nl >= 0 && nl < stop ? nl : stop;
  };
  const slice = (e: number) => cellText(text.slice(start, e));
  const ends: number[] = [];
  switch (kinds[0]) {
    case 'seq':
      return [];
    case 'title':
      for (const opening of TEXT_OPENING) {
        for (let e = start + 2; e <= limit(LONGEST_TITLE); e++) {
          if (/[。；;，,]/.test(text[e - 1])) break;
          if (opening.test(text.slice(e))) ends.push(e);
        }
      }
      return ends;
    case 'name':
      return nameEnds(text, start, limit(LONGEST_NAME_CELL));
    case 'text':
      for (let e = start + 2; e <= limit(LONGEST_TEXT); e++) if (/[。；;]/.test(text[e - 1]) || (spaced && / /.test(text[e] ?? ''))) ends.push(e);
      return ends;
    case 'person':
      return personEnds(text, start);
    case 'deadline':
      // Where the phrase goes on no further: not `2023年` before `10月底前`, but `2025年6月底前` before `2建设…` (the next row's number).
      for (let e = start + 2; e <= limit(MAX_DEADLINE_PHRASE); e++) {
        // `年底前3改`: a number after a word that is no date's is the next row's.
        if (isDeadlineLike(slice(e)) && !DEADLINE_GOES_ON.test(text.slice(e)) && !/[^\d年月日第.．/-]\d/.test(slice(e))) ends.push(e);
      }
      return ends;
    case 'units': {
      for (let e = start + 2; e <= limit(LONGEST_UNITS); e++) if (readsAsUnits(slice(e), spaced) && balanced(slice(e))) ends.push(e);
      if (spaced) return spacedEnds(text, start, ends);
      // A unit column before another: its first names, first where the next opens with a place or after a space; the last unit column: all it can hold.
      if (!named) return kinds[1] === 'units' ? ends : ends.reverse();
      // A heading run in after the row's last cell is no unit (`各乡镇` | `二、加强…`).
      const noHeading = ends.filter((e) => !/[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]/.test(slice(e))
        // nor the page's furniture after it (`县委保密办 来源：…`).
        && !text.slice(start, e).trim().split(/\s+/).slice(1).some((w) => PAGE_TAIL.test(w)));
      // Before another unit column: first where that one opens with a group (`省发改委省经信委` | `省直各部门，…`,
      // `区交通局` | `各乡镇`), the lead's names run together before it kept whole.
      if (kinds[1] === 'units') {
        const beforeGroup = noHeading.filter((e) => OPENS_GROUP.test(text.slice(e)));
        return [...beforeGroup, ...closingNames(text, noHeading.filter((e) => !beforeGroup.includes(e)))];
      }
      // Before a text: first where a unit's name ends and the text opens, no name longer than a unit's
      // (`各乡镇人民政府` | `坚持…`, not `…政府坚` | `持…`, `…本部` | `门…`, `…单位` | `，各…`, `…政府要制定并公布本部门` | `随机…`).
      if (kinds[1] === 'text') {
        const whole = (e: number) => endsLikeUnitOrGroup(slice(e)) && !endsLikeUnitOrGroup(slice(e + 1)) && !/^[、，,；;：:（()）]/.test(text.slice(e))
          && splitUnitList(slice(e)).every((n) => n.replace(/[（(][^）)]*[）)]/g, '').length <= LONGEST_UNIT_NAME);
        return [...noHeading.filter(whole).reverse(), ...noHeading.filter((e) => !whole(e)).reverse()];
      }
      return noHeading.reverse();
    }
    case 'figure':
      return figureEnds(text, start, kinds[1] === 'figure');
    case 'phrase': {
      // Before figures: where the digits open; before units: first where a unit's name opens with its place.
      for (let e = start + 2; e <= limit(LONGEST_UNITS); e++) {
        if (/[。；;]/.test(text[e - 1])) break;
        if (kinds[1] !== 'figure' || /\d/.test(text[e] ?? '')) ends.push(e);
      }
      if (kinds[1] !== 'units') return ends;
      // A builder's list (`X有限公司、Y合作社`) ends where its last name does, not inside one (`…、温` | `州…`).
      const named = ends.filter((e) => endsLikeUnitOrGroup(cellText(text.slice(start, e))));
      return closingNames(text, [...named, ...ends.filter((e) => !named.includes(e))]);
    }
    case 'free':
      // The last column (`备注`, `进展情况`) may be blank: first where cells are a space apart (an empty one leaves no mark).
      for (let e = start + 1; e <= limit(text.length); e++) if (e === text.length || (spaced ? /\s/ : /\s|\d/).test(text[e])) ends.push(e);
      return spaced ? [start, ...ends] : [...ends, start];
  }
}

/**
 * A cell's ends where cells are a space apart (see spacedHeadersIn): before a space or the text's
 * end, a cell holding no space first (a space is where the next cell opens), the shorter first.
 */
function spacedEnds(text: string, start: number, ends: readonly number[]): number[] {
  const apart = ends.filter((e) => e === text.length || /\s/.test(text[e]));
  const inner = (e: number) => /\s/.test(text.slice(start, e));
  return [...apart.filter((e) => !inner(e)), ...apart.filter(inner)];
}

/**
 * Where a cell of figures ends: after its digits; before a second figure column the run of digits
 * holds both (`43000020000`), parted where the second opens with no `0` and is no more than the
 * first (a year's investment within the total: 430000 | 20000), the first such place.
 */
function figureEnds(text: string, start: number, another: boolean): number[] {
  const run = /^\d+(?:\.\d+)?/.exec(text.slice(start))?.[0] ?? '';
  if (run === '') return [];
  if (!another) return [start + run.length];
  const ends: number[] = [];
  for (let k = 1; k < run.length; k++) {
    const first = run.slice(0, k);
    const second = /^\d+(?:\.\d+)?/.exec(run.slice(k))![0];
    if (!/^\d+$/.test(first) || second.startsWith('0') || Number(second) > Number(first)) continue;
    ends.push(start + k);
  }
  return ends;
}

const LONGEST_NAME_CELL = 60;
/** `各乡镇`, `省直各部门`, `省政府各部门`: a group of units a cell of them opens with. */
const OPENS_GROUP = /^(?:各|[省市州县区]直(?:各|有关|相关)|[省市州县区](?:政府|委)各)/;
/** `区`, `县`: the place a unit's name opens with (not `区域`, `市场`, nor the `市` ending `各设区市、`). */
const OPENS_PLACE = /^[省市州县区旗乡镇](?!域|场|民|村|[、，,])/;

/**
 * Where a task's name before its units may end: before a space, a sentence's or a clause's mark;
 * first where a unit's name opens with its place (`…公开工作区行政审批局`), then where a space
 * follows, then anywhere, the shorter first.
 */
function nameEnds(text: string, start: number, limit: number): number[] {
  const ends: number[] = [];
  for (let e = start + 2; e <= limit; e++) {
    if (/[。；;，,\s]/.test(text[e - 1])) break;
    ends.push(e);
  }
  return closingNames(text, ends.filter((e) => balanced(text.slice(start, e))));
}

/** Of a cell's possible ends, first those where a unit's name opens with its place after it, then before a space, then the others. */
function closingNames(text: string, ends: readonly number[]): number[] {
  const placed = ends.filter((e) => OPENS_PLACE.test(text.slice(e)));
  const spaced = ends.filter((e) => /\s/.test(text[e] ?? '') && !placed.includes(e));
  return [...placed, ...spaced, ...ends.filter((e) => !placed.includes(e) && !spaced.includes(e))];
}

/** No bracket or quote left open (`编制完成《福建` ends no name). */
function balanced(cell: string): boolean {
  const count = (ch: string) => cell.split(ch).length - 1;
  return [['《', '》'], ['“', '”'], ['（', '）'], ['(', ')'], ['〔', '〕']].every(([open, close]) => count(open) === count(close));
}

/** `区财政局`, or a group's name (`县直各部门`, `区直有关单位`). */
function endsLikeUnitOrGroup(cell: string): boolean {
  // A place answering for its own part (`各设区市`, `平潭综合实验区`, `经济开发区`) ends a unit list as a unit does.
  return endsLikeUnit(cell) || /(?:部门|单位|企业|设区市|县区|实验区|新区|开发区)$/.test(cell);
}

/** Where a cell of persons' names may end: after a name, or after a list of them (`张明、李华`). */
function personEnds(text: string, start: number): number[] {
  const ends: number[] = [];
  for (const n of personLengths(text, start)) {
    if (!isPersonName(text.slice(start, start + n))) continue;
    ends.push(start + n);
    if (/[、，,]/.test(text[start + n] ?? '')) ends.push(...personEnds(text, start + n + 1));
  }
  return ends;
}

/**
 * A person's name of three characters, or two where what follows opens with a standard unit's name
 * (`王伟财政局`: not `王伟财` then `政局`).
 */
function personLengths(text: string, start: number): number[] {
  const opensStandard = (p: number) => [3, 4, 5, 6].some((n) => standardKey(text.slice(p, p + n)) !== null);
  return opensStandard(start + 2) && !opensStandard(start + 3) ? [2, 3] : [3, 2];
}

/**
 * A unit cell: the importer's unit lists (see column-content.ts), no sentence. `apart`: the cell
 * opens after a space parting cells (see spacedHeadersIn), so `局质监处` is a whole name.
 */
function readsAsUnits(cell: string, apart = false): boolean {
  // `局高新园…`: a name's ending left over from the cell before; a digit, a date's or the next row's number.
  if ((!apart && /^[局委办厅处科室部院所队站社]/.test(cell)) || /^[、，,；;]|[、，,；;]$|[。\d]/.test(cell)) return false;
  if (isUnitLike(cell) || isMostlyUnits(cell) || opensUnitList(cell)) return true;
  // `区教育局,各平台、镇街`: a list opening with a unit, its other names short.
  const names = splitUnitList(cell);
  return names.length >= 2 && isUnitLike(names[0]) && names.every((n) => n.length <= 8);
}
