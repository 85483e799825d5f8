/**
 * A 报送表 as an .xlsx file: the return layout (src/layout/return-layout.ts) drawn with the
 * shared ExcelJS renderer, its preamble and merges with drawSheetExtras (as printed sheets are).
 * The metadata sheet, `hidden` in the layout, becomes veryHidden here: SheetLayout has no word
 * for it yet, and Excel's 取消隐藏 then does not list it.
 */
import { RETURN_META_SHEET, RETURN_SHEET } from '../core/consolidate';
import type { ReturnPlan } from '../core/distribute';
import { buildReturnLayout } from '../layout/return-layout';
import { drawSheetExtras } from './print-sheet-extras';
import { renderWorkbook, workbookBuffer } from './render-workbook';

/** `generatedAt`: ISO date-time written in the metadata sheet and as the workbook's created/modified time. */
export async function writeReturnXlsx(plan: ReturnPlan, generatedAt: string): Promise<Buffer> {
  const layout = buildReturnLayout(plan, generatedAt);
  const wb = await renderWorkbook(layout);
  const when = new Date(generatedAt);
  wb.created = when;
  wb.modified = when;
  drawSheetExtras(wb.getWorksheet(RETURN_SHEET)!, layout.sheets.find((s) => s.name === RETURN_SHEET)!);
  wb.getWorksheet(RETURN_META_SHEET)!.state = 'veryHidden';
  return workbookBuffer(wb);
}
