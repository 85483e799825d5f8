/**
 * The ledger in the open workbook, read back: whole sheets as grids (a fixed number of syncs),
 * then src/core/ledger-read.ts makes the Ledger (each unit's reports from 单位报送 included) and
 * the findings, as for an .xlsx file.
 */
import { LEDGER_SHEETS } from '../core/ledger';
import { readLedgerGrids, type LedgerReadResult } from '../core/ledger';
import { attempt, type ExcelOutcome } from './outcome';
import { readSheetGrids } from './read-sheets';

export interface ReadLedgerOptions {
  /** Plan year when the 设置 sheet is missing; default: the current year. */
  fallbackPlanYear?: number;
}

/** The open workbook's ledger, 单位报送 included; Excel's errors are thrown (readLedger makes them a value). */
export async function readOpenLedger(options: ReadLedgerOptions = {}): Promise<LedgerReadResult> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    const workbook = context.workbook.load('name');
    await context.sync();
    const present = new Set(sheets.items.map((s) => s.name));
    const names = Object.values(LEDGER_SHEETS).filter((n) => present.has(n));
    const grids = await readSheetGrids(context, names);
    return readLedgerGrids({ file: workbook.name, sheets: grids }, { fallbackPlanYear: options.fallbackPlanYear ?? new Date().getFullYear() });
  });
}

/** `ledger` is null when the workbook holds no ledger (the findings say why). */
export function readLedger(options: ReadLedgerOptions = {}): Promise<ExcelOutcome<LedgerReadResult>> {
  return attempt(() => readOpenLedger(options));
}
