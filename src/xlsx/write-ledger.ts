/** The ledger as an .xlsx file: the layout of src/layout drawn with ExcelJS. */
import type { Ledger } from '../core/ledger';
import { buildLedgerLayout } from '../layout/ledger-layout';
import { renderWorkbook, workbookBuffer } from './render-workbook';

export async function writeLedgerXlsx(ledger: Ledger): Promise<Buffer> {
  return workbookBuffer(await renderWorkbook(buildLedgerLayout(ledger)));
}
