/**
 * What consolidation (合并) reads and reports. A ParsedReturn is what src/xlsx/read-return.ts
 * makes of one returned file; consolidate() turns a batch of them into a new Ledger and a report.
 */
import type { Finding } from '../finding';
import type { IsoDate } from '../deadline';

/** Columns of a 报送表, which a unit owns, which the office watches: see the field registry. */
import type { OwnedField, ReturnFieldKey } from '../fields';
export type { OwnedField, ReturnFieldKey, WatchedField } from '../fields';

/** What the hidden metadata sheet (报送表信息) of a return names. */
export interface ReturnMeta {
  ledgerId: string;
  unit: string;
  round: string;
  schemaVersion: number;
  reportBy?: IsoDate;
  /** Task ID → sentFingerprint of what its row said when sent (returns written before this have none). */
  sent?: Record<string, string>;
}

/** One cell of a returned row: its text (formulas already replaced by their cached value) and A1 address. */
export interface ReturnCell {
  text: string;
  cell: string;
}

export interface ReturnRow {
  /** 1-based sheet row. */
  row: number;
  fields: Partial<Record<ReturnFieldKey, ReturnCell>>;
}

export type ParsedReturn = ReadableReturn | UnreadableReturn;

export interface ReadableReturn {
  kind: 'return';
  file: string;
  sheet: string;
  /** The workbook's own "last modified" time (docProps), when it has one: orders two files of one unit. */
  modifiedAt?: string;
  /** null: the metadata sheet is gone (a hand-rebuilt workbook). */
  meta: ReturnMeta | null;
  /** The unit named above the table (`填报单位：区工信局`), when found. */
  sheetUnit?: string;
  /** The round named above the table (`报送轮次：2024-09`), when found. */
  sheetRound?: string;
  /**
   * Other sheets with a return's header (a unit that filled a copy, 「报送表 (2)」): read when
   * the main sheet was left untouched, flagged otherwise.
   */
  copies?: ReturnTable[];
  /** Which keys the header row holds (a hand-rebuilt return may lack some). */
  columns: ReturnFieldKey[];
  rows: ReturnRow[];
  /** Problems the reader found (e.g. a formula cell); they do not stop the merge. */
  findings: Finding[];
}

/** One sheet of a return read as a table. */
export interface ReturnTable {
  sheet: string;
  columns: ReturnFieldKey[];
  rows: ReturnRow[];
  findings: Finding[];
}

export interface UnreadableReturn {
  kind: 'error';
  file: string;
  findings: Finding[];
}

export interface ConsolidateOptions {
  /** Identifies this consolidation in 变更记录, so it can be undone. */
  batchId: string;
  /** ISO date-time of the consolidation: 报送时间, 更新时间 and 变更记录 use it. */
  time: string;
  /** The round being collected; default: the latest round named by the returns of this ledger. */
  round?: string;
}

export type FileStatus = 'merged' | 'partial' | 'rejected';

/** One owned field that changed for one task. */
export interface MergedField {
  taskId: string;
  field: OwnedField;
  oldValue: string;
  newValue: string;
}

export interface FileReport {
  file: string;
  /** The unit the return belongs to ('' when it could not be told). */
  unit: string;
  status: FileStatus;
  /** Tasks whose report from this unit changed. */
  updated: number;
  merged: MergedField[];
  /** Task IDs of matched rows that changed nothing the unit owns. */
  unchanged: string[];
  /** Rows found by their task text because the ID was missing. */
  matchedByText: Array<{ taskId: string; row: number }>;
  /** Task IDs the unit leads but whose rows are missing from the return. */
  deleted: string[];
  /** Edits to fields the unit does not own (reported, not applied). */
  conflicts: Finding[];
  /** Everything else worth telling, errors first. */
  findings: Finding[];
  /** Why a readable return of a known unit was not taken: its round is older than the ledger's reports, or it was sent back untouched. */
  reason?: 'older-round' | 'blank';
  /** For a return replaced by a later one of the same unit: the file that won. */
  supersededBy?: string;
}

export interface ConsolidationReport {
  batchId: string;
  round: string;
  time: string;
  files: FileReport[];
  /** 催报名单: units that lead a task and have sent no return for the round. */
  missingUnits: string[];
  /** Every change this consolidation made, bookkeeping included (0: the ledger did not change). */
  changes: number;
  /** The rows of those that the 变更记录 sheet shows (the readable field changes). */
  recorded: number;
}
