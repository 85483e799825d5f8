/**
 * Column widths of a printed table sized from its content: every column starts as narrow as its
 * header on one line and its longest unbreakable run allow, then the rest of the width goes,
 * a step at a time, where it saves the most height (the sum of the rows' tallest cells). Width
 * nothing can use goes to the wrapping text columns in proportion. So 进展情况 grows with the
 * progress written and 预警 stays as narrow as its marks.
 */
import { runWidthEm, unbreakableRuns } from './print-line-break';
import { CELL_PADDING_POINTS, heightOfLines, wrappedLines } from './print-row-height';

export interface FitColumn {
  header: string;
  /** The column's cell texts, one per row (`\n` starts a line). */
  texts: readonly string[];
  /** Width no cell may be narrower than, in ems: the longest word of a column of set words (`推进中`). */
  minimumEm?: number;
  /** A text column: shares the width nothing else can use. */
  shares: boolean;
}

/** Widths are rounded down to the renderer's unit (a quarter character, under 2 pt) after fitting: fitted as if that much narrower. */
const ROUNDING_POINTS = 2;
const STEPS_POINTS = [6, 12, 24, 48, 96];
/** Points a line of a cell costs besides the height of its row. */
const CELL_LINE_WEIGHT = 1;

function longestRunEm(texts: readonly string[]): number {
  let longest = 0;
  for (const text of texts) for (const paragraph of text.split('\n')) for (const run of unbreakableRuns(paragraph)) longest = Math.max(longest, runWidthEm(run));
  return longest;
}

function minimumPoints(column: FitColumn, fontSize: number): number {
  return Math.ceil(Math.max(runWidthEm(column.header), longestRunEm(column.texts), column.minimumEm ?? 0) * fontSize + CELL_PADDING_POINTS + ROUNDING_POINTS);
}

function columnLines(column: FitColumn, widthPoints: number, fontSize: number): number[] {
  return column.texts.map((text) => wrappedLines({ text, widthPoints: widthPoints - ROUNDING_POINTS, fontSize }));
}

/**
 * What a width costs: the rows' height, and a little for every line of every cell, so that where
 * no row gets shorter (its tallest cell is in another column) text still wraps less.
 */
function totalHeight(lines: readonly (readonly number[])[], rows: number, fontSize: number): number {
  let total = 0;
  for (let r = 0; r < rows; r++) {
    total += heightOfLines(Math.max(...lines.map((l) => l[r])), fontSize);
    for (const column of lines) total += column[r] * CELL_LINE_WEIGHT;
  }
  return total;
}

/** Widths in points of `columns` sharing `tableWidth` points (the minimums when they alone exceed it). */
export function fitColumnPoints(columns: readonly FitColumn[], tableWidth: number, fontSize: number): number[] {
  const rows = Math.max(0, ...columns.map((c) => c.texts.length));
  const widths = columns.map((c) => minimumPoints(c, fontSize));
  const lines = columns.map((c, i) => columnLines(c, widths[i], fontSize));
  let spare = tableWidth - widths.reduce((a, b) => a + b, 0);
  while (spare >= STEPS_POINTS[0]) {
    const current = totalHeight(lines, rows, fontSize);
    let best: { column: number; step: number; lines: number[]; rate: number } | undefined;
    columns.forEach((column, i) => {
      for (const step of [...STEPS_POINTS.filter((s) => s < spare), spare]) {
        const wider = columnLines(column, widths[i] + step, fontSize);
        const saved = current - totalHeight(lines.map((l, j) => (j === i ? wider : l)), rows, fontSize);
        if (saved > 0 && (best === undefined || saved / step > best.rate)) best = { column: i, step, lines: wider, rate: saved / step };
      }
    });
    if (best === undefined) break;
    widths[best.column] += best.step;
    lines[best.column] = best.lines;
    spare -= best.step;
  }
  const wrapping = columns.map((c, i) => (c.shares ? widths[i] : 0));
  const wrappingTotal = wrapping.reduce((a, b) => a + b, 0);
  return widths.map((w, i) => (wrappingTotal > 0 && spare > 0 ? w + (spare * wrapping[i]) / wrappingTotal : w));
}
