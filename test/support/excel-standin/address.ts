/**
 * A1 addresses, as Excel's API accepts them: `A1`, `A1:N200`, `$A$2:$A$200`, `A:A`, `1:1`,
 * with an optional sheet (`任务台账!A1`, `'任务 台账'!A1`). Rows and columns are 0-based here.
 */
import { fail } from './errors';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

export interface SheetAddress {
  sheet?: string;
  rect: Rect;
}

const CELL = /^\$?([A-Z]{1,3})?\$?(\d+)?$/;

export function columnLetters(column: number): string {
  let n = column + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

interface CellRef {
  column?: number;
  row?: number;
}

function parseCellRef(text: string, address: string): CellRef {
  const m = CELL.exec(text.toUpperCase());
  if (!m || (!m[1] && !m[2])) fail('InvalidArgument', `not an A1 address: ${address}`);
  const ref: CellRef = {};
  if (m[1]) ref.column = columnIndex(m[1]);
  if (m[2]) ref.row = Number(m[2]) - 1;
  if ((ref.column ?? 0) >= MAX_COLUMNS || (ref.row ?? 0) >= MAX_ROWS || (ref.row ?? 0) < 0) {
    fail('InvalidArgument', `address out of the sheet: ${address}`);
  }
  return ref;
}

export function parseAddress(address: string): SheetAddress {
  const { sheet, local } = splitSheet(address.trim());
  const [a, b = a, extra] = local.split(':');
  if (extra !== undefined) fail('InvalidArgument', `not an A1 address: ${address}`);
  const from = parseCellRef(a, address);
  const to = parseCellRef(b, address);
  const wholeRows = from.column === undefined && to.column === undefined;
  const wholeColumns = from.row === undefined && to.row === undefined;
  if (!wholeRows && (from.column === undefined || to.column === undefined)) fail('InvalidArgument', `not an A1 address: ${address}`);
  if (!wholeColumns && (from.row === undefined || to.row === undefined)) fail('InvalidArgument', `not an A1 address: ${address}`);
  const r1 = wholeColumns ? 0 : Math.min(from.row!, to.row!);
  const r2 = wholeColumns ? MAX_ROWS - 1 : Math.max(from.row!, to.row!);
  const c1 = wholeRows ? 0 : Math.min(from.column!, to.column!);
  const c2 = wholeRows ? MAX_COLUMNS - 1 : Math.max(from.column!, to.column!);
  return { sheet, rect: { row: r1, column: c1, rowCount: r2 - r1 + 1, columnCount: c2 - c1 + 1 } };
}

export function formatRect(rect: Rect): string {
  const first = `${columnLetters(rect.column)}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.columnCount === 1) return first;
  return `${first}:${columnLetters(rect.column + rect.columnCount - 1)}${rect.row + rect.rowCount}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatSheetAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${formatRect(rect)}`;
}

export function rectContains(outer: Rect, row: number, column: number): boolean {
  return row >= outer.row && row < outer.row + outer.rowCount && column >= outer.column && column < outer.column + outer.columnCount;
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.column < b.column + b.columnCount && b.column < a.column + a.columnCount;
}
