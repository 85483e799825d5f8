/**
 * The layout fields printed sheets added to SheetLayout (preamble rows, merges, grid lines,
 * horizontal centring), drawn on a worksheet that renderSheet already drew. Kept apart so the
 * ledger's renderer stays as it is; it can move into renderSheet as is.
 */
import type ExcelJS from 'exceljs';
import type { SheetLayout } from '../layout/types';
import { toExcelStyle } from './exceljs-style';
import { cellValue } from './render-sheet';

function drawPreamble(ws: ExcelJS.Worksheet, sheet: SheetLayout): void {
  (sheet.preamble ?? []).forEach((cells, i) => {
    const row = ws.getRow(i + 1);
    cells.forEach((content, j) => {
      const cell = row.getCell(j + 1);
      cell.value = cellValue(content);
      if (content.style) cell.style = toExcelStyle(content.style);
    });
  });
}

export function drawSheetExtras(ws: ExcelJS.Worksheet, sheet: SheetLayout): void {
  drawPreamble(ws, sheet);
  for (const range of sheet.merges ?? []) ws.mergeCells(range);
  if (sheet.showGridLines === false) {
    ws.views = ws.views.length > 0 ? ws.views.map((v) => ({ ...v, showGridLines: false })) : [{ showGridLines: false }];
  }
  if (sheet.print.horizontalCentered) ws.pageSetup = { ...ws.pageSetup, horizontalCentered: true };
  // Preamble heights come through rowHeights, which renderSheet applies; set again after the preamble rows were created.
  for (const [row, height] of Object.entries(sheet.rowHeights)) ws.getRow(Number(row)).height = height;
}
