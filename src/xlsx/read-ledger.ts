/** A ledger .xlsx back to a Ledger: ExcelJS reads the sheets, src/core/ledger-read.ts does the rest. */
import ExcelJS from 'exceljs';
import { readLedgerGrids, type LedgerReadResult } from '../core/ledger-read';
import { ledgerReadMessages as msg } from '../core/messages';
import { sheetGrid } from './sheet-grid';

export interface ReadLedgerOptions {
  /** Used when the 设置 sheet is missing; default: the current year. */
  fallbackPlanYear?: number;
}

async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

function describe(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  if (/zip|central directory|signature/i.test(text)) return '不是 zip 格式的 .xlsx 文件';
  return text.slice(0, 120);
}

export async function readLedgerXlsx(buffer: Buffer, file: string, options: ReadLedgerOptions = {}): Promise<LedgerReadResult> {
  let wb: ExcelJS.Workbook;
  try {
    wb = await loadWorkbook(buffer);
  } catch (err) {
    return {
      ledger: null,
      findings: [{ level: 'error', code: 'ledger.not-workbook', field: 'file', message: msg.notWorkbook(file, describe(err)), suggestion: msg.notWorkbookSuggestion(), file }],
    };
  }
  const grids = { file, sheets: wb.worksheets.map(sheetGrid) };
  return readLedgerGrids(grids, { fallbackPlanYear: options.fallbackPlanYear ?? new Date().getFullYear() });
}
