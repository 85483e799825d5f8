/** The printable workbook: 推进情况表 then 单位汇总, built from a ledger on a given day. */
import type { Ledger } from '../core/ledger';
import { buildStatusTable, type StatusTableOptions } from '../core/status-table';
import { buildUnitSummary } from '../core/unit-summary';
import { DEFAULT_PRINT_FONTS, type PrintFonts } from './print-style';
import { statusSheet } from './status-sheet';
import { unitSummarySheet } from './status-unit-sheet';
import type { SheetLayout, WorkbookLayout } from './types';

/** Both printed sheets; the 单位汇总 always covers the whole ledger (filters narrow the 推进情况表 only). */
export function buildPrintSheets(ledger: Ledger, options: StatusTableOptions, fonts: PrintFonts = DEFAULT_PRINT_FONTS): SheetLayout[] {
  return [statusSheet(buildStatusTable(ledger, options), fonts), unitSummarySheet(buildUnitSummary(ledger, options.today), fonts)];
}

export function buildPrintLayout(ledger: Ledger, options: StatusTableOptions, fonts: PrintFonts = DEFAULT_PRINT_FONTS): WorkbookLayout {
  return { sheets: buildPrintSheets(ledger, options, fonts), names: [] };
}
