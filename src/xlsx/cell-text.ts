/**
 * The one reader of ExcelJS cell values (ledgers, returns and breakdowns all read through it).
 * Values are data: a formula contributes only its cached result (never the formula, never an
 * external link), rich text its characters, an error cell nothing, and a hyperlink its text and
 * its address as src/core/text/links.ts writes them (`会议纪要 https://…`), so the address
 * survives every merge and the writer can make the cell a hyperlink again.
 */
import type ExcelJS from 'exceljs';
import type { GridValue } from '../core/ledger';
import { linkedText } from '../core/text';

type Plain = string | number | boolean | Date | null;

function plain(value: ExcelJS.CellValue | undefined): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('formula' in value || 'sharedFormula' in value) return plain((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('richText' in value) return richText(value.richText);
  if ('hyperlink' in value) return linkedText(textOf(value.text as ExcelJS.CellValue), String(value.hyperlink ?? ''));
  if ('error' in value) return null;
  if ('text' in value) return textOf((value as { text: ExcelJS.CellValue }).text);
  return null;
}

function richText(runs: ReadonlyArray<{ text: string }>): string {
  return runs.map((r) => r.text).join('');
}

function textOf(value: ExcelJS.CellValue): string {
  const v = plain(value);
  if (v === null) return '';
  return v instanceof Date ? isoDate(v) : String(v);
}

/** Date cells are whole days stored as UTC midnight by ExcelJS. */
function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The cell as text: a date is its ISO day, a number its digits, a blank or error ''. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  return textOf(value ?? null);
}

/** The cell for the core's grid readers: a date is its Excel serial number, a blank or error null. */
export function cellGridValue(value: ExcelJS.CellValue | undefined): GridValue {
  const v = plain(value);
  return v instanceof Date ? v.getTime() / 86_400_000 + 25569 : v;
}

/** The cell holds a formula (its cached result is what the readers take). */
export function isFormulaCell(value: ExcelJS.CellValue | undefined): boolean {
  return value !== null && typeof value === 'object' && !(value instanceof Date) && ('formula' in value || 'sharedFormula' in value);
}
