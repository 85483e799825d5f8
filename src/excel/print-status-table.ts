/**
 * 打印状态表 in the add-in: (re)builds 推进情况表 and 单位汇总 from the ledger through the shared
 * layout and the workbook renderer, page layout included, puts them after the ledger's sheets
 * and selects 推进情况表, ready for the host's print dialog (Office.js cannot print).
 */
import type { Ledger } from '../core/ledger';
import { printMessages as P } from '../core/messages';
import type { StatusTableOptions } from '../core/status-table';
import { buildPrintLayout } from '../layout/print-layout';
import type { PrintFonts } from '../layout/print-style';
import { STATUS_SHEET_NAME } from '../layout/status-sheet';
import { excelMessages as M } from '../core/messages';
import { attempt, type ExcelOutcome } from './outcome';
import { printFontsHere } from './print-fonts';
import { renderWorkbookLayout, type RenderReport } from './render-workbook';

export interface PrintReport extends RenderReport {
  /** The sheet left active, for the pane to name. */
  activeSheet: string;
}

/** The print sheets go last, 推进情况表 active with A1 selected: one more request, whatever the size. */
async function moveToEndAndSelect(sheetNames: readonly string[]): Promise<void> {
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const last = sheets.items.length - 1;
    sheetNames.forEach((name, i) => { sheets.getItem(name).position = last - (sheetNames.length - 1) + i; });
    const status = sheets.getItem(STATUS_SHEET_NAME);
    status.activate();
    status.getRange('A1').select();
    await context.sync();
  });
}

function notices(report: PrintReport): string[] {
  const list = report.features.print ? [] : [M.printSkipped()];
  return [...list, P.readyToPrint(report.activeSheet)];
}

export function printStatusTable(ledger: Ledger, options: StatusTableOptions, fonts: PrintFonts = printFontsHere()): Promise<ExcelOutcome<PrintReport>> {
  return attempt(async () => {
    const layout = buildPrintLayout(ledger, options, fonts);
    const report = await renderWorkbookLayout(layout);
    await moveToEndAndSelect(report.sheets);
    return { ...report, syncs: report.syncs + 2, activeSheet: STATUS_SHEET_NAME };
  }, notices);
}
