import { isDateSchedule, isDeadlineLike, isMostlyUnits, isUnitLike } from './column-content';
import { isRepeatedHeader, type HeaderMatch } from './header';
import { PERSON_COLUMN } from './header-words';
import { isPageNumber, NOTE } from './page-furniture';
import { parseCategoryHeading } from './section-heading';
import type { SourceRow, SourceTable } from './types';
import { SEQ_NUMBER } from './seq-number';
import { isPersonName } from './unit-persons';
import { readLabel } from './unit-label';
import { isFigure } from './value-column';

/**
 * What a cell holds, as far as lining it up with a column goes. `title`: a short name with no
 * sentence's marks (`公共文化服务`, a 指标 or a project's name), lined up apart from a task's sentence.
 */
export type CellKind = 'empty' | 'section' | 'subsection' | 'number' | 'unit' | 'deadline' | 'person' | 'text' | 'title';

/** `/`, `—`, `无`: a cell left without a value, which may stand in any column. */
const NO_VALUE = /^(?:[/／\\—–-]+|无|暂无)$/;

/**
 * A table copied from a web page as text: a cell merged down (`rowspan`) is in its first row only,
 * so the rows below lack it and their cells shift left; a header cell over two columns (`colspan`)
 * is one cell. The header is widened to the rows' width where its names fit the columns best, and
 * each short row's cells are put in the columns whose cells they resemble; the columns a row lacks
 * are marked as continuing the cell above (what a merge means).
 */
export function alignCopiedRows(table: SourceTable, header: HeaderMatch): SourceTable {
  const rows = table.rows;
  const after = rows.slice(header.index + 1);
  const headerRow = rows[header.index];
  // A header repeated at a page break (`⇥⇥工作任务⇥牵头单位⇥完成时限`, a blank cell more) says nothing of the rows' width.
  const width = fullWidth(after.filter((r) => !isRepeatedHeader(r)), headerRow.cells.length);
  if (header.start !== header.index || width < 3) return table;
  const complete = after.filter((r) => r.cells.length === width && !isRepeatedHeader(r));
  // Rows padded at their end say the columns' kinds only when no row is full without padding (every 备注 left blank).
  const unpadded = complete.filter((r) => r.padded !== true);
  const full = unpadded.length > 0 ? unpadded : complete;
  const short = after.filter((r) => (r.cells.length >= 2 && r.cells.length < width) || lacksCells(r));
  // One full row is enough to line the others up by (a page's store may keep only the first rows);
  // with none (a report's rows all below a merged cell's first), the header's names say the kinds.
  if (short.length === 0 && headerRow.cells.length >= width) return table;
  const found = full.length > 0 ? columnKinds(full, width) : short.length >= 2 && headerRow.cells.length === width ? headerKinds(header, width) : null;
  if (found === null) return table;
  const kinds = headerRow.cells.length === width ? withNamesColumns(found, header) : found;
  const seen = full.length > 0 ? seenKinds(full, width) : kinds.map((k) => new Set([k]));
  const widened = headerRow.cells.length < width ? widenHeader(headerRow.cells, kinds, header) : headerRow.cells;
  let afterBreak = false;
  let afterRow = false;
  return {
    ...table,
    rows: rows.map((r, i) => {
      if (i === header.index) return { ...r, cells: widened };
      if (i < header.index) return r;
      // The first row of a page (PDF text) may be the rest of a row cut by the break: lined up, but
      // what it lacks was never merged with the row above.
      const cut = afterBreak || r.breakBefore;
      afterBreak = isPageNumber(r) || isRepeatedHeader(r);
      const remnant = !cut && afterRow && isTaskRemnant(r, kinds);
      afterRow = r.cells.length >= 2 || remnant;
      if (remnant) return alignRow(r, kinds, seen, true);
      if (lacksCells(r)) return alignPadded(r, kinds, seen, !cut);
      if (r.cells.length < 2 || r.cells.length >= width) return r;
      return alignRow(r, kinds, seen, !cut);
    }),
  };
}

/** A row padded with blank cells at its end (see SourceRow.padded) holding at least two cells before them. */
function lacksCells(row: SourceRow): boolean {
  return row.padded === true && withoutPadding(row).length >= 2;
}

function withoutPadding(row: SourceRow): string[] {
  let end = row.cells.length;
  while (end > 0 && row.cells[end - 1].trim() === '') end -= 1;
  return row.cells.slice(0, end);
}

/**
 * A padded row lined up as a short one: its cells where their kinds fit, the columns it lacks
 * continuing the merged cells above; a row whose cells stay where they stood keeps its blank end blank.
 */
function alignPadded(row: SourceRow, kinds: readonly CellKind[], seen: ReadonlyArray<ReadonlySet<CellKind>>, merged: boolean): SourceRow {
  const aligned = alignRow({ ...row, cells: withoutPadding(row) }, kinds, seen, merged);
  return aligned.cells.every((c, i) => c === row.cells[i]) ? row : aligned;
}

/**
 * The table's width: the header's, or more when at least two data rows are wider, or the widest
 * row is (a header cell over two columns). Rows lacking merged cells are short, and may well be most of them.
 */
export function fullWidth(rows: readonly SourceRow[], headerWidth: number): number {
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
  let width = headerWidth;
  // A single wider row too, when it is the widest: a table cut after its first rows (the page store).
  const widest = Math.max(...counts.keys());
  for (const [w, count] of counts) if ((count >= 2 || w === widest) && w > width) width = w;
  return width;
}

/**
 * A row of one cell under a table whose first column holds units (`牵头单位` merged down, then the
 * task, then `责任单位` merged down too): a sentence there is a task whose other cells are merged
 * above, never a title spanning the row (a title never stands beside the units' column first).
 */
function isTaskRemnant(row: SourceRow, kinds: readonly CellKind[]): boolean {
  return row.cells.length === 1 && kinds[0] === 'unit' && (kinds.includes('text') || kinds.includes('title')) && cellKind(row.cells[0]) === 'text' && !NOTE.test(row.cells[0].trim());
}

export function cellKind(cell: string): CellKind {
  const text = cell.trim();
  if (text === '' || NO_VALUE.test(text)) return 'empty';
  const heading = parseCategoryHeading(text);
  if (heading) return heading.level === 1 ? 'section' : 'subsection';
  if (SEQ_NUMBER.test(text)) return 'number';
  if (isDeadlineLike(text)) return 'deadline';
  if (isUnitLike(text) || isMostlyUnits(text) || opensWithUnitLabel(text)) return 'unit';
  if (isPersonsCell(text)) return 'person';
  return 'text';
}

/** `牵头单位:X;责任部门:Y`: a unit cell saying who leads, whatever its units' names end in (`各村按职责分工负责`). */
function opensWithUnitLabel(text: string): boolean {
  const kind = readLabel(text)?.kind;
  return kind === 'lead' || kind === 'co' || kind === 'units';
}

/** `钱 宇`, `王嵘\n方勇`: the persons in charge (a 牵头领导 column), no text a task may be. */
function isPersonsCell(text: string): boolean {
  // Names apart by a list's mark or a wide gap; a two-character name padded with spaces (`汪  峰`) is one.
  return text.split(/[\n、，,]|\s{3,}/).every((name) => name.replace(/[\s　]/g, '').length <= 3 && isPersonName(name.trim()));
}

/**
 * A cell's kind for lining rows up: a target's figure (`1300`, `5.6亿元`) is a number like a 序号
 * (`250`), so that a row's figure finds the column of the full row's.
 */
function alignKind(cell: string): CellKind {
  const kind = cellKind(cell);
  if (kind !== 'text') return kind;
  if (isDateSchedule(cell)) return 'deadline';
  if (isFigure(cell)) return 'number';
  return cell.trim().length <= TITLE_LENGTH && !SENTENCE_MARK.test(cell) ? 'title' : 'text';
}

/** The marks of a sentence, which a short name (a 指标, a project, `精准扶贫:饮水安全`) does not hold. */
const SENTENCE_MARK = /[。；;，,！!？?]/;

/**
 * A column's kind as its full rows show it: a short name is text there (one full row's short task
 * says nothing of its column); only the header's names make a column one of names (withNamesColumns).
 */
function asColumnKind(kind: CellKind): CellKind {
  return kind === 'title' ? 'text' : kind;
}

/** The columns the header names as sections (`考核指标`, `类别`) hold short names, where a task's sentence does not belong. */
function withNamesColumns(kinds: readonly CellKind[], header: HeaderMatch): CellKind[] {
  const names = new Set([header.columns.category, header.columns.subcategory]);
  return kinds.map((k, c) => (k === 'text' && names.has(c) ? 'title' : k));
}

/** Each column's most frequent kind among the full rows (blank cells aside). */
function columnKinds(full: readonly SourceRow[], width: number): CellKind[] {
  return Array.from({ length: width }, (_, c) => {
    const counts = new Map<CellKind, number>();
    for (const r of full) {
      const kind = asColumnKind(alignKind(r.cells[c]));
      if (kind !== 'empty') counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    let best: CellKind = 'empty';
    for (const [kind, n] of counts) if (n > (counts.get(best) ?? 0)) best = kind;
    return best;
  });
}

/**
 * Every kind each column's full rows hold: a 完成时限 column may hold a bare date in one row and a
 * sentence setting one in the next (`4月：…` / `根据…8月底前…`), both of which fit it.
 */
function seenKinds(full: readonly SourceRow[], width: number): Array<Set<CellKind>> {
  return Array.from({ length: width }, (_, c) => new Set(full.map((r) => asColumnKind(alignKind(r.cells[c]))).filter((k) => k !== 'empty')));
}

/** A cell of a kind the column's full rows also hold, though not most often. */
const SEEN_FIT = 2;

/** A category title standing without its number is short; a task's text is not. */
const TITLE_LENGTH = 16;

/** How well a cell of one kind fits a column of another: 3 the same kind, 0 a blank, -2 a misfit. */
export function fit(cell: CellKind, column: CellKind, text: string): number {
  if (cell === 'empty' || column === 'empty') return 0;
  if (cell === column) return 3;
  // A short name may well be a task (`新增城镇就业`); a sentence is a names' column's only when nothing fits better.
  if (cell === 'title' && column === 'text') return 3;
  if (cell === 'text' && column === 'title') return 1;
  const textual = cell === 'text' || cell === 'title';
  if (textual && (column === 'section' || column === 'subsection')) return text.trim().length <= TITLE_LENGTH ? 0 : -2;
  if ((cell === 'section' || cell === 'subsection') && (column === 'text' || column === 'title')) return 1;
  return -2;
}

/** A column left out between two of a row's cells: merges mostly leave out the first or last columns. */
const INNER_GAP = 0.5;

/**
 * The row's cells in order, each in a column (DP over cells × columns): the placement whose cells
 * best fit their columns, with as few columns left out between cells as may be; on a tie, the one
 * lacking the leftmost columns (merges are mostly there).
 */
function alignRow(row: SourceRow, kinds: readonly CellKind[], seen: ReadonlyArray<ReadonlySet<CellKind>>, merged: boolean): SourceRow {
  const n = row.cells.length;
  const w = kinds.length;
  const cellKinds = row.cells.map(alignKind);
  // best[i][j]: best score with cell i in column j (and the cells before it to its left).
  const best: number[][] = Array.from({ length: n }, () => Array<number>(w).fill(-Infinity));
  const from: number[][] = Array.from({ length: n }, () => Array<number>(w).fill(-1));
  for (let i = 0; i < n; i++) {
    for (let j = i; j < w - (n - 1 - i); j++) {
      const fits = fit(cellKinds[i], kinds[j], row.cells[i]);
      const here = fits < 0 && seen[j].has(cellKinds[i]) ? SEEN_FIT : fits;
      if (i === 0) {
        best[i][j] = here;
        continue;
      }
      for (let k = i - 1; k < j; k++) {
        const score = best[i - 1][k] - (k < j - 1 ? INNER_GAP : 0) + here;
        if (score >= best[i][j]) [best[i][j], from[i][j]] = [score, k];
      }
    }
  }
  let j = 0;
  for (let c = 0; c < w; c++) if (best[n - 1][c] >= best[n - 1][j]) j = c;
  const cells = Array<string>(w).fill('');
  const placed = new Set<number>();
  for (let i = n - 1; i >= 0; i--) {
    cells[j] = row.cells[i];
    placed.add(j);
    j = from[i][j];
  }
  if (!merged) return { ...row, cells };
  const continued = kinds.map((_, c) => c).filter((c) => !placed.has(c));
  return { ...row, cells, continued: [...new Set([...(row.continued ?? []), ...continued])].sort((a, b) => a - b) };
}

/** The kind of cell each column's header name asks for: 序号 a number, units, dates, persons (`分管领导`), else text. */
function headerKinds(header: HeaderMatch, width: number): CellKind[] {
  const byRole: Partial<Record<string, CellKind>> = { seq: 'number', lead: 'unit', co: 'unit', deadline: 'deadline' };
  return Array.from({ length: width }, (_, c) => {
    const role = Object.entries(header.columns).find(([, i]) => i === c)?.[0];
    if (role !== undefined) return byRole[role] ?? 'text';
    const other = header.others?.find((o) => o.index === c);
    return other && PERSON_COLUMN.test(other.name) ? 'person' : 'text';
  });
}


/** Blank header cells added after the name whose columns hold two kinds (`工作任务` over a name and a text). */
function widenHeader(cells: readonly string[], kinds: readonly CellKind[], header: HeaderMatch): string[] {
  const extra = kinds.length - cells.length;
  let bestCells: string[] = [...cells, ...Array<string>(extra).fill('')];
  let bestScore = -Infinity;
  for (let k = 0; k < cells.length; k++) {
    const candidate = [...cells.slice(0, k + 1), ...Array<string>(extra).fill(''), ...cells.slice(k + 1)];
    const score = candidate.reduce((s, name, c) => s + nameFit(name, kinds[c], header, cells.indexOf(name)), 0);
    if (score > bestScore) [bestScore, bestCells] = [score, candidate];
  }
  return bestCells;
}

/** How well a header name fits a column of the given kind. */
function nameFit(name: string, kind: CellKind, header: HeaderMatch, index: number): number {
  if (name === '') return 0;
  const role = Object.entries(header.columns).find(([, i]) => i === index)?.[0];
  const wanted: Record<string, CellKind[]> = {
    seq: ['number'], lead: ['unit'], co: ['unit'], deadline: ['deadline'], category: ['section', 'text', 'title'], subcategory: ['subsection', 'text', 'title'],
    task: ['text', 'subsection', 'title'], requirement: ['text', 'title'],
  };
  if (role === undefined) return 0;
  return wanted[role]?.includes(kind) ? 2 : -2;
}
