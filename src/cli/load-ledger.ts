/** Reads a ledger .xlsx for a command; a file that is not a ledger is the user's error (exit 2). */
import * as path from 'path';
import type { Finding } from '../core/finding';
import type { Ledger } from '../core/ledger';
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
}


export async function loadLedgerFile(file: string): Promise<LoadedLedger> {
  const { bytes, fingerprint } = await readInputFileAsFound(file, '任务台账文件');
  const { ledger, findings } = await readLedgerXlsx(bytes, path.basename(file));
  if (!ledger) {
    const fatal = findings.find((f) => f.level === 'error') ?? findings[0];
    throw new CliError(fatal.suggestion ? `${fatal.message}。${fatal.suggestion}` : fatal.message);
  }
  return { ledger, findings, fingerprint };
}
