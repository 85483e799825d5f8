/** Reads a ledger .xlsx for a command; a file that is not a ledger is the user's error (exit 2). */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Finding } from '../core/finding';
import type { Ledger } from '../core/ledger';
import { readLedgerXlsx } from '../xlsx/read-ledger';
import { CliError } from './cli-error';

export interface LoadedLedger {
  ledger: Ledger;
  /** Problems found while reading (bad statuses, new rows numbered …). */
  findings: Finding[];
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`找不到文件：${file}`);
    if (code === 'EISDIR') throw new CliError(`${file} 是一个文件夹，不是任务台账文件`);
    throw new CliError(`无法读取 ${file}：${(err as Error).message}`);
  }
}

export async function loadLedgerFile(file: string): Promise<LoadedLedger> {
  const { ledger, findings } = await readLedgerXlsx(await readBytes(file), path.basename(file));
  if (!ledger) {
    const fatal = findings.find((f) => f.level === 'error') ?? findings[0];
    throw new CliError(fatal.suggestion ? `${fatal.message}。${fatal.suggestion}` : fatal.message);
  }
  return { ledger, findings };
}
