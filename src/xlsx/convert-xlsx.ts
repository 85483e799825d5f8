/**
 * Returns in other spreadsheet formats (.ods, .et, .xls, .csv, .wps) made into .xlsx bytes by
 * LibreOffice, so consolidation reads them like any other return.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { withSofficeConversion } from './print-pdf';

/** CSV: comma-separated, double quotes, UTF-8 (76), first line 1. */
const CSV_FILTER = 'CSV:44,34,76,1';

export async function convertToXlsx(program: string, inputPath: string): Promise<Buffer> {
  const filter = extname(inputPath).toLowerCase() === '.csv' ? CSV_FILTER : undefined;
  return withSofficeConversion(program, inputPath, 'xlsx', (produced) => readFile(produced), filter);
}
