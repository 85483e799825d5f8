/**
 * Fixed heights for data rows with wrapped text: neither Excel nor LibreOffice fits the rows of
 * a generated file on open, so without them a long 工作任务 shows (and prints) one cut line.
 */
import { FONT_SIZE } from './style';
import { columnPoints, EXCEL_COLUMN_METRICS } from './print-columns';
import { MAX_ROW_HEIGHT, heightOfLines, wrappedLines } from './print-row-height';
import type { SheetLayout } from './types';

/** A single line of 11-point text. */
const MIN_ROW_HEIGHT = 20;

/**
 * The height each data row needs (rowHeightFor of its wrapped text cells). A sheet repeats its
 * texts — 变更记录's old value is an earlier row's new value, a year of rounds holds 100,000+ rows
 * of the same few phrases — so each (column, text) is measured once.
 */
export function fitRowHeights(sheet: SheetLayout): SheetLayout {
  const rowHeights: Record<number, number> = { ...sheet.rowHeights };
  const measured = sheet.columns.map(() => new Map<string, number>());
  const widths = sheet.columns.map((column) => columnPoints(column.width, EXCEL_COLUMN_METRICS));
  sheet.rows.forEach((cells, i) => {
    const row = sheet.headerRow + 1 + i;
    if (rowHeights[row] !== undefined) return;
    let height = MIN_ROW_HEIGHT;
    cells.forEach((content, j) => {
      const column = sheet.columns[j];
      const wrap = content.style?.wrap ?? column.style.wrap;
      if (!wrap || !('value' in content) || typeof content.value !== 'string') return;
      const fontSize = column.style.font?.size ?? FONT_SIZE;
      let cellHeight = measured[j].get(content.value);
      if (cellHeight === undefined) {
        cellHeight = heightOfLines(wrappedLines({ text: content.value, widthPoints: widths[j], fontSize }), fontSize);
        measured[j].set(content.value, cellHeight);
      }
      height = Math.max(height, cellHeight);
    });
    rowHeights[row] = Math.min(height, MAX_ROW_HEIGHT);
  });
  return { ...sheet, rowHeights };
}
