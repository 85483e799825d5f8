import * as path from 'path';
import { convertedTo, importBreakdown, importWorkbook, previewBreakdown, previewWorkbook, type BreakdownInput, type ChosenColumns, type ImportResult, type SheetRows } from '../core/import';
import { previewText } from './columns-option';
import type { Unit } from '../core/ledger';
import { DocxReadError, readDocxDocumentXml } from '../docx/read-docx';
import { readPdfFile } from '../pdf/load-pdfjs';
import { PdfReadError } from '../pdf/read-pdf';
import { GridReadError, readSheetGrids } from '../xlsx/read-grid';
import { CliError } from './cli-error';
import { convertDocument } from './convert-document';
import { importMessages } from '../core/finding';
import { readInputFile } from './read-input-file';
import { decodeText } from './decode-text';

export interface LoadBreakdownOptions {
  /** --year: the plan year, overriding the document's. */
  year?: number;
  /** The user's 单位名录, when there is one. */
  directory?: Unit[];
  /** --columns: the columns the user chose, for a table the importer cannot read by itself. */
  columns?: ChosenColumns;
}

/** A result, with the table's first rows as text when the import looks wrong (so that the user can choose its columns). */
export type LoadedBreakdown = ImportResult & { columnsHelp?: string };

type FileKind = 'text' | 'docx' | 'xlsx' | 'pdf' | 'convert-docx' | 'convert-xlsx';

/**
 * Reads a breakdown file (.txt, .docx, .xlsx, .pdf; .doc/.wps/.odt and .xls/.et/.ods through
 * LibreOffice) and imports it. Every problem that stops the import
 * (missing or unreadable file, not a docx/xlsx, no table, no header, no plan year) is a CliError
 * naming the file; problems in the table are findings in the result.
 */
export async function loadBreakdown(file: string, options: LoadBreakdownOptions = {}): Promise<LoadedBreakdown> {
  const bytes = await readInputFile(file, '任务分解表文件');
  const input = await toInput(file, bytes);
  const importOptions = { planYear: options.year, file: path.basename(file), directory: options.directory, columns: options.columns };
  const result = Array.isArray(input) ? importWorkbook(input, importOptions)! : importBreakdown(input, importOptions);
  const preview = (): string => previewText(Array.isArray(input) ? previewWorkbook(input) : previewBreakdown(input));
  const fatal = result.findings.find((f) => FATAL_CODES.has(f.code));
  if (fatal) {
    const suggestion = fatal.code === 'import.no-text-layer' || fatal.code === 'import.columns-chosen-bad' ? (fatal.suggestion ? `。${fatal.suggestion}` : '') : '';
    throw new CliError(`${file}：${fatal.message}${suggestion}${fatal.code === 'import.no-text-layer' ? '' : preview()}`);
  }
  if (result.planYear === null) throw new CliError(`${file}：未能从文件中读出计划年度，请用 --year 指定，如 --year 2024`);
  return result.findings.some((f) => f.code === 'import.implausible') ? { ...result, columnsHelp: preview() } : result;
}


const FATAL_CODES = new Set(['import.no-table', 'import.no-header', 'import.no-tasks', 'import.no-text-layer', 'import.columns-chosen-bad']);

async function toInput(file: string, bytes: Uint8Array): Promise<BreakdownInput | SheetRows[]> {
  const kind = fileKind(file, bytes);
  try {
    switch (kind) {
      case 'docx':
        return { kind: 'docx', documentXml: await readDocxDocumentXml(bytes) };
      case 'convert-docx':
        return { kind: 'docx', documentXml: await readDocxDocumentXml(await convertDocument(file, path.extname(file).toLowerCase(), 'docx')) };
      case 'convert-xlsx':
        return await readSheetGrids(await convertDocument(file, path.extname(file).toLowerCase(), 'xlsx'));
      case 'xlsx':
        return await readSheetGrids(bytes);
      case 'text':
        return { kind: 'text', text: decodeText(bytes) };
      case 'pdf':
        return { kind: 'pdf', pages: await readPdfFile(bytes) };
    }
  } catch (err) {
    if (err instanceof DocxReadError || err instanceof GridReadError || err instanceof PdfReadError) throw new CliError(`${file}：${err.message}`);
    throw err;
  }
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46];
const RTF_SIGNATURE = [0x7b, 0x5c, 0x72, 0x74, 0x66];
/**
 * Whether the content of a file to be converted (convertedTo) is what its extension says: .doc
 * (Word 97 or RTF), .wps, .xls and .et are OLE files — but many web systems export an HTML table
 * named .xls, which LibreOffice reads too; .odt and .ods are zips.
 */
const FITS_EXTENSION: Record<string, (starts: (sig: number[]) => boolean) => boolean> = {
  '.doc': (starts) => starts(OLE_SIGNATURE) || starts(RTF_SIGNATURE),
  '.wps': (starts) => starts(OLE_SIGNATURE),
  '.odt': (starts) => starts(ZIP_SIGNATURE),
  '.xls': (starts) => !starts(ZIP_SIGNATURE) && !starts(PDF_SIGNATURE),
  '.et': (starts) => !starts(ZIP_SIGNATURE) && !starts(PDF_SIGNATURE),
  '.ods': (starts) => starts(ZIP_SIGNATURE),
};

function fileKind(file: string, bytes: Uint8Array): FileKind {
  const ext = path.extname(file).toLowerCase();
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (ext === '.ofd') throw new CliError(`${file}：${importMessages.ofd()}`);
  const converted = convertedTo(ext);
  if (converted !== null) {
    // A workbook saved as .xlsx but named .xls (or .et) is read as the .xlsx it is.
    if ((ext === '.xls' || ext === '.et') && starts(ZIP_SIGNATURE)) return 'xlsx';
    // A format core adds without a content check here is converted unchecked (LibreOffice still says when it cannot read it).
    const fits = FITS_EXTENSION[ext] as ((starts: (sig: number[]) => boolean) => boolean) | undefined;
    if (fits !== undefined && !fits(starts)) throw new CliError(`${file}：${importMessages.notValid(ext)}`);
    return converted === 'docx' ? 'convert-docx' : 'convert-xlsx';
  }
  if (starts(OLE_SIGNATURE)) {
    throw new CliError(`${file}：不支持旧版 Office 格式（.doc/.xls），请用 Word/WPS/Excel 另存为 .docx 或 .xlsx 后再导入`);
  }
  if (ext === '.pdf' || starts(PDF_SIGNATURE)) return 'pdf';
  if (ext === '.docx') return 'docx';
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (starts(ZIP_SIGNATURE)) {
    throw new CliError(`${file}：是压缩文件，但扩展名不是 .docx 或 .xlsx，无法判断格式`);
  }
  if (bytes.includes(0)) {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    if (!utf16) throw new CliError(`${file}：不是文本文件，也不是 .docx 或 .xlsx`);
  }
  return 'text';
}
