/** The printable workbook (推进情况表, 单位汇总) as .xlsx: the print layout drawn with the ledger's renderer. */
import type { WorkbookLayout } from '../layout/types';
import { drawSheetExtras } from './print-sheet-extras';
import { renderWorkbook, workbookBuffer } from './render-workbook';

export async function writePrintXlsx(layout: WorkbookLayout): Promise<Buffer> {
  const wb = await renderWorkbook(layout);
  for (const sheet of layout.sheets) {
    const ws = wb.getWorksheet(sheet.name);
    if (!ws) throw new Error(`sheet not rendered: ${sheet.name}`);
    drawSheetExtras(ws, sheet);
  }
  return workbookBuffer(wb);
}
