import { consolidate, recordedCount, undoLastConsolidation } from '../../core/consolidate';
import type { Finding } from '../../core/finding';
import type { Ledger } from '../../core/ledger';
import { checkLedger } from '../../core/ledger';
import { safeFileStem } from '../../core/consolidate';
import { buildStatusTable, type StatusGrouping } from '../../core/report';
import { mergeOutcome } from '../merge-outcome';
import { newBatchId, nowIso, readReturnFiles } from '../workflow';
import { NoLedgerError, type LedgerStore, type MergeFileResult, type MergeOutcome, type PickedFile, type UndoOutcome } from './ledger-store';

/**
 * The ledger as a file held in the page (a plain browser): opened from an .xlsx or made from a
 * breakdown, changed in memory by the same core, downloaded again as .xlsx.
 */
export class FileLedgerStore implements LedgerStore {
  readonly mode = 'file' as const;
  private ledger: Ledger | null = null;
  private fileName: string | null = null;
  private unsaved = false;
  private previous: { ledger: Ledger; fileName: string | null } | null = null;

  hasUnsavedChanges(): boolean {
    return this.unsaved;
  }

  async load(): Promise<Ledger | null> {
    return this.ledger;
  }

  async save(ledger: Ledger, options: { keepPrevious?: boolean } = {}): Promise<string[]> {
    if (options.keepPrevious && this.ledger && this.ledger !== ledger) this.previous = { ledger: this.ledger, fileName: this.fileName };
    else if (options.keepPrevious) this.previous = null;
    if (options.keepPrevious) this.fileName = null;
    this.ledger = ledger;
    this.unsaved = true;
    return [];
  }

  async openLedgerFile(file: PickedFile): Promise<{ ledger: Ledger; findings: Finding[] }> {
    const { readLedgerXlsx } = await import('../../xlsx/read-ledger');
    const { ledger, findings } = await readLedgerXlsx(Buffer.from(file.bytes), file.name);
    if (!ledger) throw new Error(findings.map((f) => [f.message, f.suggestion].filter(Boolean).join('\n')).join('\n'));
    this.ledger = { ...ledger, findings: checkLedger(ledger, findings, file.name) };
    this.fileName = file.name;
    this.unsaved = false;
    return { ledger: this.ledger, findings: findings.filter((f) => f.level === 'error') };
  }

  async ledgerFile(): Promise<PickedFile> {
    const ledger = this.require();
    const { ledgerXlsxBytes } = await import('../xlsx-file');
    this.unsaved = false;
    return { name: this.fileName ?? `${safeFileStem(ledger.meta.title || '任务台账')}.xlsx`, bytes: await ledgerXlsxBytes(ledger) };
  }

  async previousLedgerFile(): Promise<PickedFile | null> {
    if (!this.previous) return null;
    const { ledgerXlsxBytes } = await import('../xlsx-file');
    const { ledger, fileName } = this.previous;
    return { name: fileName ?? `${safeFileStem(`${ledger.meta.title || '任务台账'}-替换前`)}.xlsx`, bytes: await ledgerXlsxBytes(ledger) };
  }

  async consolidate(files: PickedFile[], _today: string, onFile: (index: number, result: MergeFileResult) => void): Promise<MergeOutcome> {
    const ledger = this.require();
    const parsed = await readReturnFiles(files, (i, phase) => onFile(i, { file: files[i].name, state: phase, changes: 0 }));
    const time = nowIso();
    const { ledger: next, report } = consolidate(ledger, parsed, { batchId: newBatchId(time), time });
    this.ledger = next;
    if (report.changes > 0) this.unsaved = true;
    const outcome = mergeOutcome(report, files.map((f) => f.name));
    outcome.files.forEach((r, i) => onFile(i, r));
    return outcome;
  }

  async undoLastMerge(): Promise<UndoOutcome> {
    const before = this.require();
    const result = undoLastConsolidation(before);
    this.ledger = result.ledger;
    if (result.restored > 0) this.unsaved = true;
    return { restored: result.restored, recorded: recordedCount(before.changes.filter((c) => c.batchId === result.batchId)), messages: result.findings.filter((f) => f.level !== 'info').map((f) => f.message) };
  }

  /** The printable workbook (推进情况表, 单位汇总), to download and print in Excel or WPS. */
  async buildStatusTable(today: string, by: StatusGrouping): Promise<{ file: PickedFile; notices: string[] }> {
    const ledger = this.require();
    const { statusTableXlsxBytes } = await import('../xlsx-file');
    const table = buildStatusTable(ledger, { today, by });
    return { file: { name: `${safeFileStem(`${table.title}-${today}`)}.xlsx`, bytes: await statusTableXlsxBytes(ledger, { today, by }) }, notices: [] };
  }

  private require(): Ledger {
    if (!this.ledger) throw new NoLedgerError();
    return this.ledger;
  }
}
