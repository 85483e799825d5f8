import ExcelJS from 'exceljs';

/** The .xlsx could not be read; Chinese message without the file name (the caller adds it). */
export class GridReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GridReadError';
  }
}

export interface SheetGrid {
  sheet: string;
  /** Cell texts, row by row; a merged range gives its value top-left and blanks elsewhere. */
  rows: string[][];
}

/** Reads the first worksheet of an .xlsx as a 2-D array of strings. */
export async function readFirstSheetGrid(data: Uint8Array | ArrayBuffer): Promise<SheetGrid> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as ArrayBuffer);
  } catch {
    throw new GridReadError('不是有效的 .xlsx 文件（无法打开工作簿）');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new GridReadError('工作簿中没有工作表');
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
  return { sheet: sheet.name, rows };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in value) return String(value.text ?? '');
  if ('error' in value) return '';
  return String(value);
}

/** Date cells are whole days stored as UTC midnight by ExcelJS. */
function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
