/**
 * 合并 in the open workbook: read the ledger (its sheets and 单位报送) in one Excel.run, read the
 * picked returns with ExcelJS (src/xlsx/read-return.ts), consolidate in core, and draw the new
 * ledger back once through the shared layout. Nothing is written when nothing changed, and a
 * failed write puts the old sheets back (renderWorkbookLayout's replace plan).
 * Syncs: 2 to read + those of one render; none depends on the number of files or rows.
 */
import { consolidate } from '../core/consolidate/consolidate';
import type { ConsolidationReport, ParsedReturn } from '../core/consolidate/types';
import { undoLastConsolidation, type UndoResult } from '../core/consolidate/undo';
import { UNIT_REPORT_SHEET, attachUnitReports } from '../core/consolidate/unit-report-grid';
import type { Ledger } from '../core/ledger';
import { LEDGER_SHEETS } from '../core/ledger-fields';
import { readLedgerGrids, type LedgerReadResult } from '../core/ledger-read';
import { buildLedgerLayout } from '../layout/ledger-layout';
import { withUnitReportSheet } from '../layout/unit-report-sheet';
import { readReturnXlsx } from '../xlsx/read-return';
import { attempt, type ExcelOutcome } from './outcome';
import { readSheetGrids } from './read-sheets';
import { renderWorkbookLayout } from './render-workbook';

/** A returned file as the task pane picked it. */
export interface ReturnUpload {
  name: string;
  bytes: Uint8Array;
}

export interface WorkbookConsolidation {
  report: ConsolidationReport;
  /** Whether the ledger was written (false when nothing changed). */
  written: boolean;
}

/** The ledger of the open workbook with each unit's reports (`ledger` null when it holds none). */
export async function readLedgerWithReports(fallbackPlanYear = new Date().getFullYear()): Promise<LedgerReadResult> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    const workbook = context.workbook.load('name');
    await context.sync();
    const present = new Set(sheets.items.map((s) => s.name));
    const names = [...Object.values(LEDGER_SHEETS), UNIT_REPORT_SHEET].filter((n) => present.has(n));
    const grids = await readSheetGrids(context, names);
    const reports = grids.find((g) => g.name === UNIT_REPORT_SHEET);
    const result = readLedgerGrids({ file: workbook.name, sheets: grids.filter((g) => g !== reports) }, { fallbackPlanYear });
    return result.ledger ? { ...result, ledger: attachUnitReports(result.ledger, reports) } : result;
  });
}

/** The ledger drawn into the open workbook, 单位报送 included. */
export async function writeLedgerWithReports(ledger: Ledger): Promise<void> {
  await renderWorkbookLayout(withUnitReportSheet(buildLedgerLayout(ledger), ledger), { placement: 'first', clearBlankWorkbook: false });
}

async function requireLedger(): Promise<Ledger> {
  const { ledger, findings } = await readLedgerWithReports();
  if (!ledger) throw new Error(findings.find((f) => f.level === 'error')?.message ?? findings[0]?.message ?? '当前工作簿中没有任务台账');
  return ledger;
}

export function consolidateInWorkbook(
  uploads: readonly ReturnUpload[],
  options: { batchId: string; time: string; round?: string },
): Promise<ExcelOutcome<WorkbookConsolidation>> {
  return attempt(async () => {
    const ledger = await requireLedger();
    const returns: ParsedReturn[] = [];
    for (const u of uploads) returns.push(await readReturnXlsx(u.bytes, u.name));
    const { ledger: next, report } = consolidate(ledger, returns, options);
    if (report.changes === 0) return { report, written: false };
    await writeLedgerWithReports(next);
    return { report, written: true };
  });
}

export function undoInWorkbook(): Promise<ExcelOutcome<UndoResult>> {
  return attempt(async () => {
    const result = undoLastConsolidation(await requireLedger());
    if (result.batchId !== null) await writeLedgerWithReports(result.ledger);
    return result;
  });
}
