/**
 * Opt-in (`BENCH_ONLY=hostile npm run bench`, a few minutes): what the return, ledger and
 * breakdown readers do with 2 GiB zip bombs (.xlsx, .docx) and a 1,000,000-row sheet, each in a
 * process capped at 1 GiB of heap.
 * The hostile tests (test/hostile) cover every other broken file; these two are measured here
 * because, without a size guard in the readers, they take minutes and GBs.
 */
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { planReturns } from '../../src/core/distribute';
import { writeReturnXlsx } from '../../src/xlsx/write-return';
import { appendRows, docxBomb, rewriteSheet, zipBomb } from '../../test/hostile/corpus';
import { sampleLedger } from '../../test/support/returns-ledger';
import { MB, round } from '../measure';

export interface HostileCase {
  file: string;
  reader: Reader;
  bytes: number;
  outcome: string;
  ms: number;
  maxRssMB?: number;
  code?: string;
  message?: string;
}

const HEAP_MB = 1024;
const TIME_LIMIT_MS = 180_000;

type Reader = 'return' | 'ledger' | 'breakdown';

function readInChild(reader: Reader, file: string): Omit<HostileCase, 'file' | 'reader' | 'bytes'> {
  const started = Date.now();
  const out = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, path.join(__dirname, '..', 'hostile-child.js'), reader, file], { encoding: 'utf8', timeout: TIME_LIMIT_MS, maxBuffer: 16 * MB });
  const ms = Date.now() - started;
  if (out.error && (out.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return { outcome: `no answer within ${TIME_LIMIT_MS / 1000} s (killed)`, ms };
  if (out.status !== 0) {
    const why = /heap out of memory|Reached heap limit/i.test(out.stderr) ? `crashed: out of memory (heap capped at ${HEAP_MB} MB)` : `crashed (${out.signal ?? out.status})`;
    return { outcome: why, ms };
  }
  const lines = out.stdout.trim().split('\n');
  const result = JSON.parse(lines[lines.length - 1]) as { ms: number; outcome: string; rows?: number; code: string; message: string; maxRssMB: number };
  const outcome = result.outcome === 'return' ? `read ${result.rows} rows` : result.outcome;
  return { outcome, ms: result.ms, maxRssMB: result.maxRssMB, code: result.code, message: result.message };
}

export async function benchHostile(): Promise<HostileCase[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'task-ledger-hostile-'));
  try {
    const plan = planReturns(sampleLedger(), { round: '2024-09' }).returns.find((p) => p.unit === '区财政局')!;
    const good = await writeReturnXlsx(plan, '2024-09-10T09:00:00+08:00');
    const files: Array<[string, Buffer, Reader[]]> = [
      ['zip-bomb-2GiB.xlsx', await zipBomb(good, '报送表', 2), ['return', 'ledger', 'breakdown']],
      ['million-rows.xlsx', await rewriteSheet(good, '报送表', (xml) => appendRows(xml, 1_000_000, 10)), ['return', 'ledger']],
      ['zip-bomb-2GiB.docx', await docxBomb(2), ['breakdown']],
    ];
    const cases: HostileCase[] = [];
    for (const [name, bytes, readers] of files) {
      const file = path.join(dir, name);
      await fs.writeFile(file, bytes);
      for (const reader of readers) {
        process.stderr.write(`bench: hostile ${name} as ${reader}…\n`);
        cases.push({ file: name, reader, bytes: bytes.length, ...readInChild(reader, file) });
      }
    }
    return cases.map((c) => ({ ...c, ms: round(c.ms) }));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
