/**
 * Fixed heights for data rows with wrapped text: neither Excel nor LibreOffice fits the rows of
 * a generated file on open, so without them a long 工作任务 shows (and prints) one cut line.
 */
import { FONT_SIZE } from './style';
import { columnPoints, EXCEL_COLUMN_METRICS } from './print-columns';
import { rowHeightFor, type CellText } from './print-row-height';
import type { SheetLayout } from './types';

/** A single line of 11-point text. */
const MIN_ROW_HEIGHT = 20;

export function fitRowHeights(sheet: SheetLayout): SheetLayout {
  const rowHeights: Record<number, number> = { ...sheet.rowHeights };
  sheet.rows.forEach((cells, i) => {
    const texts: CellText[] = [];
    cells.forEach((content, j) => {
      const column = sheet.columns[j];
      const wrap = content.style?.wrap ?? column.style.wrap;
      if (wrap && 'value' in content && typeof content.value === 'string') {
        texts.push({ text: content.value, widthPoints: columnPoints(column.width, EXCEL_COLUMN_METRICS), fontSize: column.style.font?.size ?? FONT_SIZE });
      }
    });
    const row = sheet.headerRow + 1 + i;
    if (rowHeights[row] === undefined) rowHeights[row] = rowHeightFor(texts, MIN_ROW_HEIGHT);
  });
  return { ...sheet, rowHeights };
}
