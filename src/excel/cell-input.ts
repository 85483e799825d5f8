/**
 * What the renderer hands Excel for one cell: the input and the number format written just
 * before it. Excel reads typed-in text in a General cell (`=…` becomes a formula, `1-03` a
 * date, `0012` a number), so text that Excel would reinterpret gets the text format `@`, and a
 * formula never lands in a text cell (where it would stay text).
 */
import { toExcelDateTimeSerial, toExcelSerial } from '../core/deadline';
import type { CellContent } from '../layout/types';

export interface CellInput {
  input: string | number | boolean;
  numberFormat: string;
}

const GENERAL = 'General';
const TEXT = '@';
/** Text a General cell would not keep as typed: formulas, numbers, dates, times, percentages, booleans. */
const REINTERPRETED = /^\s*([=+\-@]|[\d.,:/\s%$()eE-]+$|(true|false)$)/i;

export function cellInput(content: CellContent, columnFormat: string | undefined): CellInput {
  const format = content.style?.numFmt ?? columnFormat ?? GENERAL;
  if ('formula' in content) return { input: `=${content.formula}`, numberFormat: format === TEXT ? GENERAL : format };
  if ('date' in content) return { input: toExcelSerial(content.date), numberFormat: format };
  if ('dateTime' in content) {
    const serial = toExcelDateTimeSerial(content.dateTime);
    return serial === null ? { input: content.dateTime, numberFormat: TEXT } : { input: serial, numberFormat: format };
  }
  const value = content.value;
  if (value === null || value === '') return { input: '', numberFormat: format };
  if (typeof value !== 'string' || format === TEXT) return { input: value, numberFormat: format };
  return { input: value, numberFormat: REINTERPRETED.test(value) ? TEXT : format };
}

/** Rows of contents as the two 2-D arrays Excel takes: number formats first, then inputs. */
export function gridInputs(rows: readonly CellContent[][], columnFormats: readonly (string | undefined)[]): { numberFormats: string[][]; inputs: (string | number | boolean)[][] } {
  const numberFormats: string[][] = [];
  const inputs: (string | number | boolean)[][] = [];
  for (const row of rows) {
    const cells = row.map((content, j) => cellInput(content, columnFormats[j]));
    numberFormats.push(cells.map((c) => c.numberFormat));
    inputs.push(cells.map((c) => c.input));
  }
  return { numberFormats, inputs };
}
