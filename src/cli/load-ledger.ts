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
}


export async function loadLedgerFile(file: string): Promise<LoadedLedger> {
  const { bytes, fingerprint } = await readInputFileAsFound(file, '任务台账文件');
  const { ledger, findings, shownChanges } = await readLedgerXlsx(bytes, path.basename(file));
  if (!ledger) {
    const fatal = findings.find((f) => f.level === 'error') ?? findings[0];
    throw new CliError(fatal.suggestion ? `${fatal.message}。${fatal.suggestion}` : fatal.message);
  }
  return shownChanges ? { ledger, findings, fingerprint, shownChanges } : { ledger, findings, fingerprint };
}
