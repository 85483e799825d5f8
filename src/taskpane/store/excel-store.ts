import { consolidate, undoLastConsolidation } from '../../core/consolidate';
import type { Ledger } from '../../core/ledger';
import { checkLedger } from '../../core/ledger-check';
import type { StatusGrouping } from '../../core/status-table';
import { mergeOutcome } from '../merge-outcome';
import { newBatchId, nowIso, readReturnFiles } from '../workflow';
import type { LedgerStore, MergeFileResult, MergeOutcome, PickedFile } from './ledger-store';
import type { ExcelOutcome } from '../../excel/outcome';

/** An Excel action's outcome as a value, or its Chinese problem thrown for the pane to show. */
function unwrap<T>(outcome: ExcelOutcome<T>): { value: T; notices: string[] } {
  if (!outcome.ok) throw new Error([outcome.problem.message, outcome.problem.suggestion].filter(Boolean).join('\n'));
  return outcome;
}

/** The ledger in the open workbook, through the Excel JavaScript API (src/excel). */
export class ExcelLedgerStore implements LedgerStore {
  readonly mode = 'excel' as const;

  /** The workbook's ledger, checked as it stands now (people edit it between visits); null when the workbook holds none. */
  async load(): Promise<Ledger | null> {
    const { readLedger } = await import('../../excel/read-ledger');
    const { ledger, findings } = unwrap(await readLedger()).value;
    return ledger && { ...ledger, findings: checkLedger(ledger, findings) };
  }

  async save(ledger: Ledger): Promise<string[]> {
    const { renderLedger } = await import('../../excel/render-ledger');
    return unwrap(await renderLedger(ledger)).notices;
  }

  async readSelection(): Promise<unknown[][]> {
    const { attempt } = await import('../../excel/outcome');
    return unwrap(await attempt(() => Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load('values');
      await context.sync();
      return range.values;
    }))).value;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    const { attempt } = await import('../../excel/outcome');
    unwrap(await attempt(() => Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    })));
  }

  async consolidate(files: PickedFile[], _today: string, onFile: (index: number, result: MergeFileResult) => void): Promise<MergeOutcome> {
    const ledger = await this.require();
    const parsed = await readReturnFiles(files, (i, phase) => {
      if (phase === 'reading') onFile(i, { file: files[i].name, state: 'reading', changes: 0 });
    });
    const time = nowIso();
    const { ledger: next, report } = consolidate(ledger, parsed, { batchId: newBatchId(time), time });
    if (report.changes > 0) await this.save(next);
    const outcome = mergeOutcome(report, files.map((f) => f.name));
    outcome.files.forEach((r, i) => onFile(i, r));
    return outcome;
  }

  async undoLastMerge(): Promise<number> {
    const result = undoLastConsolidation(await this.require());
    if (result.restored > 0) await this.save(result.ledger);
    return result.restored;
  }

  /** The print sheets (推进情况表, 单位汇总) drawn into the workbook from the shared print layout; the first is activated. */
  async buildStatusTable(today: string, by: StatusGrouping): Promise<null> {
    const ledger = await this.require();
    const [{ renderWorkbookLayout }, { buildPrintLayout }, { attempt }] = await Promise.all([
      import('../../excel/render-workbook'), import('../../layout/print-layout'), import('../../excel/outcome')]);
    unwrap(await attempt(() => renderWorkbookLayout(buildPrintLayout(ledger, { today, by }), { placement: 'end', clearBlankWorkbook: false })));
    return null;
  }

  private async require(): Promise<Ledger> {
    const ledger = await this.load();
    if (!ledger) throw new Error('no ledger in this workbook');
    return ledger;
  }
}
