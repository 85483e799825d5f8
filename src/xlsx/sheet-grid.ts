/** An ExcelJS worksheet as a plain grid for the core readers (dates → serial numbers, formulas → results). */
import type ExcelJS from 'exceljs';
import type { GridValue, SheetGrid } from '../core/ledger';

const MS_PER_DAY = 86_400_000;

function plain(value: unknown): GridValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime() / MS_PER_DAY + 25569;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('formula' in v || 'sharedFormula' in v) return plain(v.result);
    if (Array.isArray(v.richText)) return (v.richText as Array<{ text: string }>).map((r) => r.text).join('');
    if ('text' in v) return plain(v.text);
  }
  return null;
}

export function sheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: GridValue[][] = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: GridValue[] = [];
    for (let c = 1; c <= width; c++) values.push(plain(row.getCell(c).value));
    rows[rowNumber - 1] = values;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return { name: ws.name, rows };
}
