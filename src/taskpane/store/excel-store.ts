import { recordedCount } from '../../core/consolidate';
import type { Ledger } from '../../core/ledger';
import { checkLedger } from '../../core/ledger';
import type { StatusGrouping } from '../../core/report';
import type { ExcelOutcome } from '../../excel/outcome';
import { mergeOutcome } from '../merge-outcome';
import { newBatchId, nowIso } from '../workflow';
import { excelMessages } from '../../core/finding';
import { SHEETS } from '../../layout/ledger-names';
import { readSelectedText } from './selection';
import { NoLedgerError, type LedgerStore, type MergeFileResult, type MergeOutcome, type PickedFile, type UndoOutcome } from './ledger-store';

/**
 * Before an import replaces the workbook's ledger: its 任务台账 sheet copied as displayed text
 * (text format, so nothing turns into a formula) to a new sheet `任务台账（替换前 月日-时分秒）`
 * at the end, so nothing the units reported is lost. Three syncs whatever the size; null when
 * the workbook holds no 任务台账. Returns the notice naming the copy.
 */
async function keepTaskSheetCopy(time: string): Promise<string | null> {
  const { attempt } = await excel.outcome();
  const name = `${SHEETS.tasks}（替换前 ${time.slice(5, 10).replace('-', '')}-${time.slice(11).replace(/:/g, '')}）`;
  return unwrap(await attempt(() => Excel.run(async (context) => {
    const old = context.workbook.worksheets.getItemOrNullObject(SHEETS.tasks).load('isNullObject');
    await context.sync();
    if (old.isNullObject) return null;
    const used = old.getUsedRangeOrNullObject(true).load('text,rowCount,columnCount');
    await context.sync();
    if (used.isNullObject) return null;
    const copy = context.workbook.worksheets.add(name);
    const target = copy.getRangeByIndexes(0, 0, used.rowCount, used.columnCount);
    target.numberFormat = used.text.map((row) => row.map(() => '@'));
    target.values = used.text;
    await context.sync();
    return excelMessages.ledgerKept(SHEETS.tasks, name);
  }))).value;
}

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

  async save(ledger: Ledger, options: { keepPrevious?: boolean } = {}): Promise<string[]> {
    const { renderLedger } = await excel.render();
    const kept = options.keepPrevious ? await keepTaskSheetCopy(nowIso()) : null;
    const notices = unwrap(await renderLedger(ledger)).notices;
    return kept ? [...notices, kept] : notices;
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
    const time = nowIso();
    const { consolidateInWorkbook } = await excel.consolidate();
    const progress = (i: number, phase: 'reading' | 'read') => onFile(i, { file: files[i].name, state: phase, changes: 0 });
    const { report } = unwrap(await consolidateInWorkbook(files, { batchId: newBatchId(time), time }, progress)).value;
    const outcome = mergeOutcome(report, files.map((f) => f.name));
    outcome.files.forEach((r, i) => onFile(i, r));
    return outcome;
  }

  async undoLastMerge(): Promise<UndoOutcome> {
    const before = await this.load();
    const { undoInWorkbook } = await excel.consolidate();
    const result = unwrap(await undoInWorkbook()).value;
    const recorded = recordedCount((before?.changes ?? []).filter((c) => c.batchId === result.batchId));
    return { restored: result.restored, recorded, messages: result.findings.filter((f) => f.level !== 'info').map((f) => f.message) };
  }

  /** 推进情况表 and 单位汇总 after the ledger's sheets, the first one selected, ready for the host's print dialog. */
  async buildStatusTable(today: string, by: StatusGrouping): Promise<{ file: null; notices: string[] }> {
    const ledger = await this.require();
    const { printStatusTable } = await excel.print();
    return { file: null, notices: unwrap(await printStatusTable(ledger, { today, by })).notices };
  }

  private async require(): Promise<Ledger> {
    const ledger = await this.load();
    if (!ledger) throw new NoLedgerError();
    return ledger;
  }
}
