/**
 * A workbook as plain grids, the form both adapters (ExcelJS, Office.js) hand to the core to read
 * a ledger back. Dates are Excel serial numbers; formula cells give their computed result, or
 * null when there is none; `rows[0]` is the sheet's row 1.
 */
import { fromExcelDateTimeSerial } from '../deadline';
import { columnLetter } from '../import';

export type GridValue = string | number | boolean | null;

export interface SheetGrid {
  name: string;
  rows: GridValue[][];
}

export interface LedgerGrids {
  /** Named in every finding. */
  file: string;
  sheets: SheetGrid[];
}

/** `E5` for a 1-based row and a 0-based column index. */
export function cellName(row: number, columnIndex: number): string {
  return `${columnLetter(columnIndex)}${row}`;
}

/** A cell as text: trimmed; numbers as written; null and false-y blanks as ''. */
export function cellText(value: GridValue | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

/**
 * A time column's cell (更新时间, 报送时间, 时间): a date-time serial becomes its ISO text
 * (`2026-12-06T05:08:43`); text (a ledger written before these were dates) stays as it is.
 */
export function dateTimeValue(value: GridValue | undefined): GridValue | undefined {
  return typeof value === 'number' ? (fromExcelDateTimeSerial(value) ?? value) : value;
}

/** Column index of each header in row 1 (first occurrence wins). */
export function headerIndex(grid: SheetGrid): Map<string, number> {
  const index = new Map<string, number>();
  (grid.rows[0] ?? []).forEach((v, i) => {
    const header = cellText(v);
    if (header !== '' && !index.has(header)) index.set(header, i);
  });
  return index;
}

export function isBlankRow(row: readonly GridValue[]): boolean {
  return row.every((v) => cellText(v) === '');
}

export function findSheet(grids: LedgerGrids, name: string): SheetGrid | undefined {
  return grids.sheets.find((s) => s.name === name) ?? grids.sheets.find((s) => s.name.trim() === name);
}
