import { cellKind, type CellKind } from './copied-rows';
import { splitUnitList } from './unit-cells';
import { isFigure } from './value-column';

/** A deadline cell is a short phrase: `2024年6月底前`, `9月投入使用`, `持续推进`. */
const MAX_DEADLINE = 14;

/**
 * What a line of page text holds (see cellKind), knowing that page text cuts a task's sentence
 * into lines: a line ending in `。`, quoting (`“十百千万”`) or longer than a deadline is no
 * deadline (`定期公开重大民生实事项目执行情况。`, `实时发布电子商务“十百千万”行动`), and one unit's name
 * ending in `。` is a sentence (`建成县残疾人综合服务中心。`); a list of units may end in `。`.
 */
export function pageCellKind(text: string): CellKind {
  const kind = cellKind(text);
  // A line of page text may be the end of a wrapped sentence (`建设。`, `推进`): no person told by it.
  if (kind === 'person') return 'text';
  const sentence = /。$/.test(text);
  if (kind === 'deadline' && (sentence || text.length > MAX_DEADLINE || /[“”"《》]/.test(text))) return 'text';
  if (kind === 'unit' && sentence && splitUnitList(text).length === 1) return 'text';
  return kind;
}

/** More pieces than this between spaces: a paragraph, not a row. */
const MAX_PIECES = 12;

/**
 * A row whose cells page text separates by single spaces (`1 地区生产总值增长6.5%左右。 区发改委 区政府各部门…`):
 * its cells, when the line splits at spaces into plausible cells of the table — a number, a unit
 * list, a deadline, a blank mark (`/`) each in a column of that kind, cells of text in text columns
 * (two only with a unit, deadline or number between them, or side by side in a cell for each column;
 * two spaces leave a blank cell, given as ''), a section title only first and only beside a number,
 * unit or deadline — in its columns' order; the split giving most cells (a cell may hold spaces: `凝聚合力 狠抓工作落实`). Null
 * when no such split exists: ordinary text holding spaces (`2024 年 8 月`, `凝聚合力 狠抓工作落实`) is
 * never split. `columns`: the kind of each column, in order; `figures`: the text columns that hold a
 * period's figures (`1-8月完成情况`, `完成率%`), where a bare number (`7356`) is the figure, no 序号.
 */
export function splitSpacedCells(line: string, columns: readonly CellKind[], figures: ReadonlySet<number> = new Set()): string[] | null {
  // Two spaces or more leave a blank cell between (`2  严守用水…`: a merged 类别 left empty).
  const blanks = splitAt(line.trim().replace(/\s{2,}/g, ` ${BLANK} `).split(/\s/), columns, figures);
  // Cells a single space apart, wider gaps inside a persons' cell only (`汪  峰   吴蓓蓓`, names padded to one width).
  const parts = blanks === null ? singleSpacedPieces(line) : null;
  if (parts === null) return blanks;
  return parts.every((p) => !/\s{2,}/.test(p) || cellKind(p) === 'person') ? splitAt(parts, columns, figures) : null;
}

/**
 * `区发改委 区政府各部门  汪  峰`, `牵头   责任单位 完成时限`: a line's pieces between single spaces, wider
 * gaps kept inside a piece; null when the line has no single space, or no wider gap (its spaces all alike).
 */
export function singleSpacedPieces(line: string): string[] | null {
  const text = line.trim();
  return /\S \S/.test(text) && /\S\s{2,}\S/.test(text) ? text.split(/(?<=\S) (?=\S)/) : null;
}

/** The best split of a line's parts (BLANK a blank cell) into cells, as splitSpacedCells says. */
function splitAt(parts: readonly string[], columns: readonly CellKind[], figures: ReadonlySet<number>): string[] | null {
  if (parts.length < 2 || parts.length > MAX_PIECES) return null;
  const persons = columns.includes('person');
  let best: { cells: string[]; kinds: CellKind[] } | null = null;
  const known = new Map<string, CellKind>();
  const kindOf = (cell: string) => known.get(cell) ?? known.set(cell, spacedCellKind(cell, figures, persons)).get(cell)!;
  // Each subset of the spaces between parts is a way to cut the line into cells.
  for (let cuts = 1; cuts < 1 << (parts.length - 1); cuts++) {
    const cells: string[] = [];
    let cell = parts[0];
    // A blank cell stands alone.
    if (parts.some((p, k) => k > 0 && (p === BLANK || parts[k - 1] === BLANK) && (cuts & (1 << (k - 1))) === 0)) continue;
    for (let k = 1; k < parts.length; k++) {
      if (cuts & (1 << (k - 1))) {
        cells.push(cell);
        cell = parts[k];
      } else cell += ` ${parts[k]}`;
    }
    cells.push(cell);
    if (cells.length > columns.length || (best !== null && cells.length < best.cells.length)) continue;
    const kinds = cells.map((c) => (c === BLANK ? 'empty' : kindOf(c)));
    if (!fillsRow(cells, kinds, columns, figures) && !plausibleRow(kinds, columns, figures)) continue;
    // As many cells as another split: the one keeping spaces out of the text (a sentence holds none, a title may).
    if (best === null || cells.length > best.cells.length || textSpaces(cells, kinds) < textSpaces(best.cells, best.kinds)) best = { cells, kinds };
  }
  return best?.cells.map((c) => (c === BLANK ? '' : c)) ?? null;
}

/** A cell's kind (see pageCellKind); beside figure columns a figure (`2所`, `70%`) is a number; in a table with a persons' column, persons. */
function spacedCellKind(cell: string, figures: ReadonlySet<number>, persons = false): CellKind {
  if (persons && cellKind(cell) === 'person') return 'person';
  const kind = pageCellKind(cell);
  return kind === 'text' && figures.size > 0 && isFigure(cell) ? 'number' : kind;
}

/** Marks a blank cell among the parts of a line. */
const BLANK = '\u0000';

/** The longest category title beside the task columns (`加强水资源保 护`). */
const TITLE = 16;

/**
 * A cell for each column, each of its column's kind (a short title in a category column): a whole
 * row, whatever text columns stand side by side (`主要任务 细化措施`).
 */
function fillsRow(cells: readonly string[], kinds: readonly CellKind[], columns: readonly CellKind[], figures: ReadonlySet<number>): boolean {
  // A last column of text left blank (a 备注 not filled in) leaves no mark at the line's end, beside figures.
  const lastBlank = figures.size > 0 && cells.length === columns.length - 1 && columns[columns.length - 1] === 'text' && !cells.includes(BLANK);
  return (cells.length === columns.length || lastBlank) && kinds.every((k, i) => fits(k, columns[i], figures.has(i))
    || (k === 'text' && (columns[i] === 'section' || columns[i] === 'subsection') && cells[i].length <= TITLE));
}

/** Spaces in the text cells, counted by the length of their cells: a title may hold a space, a sentence not. */
function textSpaces(cells: readonly string[], kinds: readonly CellKind[]): number {
  return cells.reduce((n, c, i) => n + (kinds[i] === 'text' && c.includes(' ') ? c.length * (c.split(' ').length - 1) : 0), 0);
}

function plausibleRow(kinds: readonly CellKind[], columns: readonly CellKind[], figures: ReadonlySet<number>): boolean {
  if (!textsApart(kinds, columns) || kinds.slice(1).some((k) => k === 'section' || k === 'subsection')) return false;
  if ((kinds[0] === 'section' || kinds[0] === 'subsection') && !kinds.some((k) => k === 'number' || k === 'unit' || k === 'deadline')) return false;
  return placedColumns(kinds, columns, figures) !== null;
}

/** Each cell in a later column than the one before, of its own kind (a blank mark anywhere, a title in a text column); null when one fits none. */
function placedColumns(kinds: readonly CellKind[], columns: readonly CellKind[], figures: ReadonlySet<number>, wordsOutOfFigures = false): number[] | null {
  const placed: number[] = [];
  let column = -1;
  for (const kind of kinds) {
    let next = column + 1;
    const skips = (j: number) => wordsOutOfFigures && kind === 'text' && figures.has(j);
    while (next < columns.length && (!fits(kind, columns[next], figures.has(next)) || skips(next))) next += 1;
    if (next >= columns.length) return null;
    placed.push(next);
    column = next;
  }
  return placed;
}

/**
 * A progress table's row on one line whose blank cells left no mark (`5 新增床位 县民政局 70个 55 79%`,
 * 备注 empty): the cells of a split (see splitSpacedCells) opened by the row's 序号 and holding its
 * unit, each in the first column of its kind after the one before, blank cells where none went;
 * null when the line is no such row (no figure columns, no 序号 first, no unit).
 */
export function spreadOverColumns(cells: readonly string[], columns: readonly CellKind[], figures: ReadonlySet<number>): string[] | null {
  const kinds = cells.map((c) => (c === '' ? 'empty' : spacedCellKind(c, figures)));
  // A word beside figures only (`合计 182852  55219.1 30.2`, a section heading with its figures): no task's row.
  const wordBesideFigures = kinds.length >= 3 && kinds[0] !== 'number' && kinds.slice(1).every((k) => k === 'number' || k === 'empty');
  if (figures.size === 0 || (!wordBesideFigures && (columns[0] !== 'number' || kinds[0] !== 'number' || !kinds.includes('unit')))) return null;
  // Words (`设备购进中`, a remark) go past the figure columns when a column of text follows.
  const placed = placedColumns(kinds, columns, figures, true) ?? placedColumns(kinds, columns, figures);
  if (!placed) return null;
  const row = columns.map(() => '');
  placed.forEach((column, k) => {
    row[column] = cells[k];
  });
  return row;
}

/**
 * Two cells of text only with a unit, deadline or number between them (`任务 区发改委 推进情况`, a
 * table with a text column after its units): text holding a space alone is one cell.
 */
function textsApart(kinds: readonly CellKind[], columns: readonly CellKind[]): boolean {
  let sinceText: CellKind[] | null = null;
  for (const kind of kinds.slice(0, kinds.length - progressTexts(kinds, columns))) {
    if (kind === 'text') {
      if (sinceText !== null && !sinceText.some((k) => k === 'unit' || k === 'deadline' || k === 'number' || k === 'person')) return false;
      sinceText = [];
    } else sinceText?.push(kind);
  }
  return true;
}

/**
 * The texts ending a line after its units (`已完成 完成备案 开展摸底`): a progress table's cells after
 * its unit columns (评价, 进展情况, 下季度安排), side by side when the table has as many text columns
 * after its last unit or deadline column. 0 when the line ends otherwise.
 */
function progressTexts(kinds: readonly CellKind[], columns: readonly CellKind[]): number {
  const last = Math.max(kinds.lastIndexOf('unit'), kinds.lastIndexOf('deadline'));
  const lastColumn = Math.max(columns.lastIndexOf('unit'), columns.lastIndexOf('deadline'));
  if (last < 0 || lastColumn < 0) return 0;
  const after = kinds.slice(last + 1);
  const room = columns.slice(lastColumn + 1);
  // A blank cell among them (`区住建局  完成设计 开工`, a stage not set for the first period).
  const texts = after.filter((k) => k === 'text').length;
  return texts >= 2 && after.every((k) => k === 'text' || k === 'empty') && room.length >= after.length && room.every((c) => c === 'text') ? after.length : 0;
}

function fits(kind: CellKind, column: CellKind, figure = false): boolean {
  // A persons' column may hold what reads as text; a person's name may be text elsewhere.
  if ((kind === 'text' && column === 'person') || (kind === 'person' && column === 'text')) return true;
  return kind === 'empty' || kind === column || (figure && kind === 'number') || ((kind === 'section' || kind === 'subsection') && column === 'text');
}
