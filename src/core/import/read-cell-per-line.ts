import type { Finding } from '../finding';
import { importMessages as msg } from '../finding';
import { opensUnitList } from './column-content';
import { fit, type CellKind } from './copied-rows';
import { barTextAsCellLines } from './bar-cells';
import { headerRole, indicatorSections, isMeasure, namesFigures, readHeaderColumns, readsAsColumnName } from './header';
import { HEADER_WORDS, PERIOD_PROGRESS, PERSON_COLUMN } from './header-words';
import { endsLikeUnit, endsWithClosingPunctuation, endsWithCutUnit, endsWithSeparator } from './join-text';
import { isPageNumber } from './page-furniture';
import { parseCategoryHeading, parseCategoryNumber } from './section-heading';
import { pageCellKind, singleSpacedPieces, splitSpacedCells, spreadOverColumns } from './spaced-cells';
import { isPeriodName, periodUnderDeadline, spreadSubNames } from './sub-header';
import type { SourceRow, SourceTable } from './types';
import { splitUnitList } from './unit-cells';
import { isPersonName } from './unit-persons';
import { isBarePlace } from './shared-suffix';
import { isFigure } from './value-column';
import { BRACKETED_NUMBER, CIRCLED_NUMBER, circledValue } from './seq-number';

/**
 * A table's text with one cell a line, as plain `pdftotext` or copying a PDF page gives it:
 * the header's names one a line (`序号` / `民生实事` / `责任单位` / `完成时限`, or on one line separated
 * by spaces), then each row's cells one a line — a blank cell leaves no line, a cell's text may be
 * wrapped over several lines, several units may stand one a line, blank lines may stand anywhere,
 * and a row's cells may be separated by single spaces instead (see splitSpacedCells).
 * The rows are rebuilt by what the lines hold: each line goes to the column whose cells it
 * resembles (numbers to 序号, units to the unit columns, deadlines to 完成时限, text to the task
 * column, `一、…` to the section column or a row of its own), a row ends where the next line can
 * only start another one (a number, text after the units). A row lacking its leading cells (or,
 * in a numbered table, lacking its number) continues the merged cells above. Null when no
 * header is spread over the lines: the text is read as before.
 */
export function readCellPerLine(pageText: string): (SourceTable & { doubts: PageTextDoubts; filledBelow: FilledBelow[] }) | null {
  // Cells between `|` lines (a page store's text) are cells one a line, each line a whole cell.
  const barred = barTextAsCellLines(pageText);
  const text = barred ?? pageText;
  const wholeCells = barred !== null;
  const allLines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((l) => l.trim());
  const header = findSpreadHeader(allLines);
  if (!header) return null;
  // The next attachment (`附件2`, its title and header) starts after the table: not the table's rows.
  const next = allLines.findIndex((l, i) => i >= header.end && NEXT_ATTACHMENT.test(l));
  const lines = next < 0 ? allLines : allLines.slice(0, next);
  const sections = indicatorSections(header.names);
  const columns = header.names.map((name, j) => columnKind(name, sections.get(j)));
  const rows: SourceRow[] = [];
  lines.slice(0, header.first).forEach((l, i) => {
    if (l !== '') rows.push({ row: i + 1, cells: [l], breakBefore: false });
  });
  if (header.before) rows.push({ row: header.first + 1, cells: [header.before], breakBefore: false });
  rows.push({ row: header.first + 1, cells: header.names, breakBefore: false });
  const paragraphs = !wholeCells && isParagraphHeader(lines, header);
  const data = dataSegments(wholeCells ? lines : withFiguresJoined(lines, header.end), header.end, header.names, columns, wholeCells, paragraphs);
  const numbered = columns.includes('number');
  const unnamed = unnamedTextColumns(header.names, columns);
  // A report's columns (进展情况, 下季度安排, 备注) hold notes written without a full stop: no cut sentence told by them.
  const reportColumns = new Set(header.names.flatMap((n, j) => (['other', 'note'].includes(headerRole(n) ?? '') && !PERSON_COLUMN.test(n) ? [j] : [])));
  const doubts: PageTextDoubts = { lines: 0, misfits: 0, rows: 0, cutSentences: [], cutNames: header.cut };
  let numberedRows = 0;
  // The table's rows in order (a section heading standing as a row of its own: null), for the merged cells below.
  const inOrder: Array<SourceRow | null> = [];
  data.forEach((segment, s) => {
    if (segment.kind !== 'pieces') {
      rows.push(segment.row);
      if (segment.kind === 'whole') {
        doubts.rows += 1;
        inOrder.push(segment.row);
      }
      return;
    }
    const placed = placeLines(segment.pieces, columns, s === data.length - 1, wholeCells, unnamed, paragraphs ? { opens: s === 0, task: taskColumn(header.names) } : null);
    for (const r of placed.rows) {
      const row = toSourceRow(r, columns, numbered);
      rows.push(row);
      inOrder.push(r.lone ? null : row);
    }
    const tableRows = placed.rows.filter((r) => !r.lone);
    doubts.lines += segment.pieces.length - placed.after.length;
    doubts.misfits += placed.misfits;
    doubts.rows += tableRows.length;
    numberedRows += tableRows.filter((r) => r.cells[columns.indexOf('number')] !== undefined).length;
    // The cell the text ends in may stop mid-sentence where the page was stored or copied only so far: no sign of lines interleaved.
    const textEnd = s === data.length - 1 && placed.after.length === 0 ? segment.pieces[segment.pieces.length - 1] : undefined;
    for (const r of tableRows) {
      r.cells.forEach((c, j) => {
        const cell = c ? joinPieces(c) : '';
        if (textEnd && c?.includes(textEnd)) return;
        if (columns[j] === 'text' && !reportColumns.has(j) && !parseCategoryHeading(cell) && isCutSentence(cell)) doubts.cutSentences.push(cell);
      });
    }
    for (const p of placed.after) rows.push({ row: p.line + 1, cells: [p.text], breakBefore: p.breakBefore });
  });
  // One row is a table too under a header of four names or more, or of three beside its 序号 (a page the store cut after its first row).
  const oneRow = doubts.rows === 1 && (header.names.length >= 4 || (header.names.length === 3 && numberedRows === 1));
  if (doubts.rows < 2 && !oneRow) return null;
  const filledBelow = mergedCellsBelow(inOrder, columns, groupColumns(header.names, columns)).map((f) => ({ ...f, name: header.names[f.column] }));
  return { rows, hasCellAddresses: false, doubts, filledBelow };
}

/**
 * A row of figures beside a word broken over two lines, blank lines between (`合计 182852` / `` /
 * `55219.1 30.2`: a total, or a section heading's figures, the cells between left empty): one line,
 * the gap a blank cell. The lines otherwise as they are (a joined line's rest left blank).
 */
function withFiguresJoined(lines: readonly string[], start: number): string[] {
  const out = [...lines];
  const figures = (l: string) => l !== '' && l.split(/\s+/).every((p) => isFigure(p));
  for (let i = start; i < out.length; i++) {
    if (!figures(out[i])) continue;
    let k = i - 1;
    while (k >= start && out[k] === '') k -= 1;
    const parts = k >= start ? out[k].split(/\s+/) : [];
    if (k === i - 1 || parts.length < 2 || isFigure(parts[0]) || !isFigure(parts[parts.length - 1])) continue;
    out[k] = `${out[k]}  ${out[i]}`;
    out[i] = '';
  }
  return out;
}

/** A column whose blank cells were read as a cell merged down from the row above (see mergedCellsBelow): its name and those rows. */
export interface FilledBelow {
  column: number;
  name: string;
  rows: number[];
}

/**
 * The columns whose cells open a group of rows, most general first: those before the task column
 * holding sections or titles (`一级指标`, `二级指标`), not its 序号, units or deadlines.
 */
function groupColumns(names: readonly string[], columns: readonly ColumnKind[]): number[] {
  const named = taskColumn(names);
  const task = named >= 0 ? named : columns.indexOf('text');
  return columns.flatMap((c, j) => (j < task && (c === 'section' || c === 'subsection' || c === 'text') ? [j] : []));
}

/**
 * A web page's table stores a merged cell once, in its first row: page text gives the unit (or
 * deadline) merged over a section's rows in the section's first row only, the rows below lacking
 * it. Such a cell is taken as merged when it opens a group (the table's first row, or a row giving
 * a section's cell) and the rows below it give none of their own up to where a group of the same
 * or a more general level opens (or the table ends); the rows between may open groups only of a
 * finer level. A row of its own unit or deadline (a unit on most rows, one row blank) shows the
 * column is given row by row there: its blank cells stay blank. Where a column shows the page
 * stores its cells once whatever their spans (see storedOnce), each unit or deadline column the
 * first row gives takes the cell above in every row lacking it, across groups. Marks the blank
 * cells as continuing the cell above; returns them, per column, by their rows.
 */
function mergedCellsBelow(rows: ReadonlyArray<SourceRow | null>, columns: readonly ColumnKind[], groups: readonly number[]): Array<{ column: number; rows: number[] }> {
  // A row's level: the most general group column it gives (0 the first), a heading row of its own -1, none Infinity.
  const levels = rows.map((r, i) => {
    if (r === null) return -1;
    const given = groups.findIndex((j) => (r.cells[j] ?? '').trim() !== '');
    const opens = i === 0 || rows[i - 1] === null;
    return Math.min(given < 0 ? Infinity : given, opens ? 0 : Infinity);
  });
  const out: Array<{ column: number; rows: number[] }> = [];
  const merging = columns.flatMap((kind, c) => (kind === 'unit' || kind === 'deadline' ? [c] : []));
  const hasIn = (c: number) => (r: SourceRow | null) => r !== null && (r.cells[c] ?? '').trim() !== '';
  // One column stored once shows the page's way: its other columns given in the first row are stored once too.
  const once = merging.some((c) => storedOnce(rows, hasIn(c)));
  merging.forEach((c) => {
    const filled: number[] = [];
    const has = hasIn(c);
    const spans = once && has(rows.find((r) => r !== null) ?? null);
    for (let i = 0; i < rows.length; i++) {
      if (!has(rows[i])) continue;
      let k = i + 1;
      while (k < rows.length && rows[k] !== null && !has(rows[k])) k += 1;
      const inner = rows.slice(i + 1, k) as SourceRow[];
      // The group the merged cell spans: of its row's level or a more general one, ended where the next row's opens (or the table's end).
      const level = Math.max(levels[i], k < rows.length && rows[k] !== null ? levels[k] : -1);
      if (inner.length === 0 || (!spans && levels.slice(i + 1, k).some((l) => l <= level))) continue;
      for (const r of inner) {
        if (r.continued?.includes(c)) continue;
        r.continued = [...(r.continued ?? []), c].sort((a, b) => a - b);
        filled.push(r.row);
      }
    }
    if (filled.length > 0) out.push({ column: c, rows: filled });
  });
  return out;
}

/**
 * A column whose cells the page stores once for however many rows they span, the spans its own
 * (a deadline over several sections, a unit from a section's second row on): given in the table's
 * first row and left out by more rows than give it. A column given row by row leaves out a row
 * now and then, never most of them.
 */
function storedOnce(rows: ReadonlyArray<SourceRow | null>, has: (r: SourceRow | null) => boolean): boolean {
  const table = rows.filter((r): r is SourceRow => r !== null);
  const given = table.filter(has).length;
  return table.length > 0 && has(table[0]) && table.length - given > given;
}

const NEXT_ATTACHMENT = /^附件\s*[0-9０-９一二三四五六七八九十]+\s*[:：]?$/;

/**
 * How well the lines fitted the columns: lines in a column of another kind, text cells that stop
 * mid-sentence, header names of one character (a name wrapped over two lines). Plain `pdftotext`
 * of a PDF table puts a tall cell's lines around its neighbours' (`…通过市政府例` / `市发改委牵头落实` /
 * `行新闻发布会…`): no reading of such lines is right, and these say so.
 */
export interface PageTextDoubts {
  lines: number;
  misfits: number;
  rows: number;
  cutSentences: string[];
  cutNames: string[];
}

/** A sentence (clauses between commas) that stops without its closing punctuation: `围绕我市经济社会发展形势、国家宏观经`. */
function isCutSentence(cell: string): boolean {
  const text = cell.trim();
  // `…保持增长.`: a store folding full stops to `.` ends its sentences so.
  return text.length >= 12 && /[，,、]/.test(text) && !endsWithClosingPunctuation(text) && !/[：:]$/.test(text) && !/[^\d.]\.$/.test(text);
}

/**
 * An error finding when the reading of page text looks wrong — more than one line in twenty rows
 * in a column of another kind, more than a quarter of the rows holding a sentence cut off, or a
 * header name cut — saying why; null when it looks right.
 */
export function implausiblePageText(doubts: PageTextDoubts): Finding | null {
  const reasons: string[] = [];
  if (doubts.misfits * 20 > doubts.rows) reasons.push(msg.pageTextMisfits(doubts.misfits));
  if (doubts.cutSentences.length * 4 > doubts.rows) reasons.push(msg.pageTextCutSentences(doubts.cutSentences.length, doubts.cutSentences.slice(0, 2)));
  if (doubts.cutNames.length > 0) reasons.push(msg.pageTextCutNames(doubts.cutNames.slice(0, 3)));
  if (reasons.length === 0) return null;
  return { level: 'error', code: 'import.implausible', field: 'file', message: msg.implausiblePageText(doubts.rows, reasons), suggestion: msg.implausibleSuggestion() };
}

/**
 * A web page's text giving one cell a paragraph: the header's names each a paragraph, blank lines
 * between (a name of two paragraphs aside), and most lines below after a blank line (a PDF's text
 * wraps its cells over lines of their own). An empty cell then leaves a blank line of its own.
 */
function isParagraphHeader(lines: readonly string[], header: SpreadHeader): boolean {
  const span = lines.slice(header.first, header.end);
  const filled = span.filter((l) => l !== '').length;
  if (filled < 3 || !span.every((l, k) => l === '' || k === 0 || span[k - 1] === '')) return false;
  const below = lines.flatMap((l, i) => (i >= header.end && l !== '' ? [i] : []));
  return below.filter((i) => lines[i - 1] === '').length * 2 >= below.length;
}

interface SpreadHeader {
  /** Line index of the first name, and the line after the last. */
  first: number;
  end: number;
  names: string[];
  /** Text before the names on the header's line (the notice run on into the header), when any. */
  before?: string;
  /** Names wrapped over two lines (`责任` / `领导`) or of one character: the text of a PDF's narrow columns. */
  cut: string[];
}

/**
 * A header name wrapped over two lines, as a PDF's narrow column gives it (`责任` / `领导`,
 * `完成时` / `限`, `牵头` / `单位`): a line that, with the next line's one or two characters, names a
 * column — a header word when the line names one itself. Null otherwise.
 */
function wrappedName(lines: readonly string[], j: number): { name: string; last: number; paragraphs: boolean } | null {
  if (/\s/.test(lines[j])) return null;
  let k = j + 1;
  while (k < lines.length && lines[k] === '') k += 1;
  if (k >= lines.length || /\s/.test(lines[k])) return null;
  // Blank lines between: a web page's cell of two paragraphs (`责任` / `领导`), not a PDF's narrow column.
  const paragraphs = k > j + 1;
  // A second paragraph naming nothing (`第三季度` under `推进计划`) qualifies the name, the name is the first.
  if (paragraphs && secondParagraph(lines, j, k)) return { name: lines[j], last: k, paragraphs };
  // What a narrow column wraps is a name's last character or two, never a whole name (`民生实事` / `责任单位`).
  if (lines[k].length > 2) return null;
  const name = lines[j] + lines[k];
  // A name of its own wraps only into a header word (`牵头` / `单位`), not into a wider name; a paragraph
  // may add a word to a text's or a person's name (`攻坚目标` / `任务`), not to `序号` (`序号` / `事项` are two).
  const joins = headerRole(lines[j]) === null ? headerRole(name) !== null
    : HEADER_WORDS.some((w) => w.words.includes(name)) || (paragraphs && TAKES_WORD.has(headerRole(lines[j]) ?? '') && addsWord(lines, k) && headerRole(name) !== null);
  return name.length <= 8 && joins ? { name, last: k, paragraphs } : null;
}

/** A header cell's second line in brackets qualifying its name (`责任股室` / `(单位)`), no section's number (`(一)`). */
const QUALIFIER = /^[（(](?![一二三四五六七八九十]+[）)])[\u4e00-\u9fa5、/]{1,8}[）)]$/;

/** A period in brackets (`(二季度)`, `(上半年)`): a report's title, no qualifier of a column. */
const PERIOD = /季度|半年|[年月]/;

/**
 * `name` with the bracketed line after it (`责任股室(单位)`) when the name is one cell's (no spaces)
 * and the qualifier leaves its role as it was; null otherwise.
 */
function qualifiedName(name: string, line: string): string | null {
  if (!QUALIFIER.test(line) || PERIOD.test(line) || /\s/.test(name)) return null;
  const role = headerRole(name);
  return role !== null && headerRole(name + line) === role ? name + line : null;
}

/** The longest first line of a header cell split over two lines (`区政府` / `分管领导`). */
const SPLIT_HEAD = 3;

/**
 * A web page's header cell given on two lines, its first naming nothing by itself: a qualifier
 * before a name (`区政府` / `分管领导`), or a name broken after its first character, its letters
 * spaced out (`主` / `要 内 容`). A narrow PDF column wraps a name's end instead (see wrappedName),
 * so this is no cut name. Null unless the two lines, spaces aside, name a column.
 */
function splitName(lines: readonly string[], j: number): { name: string; last: number } | null {
  const head = lines[j].replace(/[\s　]/g, '');
  if (head.length === 0 || head.length > SPLIT_HEAD || lineNames(lines[j]) !== null || !/^[\u4e00-\u9fa5]+$/.test(head)) return null;
  // A blank line between: the cell's two paragraphs, as a page giving one cell a paragraph has them.
  let k = j + 1;
  while (k < lines.length && lines[k] === '') k += 1;
  if (k >= lines.length) return null;
  const name = head + lines[k].replace(/[\s　]/g, '');
  return name.length <= 8 && headerRole(name) !== null ? { name, last: k } : null;
}

/** The names a paragraph may add a word to: a text's (`攻坚目标` / `任务`), a person's (`分管` / `领导`). */
const TAKES_WORD: ReadonlySet<string> = new Set(['task', 'requirement', 'category', 'subcategory', 'other']);

/** A word that may end a name (`任务`), not a name's first half (`责任` / `领导`) nor a row's number. */
function addsWord(lines: readonly string[], k: number): boolean {
  return /^[\u4e00-\u9fa5]+$/.test(lines[k]) && wrappedName(lines, k) === null;
}

/** The longest second paragraph of a header cell that names nothing itself (`工作任务安排` / `第二季度`). */
const SECOND_PARAGRAPH = 4;

/**
 * Whether line `k` is the second paragraph of the name on line `j` (`工作任务安排` / `第二季度` /
 * `完成情况`): short, naming no column itself, and more names after it (a header's last name has
 * the first row below it).
 */
function secondParagraph(lines: readonly string[], j: number, k: number): boolean {
  if (lineNames(lines[j]) === null || lines[k].length > SECOND_PARAGRAPH || lineNames(lines[k]) !== null) return false;
  if (pageCellKind(lines[k]) !== 'text' && pageCellKind(lines[k]) !== 'deadline') return false;
  const next = lines.findIndex((l, i) => i > k && l !== '');
  return next > 0 && lineNames(lines[next]) !== null;
}

/**
 * A line of names whose last is broken by the line's end (`… 2025年投资计划(万元) 责任` / `单位`): the
 * next line, one or two characters, completes a header word. The line's names, the last one whole,
 * and the line it ends on; or null.
 */
function brokenLastName(lines: readonly string[], j: number, names: readonly string[]): { names: string[]; last: number } | null {
  if (names.length < 2) return null;
  let k = j + 1;
  while (k < lines.length && lines[k] === '') k += 1;
  if (k >= lines.length || /\s/.test(lines[k]) || lines[k].length > 2) return null;
  const name = names[names.length - 1] + lines[k];
  return HEADER_WORDS.some((w) => w.words.includes(name)) ? { names: [...names.slice(0, -1), name], last: k } : null;
}

/**
 * The names of a header over two rows, its sub-names on lines after the top names (see
 * spreadSubNames): the first split at a line's start that places them; the names as they are when none does.
 */
function withSubNames(names: readonly string[], ends: readonly number[]): string[] {
  for (let p = 3; p < names.length - 1; p++) {
    if (ends[p] === ends[p - 1]) continue;
    const spread = spreadSubNames(names.slice(0, p), names.slice(p));
    if (spread) return spread;
  }
  return [...names];
}

/** `附件`, `附表2`: a title's word, no column's name. */
const ATTACHMENT = /^附[件表]\s*\d*$/;
/** `某县2022年工作任务表`: a title naming its year, a table's or list's, no column's name however it ends. */
const YEAR_TITLE = /\d{4}\s*年.*(?:表|清单)$/;
/** The most names a header has. */
const MAX_NAMES = 12;

/** The names a line gives a header: itself, or its pieces between spaces when each is a name; null when it gives none. */
function lineNames(line: string): string[] | null {
  if (line === '' || ATTACHMENT.test(line) || YEAR_TITLE.test(line)) return null;
  // `一季度`: a sub-column's period, a name only beside other names (see withSubNames).
  const isName = (t: string, alone = true) => headerRole(t) !== null || readsAsColumnName(t) || (!alone && isPeriodName(t));
  // `进展情况 资金完成情况 备注`, `完成额度(万元) 占比(%)`: names a space apart, two of them known, are no one name.
  const spaced = / /.test(line.trim()) && !/\S\s{2,}\S/.test(line) ? joinSpacedNames(line.trim().split(/\s+/), (p) => isName(p)) : [];
  if (spaced.length >= 2 && spaced.every((p) => isName(p, false)) && spaced.filter((p) => headerRole(p) !== null).length >= 2) return spaced;
  if (isName(line)) return [line];
  // Names a single space apart, a name over two lines of its cell run together with a wider gap (`牵头   责任单位`).
  const wide = singleSpacedPieces(line)?.map((p) => p.replace(/\s+/g, ''));
  if (wide?.every((p) => isName(p))) return wide;
  const parts = joinSpacedNames(line.split(/\s+/), (p) => isName(p));
  return parts.length >= 2 && parts.every((p) => isName(p, false)) ? parts : null;
}

/**
 * A name holding a space (`1- 6月完成情况`, a page's text of `1-<br>6月完成情况`): a piece naming
 * nothing by itself joins the next when together they read as one name.
 */
function joinSpacedNames(parts: readonly string[], isName: (t: string) => boolean): string[] {
  const out: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const joined = `${parts[k]} ${parts[k + 1]}`;
    if (!isName(parts[k]) && k + 1 < parts.length && isName(joined)) {
      out.push(joined);
      k += 1;
    } else out.push(parts[k]);
  }
  return out;
}

/**
 * The first run of lines (blank lines aside) giving at least three names that read as a header
 * (see readHeaderColumns). A data line right below the header may read as a name too (`发展目标`):
 * the run ends with a name that closes a header (see closesHeader).
 */
function findSpreadHeader(lines: readonly string[]): SpreadHeader | null {
  for (let i = 0; i < lines.length; i++) {
    if (lineNames(lines[i]) === null) {
      const ending = headerEnding(lines, i);
      if (ending) return ending;
      continue;
    }
    const names: string[] = [];
    const ends: number[] = [];
    const cut: string[] = [];
    let j = i;
    for (; j < lines.length && names.length < MAX_NAMES; j++) {
      if (lines[j] === '') continue;
      const qualified = names.length > 0 ? qualifiedName(names[names.length - 1], lines[j]) : null;
      if (qualified) {
        names[names.length - 1] = qualified;
        ends[ends.length - 1] = j + 1;
        continue;
      }
      const wrapped = wrappedName(lines, j);
      if (wrapped) {
        names.push(wrapped.name);
        if (!wrapped.paragraphs) cut.push(wrapped.name);
        j = wrapped.last;
        ends.push(j + 1);
        continue;
      }
      const split = splitName(lines, j);
      if (split) {
        names.push(split.name);
        j = split.last;
        ends.push(j + 1);
        continue;
      }
      // A figure's measure on a line of its own (`完成额度` / `(万元)`) ends the name before it.
      if (names.length > 0 && isMeasure(lines[j])) {
        names[names.length - 1] += lines[j];
        ends[ends.length - 1] = j + 1;
        continue;
      }
      const more = lineNames(lines[j]);
      if (!more) break;
      const broken = brokenLastName(lines, j, more);
      if (broken) j = broken.last;
      names.push(...(broken?.names ?? more));
      ends.push(...more.map(() => j + 1));
    }
    // A line of several names is the header's own (`序号 目标任务 责任单位 上半年推进情况`): its last name closes it.
    const sharesLine = () => ends.length >= 2 && ends[ends.length - 1] === ends[ends.length - 2];
    while (names.length > 0 && !closesHeader(names) && !sharesLine()) {
      names.pop();
      ends.pop();
    }
    const flat = withSubNames(names, ends);
    if (names.length >= 3 && readHeaderColumns({ row: i + 1, cells: flat, breakBefore: false })) {
      return { first: i, end: ends[ends.length - 1], names: flat, cut: [...cut.filter((n) => names.includes(n)), ...names.filter((n) => n.length === 1)] };
    }
    i = Math.max(i, j - 1);
  }
  return null;
}

/**
 * A header whose names end a line of text (`…任务分解表 序号 名称 工作任务 牵头责任单位`: the notice
 * and the header run together), the next line naming no column: the most names ending the line
 * that read as a header, or null.
 */
function headerEnding(lines: readonly string[], i: number): SpreadHeader | null {
  const parts = lines[i].split(/\s+/);
  const isName = (t: string) => headerRole(t) !== null || readsAsColumnName(t);
  let k = 0;
  while (k < Math.min(parts.length - 1, MAX_NAMES) && isName(parts[parts.length - 1 - k])) k += 1;
  const next = lines.find((l, j) => j > i && l !== '');
  if (k < 3 || (next !== undefined && lineNames(next) !== null)) return null;
  for (; k >= 3; k--) {
    const names = parts.slice(parts.length - k);
    if (closesHeader(names) && readHeaderColumns({ row: i + 1, cells: names, breakBefore: false })) {
      return { first: i, end: i + 1, names, cut: [], before: parts.slice(0, parts.length - k).join(' ') };
    }
  }
  return null;
}

const TASK_LIKE: ReadonlySet<string> = new Set(['task', 'requirement', 'category', 'subcategory']);

/**
 * Whether the last of `names` may end a header: a name it knows, and no task-like name after the
 * units or deadline (a header names the tasks before who does them and by when; `发展目标` below
 * `…责任单位 / 牵头单位` is the first row's 分类).
 */
function closesHeader(names: readonly string[]): boolean {
  const role = headerRole(names[names.length - 1]);
  if (role === null) return false;
  if (!TASK_LIKE.has(role)) return true;
  return !names.slice(0, -1).some((n) => ['lead', 'co', 'deadline'].includes(headerRole(n) ?? ''));
}

/** What a column holds: a cell's kind, or persons' names (`牵头领导`, `责任人`). */
type ColumnKind = CellKind | 'person';

/** A person's name or two (`钱 宇`, `王 嵘方 勇`): short, no punctuation, no unit. */
function isNameLike(text: string): boolean {
  const t = text.replace(/[\s　]/g, '');
  return t.length >= 2 && t.length <= 8 && !/[，。；、,.;:：\d]/.test(t) && !endsLikeUnit(t);
}

/** What the cells of a named column hold, by its name (or the section it is, see indicatorSections); unknown names hold text. */
function columnKind(name: string, section?: 'category' | 'subcategory'): ColumnKind {
  if (periodUnderDeadline(name) !== null) return 'text';
  const role = section ?? headerRole(name);
  switch (role) {
    case 'seq': return 'number';
    case 'category': return 'section';
    case 'subcategory': return 'subsection';
    case 'lead': case 'co': return 'unit';
    case 'deadline': return 'deadline';
    case 'other': return PERSON_COLUMN.test(name) ? 'person' : 'text';
    default: return 'text';
  }
}

interface Piece {
  text: string;
  /** 0-based line index. */
  line: number;
  breakBefore: boolean;
  /** Blank lines right before it (none given for a line's second cell and after). */
  blanks?: number;
  kind: CellKind;
}

/** Pieces to place, a row the assembly skips (a page number, the header repeated), or a whole row of the table. */
type Segment = { kind: 'pieces'; pieces: Piece[] } | { kind: 'row' | 'whole'; row: SourceRow };

/**
 * The lines after the header as runs of cell pieces, cut where a page number or the header
 * repeated on a later page stands (kept as rows of their own, as the assembly skips them).
 */
function dataSegments(lines: readonly string[], start: number, names: readonly string[], columns: readonly ColumnKind[], wholeCells = false, paragraphs = false): Segment[] {
  const segments: Segment[] = [];
  const figures = figureColumns(names, columns);
  let pieces: Piece[] = [];
  const flush = () => {
    if (pieces.length > 0) segments.push({ kind: 'pieces', pieces });
    pieces = [];
  };
  // Blank lines right before the line: a break (a page's, a paragraph's), several an empty cell's too (see isParagraphHeader).
  let blanks = 0;
  for (let i = start; i < lines.length; i++) {
    const text = lines[i];
    if (text === '') {
      blanks += 1;
      continue;
    }
    // One cell a paragraph: blank lines part its cells, no page's break.
    const blank = blanks > 0 && !paragraphs;
    const repeat = repeatedHeaderEnd(lines, i, names);
    if (repeat !== null) {
      flush();
      segments.push({ kind: 'row', row: { row: i + 1, cells: [...names], breakBefore: true } });
      i = repeat - 1;
      blanks = 1;
      continue;
    }
    if (isPageNumber({ row: i + 1, cells: [text], breakBefore: false })) {
      flush();
      segments.push({ kind: 'row', row: { row: i + 1, cells: [text], breakBefore: blank } });
      blanks = 1;
      continue;
    }
    const kinds = columns;
    // A progress table's gaps (`就业   人社局`) may be no blank cell: its blank cells leave no mark.
    const split = wholeCells ? null : spacedSplit(text, kinds, figures);
    // A line marking its blank cells by gaps loses only its last blank cell to the line's end.
    const lastBlank = split && split.length === columns.length - 1 && split.includes('') ? [...split, ''] : null;
    const parts = (split && split.length < columns.length ? spreadOverColumns(split, kinds, figures) : null) ?? lastBlank ?? split ?? [text];
    if (parts.length === columns.length && parts.length >= 3) {
      // A cell for each column (blank cells too): a whole row, whatever text columns stand side by side.
      flush();
      segments.push({ kind: 'whole', row: { row: i + 1, cells: parts, breakBefore: blank } });
      blanks = 0;
      continue;
    }
    parts.filter((p) => p !== '').forEach((part, k) => pieces.push({ text: part, line: i, breakBefore: k === 0 && blank, ...(k === 0 ? { blanks } : {}), kind: pageCellKind(part) }));
    blanks = 0;
  }
  flush();
  return segments;
}

/**
 * A line's cells (see splitSpacedCells). In a progress table a gap of two spaces may be no blank cell
 * (`… 已完成选址。 2000  25.0`): the split without blank cells when it gives more cells with text.
 */
function spacedSplit(text: string, kinds: readonly ColumnKind[], figures: ReadonlySet<number>): string[] | null {
  const split = splitSpacedCells(text, kinds, figures);
  if (figures.size === 0) return split;
  const single = splitSpacedCells(text.replace(/\s{2,}/g, ' '), kinds, figures);
  const filled = (cells: string[] | null) => cells?.filter((c) => c !== '').length ?? 0;
  return filled(single) > filled(split) ? single : split;
}

/**
 * The columns of a progress table holding figures: a period's (`1-8月完成情况`, `完成率%`), money (see namesFigures), and
 * beside them a target's named after the units (`目标任务`, `年度目标`: `1300人`).
 */
function figureColumns(names: readonly string[], columns: readonly ColumnKind[]): Set<number> {
  const bare = names.map((n) => n.replace(/[\s　]/g, ''));
  const money = bare.map((n) => namesFigures(n));
  if (!bare.some((n, k) => PERIOD_PROGRESS.test(n) || money[k])) return new Set();
  const firstUnit = columns.indexOf('unit');
  return new Set(bare.flatMap((n, k) => (PERIOD_PROGRESS.test(n) || money[k] || (firstUnit >= 0 && k > firstUnit && TARGET.test(n)) ? [k] : [])));
}

const TARGET = /^(?:年度)?目标(?:任务|值|数)?$/;

/** The line after the header's names written again from line `i` (a page's repeated header), or null. */
function repeatedHeaderEnd(lines: readonly string[], i: number, names: readonly string[]): number | null {
  const seen: string[] = [];
  let j = i;
  for (; j < lines.length && seen.length < names.length; j++) {
    if (lines[j] === '') continue;
    const more = lineNames(lines[j]);
    if (!more) return null;
    seen.push(...more);
  }
  return seen.length === names.length && seen.every((n, k) => n === names[k]) ? j : null;
}

/** What a text column of unknown name loses for a sentence beside a column named for the tasks. */
const UNNAMED = 1;
/** A sentence, not a name or a title (`地区生产总值`, `经济社会发展主要预期目标分解(15项)`). */
const SENTENCE = /[，,。；;.]/;

/**
 * The text columns of a name the importer does not know (`名称`) in a header naming a task or
 * requirement column: a row's one sentence goes to the named column (`序号 名称 工作任务 牵头单位`, the
 * 名称 cells empty), not to the first text column.
 */
function unnamedTextColumns(names: readonly string[], columns: readonly ColumnKind[]): boolean[] {
  const roles = names.map(headerRole);
  const named = roles.some((r) => r === 'task' || r === 'requirement');
  return names.map((_, j) => named && columns[j] === 'text' && roles[j] === null);
}

/** A rebuilt row: its pieces per column (a lone row holds one piece, in no column). */
interface PlacedRow {
  cells: Array<Piece[] | undefined>;
  lone?: Piece;
}

// Scores of the placement (see placeLines); a piece in a column of its kind scores 3 (see fit).
/** Starting a row. */
const ROW = 1;
/** Each leading column a row lacks (a merged cell above). */
const LEAD = 0.25;
/** A row starting after the 序号 column of a numbered table (a second task under one number is rare). */
const NO_NUMBER = 2;
/** Each column left blank between two of a row's cells. */
const GAP = 0.5;
/** Each blank line more than one between two paragraphs with no empty cell between them to stand for it. */
const EMPTY_CELL = 2;
/** A paragraph's line starting a cell. */
const ONE_PARAGRAPH = 4;
/** A task's cell going on in a paragraph of its own (a report's cell more often holds several). */
const TASK_PARAGRAPH = 0.5;
/** A section heading as a row of its own. */
const LONE = 2;
/** A whole sentence left after the table (see afterCost). */
const AFTER_SENTENCE = 1.5;
/** A row without text in a text column; without a unit or deadline. */
const NO_TEXT = 4;
const NO_OTHER = 2;
/** A line going on with the cell above: text wrapped (unfinished, finished), units one a line (a name, a list). */
const WRAPPED = 2;
const NEXT_PARAGRAPH = -1;
const WRAPPED_ODD = 1;
/** The longest rest of a deadline on a line of its own, and its score: above a cell of its own, as the two read as one deadline. */
const WRAPPED_DEADLINE = 4;
const DEADLINE_REST = 4;
const NEXT_UNIT = 2;
/** A cell's next numbered paragraph: as good as a cell of its own. */
const NUMBERED_NEXT = 3;
const MORE_UNITS = 0.5;
/**
 * Units one a line running from one unit column into the next (责任单位 then 协办单位), nothing
 * marking where the first cell ends: it holds one unit (a lead or 责任 cell names one far more often
 * than several, and the first of a list leads), the rest are the next cell's. Only a tie-break.
 */
const FIRST_UNIT_CELL = 0.1;

const HAS_TEXT = 1;
const HAS_OTHER = 2;
/** The row is the table's first (see placeLines). */
const FIRST_ROW = 4;
const FLAG_SLOTS = 8;

/**
 * How well a piece fits a column (see fit), with what page text adds: a heading in a text column
 * followed by another text column is that row's title (`一、…` / `（一）…` before the 主要内容), a
 * short name of no known ending may be a unit, and a blank mark is a unit's or a deadline's.
 */
/** The longest text read as a unit's name in a unit column. */
const SHORT_NAME = 10;

function fitAt(piece: Piece, columns: readonly ColumnKind[], j: number): number {
  const column = columns[j];
  // A person's column (`牵头领导`) holds names, not the task beside it.
  if (column === 'person') return piece.kind === 'empty' ? 0 : piece.kind === 'text' && isNameLike(piece.text) ? 3 : -2;
  // …and a person's name beside it is no task's text.
  if (column === 'text' && columns.includes('person') && piece.kind === 'text' && isPersonName(piece.text)) return -2;
  if (column === 'text' && (piece.kind === 'section' || piece.kind === 'subsection') && columns.slice(j + 1).includes('text')) return 3;
  // A section column before the text ones (`重点项目`) names its rows' group by a bare name (`公共卫生`), no sentence.
  if (column === 'section' && piece.kind === 'text' && !columns.slice(0, j).includes('text') && /^[\u4e00-\u9fa5]{2,10}$/.test(piece.text)) return 3;
  // A section's bare number (`（一）`, `二`) is the 序号 column's, its title the next cell (see takeCategoryNumber).
  if (column === 'number' && parseCategoryNumber(piece.text) !== null) return 3;
  // A subsection's title numbered `1.…` (a `二级指标`'s cell) is the subsection column's.
  if (column === 'subsection' && piece.kind === 'text' && ITEM.test(piece.text)) return 3;
  // A blank mark (`/`) stands for a unit or a deadline, never a number or a title.
  if (piece.kind === 'empty') return column === 'unit' || column === 'deadline' ? 0 : -2;
  // A district or zone named bare (`经开区`, `高新区(某镇)`) is a unit column's: the place's government.
  if (column === 'unit' && isPlacePiece(piece)) return fit('unit', column, piece.text);
  // A short name of no known ending may be a unit (`县残联`), a sentence may not.
  if (column === 'unit' && piece.kind === 'text' && piece.text.length <= SHORT_NAME && !/[，。；、,.;:：\s]/.test(piece.text)) return 1;
  // A 进度要求 cell states its stages in sentences (`一季度完成立项，…；四季度完成…`): the deadline's, as a date of its own.
  if (column === 'deadline' && piece.kind === 'text' && opensWithDeadline(piece.text)) return fit('deadline', column, piece.text);
  return fit(piece.kind, column, piece.text);
}

/** A line naming a place bare (`经开区`, `高新区(邹区镇)`): no unit's ending, yet a unit column's name. */
function isPlacePiece(piece: Piece): boolean {
  return piece.kind === 'text' && isBarePlace(piece.text);
}

/** A sentence whose first clause is a deadline (`三季度完成60%任务，…`, `6月底前完成招标；…`). */
function opensWithDeadline(text: string): boolean {
  const first = text.trim().split(/[，,；;。]/)[0];
  return first.length < text.trim().length && pageCellKind(first) === 'deadline';
}

function pieceFlags(piece: Piece, column: ColumnKind): number {
  if (column === 'text') return piece.kind === 'number' || piece.kind === 'empty' ? 0 : HAS_TEXT;
  if (piece.kind === 'empty') return column === 'unit' || column === 'deadline' ? HAS_OTHER : 0;
  // A number alone does not make a row: it still wants who does the task or by when.
  if ((piece.kind === 'unit' || piece.kind === 'deadline') && column === piece.kind) return HAS_OTHER;
  if (column === 'unit' && isPlacePiece(piece)) return HAS_OTHER;
  if (column === 'deadline' && piece.kind === 'text' && opensWithDeadline(piece.text)) return HAS_OTHER;
  return 0;
}

function closing(flags: number): number {
  return ((flags & HAS_TEXT) === 0 ? NO_TEXT : 0) + ((flags & HAS_OTHER) === 0 ? NO_OTHER : 0);
}

const ITEM = /^(\d{1,2})([.．、])/;
/** `①`…`⑳`, `⑴`…`⒇`: numbers of one character (two runs of twenty), each after the one before it in its run. */
const ONE_CHARACTER_NO = new RegExp(`^(?:(${CIRCLED_NUMBER})|${BRACKETED_NUMBER})`);

/** Whether `text` opens with the number after the one `before` opens with, written the same way (`1.` → `2.`, `①` → `②`). */
function nextItem(before: string, text: string): boolean {
  const a = ITEM.exec(before.trim());
  const b = ITEM.exec(text.trim());
  if (a !== null && b !== null) return a[2] === b[2] && Number(b[1]) === Number(a[1]) + 1;
  const c = ONE_CHARACTER_NO.exec(before.trim());
  const d = ONE_CHARACTER_NO.exec(text.trim());
  return c !== null && d !== null && (c[1] === undefined) === (d[1] === undefined) && circledValue(d[0]) === circledValue(c[0]) + 1;
}

/** A sentence of a task's length closed by its full stop (`…并主动公开。`): no unit's name, nor a page's footer. */
function isWholeSentence(piece: Piece): boolean {
  return piece.kind === 'text' && piece.text.length > 2 * SHORT_NAME && /[，,]/.test(piece.text) && /[。；;]$/.test(piece.text);
}

/**
 * What a piece left after the table costs: a whole sentence there is more likely a row whose unit
 * and deadline are merged above (a web page stores a merged cell once) than the page's footer.
 */
function afterCost(piece: Piece): number {
  return isWholeSentence(piece) ? AFTER_SENTENCE : 0;
}

/** The score of `piece` going on with the cell holding `before` in a column of kind `column`, or null when it cannot. */
function continuation(before: Piece, piece: Piece, column: ColumnKind, persons = false): number | null {
  if (column === 'text' && (before.kind === 'text' || before.kind === 'section' || before.kind === 'subsection')) {
    // `1.启动…` then `2.加快…`: the next of a cell's numbered paragraphs, not a row's task.
    if (nextItem(before.text, piece.text)) return NUMBERED_NEXT;
    const closed = endsWithClosingPunctuation(before.text);
    if (piece.kind === 'text') return closed ? NEXT_PARAGRAPH : WRAPPED;
    // The rest of an unfinished sentence may read as a deadline or a unit (`持续推进政务公开`).
    if (!closed && (piece.kind === 'deadline' || piece.kind === 'unit')) return WRAPPED_ODD;
  }
  // Units and bare places one a line (`区发改局` / `经开区` / `各街道`): each the next name.
  if (column === 'unit' && (isPlacePiece(before) || isPlacePiece(piece)) && (before.kind === 'unit' || isPlacePiece(before)) && (piece.kind === 'unit' || isPlacePiece(piece))) return NEXT_UNIT;
  // A whole sentence after a unit cell is the next row's task, never the rest of a unit's name (`…按职责负责` / `依据…，…。`).
  if (column === 'unit' && before.kind === 'unit' && !isWholeSentence(piece) && (piece.kind === 'unit' || endsWithSeparator(before.text) || endsWithCutUnit(before.text))) {
    const single = (t: string) => splitUnitList(t).length === 1 && !endsWithSeparator(t);
    return single(before.text) && single(piece.text) || endsWithSeparator(before.text) ? NEXT_UNIT : MORE_UNITS;
  }
  // `区投促局、园区建设专班` after a unit cell: its list going on, its last name of no unit ending (or cut by the page's store).
  if (column === 'unit' && before.kind === 'unit' && piece.kind === 'text' && opensUnitList(piece.text)) return NEXT_UNIT;
  // Several persons one a line in a leader's column (`张三` / `李四`).
  if (column === 'person' && isNameLike(before.text) && isNameLike(piece.text)) return NEXT_UNIT;
  if (column === 'section' && before.kind === 'section' && piece.kind === 'text' && piece.text.length <= 16) return WRAPPED;
  // A deadline wrapped in its narrow column: `2025年6月` / `底前`; a bare number after a whole date (`2025年12月` / `7300`) is the next cell's figure.
  const figure = /^\d+$/.test(piece.text) && !UNFINISHED_DATE.test(before.text);
  // Beside a leaders' column, a name after the deadline (`6月底前` / `王立新`) is the leader's, unless it holds a date's word (`底前`); a unit's name (`综合股`) is the unit column's.
  const personNext = persons && !DATE_WORD.test(piece.text);
  if (column === 'deadline' && before.kind === 'deadline' && piece.kind !== 'number' && piece.kind !== 'unit' && !figure && !personNext && piece.text.length <= WRAPPED_DEADLINE && pageCellKind(before.text + piece.text) === 'deadline') return DEADLINE_REST;
  return null;
}

/** A word only a date's rest holds (`底前`, `30日`), never a person's name. */
const DATE_WORD = /[\d年月日底前内止旬季初末]/;

/** A date stopping at a separator (`2025.`, `2025年`): its wrapped rest may be a bare number. */
const UNFINISHED_DATE = /[.．\-/年]$/;

/**
 * The best reading of a run of pieces as rows (dynamic programming over pieces × columns × what
 * the row holds so far): each piece starts a cell in a later column of its row, goes on with the
 * cell above, starts a row, or (a section heading) is a row of its own. With `trailing`, pieces
 * at the end that fit no row (`分享到:`, a page's footer) are left after the table. With
 * `wholeCells` (the text marked where each cell ends), no piece goes on with the one above.
 */
/**
 * The text giving one cell a paragraph (see isParagraphHeader): `opens` when the pieces open the
 * table, its first row having no row above to merge cells down from; `task` the column named for
 * the tasks (-1 when none).
 */
interface Paragraphs {
  opens: boolean;
  task: number;
}

/** The first column named for the tasks (`工作任务`, `具体要求`), -1 when none. */
function taskColumn(names: readonly string[]): number {
  return names.findIndex((n) => ['task', 'requirement'].includes(headerRole(n) ?? ''));
}

function placeLines(pieces: readonly Piece[], columns: readonly ColumnKind[], trailing: boolean, wholeCells = false, unnamed: readonly boolean[] = [], paragraphs: Paragraphs | null = null): { rows: PlacedRow[]; after: Piece[]; misfits: number } {
  const fitHere = (piece: Piece, j: number) => fitAt(piece, columns, j) - (unnamed[j] && piece.kind === 'text' && SENTENCE.test(piece.text) ? UNNAMED : 0);
  const w = columns.length;
  // One cell a paragraph: a blank line more for each empty cell passed (`…。` / 4 blank lines / `（一）`: the row's last four cells empty).
  const unmarked = (piece: Piece, passed: number) => (paragraphs ? Math.max(0, (piece.blanks ?? 0) - 1 - passed) * EMPTY_CELL : 0);
  // …and a line with no blank line before it the same paragraph's, its cell's (`区卫健局` / `区财政局`).
  const parted = (piece: Piece) => (paragraphs && piece.blanks === 0 ? ONE_PARAGRAPH : 0);
  // A cell's next line: of its paragraph (no blank line before) as good as wrapped; a task's next paragraph less likely than a report's.
  const goingOn = (piece: Piece, j: number, going: number) => (!paragraphs ? going : piece.blanks === 0 ? Math.max(going, WRAPPED) : going - (j === paragraphs.task ? TASK_PARAGRAPH : 0));
  // The table's first row lacks no cell merged from above: its empty last cells each leave a blank line before the next row.
  const unfilled = (piece: Piece, flags: number, last: number) => ((flags & FIRST_ROW) !== 0 ? Math.max(0, w - 1 - last - ((piece.blanks ?? Infinity) - 1)) * EMPTY_CELL : 0);
  const LONE_STATE = w;
  const AFTER = w + 1;
  const states = w + 2;
  const n = pieces.length;
  const seq = columns.indexOf('number');
  const persons = columns.includes('person');
  // score[i][state * FLAG_SLOTS + flags]; back pointers to the previous state and how the piece was placed.
  const score: Float64Array[] = [];
  const back: Int32Array[] = [];
  const how: Int8Array[] = [];
  const CELL = 0;
  const CONTINUE = 1;
  const NEW_ROW = 2;
  const key = (state: number, flags: number) => state * FLAG_SLOTS + flags;
  for (let i = 0; i < n; i++) {
    score.push(new Float64Array(states * FLAG_SLOTS).fill(-Infinity));
    back.push(new Int32Array(states * FLAG_SLOTS).fill(-1));
    how.push(new Int8Array(states * FLAG_SLOTS).fill(-1));
  }
  const offer = (i: number, k: number, value: number, from: number, kind: number) => {
    if (value > score[i][k]) {
      score[i][k] = value;
      back[i][k] = from;
      how[i][k] = kind;
    }
  };
  const heading = (p: Piece) => p.kind === 'section' || p.kind === 'subsection';
  const firstOfUnitColumns = (j: number) => columns[j] === 'unit' && columns[j + 1] === 'unit';
  for (let i = 0; i < n; i++) {
    const piece = pieces[i];
    // `after`: the column of the row above's last cell (the row's empty cells after it are passed), or null.
    const startRow = (base: number, from: number, maxColumn: number, after: number | null = null, first = 0) => {
      for (let j = 0; j <= maxColumn && j < w; j++) {
        const unnumbered = seq >= 0 && j > seq ? NO_NUMBER : 0;
        const passed = after === null ? Infinity : w - 1 - after + j;
        offer(i, key(j, pieceFlags(piece, columns[j]) | first), base + fitHere(piece, j) - ROW - LEAD * j - unnumbered - unmarked(piece, passed) - parted(piece), from, NEW_ROW);
      }
      if (heading(piece)) offer(i, key(LONE_STATE, HAS_TEXT | HAS_OTHER), base + LONE, from, NEW_ROW);
    };
    if (i === 0) {
      startRow(0, -1, w - 1, null, paragraphs?.opens ? FIRST_ROW : 0);
      continue;
    }
    const before = pieces[i - 1];
    for (let state = 0; state < states; state++) {
      for (let flags = 0; flags < FLAG_SLOTS; flags++) {
        const from = key(state, flags);
        const base = score[i - 1][from];
        if (base === -Infinity) continue;
        if (state === AFTER) {
          offer(i, from, base - afterCost(piece), from, CELL);
          continue;
        }
        const closed = state === LONE_STATE ? base : base - closing(flags);
        if (trailing) offer(i, key(AFTER, 0), closed - afterCost(piece), from, CELL);
        if (state === LONE_STATE) {
          startRow(closed, from, w - 1);
          continue;
        }
        for (let j = state + 1; j < w; j++) {
          offer(i, key(j, flags | pieceFlags(piece, columns[j])), base + fitHere(piece, j) - GAP * (j - state - 1) - unmarked(piece, j - state - 1) - parted(piece), from, CELL);
        }
        const going = wholeCells ? null : continuation(before, piece, columns[state], persons);
        if (going !== null) offer(i, key(state, flags | pieceFlags(piece, columns[state])), base + goingOn(piece, state, going) - (firstOfUnitColumns(state) ? FIRST_UNIT_CELL : 0) - unmarked(piece, 0), from, CONTINUE);
        startRow(closed - unfilled(piece, flags, state), from, state, state);
      }
    }
  }
  // The best end, then back along the pointers.
  let end = -1;
  let best = -Infinity;
  for (let state = 0; state < states; state++) {
    for (let flags = 0; flags < FLAG_SLOTS; flags++) {
      const base = score[n - 1][key(state, flags)];
      const value = state < w ? base - closing(flags) : base;
      if (value > best) [best, end] = [value, key(state, flags)];
    }
  }
  const path: Array<{ state: number; how: number }> = [];
  for (let i = n - 1, k = end; i >= 0; i--) {
    path.push({ state: Math.floor(k / FLAG_SLOTS), how: how[i][k] });
    k = back[i][k];
  }
  path.reverse();
  const rows: PlacedRow[] = [];
  const after: Piece[] = [];
  let misfits = 0;
  path.forEach(({ state, how: placed }, i) => {
    const piece = pieces[i];
    if (state < w && placed !== CONTINUE && fitAt(piece, columns, state) < 0) misfits += 1;
    if (state === AFTER) {
      after.push(piece);
      return;
    }
    if (state === LONE_STATE) {
      rows.push({ cells: [], lone: piece });
      return;
    }
    if (placed === NEW_ROW || rows.length === 0) rows.push({ cells: Array<Piece[] | undefined>(w).fill(undefined) });
    const row = rows[rows.length - 1];
    (row.cells[state] ??= []).push(piece);
  });
  return { rows, after, misfits };
}

/**
 * A placed row as the assembly reads rows: a cell's lines joined (wrapped text without a break,
 * units and paragraphs one a line); the columns it lacks before its first cell continue the
 * merged cells above, and so do all it lacks when a numbered table's row has no number (a
 * second task under one number).
 */
function toSourceRow(placed: PlacedRow, columns: readonly ColumnKind[], numbered: boolean): SourceRow {
  if (placed.lone) return { row: placed.lone.line + 1, cells: [placed.lone.text], breakBefore: placed.lone.breakBefore };
  const first = placed.cells.findIndex((c) => c !== undefined);
  const firstPiece = placed.cells[first]![0];
  // Persons one a line are names of their own, never a name wrapped.
  const cells = placed.cells.map((pieces, c) => (!pieces ? '' : columns[c] === 'person' ? pieces.map((p) => p.text).join('\n') : joinPieces(pieces, columns[c] === 'unit')));
  const seq = columns.indexOf('number');
  const lacksNumber = numbered && seq >= 0 && placed.cells[seq] === undefined;
  const continued = columns.map((_, c) => c).filter((c) => placed.cells[c] === undefined && (c < first || lacksNumber));
  const row: SourceRow = { row: firstPiece.line + 1, cells, breakBefore: firstPiece.breakBefore };
  if (continued.length > 0) row.continued = continued;
  return row;
}

/** `各有关单位`, `各管线产权单位`: a group of units, a whole name though no unit's ending. */
const GROUP_END = /单位$/;

function joinPieces(pieces: readonly Piece[], units = false): string {
  let text = pieces[0].text;
  for (let k = 1; k < pieces.length; k++) {
    const before = pieces[k - 1];
    const piece = pieces[k];
    // In a unit column a name of its own (`市体育局`) after a whole name (`市住建局`, a group's `各管线产权单位`) is the next name.
    const nextName = units && ((piece.kind === 'unit' && (endsLikeUnit(before.text) || GROUP_END.test(before.text))) || isPlacePiece(before) || isPlacePiece(piece));
    // The next of a cell's numbered paragraphs (`⑥…工程.` / `⑦…`) starts a line of its own however the one before ends.
    const wrapped = nextName || nextItem(before.text, piece.text) ? false : before.kind === 'unit' ? endsWithSeparator(text) || endsWithCutUnit(text) : before.kind === 'deadline' || !endsWithClosingPunctuation(text);
    text += (wrapped ? '' : '\n') + piece.text;
  }
  return text;
}
