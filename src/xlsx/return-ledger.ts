/**
 * The ledger file as consolidation needs it: the ledger workbook (src/layout/ledger-layout.ts,
 * read back by readLedgerXlsx) plus the 单位报送 sheet holding each unit's report.
 */
import ExcelJS from 'exceljs';
import { attachUnitReports, UNIT_REPORT_SHEET } from '../core/consolidate/unit-report-grid';
import type { Ledger } from '../core/ledger';
import type { LedgerReadResult } from '../core/ledger-read';
import { buildLedgerLayout } from '../layout/ledger-layout';
import { withUnitReportSheet } from '../layout/unit-report-sheet';
import { readLedgerXlsx, type ReadLedgerOptions } from './read-ledger';
import { renderWorkbook, workbookBuffer } from './render-workbook';
import { sheetGrid } from './sheet-grid';

export async function writeLedgerWithReportsXlsx(ledger: Ledger): Promise<Buffer> {
  return workbookBuffer(await renderWorkbook(withUnitReportSheet(buildLedgerLayout(ledger), ledger)));
}

export async function readLedgerWithReportsXlsx(buffer: Buffer, file: string, options: ReadLedgerOptions = {}): Promise<LedgerReadResult> {
  const result = await readLedgerXlsx(buffer, file, options);
  if (!result.ledger) return result;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(UNIT_REPORT_SHEET);
  return { ...result, ledger: attachUnitReports(result.ledger, ws ? sheetGrid(ws) : undefined) };
}
