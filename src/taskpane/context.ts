import type { Ledger } from '../core/ledger';
import type { Strings } from './i18n';
import type { LedgerStore } from './store/ledger-store';

export const STEP_IDS = ['import', 'check', 'distribute', 'merge', 'status', 'print'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** What the host allows; found once at start-up. */
export interface HostCaps {
  /** Blob downloads work (a plain browser, Excel on the web). */
  canDownload: boolean;
  /** `Excel.createWorkbook(base64)` exists (ExcelApi 1.8). */
  canCreateWorkbook: boolean;
}

/** Reports progress of a long operation: done of total (total 0 = indeterminate). */
export type Progress = (done: number, total: number) => void;

/** What every step gets from the pane. */
export interface PaneContext {
  readonly t: Strings;
  readonly store: LedgerStore;
  readonly host: HostCaps;
  /** Today's date in the user's time zone, as an ISO date. */
  today(): string;
  ledger(): Ledger | null;
  setLedger(ledger: Ledger | null): void;
  /** Runs an operation with the busy state and shows its error in the pane; resolves undefined on error. */
  run<T>(work: (progress: Progress) => Promise<T>): Promise<T | undefined>;
  /** Shows an error in the pane without running anything. */
  showError(message: string): void;
  /** Says something in the status line (read by screen readers). */
  announce(message: string): void;
  go(step: StepId): void;
}

/** A step's view: its element, and a refresh called when shown or when the ledger changed. */
export interface StepView {
  element: HTMLElement;
  refresh(): void;
}
