import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runMerge } from '../../src/cli/merge-command';
import type { Ledger } from '../../src/core/ledger';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';

export interface RefusedMerge {
  exitCode: typeof process.exitCode;
  /** What `task-ledger merge` printed. */
  printed: string;
  /** The ledger file is byte for byte what was written before the merge. */
  ledgerUnchanged: boolean;
  /** What the merge left in the folder (a backup would show here). */
  entries: string[];
}

/** Runs `task-ledger merge 台账.xlsx 报送表/` on the files given, in a temporary folder removed afterwards. */
export async function mergeThroughCli(ledger: Ledger, files: ReadonlyArray<{ file: string; bytes: Uint8Array }>): Promise<RefusedMerge> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tl-hostile-'));
  try {
    const ledgerFile = path.join(dir, '台账.xlsx');
    const original = await writeLedgerXlsx(ledger);
    await fs.writeFile(ledgerFile, original);
    const returnsDir = path.join(dir, '报送表');
    await fs.mkdir(returnsDir);
    for (const f of files) await fs.writeFile(path.join(returnsDir, f.file), f.bytes);
    let printed = '';
    const exitCodeBefore = process.exitCode;
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((printed += String(chunk)), true));
    let exitCode: typeof process.exitCode;
    try {
      await runMerge(ledgerFile, [returnsDir], {});
    } finally {
      spy.mockRestore();
      exitCode = process.exitCode;
      process.exitCode = exitCodeBefore;
    }
    const ledgerUnchanged = (await fs.readFile(ledgerFile)).equals(original);
    return { exitCode, printed, ledgerUnchanged, entries: (await fs.readdir(dir)).sort() };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
