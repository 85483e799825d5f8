/** A1-reference helpers for the layout (1-based columns and rows). */
import { columnLetter as columnLetterAt } from '../core/import';

/** 1 → `A`, 27 → `AA`. */
export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new Error(`bad column number: ${column}`);
  return columnLetterAt(column - 1);
}

/** `A` → 1, `AA` → 27. */
export function columnNumber(letters: string): number {
  if (!/^[A-Z]+$/.test(letters)) throw new Error(`bad column letters: ${letters}`);
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export function rangeAddress(firstRow: number, firstColumn: number, lastRow: number, lastColumn: number): string {
  return `${cellAddress(firstRow, firstColumn)}:${cellAddress(lastRow, lastColumn)}`;
}

/** A sheet name as formulas write it: quoted when it holds anything but letters, digits, `_` or CJK. */
export function sheetRef(sheetName: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(sheetName) && !/^\d/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
}

/** `单位名录`, `A`, 2, 500 → `单位名录!$A$2:$A$500`. */
export function absoluteColumnRange(sheetName: string, letters: string, firstRow: number, lastRow: number): string {
  return `${sheetRef(sheetName)}!$${letters}$${firstRow}:$${letters}$${lastRow}`;
}

/** A string as a formula literal: `区政府办` → `"区政府办"`. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
