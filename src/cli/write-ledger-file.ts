/** An import result written as a new ledger .xlsx (used by `import -o` and `demo`). */
import { randomUUID } from 'crypto';
import type { ImportResult } from '../core/import';
import type { Ledger } from '../core/ledger';
import { buildLedger } from '../core/ledger';
import { writeLedgerXlsx } from '../xlsx/write-ledger';
import { checkOutput, type OutputGuardOptions } from './output-guard';
import { writeFileSafely, type SafeWriteResult } from './safe-write';
import { localDateTime } from './local-time';
import { withWriteLock } from './write-lock';

export { localDateTime } from './local-time';

/**
 * A new ledger (a new identity: returns sent out for another ledger will not match it) at
 * `output`; an existing file there is kept unless `force` (then backed up first) or `replaceable`.
 */
export async function writeNewLedger(
  result: ImportResult,
  output: string,
  options: OutputGuardOptions & { inputs?: readonly string[] } = {},
): Promise<{ ledger: Ledger; written: SafeWriteResult }> {
  return withWriteLock(output, async () => {
    const time = localDateTime();
    const check = await checkOutput(output, options.inputs ?? [], options);
    const ledger = buildLedger(result, { ledgerId: randomUUID(), createdAt: time });
    const bytes = await writeLedgerXlsx(ledger);
    const written = await writeFileSafely(output, bytes, { expect: check.expect, ...(check.backup ? { backupTime: time } : {}) });
    return { ledger, written };
  });
}
