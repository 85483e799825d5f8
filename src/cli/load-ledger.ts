/** Reads a ledger .xlsx for a command; a file that is not a ledger is the user's error (exit 2). */
import * as path from 'path';
import type { Finding } from '../core/finding';
import type { ChangeRecord, Ledger } from '../core/ledger';
import { readLedgerXlsx } from '../xlsx/read-ledger';
import { CliError } from './cli-error';
import { readInputFileAsFound } from './read-input-file';
import type { FileFingerprint } from './safe-write';

export interface LoadedLedger {
  ledger: Ledger;
  /** Problems found while reading (bad statuses, new rows numbered …). */
  findings: Finding[];
  /** The file as read: a writer refuses to replace it once it has changed since. */
  fingerprint: FileFingerprint;
  /** 变更记录 as shown, when 撤销数据 holds the history (see readLedgerGrids). */
  shownChanges?: ChangeRecord[];
  /** Batches whose hidden 撤销数据 was edited or cut (undo refuses them). */
  damagedBatches?: string[];
}


export async function loadLedgerFile(file: string): Promise<LoadedLedger> {
  const { bytes, fingerprint } = await readInputFileAsFound(file, '任务台账文件');
  const { ledger, findings, shownChanges, damagedBatches } = await readLedgerXlsx(bytes, path.basename(file));
  if (!ledger) {
    const fatal = findings.find((f) => f.level === 'error') ?? findings[0];
    throw new CliError(fatal.suggestion ? `${fatal.message}。${fatal.suggestion}` : fatal.message);
  }
  const loaded: LoadedLedger = { ledger, findings, fingerprint };
  if (shownChanges) loaded.shownChanges = shownChanges;
  if (damagedBatches) loaded.damagedBatches = damagedBatches;
  return loaded;
}
