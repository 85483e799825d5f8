/**
 * Row heights for printed tables, estimated from the text and the column widths, so that a
 * wrapped cell shows all its lines in Excel (which does not fit heights of a generated file)
 * and LibreOffice alike. Estimates err on the tall side: a little white space is harmless, a
 * cut line is not.
 */

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

/** East Asian wide and full-width characters take a full em; the rest about half. */
function charWidthEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0x25a0 && code <= 0x27bf) ||
    code >= 0x20000;
  return wide ? 1 : 0.55;
}

/** Lines a text takes when wrapped in a column (at least 1). */
export function wrappedLines(cell: CellText): number {
  const usable = Math.max(cell.widthPoints - CELL_PADDING_POINTS, cell.fontSize);
  let lines = 0;
  for (const paragraph of cell.text.split('\n')) {
    let width = 0;
    for (const ch of paragraph) width += charWidthEm(ch) * cell.fontSize;
    lines += Math.max(1, Math.ceil(width / usable));
  }
  return lines;
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
