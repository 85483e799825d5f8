/** Fills a 报送表 the way a unit would: status and progress typed into the rows of some tasks. */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { FIELD_HEADERS } from '../../../src/core/consolidate/fields';
import { RETURN_SHEET } from '../../../src/core/consolidate/schema';
import { TASK_HEADERS } from '../../../src/core/ledger/ledger-fields';
import { SHEETS } from '../../../src/layout/ledger-names';

export const ROUND = '2024-09';

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

/** Two units fill in their returns: 区自然资源局 finishes 2-03, 区教体局 reports on 2-02. */
export async function fillTwoReturns(zipPath: string, dir: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(zipPath));
  const fills = [
    { file: `区自然资源局-报送表-${ROUND}.xlsx`, taskId: '2-03', status: '已完成', progress: '征地信息公开试点已完成，目录已上网。' },
    { file: `区教体局-报送表-${ROUND}.xlsx`, taskId: '2-02', status: '推进中', progress: '<b>招生政策</b>已公开，划片范围待公布' },
  ];
  const paths: string[] = [];
  for (const f of fills) {
    const entry = zip.file(f.file);
    if (!entry) throw new Error(`${f.file} is not in the zip: ${Object.keys(zip.files).join(', ')}`);
    const filled = await fillReturn(await entry.async('uint8array'), [{ taskId: f.taskId, status: f.status, progress: f.progress }]);
    const target = path.join(dir, f.file);
    fs.writeFileSync(target, filled);
    paths.push(target);
  }
  return paths;
}

/** 完成状态 and 进展情况 of a task in a ledger .xlsx. */
export async function taskRowValues(file: string, taskId: string): Promise<{ status: string; progress: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(SHEETS.tasks)!;
  const header = ws.getRow(1);
  const [idCol, statusCol, progressCol] = [columnOf(header, TASK_HEADERS.id), columnOf(header, TASK_HEADERS.status), columnOf(header, TASK_HEADERS.progress)];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (String(row.getCell(idCol).value) === taskId) return { status: String(row.getCell(statusCol).value ?? ''), progress: String(row.getCell(progressCol).value ?? '') };
  }
  throw new Error(`task ${taskId} not in ${file}`);
}
