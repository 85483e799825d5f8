/** An ExcelJS worksheet as a plain grid for the core readers (dates → serial numbers, formulas → results). */
import type ExcelJS from 'exceljs';
import type { GridValue, SheetGrid } from '../core/ledger';
import { cellGridValue } from './cell-text';

export function sheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: GridValue[][] = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: GridValue[] = [];
    for (let c = 1; c <= width; c++) values.push(cellGridValue(row.getCell(c).value));
    rows[rowNumber - 1] = values;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return { name: ws.name, rows };
}
