import type { Ledger } from '../../src/core/ledger';
import { renderLedger } from '../../src/excel/render-ledger';
import { runLedgerLayoutContract } from '../layout/ledger-layout.contract';
import { createExcelStandin, toWorkbookSnapshot, withStandin } from '../support/excel-standin';
import type { WorkbookSnapshot } from '../support/workbook-snapshot';

async function renderAndSnapshot(ledger: Ledger): Promise<WorkbookSnapshot> {
  const standin = createExcelStandin({ maxApiVersion: '1.9' });
  const outcome = await withStandin(standin, () => renderLedger(ledger));
  if (!outcome.ok) throw new Error(`${outcome.problem.code}: ${outcome.problem.message}`);
  return toWorkbookSnapshot(standin.host.state);
}

runLedgerLayoutContract('excel', renderAndSnapshot);
