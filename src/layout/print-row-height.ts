/**
 * Row heights for printed tables, estimated from the text and the column widths, so that a
 * wrapped cell shows all its lines in Excel (which does not fit heights of a generated file)
 * and LibreOffice alike. Estimates err on the tall side: a little white space is harmless, a
 * cut line is not.
 */
import { breakLines, lineCount } from './print-line-break';

/** Inner padding of a cell, left plus right, and room so that a line that just fits in the estimate never wraps in the renderer. */
export const CELL_PADDING_POINTS = 3;
/** Line height of CJK fonts (Noto CJK's ascent + descent is 1.45 em; 仿宋, 宋体 are tighter). */
const LINE_HEIGHT_EM = 1.44;
const ROW_PADDING_POINTS = 6;
/**
 * Padding of the rows of printed tables, whose lines the layout breaks itself (print-split.ts):
 * LibreOffice sets Noto CJK at 1.43 em a line, so the estimate's 1.45 em already leaves room.
 */
export const PRINT_ROW_PADDING_POINTS = 2;

/** Excel's largest row height. */
export const MAX_ROW_HEIGHT = 409;

export interface CellText {
  text: string;
  /** Column width in points, as the renderer draws it (see print-columns.ts). */
  widthPoints: number;
  fontSize: number;
}

/** Usable width of a cell in ems of its font. */
function usableEm(cell: Pick<CellText, 'widthPoints' | 'fontSize'>): number {
  return Math.max(cell.widthPoints - CELL_PADDING_POINTS, cell.fontSize) / cell.fontSize;
}

/** The lines a text takes when wrapped in a column: its paragraphs broken as renderers break them (at least one line). */
export function wrapText(cell: CellText): string[] {
  return cell.text.split('\n').flatMap((paragraph) => breakLines(paragraph, usableEm(cell)));
}

/** Lines a text takes when wrapped in a column (at least 1). */
export function wrappedLines(cell: CellText): number {
  const em = usableEm(cell);
  let lines = 0;
  for (const paragraph of cell.text.split('\n')) lines += lineCount(paragraph, em);
  return lines;
}

/** Height in points of a row whose tallest cell holds `lines` lines of `fontSize` text, rounded up to a multiple of `step`. */
export function heightOfLines(lines: number, fontSize: number, padding = ROW_PADDING_POINTS, step = 1): number {
  return Math.ceil((lines * fontSize * LINE_HEIGHT_EM + padding) / step) * step;
}

/** Lines of `fontSize` text a row `height` points tall holds. */
export function linesIn(height: number, fontSize: number, padding = ROW_PADDING_POINTS): number {
  return Math.max(0, Math.floor((height - padding) / (fontSize * LINE_HEIGHT_EM)));
}

/** Height in points for a row holding these cells. */
export function rowHeightFor(cells: readonly CellText[], minimum = 0): number {
  let height = minimum;
  for (const cell of cells) {
    height = Math.max(height, heightOfLines(wrappedLines(cell), cell.fontSize));
  }
  return Math.min(height, MAX_ROW_HEIGHT);
}
