import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { runLedgerLayoutContract } from '../layout/ledger-layout.contract';
import { snapshotXlsx } from './exceljs-snapshot';

runLedgerLayoutContract('ExcelJS .xlsx', async (ledger) => snapshotXlsx(await writeLedgerXlsx(ledger)));
