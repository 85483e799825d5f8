import type { GridMerge, SourceRow, SourceTable } from './types';

/**
 * A worksheet range as a 2-D array of strings (merged cells: value top-left, blanks elsewhere).
 * `merges`, when known, tell which blanks continue a merged cell from above.
 */
export function readGrid(rows: readonly (readonly string[])[], sheet?: string, merges: readonly GridMerge[] = []): SourceTable {
  return {
    rows: rows.map((cells, index) => {
      const row: SourceRow = { row: index + 1, cells: cells.map((c) => (c ?? '').toString().trim()), breakBefore: false };
      const continued = continuedColumns(index, merges);
      if (continued.length > 0) row.continued = continued;
      const spanned = spannedColumns(index, merges);
      if (spanned.length > 0) row.spanned = spanned;
      return row;
    }),
    sheet,
    hasCellAddresses: true,
  };
}

function continuedColumns(rowIndex: number, merges: readonly GridMerge[]): number[] {
  const columns: number[] = [];
  for (const m of merges) {
    if (rowIndex <= m.top || rowIndex > m.bottom) continue;
    for (let c = m.left; c <= m.right; c++) columns.push(c);
  }
  return columns.sort((a, b) => a - b);
}

/** The columns right of a merge's first one, in its top row. */
function spannedColumns(rowIndex: number, merges: readonly GridMerge[]): number[] {
  const columns: number[] = [];
  for (const m of merges) {
    if (rowIndex !== m.top) continue;
    for (let c = m.left + 1; c <= m.right; c++) columns.push(c);
  }
  return columns.sort((a, b) => a - b);
}
