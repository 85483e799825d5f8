/**
 * A returned file → ParsedReturn: checks what the file is, reads the metadata sheet, finds the
 * header row by its names (columns may be reordered, added or deleted) and reads every row as
 * text with its sheet row and cell address. Nothing here decides what merges: core does.
 */
import ExcelJS from 'exceljs';
import { fieldForHeader } from '../core/consolidate';
import { MSG, finding } from '../core/consolidate';
import { RETURN_META_SHEET, RETURN_SHEET } from '../core/consolidate';
import type { ParsedReturn, ReturnFieldKey, ReturnMeta, ReturnRow } from '../core/consolidate';
import type { Finding, FindingCode } from '../core/finding';
import { RETURN_META_KEYS } from '../layout/return-meta-sheet';
import { cellText, isFormulaCell } from './cell-text';
import { checkReturnFile, type FileKind } from './return-file-check';
import { zipXmlProblem, xmlProblemText } from './xml-check';
import { guardZip } from './zip-guard';
import { RETURN_ZIP_LIMITS, zipProblemText } from './zip-limits';

/** The header row is looked for in the first rows of the sheet. */
const HEADER_SEARCH_ROWS = 30;
const SHEET_UNIT = /填报单位[:：]\s*(\S+)/;
const SHEET_ROUND = /报送轮次[:：]\s*(\d{4}-\d{2})/;
/** Excel keeps at most this many characters in a cell; a longer one is cut when the file is saved again. */
const EXCEL_CELL_LIMIT = 32_767;

const FILE_ERRORS: Record<Exclude<FileKind, 'xlsx'>, [FindingCode, (file: string) => string]> = {
  empty: ['file.truncated', MSG.truncated],
  truncated: ['file.truncated', MSG.truncated],
  'not-zip': ['file.not-zip', MSG.notZip],
  xls: ['file.old-xls', MSG.oldXls],
  encrypted: ['file.encrypted', MSG.encrypted],
  'not-workbook': ['file.not-workbook', MSG.notWorkbook],
};

function fail(file: string, code: FindingCode, message: string): ParsedReturn {
  return { kind: 'error', file, findings: [finding('error', code, message, { file })] };
}

export async function readReturnXlsx(bytes: Uint8Array, file: string): Promise<ParsedReturn> {
  const { kind, zip } = await checkReturnFile(bytes);
  if (kind !== 'xlsx') {
    const [code, message] = FILE_ERRORS[kind];
    return fail(file, code, message(file));
  }
  const problem = await guardZip(bytes, RETURN_ZIP_LIMITS, zip);
  if (problem) {
    return problem.kind === 'malformed' ? fail(file, 'file.truncated', MSG.truncated(file)) : fail(file, 'file.too-large', `「${file}」${zipProblemText(problem)}。`);
  }
  const xml = zip ? await zipXmlProblem(zip) : null;
  if (xml) return fail(file, xml.kind === 'entities' ? 'consolidate.xml-entities' : 'consolidate.bad-char-ref', `「${file}」${xmlProblemText(xml)}。`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return fail(file, 'file.truncated', MSG.truncated(file));
  }
  const meta = readMeta(wb);
  const [table, ...others] = findTables(wb);
  if (!table) {
    return meta ? fail(file, 'return.wrong-template', MSG.noHeader(file, RETURN_SHEET)) : fail(file, 'return.not-return', MSG.notReturn(file));
  }
  const { ws, headerRow, columns } = table;
  const findings: Finding[] = [];
  const rows = readRows(ws, headerRow, columns, file, findings);
  const copies = others.map((t) => {
    const copyFindings: Finding[] = [];
    const copyRows = readRows(t.ws, t.headerRow, t.columns, file, copyFindings);
    return { sheet: t.ws.name, columns: [...t.columns.values()], rows: copyRows, findings: copyFindings };
  });
  return {
    kind: 'return',
    file,
    sheet: ws.name,
    ...(wb.modified instanceof Date && !isNaN(wb.modified.getTime()) ? { modifiedAt: wb.modified.toISOString() } : {}),
    meta,
    ...preambleValues(ws, headerRow),
    columns: [...columns.values()],
    rows,
    findings,
    ...(copies.length > 0 ? { copies } : {}),
  };
}

function readMeta(wb: ExcelJS.Workbook): ReturnMeta | null {
  const ws = wb.getWorksheet(RETURN_META_SHEET);
  if (!ws) return null;
  const pairs = new Map<string, string>();
  ws.eachRow((row) => pairs.set(cellText(row.getCell(1).value).trim(), cellText(row.getCell(2).value).trim()));
  const meta: ReturnMeta = {
    ledgerId: pairs.get(RETURN_META_KEYS.ledgerId) ?? '',
    unit: pairs.get(RETURN_META_KEYS.unit) ?? '',
    round: pairs.get(RETURN_META_KEYS.round) ?? '',
    schemaVersion: Number(pairs.get(RETURN_META_KEYS.schemaVersion) ?? '0') || 0,
  };
  const reportBy = pairs.get(RETURN_META_KEYS.reportBy);
  if (reportBy) meta.reportBy = reportBy;
  const sent = sentFingerprints(ws);
  if (sent) meta.sent = sent;
  return meta;
}

/** 发出时内容: the JSON its rows hold, in order; undefined when absent or not a map of texts (the merge then compares with the ledger). */
function sentFingerprints(ws: ExcelJS.Worksheet): Record<string, string> | undefined {
  let json = '';
  ws.eachRow((row) => {
    if (cellText(row.getCell(1).value).trim() === RETURN_META_KEYS.sent) json += cellText(row.getCell(2).value);
  });
  if (json === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(json);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && Object.values(parsed).every((v) => typeof v === 'string')) return parsed as Record<string, string>;
  } catch {
    // A hand-edited metadata sheet: compare with the ledger instead.
  }
  return undefined;
}

interface FoundTable {
  ws: ExcelJS.Worksheet;
  headerRow: number;
  columns: Map<number, ReturnFieldKey>;
}

/** Every sheet whose header row names a task column and a column the unit fills; the 报送表 sheet first. */
function findTables(wb: ExcelJS.Workbook): FoundTable[] {
  const sheets = wb.worksheets.filter((s) => s.name !== RETURN_META_SHEET);
  sheets.sort((a, b) => Number(b.name === RETURN_SHEET) - Number(a.name === RETURN_SHEET));
  const tables: FoundTable[] = [];
  for (const ws of sheets) {
    for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, ws.rowCount); r++) {
      const columns = headerColumns(ws.getRow(r));
      const keys = [...columns.values()];
      const names = keys.includes('id') || keys.includes('task');
      const owned = keys.includes('status') || keys.includes('progress');
      if (names && owned) {
        tables.push({ ws, headerRow: r, columns });
        break;
      }
    }
  }
  return tables;
}

/** Column number → field; the first column with a given header wins. */
function headerColumns(row: ExcelJS.Row): Map<number, ReturnFieldKey> {
  const columns = new Map<number, ReturnFieldKey>();
  const seen = new Set<ReturnFieldKey>();
  row.eachCell((cell, col) => {
    const key = fieldForHeader(cellText(cell.value));
    if (key && !seen.has(key)) {
      seen.add(key);
      columns.set(col, key);
    }
  });
  return columns;
}

function readRows(ws: ExcelJS.Worksheet, headerRow: number, columns: Map<number, ReturnFieldKey>, file: string, findings: Finding[]): ReturnRow[] {
  const rows: ReturnRow[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const fields: ReturnRow['fields'] = {};
    for (const [col, key] of columns) {
      const cell = row.getCell(col);
      const text = cellText(cell.value);
      const formula = isFormulaCell(cell.value);
      if (text.length > EXCEL_CELL_LIMIT) {
        const at = { file, sheet: ws.name, row: r, cell: cell.address };
        findings.push(finding('error', 'consolidate.cell-too-long', MSG.cellTooLong(at, text.length, EXCEL_CELL_LIMIT), at));
        continue;
      }
      fields[key] = { text, cell: cell.address };
      if (formula) {
        const at = { file, sheet: ws.name, row: r, cell: cell.address };
        findings.push(finding('info', 'cell.formula', MSG.formulaCell(at), at));
      }
    }
    rows.push({ row: r, fields });
  }
  return rows;
}

/** 填报单位 and 报送轮次 as written above the table (the first of each). */
function preambleValues(ws: ExcelJS.Worksheet, headerRow: number): { sheetUnit?: string; sheetRound?: string } {
  const found: { sheetUnit?: string; sheetRound?: string } = {};
  for (let r = 1; r < headerRow; r++) {
    ws.getRow(r).eachCell((cell) => {
      const text = cellText(cell.value);
      const unit = SHEET_UNIT.exec(text);
      if (unit && found.sheetUnit === undefined) found.sheetUnit = unit[1];
      const round = SHEET_ROUND.exec(text);
      if (round && found.sheetRound === undefined) found.sheetRound = round[1];
    });
  }
  return found;
}
