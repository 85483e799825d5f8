/**
 * Breakdowns in formats the importer cannot read itself, converted by LibreOffice (the one soffice
 * conversion, withSofficeConversion: a temporary folder, a fresh user profile, removed afterwards):
 * word-processor files (.doc, .wps, .odt) to .docx, spreadsheets (.xls, .et, .ods) to .xlsx.
 */
import { readFile } from 'node:fs/promises';
import { importMessages as msg } from '../core/finding';
import type { ConvertedKind } from '../core/import';
import { findSoffice, PdfConversionError, withSofficeConversion } from '../xlsx/print-pdf';
import { CliError } from './cli-error';
import { SOFFICE_ENV } from './print-command';

const FORMATS: Record<ConvertedKind, string> = { docx: 'docx:MS Word 2007 XML', xlsx: 'xlsx:Calc MS Excel 2007 XML' };

/** The file at `file` (extension `ext`) as the bytes of a .docx or .xlsx. */
export async function convertDocument(file: string, ext: string, to: ConvertedKind): Promise<Uint8Array> {
  const soffice = findSoffice(process.env[SOFFICE_ENV] || undefined);
  if (soffice === null) throw new CliError(`${file}：${msg.needsLibreOffice(ext, to)}`);
  try {
    return await withSofficeConversion(soffice, file, FORMATS[to], (produced) => readFile(produced));
  } catch (err) {
    if (err instanceof PdfConversionError) throw new CliError(`${file}：${msg.conversionFailed(ext, err.detail.split('\n')[0] ?? '', to)}`);
    throw err;
  }
}
