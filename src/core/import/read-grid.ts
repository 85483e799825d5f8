import type { SourceTable } from './types';

/** A worksheet range as a 2-D array of strings (merged cells: value top-left, blanks elsewhere). */
export function readGrid(rows: readonly (readonly string[])[], sheet?: string): SourceTable {
  return {
    rows: rows.map((cells, index) => ({
      row: index + 1,
      cells: cells.map((c) => (c ?? '').toString().trim()),
      breakBefore: false,
    })),
    sheet,
    hasCellAddresses: true,
  };
}
