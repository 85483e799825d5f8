/** Ledger files in a fresh temporary folder, written from the fixture and optionally edited. */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Ledger } from '../../src/core/ledger';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';

export async function tempDir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function writeLedgerFile(dir: string, name: string, ledger: Ledger, edit?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  let bytes = await writeLedgerXlsx(ledger);
  if (edit) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    edit(wb);
    bytes = Buffer.from(await wb.xlsx.writeBuffer());
  }
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  return file;
}
