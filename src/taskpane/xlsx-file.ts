/**
 * .xlsx bytes in the browser, from the same writers the CLI uses (src/xlsx). Loaded with
 * import(): ExcelJS is the largest piece of the pane.
 */
import type { Ledger } from '../core/ledger';
import type { StatusTableOptions } from '../core/report';
import { buildPrintLayout } from '../layout/print-layout';
import { writePrintXlsx } from '../xlsx/print-workbook';
import { writeLedgerXlsx } from '../xlsx/write-ledger';

/** The ledger (its 单位报送 sheet included, so each unit's reports survive the next opening). */
export async function ledgerXlsxBytes(ledger: Ledger): Promise<Uint8Array> {
  return new Uint8Array(await writeLedgerXlsx(ledger));
}

/** The printable workbook: 推进情况表 and 单位汇总. */
export async function statusTableXlsxBytes(ledger: Ledger, options: StatusTableOptions): Promise<Uint8Array> {
  return new Uint8Array(await writePrintXlsx(buildPrintLayout(ledger, options)));
}
