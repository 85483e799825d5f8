import { findingRowPlace, type Finding } from '../finding';
import type { SourceRow } from './types';
import type { ColumnMap } from './header';

/** A1 addresses of a task's unit cells (the lead units are in 责任单位 when the table has no 牵头单位). */
export function unitCells(columns: ColumnMap, hasLeadColumn: boolean, row: number): { leadUnits?: string; coUnits?: string } {
  const leadColumn = hasLeadColumn ? columns.lead : columns.co;
  const cells: { leadUnits?: string; coUnits?: string } = {};
  if (leadColumn !== undefined) cells.leadUnits = columnLetter(leadColumn) + row;
  if (columns.co !== undefined) cells.coUnits = columnLetter(columns.co) + row;
  return cells;
}

/** 0-based column index → letters (`0` → `A`, `27` → `AB`). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** How a note names a source row: `第 12 行`, or for a PDF `第2页 表格第5行`. */
export function rowPlace(row: SourceRow): string {
  return row.place ? (findingRowPlace(row.place) as string) : `第 ${row.row} 行`;
}

/**
 * A PDF's findings name the page and the row of the table drawn on it (`第2页 表格第5行`), not the
 * row of the rebuilt grid no one sees: `rows` are the grid's rows, with their places.
 */
export function placeOnPdfPage(finding: Finding, rows: readonly SourceRow[]): Finding {
  if (finding.row === undefined) return finding;
  const place = rows.find((r) => r.row === finding.row)?.place;
  if (!place) return finding;
  const placed: Finding = { ...finding, page: place.page, row: place.row };
  if (place.row === undefined) delete placed.row;
  return placed;
}

/** A finding with the file and sheet it is about; keys without a value are left out. */
export function place(finding: Finding, where: { file?: string; sheet?: string }): Finding {
  const f: Finding = { ...finding };
  if (where.file !== undefined) f.file = where.file;
  if (where.sheet !== undefined) f.sheet = where.sheet;
  for (const key of Object.keys(f) as Array<keyof Finding>) if (f[key] === undefined) delete f[key];
  return f;
}
