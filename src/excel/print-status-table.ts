/**
 * 打印状态表 in the add-in: (re)builds 推进情况表 and 单位汇总 from the ledger through the shared
 * print layout and the workbook renderer (page layout included), after the ledger's sheets, and
 * leaves 推进情况表 active, ready for the host's print dialog: Office.js has no print call.
 */
import type { Ledger } from '../core/ledger';
import { excelMessages as M, printMessages as P } from '../core/finding';
import type { StatusTableOptions } from '../core/report';
import { buildPrintLayout } from '../layout/print-layout';
import { EXCEL_COLUMN_METRICS } from '../layout/print-columns';
import type { PrintOptions } from '../layout/print-style';
import { STATUS_SHEET_NAME } from '../layout/status-sheet';
import { attempt, type ExcelOutcome } from './outcome';
import { printFontsHere } from './print-fonts';
import { renderWorkbookLayout, type RenderReport } from './render-workbook';

function notices(report: RenderReport): string[] {
  return [...(report.features.print ? [] : [M.printSkipped()]), P.readyToPrint(STATUS_SHEET_NAME)];
}

/** The renderer activates the layout's first sheet, 推进情况表. `print`: by default the fonts this machine has, Excel's column metrics. */
export function printStatusTable(
  ledger: Ledger,
  options: StatusTableOptions,
  print: PrintOptions = { fonts: printFontsHere(), columns: EXCEL_COLUMN_METRICS },
): Promise<ExcelOutcome<RenderReport>> {
  const layout = buildPrintLayout(ledger, options, print);
  return attempt(() => renderWorkbookLayout(layout, { placement: 'end', clearBlankWorkbook: false }), notices);
}
