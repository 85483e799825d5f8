import ExcelJS from 'exceljs';
import type { GridMerge } from '../core/import';
import { cellText } from './cell-text';
import { guardZip } from './zip-guard';
import { BREAKDOWN_ZIP_LIMITS, zipProblemText } from './zip-limits';

/** The .xlsx could not be read; Chinese message without the file name (the caller adds it). */
export class GridReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GridReadError';
  }
}

const NOT_XLSX = '不是有效的 .xlsx 文件（无法打开工作簿）';

export interface SheetGrid {
  sheet: string;
  /** Cell texts, row by row; a merged range gives its value top-left and blanks elsewhere. */
  rows: string[][];
  /** The merged ranges (0-based), so the importer knows which blanks continue a cell above. */
  merges: GridMerge[];
}

/** Reads the first worksheet of an .xlsx as a 2-D array of strings. */
export async function readFirstSheetGrid(data: Uint8Array | ArrayBuffer): Promise<SheetGrid> {
  return (await readSheetGrids(data))[0];
}

/** Reads every visible worksheet of an .xlsx, in tab order, as 2-D arrays of strings. */
export async function readSheetGrids(data: Uint8Array | ArrayBuffer): Promise<SheetGrid[]> {
  const problem = await guardZip(data instanceof Uint8Array ? data : new Uint8Array(data), BREAKDOWN_ZIP_LIMITS);
  if (problem) throw new GridReadError(problem.kind === 'malformed' ? NOT_XLSX : zipProblemText(problem));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as ArrayBuffer);
  } catch {
    throw new GridReadError(NOT_XLSX);
  }
  const sheets = workbook.worksheets.filter((ws) => ws.state === undefined || ws.state === 'visible');
  if (sheets.length === 0) throw new GridReadError('工作簿中没有工作表');
  return sheets.map(sheetGrid);
}

function sheetGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const width = sheet.columnCount;
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      cells.push(cell.isMerged && cell.master.address !== cell.address ? '' : cellText(cell.value));
    }
    rows.push(cells);
  }
  return { sheet: sheet.name, rows, merges: sheet.model.merges.map(parseRange).filter((m): m is GridMerge => m !== null) };
}

/** `B2:C4` → 0-based inclusive bounds. */
function parseRange(range: string): GridMerge | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!m) return null;
  return { top: Number(m[2]) - 1, left: columnIndex(m[1]), bottom: Number(m[4]) - 1, right: columnIndex(m[3]) };
}

function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}
