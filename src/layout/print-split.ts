/**
 * Pages of a printed table, decided by the layout so that nothing is cut: spreadsheets never
 * split a row across pages and cut a row taller than a page, so a task row that does not fit in
 * the room left is cut here into pieces, each a sheet row of its own, at line boundaries (the
 * lines as wrapped in print-row-height.ts, which the cells then hold as explicit line breaks).
 * The continued piece starts its 工作任务 with `（续）`; the header row repeats on every page.
 *
 * Short rows move whole to the next page; a row is split when at least MIN_LINES_BEFORE of it fit
 * and MIN_LINES_AFTER are left over, or when it is taller than a page. A group heading always
 * has the start of its first task below it on its page. The last row of a page is made taller to
 * fill the page, so the renderer breaks the page where the layout does.
 */
import { heightOfLines as paddedHeight, linesIn as paddedLinesIn, MAX_ROW_HEIGHT, PRINT_ROW_PADDING_POINTS } from './print-row-height';

/** Printed rows are as tall as their lines to a quarter point (whole points would waste a page in twenty rows). */
const HEIGHT_STEP = 0.25;
const heightOfLines = (lines: number, fontSize: number) => paddedHeight(lines, fontSize, PRINT_ROW_PADDING_POINTS, HEIGHT_STEP);
const linesIn = (height: number, fontSize: number) => paddedLinesIn(height, fontSize, PRINT_ROW_PADDING_POINTS);

/** A task row: the wrapped lines of each of its cells. */
export type RowLines = string[][];

export interface PaginatedGroup {
  headingHeight: number;
  rows: RowLines[];
}

export interface PageRoom {
  /** Points for rows on page 1, below the title, date line and header. */
  first: number;
  /** Points for rows on every later page, below the repeated header. */
  later: number;
}

export type Piece =
  | { kind: 'heading'; group: number; height: number }
  | { kind: 'row'; group: number; row: number; lines: RowLines; continued: boolean; height: number };

const MIN_LINES_BEFORE = 2;
const MIN_LINES_AFTER = 2;
/** Rows of fewer lines are not split unless taller than a page. */
const MIN_LINES_TO_SPLIT = 3;
export const CONTINUED_MARK = '（续）';

function lineCount(row: RowLines): number {
  return Math.max(1, ...row.map((cell) => cell.length));
}

function slice(row: RowLines, from: number, to: number): RowLines {
  return row.map((cell) => cell.slice(from, to));
}

/** The rest of a row after `taken` lines, with `（续）` as the first line of its `markColumn`. */
function continuation(row: RowLines, taken: number, markColumn: number): RowLines {
  return row.map((cell, i) => (i === markColumn ? [CONTINUED_MARK, ...cell.slice(taken)] : cell.slice(taken)));
}

export function paginate(groups: readonly PaginatedGroup[], room: PageRoom, fontSize: number, markColumn: number): Piece[] {
  const pieces: Piece[] = [];
  let capacity = room.first;
  let used = 0;
  const newPage = () => {
    const last = pieces[pieces.length - 1];
    if (last !== undefined && capacity > used) last.height = Math.min(MAX_ROW_HEIGHT, Math.floor((last.height + capacity - used) / HEIGHT_STEP) * HEIGHT_STEP);
    capacity = room.later;
    used = 0;
  };
  const splittable = (lines: number) => lines >= MIN_LINES_TO_SPLIT || heightOfLines(lines, fontSize) > room.later;
  /** Whether a row of `lines` lines (or its first piece) goes on the page with `left` points left. */
  const startsIn = (lines: number, left: number) => {
    if (heightOfLines(lines, fontSize) <= left) return true;
    const fit = linesIn(left, fontSize);
    return splittable(lines) && fit >= MIN_LINES_BEFORE && lines - fit >= MIN_LINES_AFTER;
  };
  groups.forEach((group, g) => {
    const first = group.rows[0];
    const left = capacity - used - group.headingHeight;
    if (used > 0 && (left < 0 || (first !== undefined && !startsIn(lineCount(first), left)))) newPage();
    pieces.push({ kind: 'heading', group: g, height: group.headingHeight });
    used += group.headingHeight;
    group.rows.forEach((row, r) => {
      let rest = row;
      let continued = false;
      for (;;) {
        const lines = lineCount(rest);
        const height = heightOfLines(lines, fontSize);
        if (used + height <= capacity) {
          pieces.push({ kind: 'row', group: g, row: r, lines: rest, continued, height });
          used += height;
          return;
        }
        const fit = linesIn(capacity - used, fontSize);
        if (startsIn(lines, capacity - used) || (used === 0 && fit > 0)) {
          pieces.push({ kind: 'row', group: g, row: r, lines: slice(rest, 0, fit), continued, height: heightOfLines(fit, fontSize) });
          used += heightOfLines(fit, fontSize);
          rest = continuation(rest, fit, markColumn);
          continued = true;
        }
        newPage();
      }
    });
  });
  return pieces;
}
