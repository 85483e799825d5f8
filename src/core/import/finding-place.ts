import type { Finding } from '../finding';
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

/** A finding with the file and sheet it is about; keys without a value are left out. */
export function place(finding: Finding, where: { file?: string; sheet?: string }): Finding {
  const f: Finding = { ...finding };
  if (where.file !== undefined) f.file = where.file;
  if (where.sheet !== undefined) f.sheet = where.sheet;
  for (const key of Object.keys(f) as Array<keyof Finding>) if (f[key] === undefined) delete f[key];
  return f;
}
