import { stripInvisible } from '../text';
import type { SourceTable } from './types';

/**
 * Every cell without control or zero-width characters (see invisible-chars.ts), so no unit name
 * or task text holds what a workbook cannot: cleaned once here, whatever the reader.
 */
export function cleanCells(table: SourceTable): SourceTable {
  const lost = marksLostCharacters(table);
  return { ...table, rows: table.rows.map((row) => ({ ...row, cells: row.cells.map((c) => cleanCell(lost ? c.replace(/\?/g, ' ').trim() : c)) })) };
}

/**
 * `序号?`, `临平新城?`, `沈 ?昱?`: a page saved in a code page without a character it held (a
 * no-break space) has `?` in its place — at the end of most of its table's cells. Then no `?` is
 * the text's own (a breakdown asks no questions), and each is read as the space it stood for.
 */
function marksLostCharacters(table: SourceTable): boolean {
  const cells = table.rows.filter((r) => r.cells.length > 1).flatMap((r) => r.cells.map((c) => c.trim())).filter((c) => c !== '');
  return cells.length >= 4 && cells.filter((c) => c.endsWith('?')).length * 2 >= cells.length;
}

function cleanCell(cell: string): string {
  const clean = stripInvisible(cell);
  // Readers trim cells; a character stripped at either end may leave a space to trim.
  return clean === cell ? cell : clean.trim();
}
