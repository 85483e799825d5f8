/** Reads a ledger .xlsx for a command; a file that is not a ledger is the user's error (exit 2). */
import * as path from 'path';
import type { Finding } from '../core/finding';
import type { ChangeRecord, Ledger } from '../core/ledger';
import { readLedgerXlsx } from '../xlsx/read-ledger';
import { CliError } from './cli-error';
import { readInputFile } from './read-input-file';

export interface LoadedLedger {
  ledger: Ledger;
  /** Problems found while reading (bad statuses, new rows numbered …). */
  findings: Finding[];
  /** 变更记录 as shown, when 撤销数据 holds the history (see readLedgerGrids). */
  shownChanges?: ChangeRecord[];
}


export async function loadLedgerFile(file: string): Promise<LoadedLedger> {
  const { ledger, findings, shownChanges } = await readLedgerXlsx(await readInputFile(file, '任务台账文件'), path.basename(file));
  if (!ledger) {
    const fatal = findings.find((f) => f.level === 'error') ?? findings[0];
    throw new CliError(fatal.suggestion ? `${fatal.message}。${fatal.suggestion}` : fatal.message);
  }
  return shownChanges ? { ledger, findings, shownChanges } : { ledger, findings };
}
