/** An import result written as a new ledger .xlsx (used by `import -o` and `demo`). */
import { randomUUID } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import type { ImportResult } from '../core/import';
import type { Ledger } from '../core/ledger';
import { buildLedger } from '../core/ledger';
import { writeLedgerXlsx } from '../xlsx/write-ledger';
import { CliError } from './cli-error';

/** Local date-time without zone, as the office reads it: `2024-08-10T09:00:00`. */
export function localDateTime(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}T${p(now.getHours())}:${p(now.getMinutes())}:${p(now.getSeconds())}`;
}

export async function writeNewLedger(result: ImportResult, output: string): Promise<Ledger> {
  const ledger = buildLedger(result, { ledgerId: randomUUID(), createdAt: localDateTime() });
  const bytes = await writeLedgerXlsx(ledger);
  try {
    await fs.mkdir(path.dirname(path.resolve(output)), { recursive: true });
    await fs.writeFile(output, bytes);
  } catch (err) {
    throw new CliError(`无法写入 ${output}：${(err as Error).message}（文件是否正在 Excel/WPS 中打开？）`);
  }
  return ledger;
}
