/** 建账: the ledger drawn into the open workbook from the shared layout (src/layout). */
import { excelMessages as M } from '../core/finding';
import type { Ledger } from '../core/ledger';
import { buildLedgerLayout } from '../layout/ledger-layout';
import { attempt, type ExcelOutcome } from './outcome';
import { renderWorkbookLayout, type RenderReport } from './render-workbook';

function missingFeatures(report: RenderReport): string[] {
  const notices: string[] = [];
  if (!report.features.print) notices.push(M.printSkipped());
  if (!report.features.validations) notices.push(M.validationsSkipped());
  return notices;
}

/** The ledger's sheets (单位报送 included) replace those of the open workbook; Excel's errors are thrown. */
export function drawLedger(ledger: Ledger): Promise<RenderReport> {
  return renderWorkbookLayout(buildLedgerLayout(ledger), { placement: 'first', clearBlankWorkbook: true });
}

export function renderLedger(ledger: Ledger): Promise<ExcelOutcome<RenderReport>> {
  return attempt(() => drawLedger(ledger), missingFeatures);
}
