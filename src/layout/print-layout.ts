/** The printable workbook: 推进情况表 then 单位汇总, built from a ledger on a given day. */
import type { Ledger } from '../core/ledger';
import { buildStatusTable, type StatusTableOptions } from '../core/report';
import { buildUnitSummary } from '../core/report';
import { DEFAULT_PRINT_OPTIONS, type PrintOptions } from './print-style';
import { statusSheet } from './status-sheet';
import { unitSummarySheet } from './status-unit-sheet';
import type { SheetLayout, WorkbookLayout } from './types';

/** Both printed sheets; the 单位汇总 always covers the whole ledger (filters narrow the 推进情况表 only). */
export function buildPrintSheets(ledger: Ledger, options: StatusTableOptions, print: PrintOptions = DEFAULT_PRINT_OPTIONS): SheetLayout[] {
  return [statusSheet(buildStatusTable(ledger, options), print), unitSummarySheet(buildUnitSummary(ledger, options.today), print)];
}

export function buildPrintLayout(ledger: Ledger, options: StatusTableOptions, print: PrintOptions = DEFAULT_PRINT_OPTIONS): WorkbookLayout {
  return { sheets: buildPrintSheets(ledger, options, print), names: [] };
}
