/** A ledger .xlsx back to a Ledger: ExcelJS reads the sheets, src/core/ledger-read.ts does the rest. */
import ExcelJS from 'exceljs';
import type { Finding, FindingCode } from '../core/finding';
import { readLedgerGrids, type LedgerReadResult } from '../core/ledger';
import { ledgerFileMessages as fileMsg, ledgerReadMessages as msg, zipLimitMessages } from '../core/finding';
import { checkReturnFile, type FileKind } from './return-file-check';
import { sheetGrid } from './sheet-grid';
import { guardZip } from './zip-guard';
import { LEDGER_ZIP_LIMITS, zipProblemText } from './zip-limits';

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

function refused(file: string, code: FindingCode, message: string, suggestion: string): LedgerReadResult {
  const finding: Finding = { level: 'error', code, field: 'file', message, suggestion, file };
  return { ledger: null, findings: [finding] };
}

const NOT_XLSX_DETAIL: Record<Exclude<FileKind, 'xlsx'>, () => string> = {
  empty: fileMsg.empty,
  truncated: fileMsg.truncated,
  'not-zip': fileMsg.notZip,
  'not-workbook': fileMsg.notWorkbook,
  xls: fileMsg.oldXls,
  encrypted: fileMsg.encrypted,
};

const SUGGESTION: Partial<Record<FileKind, () => string>> = { encrypted: fileMsg.encryptedSuggestion, xls: fileMsg.oldXlsSuggestion };

/** Why a file that is not an .xlsx cannot be opened (detection shared with the return reader). */
function notWorkbook(file: string, kind: Exclude<FileKind, 'xlsx'>): LedgerReadResult {
  // An OLE file named .xlsx without the EncryptionInfo stream found: a password or an old .xls renamed.
  const ambiguous = kind === 'xls' && /\.xlsx$/i.test(file);
  const detail = ambiguous ? fileMsg.encryptedOrXls() : NOT_XLSX_DETAIL[kind]();
  const suggestion = ambiguous ? fileMsg.encryptedOrXlsSuggestion() : (SUGGESTION[kind] ?? msg.notWorkbookSuggestion)();
  return refused(file, 'ledger.not-workbook', msg.notWorkbook(file, detail), suggestion);
}

export async function readLedgerXlsx(buffer: Buffer, file: string, options: ReadLedgerOptions = {}): Promise<LedgerReadResult> {
  const { kind, zip } = await checkReturnFile(buffer);
  if (kind !== 'xlsx') return notWorkbook(file, kind);
  const problem = await guardZip(buffer, LEDGER_ZIP_LIMITS, zip);
  if (problem) {
    if (problem.kind === 'malformed') return notWorkbook(file, 'truncated');
    return refused(file, 'ledger.too-large', `“${file}”${zipProblemText(problem)}`, zipLimitMessages.suggestion());
  }
  let wb: ExcelJS.Workbook;
  try {
    wb = await loadWorkbook(buffer);
  } catch (err) {
    return refused(file, 'ledger.not-workbook', msg.notWorkbook(file, describe(err)), msg.notWorkbookSuggestion());
  }
  const grids = { file, sheets: wb.worksheets.map(sheetGrid) };
  return readLedgerGrids(grids, { fallbackPlanYear: options.fallbackPlanYear ?? new Date().getFullYear() });
}
