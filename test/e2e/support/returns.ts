/** Fills a 报送表 the way a unit would: status and progress typed into the rows of some tasks. */
import ExcelJS from 'exceljs';
import { FIELD_HEADERS } from '../../../src/core/consolidate/fields';
import { RETURN_SHEET } from '../../../src/core/consolidate/schema';

export interface Fill {
  taskId: string;
  status: string;
  progress: string;
}

export async function fillReturn(bytes: Uint8Array, fills: Fill[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(RETURN_SHEET);
  if (!ws) throw new Error(`no sheet ${RETURN_SHEET}`);
  const header = findRow(ws, FIELD_HEADERS.status);
  const column = (title: string) => columnOf(ws.getRow(header), title);
  const [idCol, statusCol, progressCol] = [column(FIELD_HEADERS.id), column(FIELD_HEADERS.status), column(FIELD_HEADERS.progress)];
  for (const fill of fills) {
    let done = false;
    ws.eachRow((row, n) => {
      if (n > header && String(row.getCell(idCol).value) === fill.taskId) {
        row.getCell(statusCol).value = fill.status;
        row.getCell(progressCol).value = fill.progress;
        done = true;
      }
    });
    if (!done) throw new Error(`task ${fill.taskId} is not in the return`);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function findRow(ws: ExcelJS.Worksheet, title: string): number {
  for (let r = 1; r <= Math.min(ws.rowCount, 20); r++) if (columnOrZero(ws.getRow(r), title) > 0) return r;
  throw new Error(`no header ${title} in ${ws.name}`);
}

export function columnOf(row: ExcelJS.Row, title: string): number {
  const c = columnOrZero(row, title);
  if (c === 0) throw new Error(`no column ${title}`);
  return c;
}

function columnOrZero(row: ExcelJS.Row, title: string): number {
  let found = 0;
  row.eachCell((cell, c) => {
    if (found === 0 && String(cell.value).trim() === title) found = c;
  });
  return found;
}
