/** 建账: the ledger drawn into the open workbook from the shared layout (src/layout). */
import { excelMessages as M } from '../core/messages';
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

export function renderLedger(ledger: Ledger): Promise<ExcelOutcome<RenderReport>> {
  return attempt(() => renderWorkbookLayout(buildLedgerLayout(ledger), { placement: 'first', clearBlankWorkbook: true }), missingFeatures);
}
