/**
 * The contents of a sheet as write steps: preamble rows, the header row, and the data rows in
 * blocks, each block its number formats (column by column, written first: they decide how Excel
 * reads the inputs), one 2-D formulas array, and its row heights.
 */
import { rangeAddress } from '../layout/a1';
import type { CellContent, SheetLayout } from '../layout/types';
import { gridInputs } from './cell-input';
import { columnFormatWrites } from './number-formats';
import { STEP_OVERHEAD_BYTES, step, type WriteStep } from './request-plan';

/** Rows per data block: small enough that blocks pack tightly under the request budget. */
export const BLOCK_ROWS = 500;

interface HeightRun {
  first: number;
  last: number;
  height: number;
}

/** Consecutive rows of one height set in one write: `5:9` rather than five. */
export function heightRuns(heights: Record<number, number>, firstRow: number, lastRow: number): HeightRun[] {
  const runs: HeightRun[] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    const height = heights[row];
    if (height === undefined) continue;
    const previous = runs[runs.length - 1];
    if (previous && previous.last === row - 1 && previous.height === height) previous.last = row;
    else runs.push({ first: row, last: row, height });
  }
  return runs;
}

function writeRows(sheetName: string, firstRow: number, rows: CellContent[][], columnFormats: (string | undefined)[], heights: Record<number, number> = {}): WriteStep {
  const { numberFormats, inputs } = gridInputs(rows, columnFormats);
  const lastRow = firstRow + rows.length - 1;
  const address = rangeAddress(firstRow, 1, lastRow, rows[0].length);
  const runs = heightRuns(heights, firstRow, lastRow);
  const formats = columnFormatWrites(numberFormats, firstRow);
  const links = cellLinks(rows, firstRow);
  const written = step((context) => {
    const ws = context.workbook.worksheets.getItem(sheetName);
    for (const f of formats) ws.getRange(f.address).numberFormat = f.formats;
    ws.getRange(address).formulas = inputs;
    // Range.hyperlink is ExcelApi 1.7, below the 1.9 the manifest requires.
    for (const l of links) ws.getRange(l.address).hyperlink = { address: l.link, textToDisplay: l.text };
    for (const run of runs) ws.getRange(`${run.first}:${run.last}`).format.rowHeight = run.height;
  }, [formats, inputs, links]);
  return { ...written, bytes: written.bytes + (runs.length + formats.length + links.length) * STEP_OVERHEAD_BYTES };
}

/** The cells that link to an address (src/layout/link-cell.ts), each written as Excel's hyperlink. */
function cellLinks(rows: readonly CellContent[][], firstRow: number): Array<{ address: string; link: string; text: string }> {
  const links: Array<{ address: string; link: string; text: string }> = [];
  rows.forEach((row, i) => row.forEach((content, j) => {
    if (content.link !== undefined && 'value' in content && typeof content.value === 'string') {
      links.push({ address: rangeAddress(firstRow + i, j + 1, firstRow + i, j + 1), link: content.link, text: content.value });
    }
  }));
  return links;
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
    steps.push(writeRows(sheet.name, sheet.headerRow + 1 + start, block, formats, sheet.rowHeights));
  }
  return steps;
}
