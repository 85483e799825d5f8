/** The whole ledger workbook, described from a Ledger: every sheet, in tab order, and the defined names. */
import type { Ledger } from '../core/ledger';
import { changesSheet, undoDataSheet } from './changes-sheet';
import { findingsSheet } from './findings-sheet';
import { fitRowHeights } from './fit-rows';
import { settingsNames, settingsSheet } from './settings-sheet';
import { summarySheet } from './summary-sheet';
import { taskSheet } from './task-sheet';
import type { WorkbookLayout } from './types';
import { unitReportSheet } from './unit-report-sheet';
import { unitSheet } from './unit-sheet';

export function buildLedgerLayout(ledger: Ledger): WorkbookLayout {
  return {
    sheets: [taskSheet(ledger), summarySheet(ledger), findingsSheet(ledger), unitSheet(ledger), unitReportSheet(ledger), changesSheet(ledger), settingsSheet(ledger), undoDataSheet(ledger)].map(fitRowHeights),
    names: settingsNames(),
  };
}
