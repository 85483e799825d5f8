import type { Finding } from '../../core/finding';
import type { Ledger } from '../../core/ledger';
import type { StatusGrouping } from '../../core/report';

/** A file the user picked in the pane, read whole. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * `read`: read, waiting for the others before the merge; `partial`: merged, but some rows were
 * not; `undone`: the merge was undone; `ignored`: not a return (a lock file, not a spreadsheet).
 */
export type MergeFileState = 'waiting' | 'reading' | 'read' | 'merged' | 'partial' | 'unchanged' | 'failed' | 'undone' | 'ignored';

/** A line under a file: errors red, warnings amber, notes grey. */
export interface FileNote {
  level: 'error' | 'warning' | 'info';
  message: string;
}

/** One returned file's outcome in a merge, as the pane lists it. */
export interface MergeFileResult {
  file: string;
  state: MergeFileState;
  /** Tasks whose report from this file's unit changed. */
  changes: number;
  /** What reading or merging it noticed (Chinese, naming sheet, row and cell), errors first. */
  notes?: FileNote[];
}

/** A unit's edit that was not applied (a field it does not own, or a value it may not set). */
export interface ConflictView {
  file: string;
  unit: string;
  taskId: string;
  message: string;
}

export interface MergeOutcome {
  files: MergeFileResult[];
  /** Files merged, in whole or in part (unchanged ones included). */
  merged: number;
  /** Files rejected (nothing taken from them). */
  rejected: number;
  /** 变更记录 rows written. */
  changes: number;
  /** Tasks updated, summed over the files. */
  tasksUpdated: number;
  conflicts: ConflictView[];
  /** 催报名单: lead units with no return in the ledger yet. */
  chase: string[];
  /** Present when something was written, so it can be undone. */
  batchId: string | null;
}

export interface UndoOutcome {
  /** 变更记录 rows replayed (0: nothing to undo), bookkeeping included. */
  restored: number;
  /** Of those, the rows the 变更记录 sheet showed: the number the merge reported. */
  recorded: number;
  /** Warnings, e.g. a value someone changed by hand after the merge. */
  messages: string[];
}

/**
 * Where the ledger lives: the open workbook (Excel) or a file held in the page (a plain
 * browser). Chosen once at start-up; the steps only talk to this.
 */
export interface LedgerStore {
  readonly mode: 'excel' | 'file';
  /** The ledger as it is now (re-read from the workbook in Excel), or null when there is none. */
  load(): Promise<Ledger | null>;
  /**
   * Makes `ledger` the ledger: Excel draws the sheets, the file store keeps it for download.
   * `keepPrevious` (an import replacing a ledger): the old one stays recoverable — Excel keeps a
   * copy of its 任务台账 sheet, the file store keeps the old file for download.
   * Returns notices (what the host could not do, where the copy went).
   */
  save(ledger: Ledger, options?: { keepPrevious?: boolean }): Promise<string[]>;
  /** Merges returned workbooks; `onFile` reports each file as it goes. One bad file never stops the others. */
  consolidate(files: PickedFile[], today: string, onFile: (index: number, result: MergeFileResult) => void): Promise<MergeOutcome>;
  /** Undoes the last merge. */
  undoLastMerge(today: string): Promise<UndoOutcome>;
  /** Builds the 推进情况表 (Excel: sheets of the workbook, the first selected; file: a workbook to download). `notices`: what to tell the user. */
  buildStatusTable(today: string, by: StatusGrouping): Promise<{ file: PickedFile | null; notices: string[] }>;
  /** Excel only: the values of the selected range. */
  readSelection?(): Promise<unknown[][]>;
  /** Excel only: selects a cell, e.g. from a finding. */
  selectCell?(sheet: string, cell: string): Promise<void>;
  /** File only: whether the ledger changed since it was opened or last downloaded. */
  hasUnsavedChanges?(): boolean;
  /** File only: the ledger as an .xlsx file to download. */
  ledgerFile?(): Promise<PickedFile>;
  /** File only: the ledger the last import replaced, as an .xlsx file; null when it replaced none. */
  previousLedgerFile?(): Promise<PickedFile | null>;
  /** File only: opens a ledger .xlsx the user picked; `findings` are what reading it noticed. Throws when it is no ledger. */
  openLedgerFile?(file: PickedFile): Promise<{ ledger: Ledger; findings: Finding[] }>;
}

/** Thrown by a store asked to work on a ledger when there is none; the pane says it in its own words. */
export class NoLedgerError extends Error {
  constructor() {
    super('NoLedgerError');
    this.name = 'NoLedgerError';
  }
}
