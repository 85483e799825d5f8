/**
 * One consolidation case in its own process (so its peak memory is its own):
 *   floor <dir> <n>   open and read the first n return files with ExcelJS, touching every cell
 *   merge <dir> <n>   read them with readReturnXlsx and consolidate into the generated ledger
 *   ledger <dir>      read the 5,000-task ledger.xlsx and write it back (the ledger's own I/O)
 *   cli <dir>         `task-ledger merge ledger.xlsx <dir> -o <tmp>/out.xlsx --json`, the whole user operation
 *   year-floor <ledger> <returns>        ExcelJS reads the ledger and every return (touching each cell) and writes the ledger
 *   year-merge <ledger> <returns> <out>  `task-ledger merge <ledger> <returns> -o <out> --json` (a round of bench/cases/year.ts)
 * Prints one JSON line (see measure.ts reportFromChild).
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runMerge } from '../src/cli/merge-command';
import { consolidate, type ParsedReturn } from '../src/core/consolidate';
import { readLedgerXlsx } from '../src/xlsx/read-ledger';
import { readReturnXlsx } from '../src/xlsx/read-return';
import { writeLedgerXlsx } from '../src/xlsx/write-ledger';
import { generateLedger } from '../test/support/generate';
import { BENCH_SHAPE } from './cases/shape';
import { MB, reportFromChild, round, timeMs } from './measure';

async function returnFiles(dir: string, n: number): Promise<string[]> {
  const names = (await fs.readdir(dir)).filter((f) => f.endsWith('.xlsx') && f !== 'ledger.xlsx').sort();
  return names.slice(0, n).map((f) => path.join(dir, f));
}

async function floor(dir: string, n: number): Promise<void> {
  const files = await returnFiles(dir, n);
  let cells = 0;
  const { ms } = await timeMs(async () => {
    for (const file of files) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await fs.readFile(file)) as unknown as ArrayBuffer);
      for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell(() => void cells++));
    }
  });
  reportFromChild({ files: files.length, cells, ms });
}

async function merge(dir: string, n: number): Promise<void> {
  const files = await returnFiles(dir, n);
  const ledger = generateLedger(BENCH_SHAPE);
  const returns: ParsedReturn[] = [];
  const baseline = heapAfterGc();
  const read = await timeMs(async () => {
    for (const file of files) returns.push(await readReturnXlsx(new Uint8Array(await fs.readFile(file)), path.basename(file)));
  });
  const retainedMB = round(heapAfterGc() - baseline);
  const merged = await timeMs(async () => consolidate(ledger, returns, { batchId: 'bench', time: '2024-09-26T10:00:00+08:00' }));
  const statuses: Record<string, number> = {};
  for (const f of merged.value.report.files) statuses[f.status] = (statuses[f.status] ?? 0) + 1;
  reportFromChild({ files: files.length, ms: read.ms + merged.ms, readMs: read.ms, consolidateMs: merged.ms, retainedMB, statuses, changes: merged.value.report.changes });
}

async function ledgerIo(dir: string): Promise<void> {
  const buffer = await fs.readFile(path.join(dir, 'ledger.xlsx'));
  const read = await timeMs(() => readLedgerXlsx(buffer, 'ledger.xlsx'));
  const ledger = read.value.ledger;
  if (!ledger) throw new Error(`ledger.xlsx unreadable: ${JSON.stringify(read.value.findings.slice(0, 3))}`);
  const write = await timeMs(() => writeLedgerXlsx(ledger));
  reportFromChild({ tasks: ledger.tasks.length, bytes: buffer.length, readMs: read.ms, writeMs: write.ms });
}

/** Heap in use (MB) after a full collection: what the process really holds at this point. */
function heapAfterGc(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / MB;
}

async function cliMerge(dir: string): Promise<void> {
  const out = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'task-ledger-merge-')), 'out.xlsx');
  const original = process.stdout.write.bind(process.stdout);
  let printed = '';
  process.stdout.write = ((chunk: string) => ((printed += chunk), true)) as typeof process.stdout.write;
  const run = await timeMs(() => runMerge(path.join(dir, 'ledger.xlsx'), [dir], { output: out, json: true })).finally(() => {
    process.stdout.write = original;
  });
  const result = JSON.parse(printed) as { files: Array<{ status: string }>; changes: number };
  const statuses: Record<string, number> = {};
  for (const f of result.files) statuses[f.status] = (statuses[f.status] ?? 0) + 1;
  const bytes = (await fs.stat(out)).size;
  await fs.rm(path.dirname(out), { recursive: true, force: true });
  process.exitCode = 0;
  reportFromChild({ files: result.files.length, ms: run.ms, statuses, changes: result.changes, outputKB: round(bytes / 1024) });
}

/** The floor of a round: the same library reading what the merge reads and writing what it writes. */
async function yearFloor(ledgerFile: string, returnsDir: string): Promise<void> {
  const files = (await fs.readdir(returnsDir)).filter((f) => f.endsWith('.xlsx')).sort();
  let cells = 0;
  const touch = (wb: ExcelJS.Workbook) => wb.worksheets.forEach((ws) => ws.eachRow((row) => row.eachCell(() => void cells++)));
  const { ms, cpuMs } = await timeMs(async () => {
    const ledger = new ExcelJS.Workbook();
    await ledger.xlsx.load((await fs.readFile(ledgerFile)) as unknown as ArrayBuffer);
    touch(ledger);
    for (const file of files) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await fs.readFile(path.join(returnsDir, file))) as unknown as ArrayBuffer);
      touch(wb);
    }
    const out = path.join(os.tmpdir(), `task-ledger-floor-${process.pid}.xlsx`);
    await fs.writeFile(out, Buffer.from(await ledger.xlsx.writeBuffer()));
    await fs.rm(out);
  });
  reportFromChild({ files: files.length, cells, ms, cpuMs });
}

async function yearMerge(ledgerFile: string, returnsDir: string, out: string): Promise<void> {
  const original = process.stdout.write.bind(process.stdout);
  let printed = '';
  process.stdout.write = ((chunk: string) => ((printed += chunk), true)) as typeof process.stdout.write;
  const run = await timeMs(() => runMerge(ledgerFile, [returnsDir], { output: out, json: true })).finally(() => {
    process.stdout.write = original;
  });
  const result = JSON.parse(printed) as { files: Array<{ status: string }>; changes: number };
  const statuses: Record<string, number> = {};
  for (const f of result.files) statuses[f.status] = (statuses[f.status] ?? 0) + 1;
  process.exitCode = 0;
  reportFromChild({ files: result.files.length, ms: run.ms, cpuMs: run.cpuMs, statuses, changes: result.changes });
}

async function main(): Promise<void> {
  const [mode, dir, n, out] = process.argv.slice(2);
  if (mode === 'year-floor') return yearFloor(dir, n);
  if (mode === 'year-merge') return yearMerge(dir, n, out);
  if (mode === 'floor') await floor(dir, Number(n));
  else if (mode === 'merge') await merge(dir, Number(n));
  else if (mode === 'ledger') await ledgerIo(dir);
  else if (mode === 'cli') await cliMerge(dir);
  else throw new Error(`unknown mode ${mode}`);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
