import { consolidate } from '../../core/consolidate';
import type { Ledger } from '../../core/ledger';
import { checkLedger } from '../../core/ledger';
import type { StatusGrouping } from '../../core/report';
import type { ExcelOutcome } from '../../excel/outcome';
import { mergeOutcome } from '../merge-outcome';
import { newBatchId, nowIso, readReturnFiles } from '../workflow';
import { readSelectedText } from './selection';
import type { LedgerStore, MergeFileResult, MergeOutcome, PickedFile, UndoOutcome } from './ledger-store';

/** An Excel action's outcome as a value, or its Chinese problem thrown for the pane to show. */
function unwrap<T>(outcome: ExcelOutcome<T>): { value: T; notices: string[] } {
  if (!outcome.ok) throw new Error([outcome.problem.message, outcome.problem.suggestion].filter(Boolean).join('\n'));
  return outcome;
}

const excel = {
  outcome: () => import('../../excel/outcome'),
  read: () => import('../../excel/read-ledger'),
  render: () => import('../../excel/render-ledger'),
  consolidate: () => import('../../excel/consolidate'),
  print: () => import('../../excel/print-status-table'),
};

/**
 * The ledger in the open workbook, through src/excel. The ledger is always read and written
 * with its 单位报送 sheet (each unit's own reports), so nothing a merge kept is lost.
 */
export class ExcelLedgerStore implements LedgerStore {
  readonly mode = 'excel' as const;

  /** The workbook's ledger, checked as it stands now (people edit it between visits); null when the workbook holds none. */
  async load(): Promise<Ledger | null> {
    const { readLedger } = await excel.read();
    const { ledger, findings } = unwrap(await readLedger()).value;
    return ledger && { ...ledger, findings: checkLedger(ledger, findings) };
  }

  async save(ledger: Ledger): Promise<string[]> {
    const { renderLedger } = await excel.render();
    return unwrap(await renderLedger(ledger)).notices;
  }

  /** The selection as displayed (`text`, not `values`): a deadline typed as a date stays `2024/6/30`, not a serial number. */
  async readSelection(): Promise<unknown[][]> {
    const { attempt } = await excel.outcome();
    return unwrap(await attempt(() => Excel.run(readSelectedText))).value;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    const { attempt } = await excel.outcome();
    unwrap(await attempt(() => Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    })));
  }

  /** Files are read one by one (progress per file), merged in core, and the ledger written once. */
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

  async undoLastMerge(): Promise<UndoOutcome> {
    const { undoInWorkbook } = await excel.consolidate();
    const result = unwrap(await undoInWorkbook()).value;
    return { restored: result.restored, messages: result.findings.filter((f) => f.level !== 'info').map((f) => f.message) };
  }

  /** 推进情况表 and 单位汇总 after the ledger's sheets, the first one selected, ready for the host's print dialog. */
  async buildStatusTable(today: string, by: StatusGrouping): Promise<{ file: null; notices: string[] }> {
    const ledger = await this.require();
    const { printStatusTable } = await excel.print();
    return { file: null, notices: unwrap(await printStatusTable(ledger, { today, by })).notices };
  }

  private async require(): Promise<Ledger> {
    const ledger = await this.load();
    if (!ledger) throw new Error('no ledger in this workbook');
    return ledger;
  }
}
