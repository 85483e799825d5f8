/**
 * The selected range's text, cut to the part of the sheet that holds values: a user who
 * selects whole columns (A:D) must not make Excel send a million empty rows (5 MB limit on
 * the web). Two syncs whatever the size.
 */
import { rangeAddress } from '../../layout/a1';

interface Rect {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** The overlap of two 0-based rectangles, as a 1-based A1 address; null when they do not meet. */
export function overlapAddress(a: Rect, b: Rect): string | null {
  const top = Math.max(a.rowIndex, b.rowIndex);
  const left = Math.max(a.columnIndex, b.columnIndex);
  const bottom = Math.min(a.rowIndex + a.rowCount, b.rowIndex + b.rowCount) - 1;
  const right = Math.min(a.columnIndex + a.columnCount, b.columnIndex + b.columnCount) - 1;
  if (bottom < top || right < left) return null;
  return rangeAddress(top + 1, left + 1, bottom + 1, right + 1);
}

/** Cell texts as Excel shows them (a date stays `2024/6/30`), row by row; [] when the selection holds nothing. */
export async function readSelectedText(context: Excel.RequestContext): Promise<string[][]> {
  const selected = context.workbook.getSelectedRange().load('rowIndex,columnIndex,rowCount,columnCount');
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  const address = used.isNullObject ? null : overlapAddress(selected, used);
  if (address === null) return [];
  const range = sheet.getRange(address).load('text');
  await context.sync();
  return range.text;
}
