/**
 * The contents of a sheet as write steps: preamble rows, the header row, and the data rows in
 * blocks, each block one 2-D number-format array and one 2-D formulas array.
 */
import { rangeAddress } from '../layout/a1';
import type { CellContent, SheetLayout } from '../layout/types';
import { gridInputs } from './cell-input';
import { step, type WriteStep } from './request-plan';

/** Rows per data block: small enough that blocks pack tightly under the request budget. */
export const BLOCK_ROWS = 500;

function writeRows(sheetName: string, firstRow: number, rows: CellContent[][], columnFormats: (string | undefined)[]): WriteStep {
  const { numberFormats, inputs } = gridInputs(rows, columnFormats);
  const address = rangeAddress(firstRow, 1, firstRow + rows.length - 1, rows[0].length);
  return step((context) => {
    const range = context.workbook.worksheets.getItem(sheetName).getRange(address);
    range.numberFormat = numberFormats;
    range.formulas = inputs;
  }, [numberFormats, inputs]);
}

export function headerContentSteps(sheet: SheetLayout): WriteStep[] {
  const steps: WriteStep[] = [];
  const preamble = sheet.preamble ?? [];
  if (preamble.length > 0) {
    const width = Math.max(...preamble.map((r) => r.length));
    const padded = preamble.map((r) => [...r, ...Array.from({ length: width - r.length }, () => ({ value: null }))]);
    steps.push(writeRows(sheet.name, 1, padded, []));
  }
  const headers = sheet.columns.map((c) => ({ value: c.header }));
  if (headers.length > 0) steps.push(writeRows(sheet.name, sheet.headerRow, [headers], []));
  return steps;
}

export function dataContentSteps(sheet: SheetLayout): WriteStep[] {
  const formats = sheet.columns.map((c) => c.style.numFmt);
  const steps: WriteStep[] = [];
  for (let start = 0; start < sheet.rows.length; start += BLOCK_ROWS) {
    const block = sheet.rows.slice(start, start + BLOCK_ROWS);
    steps.push(writeRows(sheet.name, sheet.headerRow + 1 + start, block, formats));
  }
  return steps;
}
