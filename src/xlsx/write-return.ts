/**
 * A 报送表 as an .xlsx file: the return layout (src/layout/return-layout.ts) drawn with the
 * shared ExcelJS renderer. Two things the layout cannot say yet are done here: the metadata
 * sheet becomes veryHidden, and the rows above the table are drawn when the renderer does not
 * draw `preamble`/`merges` itself.
 */
import type ExcelJS from 'exceljs';
import { RETURN_META_SHEET, RETURN_SHEET } from '../core/consolidate/schema';
import type { ReturnPlan } from '../core/distribute';
import { buildReturnLayout } from '../layout/return-layout';
import type { SheetLayout } from '../layout/types';
import { toExcelStyle } from './exceljs-style';
import { cellValue } from './render-sheet';
import { renderWorkbook, workbookBuffer } from './render-workbook';

/** `generatedAt`: ISO date-time written in the metadata sheet and as the workbook's created/modified time. */
export async function writeReturnXlsx(plan: ReturnPlan, generatedAt: string): Promise<Buffer> {
  const layout = buildReturnLayout(plan, generatedAt);
  const wb = await renderWorkbook(layout);
  const when = new Date(generatedAt);
  wb.created = when;
  wb.modified = when;
  const sheet = layout.sheets.find((s) => s.name === RETURN_SHEET)!;
  drawPreambleIfMissing(wb.getWorksheet(RETURN_SHEET)!, sheet);
  wb.getWorksheet(RETURN_META_SHEET)!.state = 'veryHidden';
  return workbookBuffer(wb);
}

function drawPreambleIfMissing(ws: ExcelJS.Worksheet, sheet: SheetLayout): void {
  const preamble = sheet.preamble ?? [];
  const first = preamble[0]?.[0];
  if (!first || ws.getCell(1, 1).value !== null) return;
  preamble.forEach((cells, i) => {
    cells.forEach((content, j) => {
      const cell = ws.getCell(i + 1, j + 1);
      cell.value = cellValue(content);
      if (content.style) cell.style = toExcelStyle(content.style);
    });
  });
  for (const range of sheet.merges ?? []) ws.mergeCells(range);
  for (const [row, height] of Object.entries(sheet.rowHeights)) ws.getRow(Number(row)).height = height;
}
