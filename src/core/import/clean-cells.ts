import { stripInvisible } from '../text';
import type { SourceTable } from './types';

/**
 * Every cell without control or zero-width characters (see invisible-chars.ts), so no unit name
 * or task text holds what a workbook cannot: cleaned once here, whatever the reader.
 */
export function cleanCells(table: SourceTable): SourceTable {
  return { ...table, rows: table.rows.map((row) => ({ ...row, cells: row.cells.map(cleanCell) })) };
}

function cleanCell(cell: string): string {
  const clean = stripInvisible(cell);
  // Readers trim cells; a character stripped at either end may leave a space to trim.
  return clean === cell ? cell : clean.trim();
}
