/**
 * How Excel stores what the API writes into cells. The traps live here: a string that starts
 * with `=` becomes a formula, and a General cell turns `12` into a number and `1-03` into a
 * date, unless the cell's number format is text (`@`).
 */
import type { Rect } from './address';
import { fail } from './errors';
import { layerValue, cellKey, type CellState, type CellValue, type SheetState } from './state';

const MAX_CELL_TEXT = 32_767;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const YEAR_MONTH_DAY = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const MONTH_DAY = /^(\d{1,2})[-/](\d{1,2})$/;
/** The stand-in's "current year" for month-day entries, fixed so tests are repeatable. */
export const STANDIN_CURRENT_YEAR = 2024;

export type Grid = unknown[][];

export function checkShape(grid: unknown, rect: Rect, what: string): Grid {
  if (!Array.isArray(grid) || grid.length !== rect.rowCount || grid.some((row) => !Array.isArray(row) || row.length !== rect.columnCount)) {
    const shape = Array.isArray(grid) ? `${grid.length}×${Array.isArray(grid[0]) ? grid[0].length : '?'}` : typeof grid;
    fail('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${what} is ${shape}, the range is ${rect.rowCount}×${rect.columnCount}`);
  }
  return grid as Grid;
}

function serial(year: number, month: number, day: number): number | undefined {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return t / 86_400_000 + 25_569;
}

/** What a General cell makes of typed-in text. */
export function coerceGeneral(text: string): CellValue {
  const t = text.trim();
  if (NUMBER.test(t)) return Number(t);
  const ymd = YEAR_MONTH_DAY.exec(t);
  if (ymd) return serial(Number(ymd[1]), Number(ymd[2]), Number(ymd[3])) ?? text;
  const md = MONTH_DAY.exec(t);
  if (md) return serial(STANDIN_CURRENT_YEAR, Number(md[1]), Number(md[2])) ?? text;
  if (/^(TRUE|FALSE)$/i.test(t)) return t.toUpperCase() === 'TRUE';
  return text;
}

export function toCell(input: unknown, numberFormat: string | undefined, where: string): CellState | undefined {
  if (input === null || input === undefined || input === '') return undefined;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) fail('InvalidArgument', `not a finite number at ${where}`);
    return { value: input };
  }
  if (typeof input === 'boolean') return { value: input };
  if (typeof input !== 'string') fail('InvalidArgument', `cell value of type ${typeof input} at ${where}`);
  if (input.length > MAX_CELL_TEXT) fail('InvalidArgument', `text longer than ${MAX_CELL_TEXT} characters at ${where}`);
  if (numberFormat === '@') return { value: input };
  if (input.startsWith('=') && input.length > 1) return { value: '', formula: input };
  return { value: coerceGeneral(input) };
}

export function isLocked(sheet: SheetState, row: number, column: number): boolean {
  return layerValue(sheet.formats, 'protection.locked', row, column) !== false;
}

/** A protected sheet refuses writes to locked cells, as Excel does. */
export function checkWritable(sheet: SheetState, rect: Rect, what: string): void {
  if (!sheet.protection.protected) return;
  const allowFormat = what === 'format' && sheet.protection.options?.allowFormatCells === true;
  if (allowFormat) return;
  for (let r = rect.row; r < rect.row + Math.min(rect.rowCount, 100_000); r++) {
    for (let c = rect.column; c < rect.column + Math.min(rect.columnCount, 200); c++) {
      if (isLocked(sheet, r, c)) fail('AccessDenied', `the cell ${sheet.name} row ${r + 1} is locked on a protected sheet`);
    }
  }
}

export function writeGrid(sheet: SheetState, rect: Rect, grid: Grid, kind: 'values' | 'formulas'): void {
  checkWritable(sheet, rect, kind);
  for (let i = 0; i < rect.rowCount; i++) {
    const rowValues = grid[i];
    for (let j = 0; j < rect.columnCount; j++) {
      const key = cellKey(rect.row + i, rect.column + j);
      const old = sheet.cells.get(key);
      const cell = toCell(rowValues[j], old?.numberFormat, `${sheet.name} R${rect.row + i + 1}C${rect.column + j + 1}`);
      if (cell) sheet.cells.set(key, { ...cell, ...(old?.numberFormat && { numberFormat: old.numberFormat }), ...(old?.hyperlink && { hyperlink: old.hyperlink }) });
      else if (old?.numberFormat) sheet.cells.set(key, { value: '', numberFormat: old.numberFormat });
      else sheet.cells.delete(key);
    }
  }
}

export function writeNumberFormats(sheet: SheetState, rect: Rect, grid: Grid): void {
  checkWritable(sheet, rect, 'format');
  for (let i = 0; i < rect.rowCount; i++) {
    for (let j = 0; j < rect.columnCount; j++) {
      const format = grid[i][j];
      if (typeof format !== 'string') fail('InvalidArgument', `number format must be text, got ${typeof format}`);
      const key = cellKey(rect.row + i, rect.column + j);
      const old = sheet.cells.get(key) ?? { value: '' };
      sheet.cells.set(key, { ...old, numberFormat: format === 'General' ? undefined : format });
    }
  }
}

export function readGrid<T>(sheet: SheetState, rect: Rect, pick: (cell: CellState | undefined) => T): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rect.rowCount; i++) {
    const row: T[] = [];
    for (let j = 0; j < rect.columnCount; j++) row.push(pick(sheet.cells.get(cellKey(rect.row + i, rect.column + j))));
    out.push(row);
  }
  return out;
}

/** Excel returns formulas for formula cells and the value otherwise. */
export function formulaOf(cell: CellState | undefined): CellValue {
  return cell?.formula ?? cell?.value ?? '';
}

/** The stand-in does not calculate: a formula cell reads as its cached value (empty unless a test set one). */
export function valueOf(cell: CellState | undefined): CellValue {
  return cell?.value ?? '';
}
