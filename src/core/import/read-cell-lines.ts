import { headerRole } from './header';
import { isPeriodName, spreadSubNames } from './sub-header';
import type { SourceRow } from './types';

/**
 * A web page's table as its page text gives it: one cell a line, `|` marking where a cell ends.
 * Two forms are seen: a `|` line between cells, two `|` lines in a row ending a row (rows lacking
 * merged cells are shorter); or each cell's line ending in ` |`, with nothing marking a row's end
 * (rows are then as wide as the header, whose names open the table). A cell may run over several
 * lines. The lines above the table stay rows of one cell (the title). Null when the text is not
 * in either form, so that it is read as before.
 */
export function readCellLines(lines: readonly string[]): SourceRow[] | null {
  const start = lines.findIndex((l) => isBar(l) || isCellBar(l));
  if (start < 0) return null;
  const body = lines.slice(start).filter((l) => l.trim() !== '');
  const bars = body.filter(isBar).length;
  const cellBars = body.filter(isCellBar).length;
  if (body.some((l) => !isBarsOnly(l) && (l.match(/\|/g) ?? []).length > 1)) return null;
  const above: SourceRow[] = [];
  lines.slice(0, start).forEach((l, i) => {
    if (l.trim() !== '') above.push({ row: i + 1, cells: [l.trim()], breakBefore: false });
  });
  if (bars >= 4 && bars * 2 >= body.length) {
    const rows = barLineRows(lines, start);
    return rows.length >= 2 ? [...above, ...rows] : null;
  }
  if (cellBars >= 4 && cellBars * 10 >= body.length * 6) {
    // A lone `|` ends a row, or (rows as wide as the header, each opening with its 序号) stands for an empty cell.
    const rows = body.some((l) => isBarsOnly(l) && !isBar(l)) ? rowEndRows(lines, start)
      : bars > 0 ? numberedCellBarRows(lines, start) ?? rowEndRows(lines, start) : cellBarRows(lines, start);
    return rows ? [...above, ...rows] : null;
  }
  return null;
}

const isBar = (line: string) => line.trim() === '|';
const isCellBar = (line: string) => /^[^|]*[^|\s][^|]*\|\s*$/.test(line);
const isBarsOnly = (line: string) => /^\s*\|+\s*$/.test(line);
/** A cell's line without the ` |` ending its cell. */
const withoutBar = (line: string) => line.trim().replace(/\s*\|$/, '');

/** A cell's text and the line it starts on (0-based). */
interface CellText {
  line: number;
  text: string;
}

/** The cell `pending` goes on with line `i`, its ` |` left out; a new cell there when none is pending. */
function withCellLine(pending: CellText | null, i: number, text: string): CellText {
  const part = withoutBar(text);
  return pending === null ? { line: i, text: part } : { line: pending.line, text: `${pending.text}\n${part}` };
}

/** `|` / cell / `|` / cell / `|` / `|` (row ends) / cell …: a cell's lines are those between two `|` lines. */
function barLineRows(lines: readonly string[], start: number): SourceRow[] {
  const rows: SourceRow[] = [];
  let cells: string[] = [];
  let first = -1;
  let pending: string | null = null;
  let lastWasBar = false;
  const endRow = () => {
    if (cells.length > 0) rows.push({ row: first + 1, cells, breakBefore: false });
    cells = [];
    first = -1;
  };
  for (let i = start; i < lines.length; i++) {
    const text = lines[i].trim();
    if (text === '') continue;
    if (text === '|') {
      if (pending !== null) cells.push(pending);
      else if (lastWasBar) endRow();
      pending = null;
      lastWasBar = true;
      continue;
    }
    if (first < 0) first = i;
    pending = pending === null ? text : `${pending}\n${text}`;
    lastWasBar = false;
  }
  if (pending !== null) cells.push(pending);
  endRow();
  return rows;
}

/** Cells ending in ` |`; the header's names give the width, and each row must start where the header says (a 序号). */
function cellBarRows(lines: readonly string[], start: number): SourceRow[] | null {
  const cells: CellText[] = [];
  let pending: CellText | null = null;
  for (let i = start; i < lines.length; i++) {
    const text = lines[i].trim();
    if (text === '') continue;
    pending = withCellLine(pending, i, text);
    if (text.endsWith('|')) {
      cells.push(pending);
      pending = null;
    }
  }
  if (pending !== null) cells.push(pending);
  let count = 0;
  while (count < cells.length && (headerRole(cells[count].text) !== null || isPeriodName(cells[count].text))) count += 1;
  const names = cells.slice(0, count).map((c) => c.text);
  // A header over two rows gives its top names, then its sub-names (see spreadSubNames): rows as wide as its columns.
  const spreads = names.slice(3, -1).map((_, k) => spreadSubNames(names.slice(0, k + 3), names.slice(k + 3))).filter((h): h is string[] => h !== null);
  for (const header of [...spreads, names]) {
    const rows = cellRows(cells, count, header);
    if (rows) return rows;
  }
  return null;
}

/** The rows of cells after the header's `count` names, as many cells a row as `header` names columns; null when they are not so. */
function cellRows(cells: readonly CellText[], count: number, header: readonly string[]): SourceRow[] | null {
  const width = header.length;
  const numbered = width > 0 && headerRole(header[0]) === 'seq';
  // A numbered table's text may stop inside its last row (a page stored or copied only so far): that row is shorter.
  if (width < 3 || ((cells.length - count) % width !== 0 && !numbered)) return null;
  const rows: SourceRow[] = [{ row: cells[0].line + 1, cells: [...header], breakBefore: false }];
  for (let i = count; i < cells.length; i += width) {
    const row = cells.slice(i, i + width);
    if (numbered && !/^\d{1,4}$/.test(row[0].text)) return null;
    rows.push({ row: row[0].line + 1, cells: row.map((c) => c.text), breakBefore: false });
  }
  return rows;
}

/** cellBarRows when the header opens with 序号, whose numbers then check every row's start. */
function numberedCellBarRows(lines: readonly string[], start: number): SourceRow[] | null {
  const first = lines.slice(start).find((l) => l.trim() !== '') ?? '';
  return headerRole(withoutBar(first)) === 'seq' ? cellBarRows(lines, start) : null;
}

/**
 * Cells ending in ` |`, each data row ended by a line of bars only: `|`, or `||` when the row's last
 * cell is blank (one bar more a blank cell). Rows lacking merged cells are shorter than the header,
 * whose names open the table with no bar line after them — or with the row's end a page writes
 * after each row (`||` under the header's names too: see rowEndBars).
 */
function rowEndRows(lines: readonly string[], start: number): SourceRow[] | null {
  const rows: CellText[][] = [];
  let cells: CellText[] = [];
  let pending: CellText | null = null;
  const endBars = rowEndBars(lines, start);
  for (let i = start; i < lines.length; i++) {
    const text = lines[i].trim();
    if (text === '') continue;
    if (isBarsOnly(text)) {
      if (pending !== null) cells.push(pending);
      pending = null;
      for (let k = endBars; k < text.length; k++) cells.push({ line: i, text: '' });
      if (cells.length > 0) rows.push(cells);
      cells = [];
      continue;
    }
    pending = withCellLine(pending, i, text);
    if (text.endsWith('|')) {
      cells.push(pending);
      pending = null;
    }
  }
  if (pending !== null) cells.push(pending);
  if (cells.length > 0) rows.push(cells);
  const width = headerWidth(rows[0] ?? []);
  if (width < 3) return null;
  const [head, ...rest] = rows;
  const split = width < head.length ? [head.slice(0, width), head.slice(width), ...rest] : rows;
  return withSubHeader(split.map((row) => ({ row: row[0].line + 1, cells: row.map((c) => c.text), breakBefore: false })));
}

/** The header's first row and the sub-names of a header over two rows after it (the row's blank cells the page's marks), as one row (see spreadSubNames). */
function withSubHeader(rows: SourceRow[]): SourceRow[] {
  if (rows.length < 2) return rows;
  const subs = [...rows[1].cells];
  while (subs.length > 0 && subs[subs.length - 1].trim() === '') subs.pop();
  const spread = spreadSubNames(rows[0].cells, subs);
  return spread ? [{ ...rows[0], cells: spread }, ...rows.slice(2)] : rows;
}

/**
 * How many bars end a row: one, or as many as the line right under the header's names has (`||`
 * after `工作任务 |` … `备注 |`, every name filled: no blank cell, the page's mark of a row's end).
 */
function rowEndBars(lines: readonly string[], start: number): number {
  const body = lines.slice(start).map((l) => l.trim()).filter((l) => l !== '');
  const end = body.findIndex(isBarsOnly);
  const names = body.slice(0, Math.max(end, 0));
  const named = names.length >= 3 && names.every((l) => isCellBar(l) && headerRole(withoutBar(l)) !== null);
  return named ? body[end].length : 1;
}

/** How many of the first row's cells are the header's names: up to the first row number under 序号, else the names read as such. */
function headerWidth(cells: ReadonlyArray<{ text: string }>): number {
  if (cells.length > 0 && headerRole(cells[0].text) === 'seq') {
    const number = cells.findIndex((c, i) => i > 0 && /^\d{1,4}$/.test(c.text));
    return number < 0 ? cells.length : number;
  }
  let width = 0;
  while (width < cells.length && headerRole(cells[width].text) !== null) width += 1;
  return width;
}
