/**
 * Row heights for printed tables, estimated from the text and the column widths, so that a
 * wrapped cell shows all its lines in Excel (which does not fit heights of a generated file)
 * and LibreOffice alike. Estimates err on the tall side: a little white space is harmless, a
 * cut line is not.
 */
import { runWidthEm, unbreakableRuns } from './print-line-break';

/** Inner padding of a cell, left plus right. */
const CELL_PADDING_POINTS = 4;
/** Line height of CJK fonts (Noto CJK's ascent + descent is 1.45 em; 仿宋, 宋体 are tighter). */
const LINE_HEIGHT_EM = 1.45;
const ROW_PADDING_POINTS = 6;

/** Excel's largest row height. */
export const MAX_ROW_HEIGHT = 409;

export interface CellText {
  text: string;
  /** Column width in points, as the renderer draws it (see print-columns.ts). */
  widthPoints: number;
  fontSize: number;
}

/** Lines a paragraph takes, filling lines greedily with unbreakable runs (a run wider than a line is cut). */
function paragraphLines(paragraph: string, usableEm: number): number {
  let lines = 1;
  let used = 0;
  for (const run of unbreakableRuns(paragraph)) {
    const width = runWidthEm(run);
    if (used > 0 && used + width > usableEm) {
      lines += 1;
      used = 0;
    }
    used += width;
    while (used > usableEm) {
      lines += 1;
      used -= usableEm;
    }
  }
  return lines;
}

/** Lines a text takes when wrapped in a column (at least 1). */
export function wrappedLines(cell: CellText): number {
  const usableEm = Math.max(cell.widthPoints - CELL_PADDING_POINTS, cell.fontSize) / cell.fontSize;
  return cell.text.split('\n').reduce((sum, paragraph) => sum + paragraphLines(paragraph, usableEm), 0);
}

/** Height in points for a row holding these cells. */
export function rowHeightFor(cells: readonly CellText[], minimum = 0): number {
  let height = minimum;
  for (const cell of cells) {
    const lines = wrappedLines(cell);
    height = Math.max(height, Math.ceil(lines * cell.fontSize * LINE_HEIGHT_EM + ROW_PADDING_POINTS));
  }
  return Math.min(height, MAX_ROW_HEIGHT);
}
