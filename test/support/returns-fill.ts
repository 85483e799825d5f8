/**
 * Fills a 报送表 the way a unit does: opens the real .xlsx with ExcelJS, types into the cells
 * of the rows it names (found by 任务编号, columns by header), saves it, and returns the bytes.
 */
import ExcelJS from 'exceljs';
import { FIELD_HEADERS } from '../../src/core/consolidate/fields';
import type { ReturnFieldKey } from '../../src/core/consolidate/types';

export type CellInput = string | { formula: string; result: string } | { text: string; hyperlink: string };
export type ReturnEdits = Record<string, Partial<Record<ReturnFieldKey, CellInput>>>;

export interface FillOptions {
  /** The workbook's "last modified" time, as Excel would stamp it on save. */
  modifiedAt?: string;
  /** Anything else the unit does to the sheet (delete rows, unprotect and edit, rebuild …). */
  also?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void;
}

const HEADER_ROW = 4;

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

export function columnOf(ws: ExcelJS.Worksheet, key: ReturnFieldKey, headerRow = HEADER_ROW): number {
  let found = 0;
  ws.getRow(headerRow).eachCell((cell, col) => {
    if (cell.value === FIELD_HEADERS[key]) found = col;
  });
  if (found === 0) throw new Error(`no column ${key}`);
  return found;
}

export function rowOf(ws: ExcelJS.Worksheet, taskId: string): number {
  const idCol = columnOf(ws, 'id');
  for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(idCol).value === taskId) return r;
  throw new Error(`no row for task ${taskId}`);
}

export async function fillReturn(bytes: Uint8Array, edits: ReturnEdits, options: FillOptions = {}): Promise<Buffer> {
  const wb = await loadWorkbook(bytes);
  const ws = wb.getWorksheet('报送表')!;
  for (const [taskId, fields] of Object.entries(edits)) {
    const row = rowOf(ws, taskId);
    for (const [key, input] of Object.entries(fields) as Array<[ReturnFieldKey, CellInput]>) {
      ws.getRow(row).getCell(columnOf(ws, key)).value = input;
    }
  }
  options.also?.(ws, wb);
  if (options.modifiedAt) wb.modified = new Date(options.modifiedAt);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
