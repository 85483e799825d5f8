/**
 * A year of rounds: twelve monthly rounds of 300 filled returns merged into the 5,000-task
 * ledger through the CLI's merge (`task-ledger merge ledger.xlsx <dir> -o next.xlsx`), each round
 * beside its floor: ExcelJS reading that round's ledger and returns and writing the ledger back.
 * Floor and merge each run in a fresh process, so each peak RSS is that case's alone.
 *
 * `BENCH_ROUNDS=12` runs the whole year (an hour on a busy 2-core machine); the default run stops
 * after DEFAULT_ROUNDS rounds to keep `npm run bench` short. `BENCH_FROM=12 BENCH_ROUNDS=12`
 * merges rounds 1–11 in process first (not measured) and measures round 12 alone.
 */
import { promises as fs } from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { filledPlans, generateLedger } from '../../test/support/generate';
import { consolidate } from '../../src/core/consolidate';
import type { Ledger } from '../../src/core/ledger';
import { readReturnXlsx } from '../../src/xlsx/read-return';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { writeReturnXlsx } from '../../src/xlsx/write-return';
import { MB, round, runChild, type ChildResult } from '../measure';
import { BENCH_SHAPE } from './shape';

export const DEFAULT_ROUNDS = 1;

export interface YearRound {
  round: string;
  /** The 300 returns of the round, MB. */
  returnsMB: number;
  /** The ledger the round reads, and the one it writes (MB). */
  ledgerInMB: number;
  ledgerOutMB: number;
  /** Rows of the hidden 撤销数据 and the visible 变更记录 in the written ledger (header excluded). */
  undoRows: number;
  historyRows: number;
  floor: ChildResult;
  merge: ChildResult;
  timeRatio: number;
  /** Merge ÷ floor CPU time (user + system): steadier than wall time when other jobs share the cores. */
  cpuRatio: number;
  memoryRatio: number;
}

export interface YearFigures {
  rounds: YearRound[];
  /** Round 12 (or the last one run): merge ≤ 1.5× floor time and ≤ 2× floor peak memory. */
  targetMet: boolean;
  /** Ledger growth per round ÷ the round's returns (MB/MB), last round. */
  growthPerReportMB: number;
}

/** Rows (header excluded) of each named sheet, counted in the sheet XML without building a workbook. */
export async function sheetRowCounts(bytes: Buffer, names: string[]): Promise<Record<string, number>> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const counts: Record<string, number> = {};
  for (const name of names) {
    const sheet = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook);
    const target = sheet && new RegExp(`Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels);
    const file = target && zip.file(`xl/${target[1].replace(/^\/?xl\//, '')}`);
    if (!file) {
      counts[name] = 0;
      continue;
    }
    const xml = await file.async('string');
    counts[name] = Math.max(0, (xml.match(/<row /g) ?? []).length - 1);
  }
  return counts;
}

async function writeRound(dir: string, plansFor: string, seed: number): Promise<number> {
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(dir, { recursive: true });
  let total = 0;
  for (const plan of filledPlans(generateLedger(BENCH_SHAPE), { round: plansFor, seed })) {
    const bytes = await writeReturnXlsx(plan, `${plansFor}-20T08:00:00Z`);
    total += bytes.length;
    await fs.writeFile(path.join(dir, plan.fileName), bytes);
  }
  return total;
}

/**
 * The ledger after rounds 1…last, merged in this process by the same core code the CLI runs
 * (readReturnXlsx + consolidate) and written once: `BENCH_FROM=12` measures round 12 alone
 * without waiting for eleven measured rounds before it.
 */
async function ledgerAfter(last: number, returnsDir: string): Promise<Ledger> {
  let ledger = generateLedger(BENCH_SHAPE);
  for (let r = 1; r <= last; r++) {
    const name = roundName(r);
    process.stderr.write(`bench: year round ${name} (merged in process, not measured)…\n`);
    await writeRound(returnsDir, name, 100 + r);
    const returns = await Promise.all((await fs.readdir(returnsDir)).sort().map(async (f) => readReturnXlsx(new Uint8Array(await fs.readFile(path.join(returnsDir, f))), f)));
    ledger = consolidate(ledger, returns, { batchId: `合并-${name.replace('-', '')}26-100000`, time: `${name}-26T10:00:00+08:00` }).ledger;
  }
  return ledger;
}

const roundName = (r: number) => `2024-${String(r).padStart(2, '0')}`;

export async function benchYear(rounds = Number(process.env.BENCH_ROUNDS ?? DEFAULT_ROUNDS), from = Number(process.env.BENCH_FROM ?? 1)): Promise<YearFigures> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'task-ledger-year-'));
  try {
    let ledgerFile = path.join(dir, 'ledger-00.xlsx');
    await fs.writeFile(ledgerFile, await writeLedgerXlsx(await ledgerAfter(from - 1, path.join(dir, 'returns'))));
    const out: YearRound[] = [];
    for (let r = from; r <= rounds; r++) {
      const name = roundName(r);
      process.stderr.write(`bench: year round ${name}…\n`);
      const returnsDir = path.join(dir, 'returns');
      const returnsBytes = await writeRound(returnsDir, name, 100 + r);
      const next = path.join(dir, `ledger-${String(r).padStart(2, '0')}.xlsx`);
      const floor = runChild('consolidate-child.js', ['year-floor', ledgerFile, returnsDir]);
      const merge = runChild('consolidate-child.js', ['year-merge', ledgerFile, returnsDir, next]);
      const inBytes = (await fs.stat(ledgerFile)).size;
      const outBytes = await fs.readFile(next);
      const rows = await sheetRowCounts(outBytes, ['撤销数据', '变更记录']);
      await fs.rm(ledgerFile);
      ledgerFile = next;
      const figures: YearRound = {
        round: name,
        returnsMB: round(returnsBytes / MB, 2),
        ledgerInMB: round(inBytes / MB, 2),
        ledgerOutMB: round(outBytes.length / MB, 2),
        undoRows: rows['撤销数据'],
        historyRows: rows['变更记录'],
        floor,
        merge,
        timeRatio: round((merge.ms as number) / (floor.ms as number), 2),
        cpuRatio: round((merge.cpuMs as number) / (floor.cpuMs as number), 2),
        memoryRatio: round(merge.maxRssMB / floor.maxRssMB, 2),
      };
      out.push(figures);
      // Each round as it ends (a year takes a while; an interrupted run keeps what it measured).
      process.stderr.write(`bench: ${yearLine(figures)}\n`);
    }
    const last = out[out.length - 1];
    return {
      rounds: out,
      targetMet: last.timeRatio <= 1.5 && last.memoryRatio <= 2,
      growthPerReportMB: round((last.ledgerOutMB - last.ledgerInMB) / last.returnsMB, 2),
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

function yearLine(r: YearRound): string {
  return `${r.round}: ledger ${r.ledgerOutMB} MB, 撤销数据 ${r.undoRows} rows, 变更记录 ${r.historyRows} rows; floor ${((r.floor.ms as number) / 1000).toFixed(2)} s ${r.floor.maxRssMB} MB; merge ${((r.merge.ms as number) / 1000).toFixed(2)} s ${r.merge.maxRssMB} MB (${r.timeRatio}× time, ${r.cpuRatio}× CPU time, ${r.memoryRatio}× memory)`;
}

/** The per-round table (also printed on its own by `BENCH_ONLY=year`). */
export function yearTable(y: YearFigures): string {
  const header = ['round', 'ledger MB', 'undo rows', '变更记录 rows', 'floor s', 'floor CPU s', 'floor MB', 'merge s', 'merge CPU s', 'merge MB', 'time ×', 'CPU ×', 'memory ×', 'changes'];
  const rows = y.rounds.map((r) => [
    r.round,
    String(r.ledgerOutMB),
    String(r.undoRows),
    String(r.historyRows),
    ((r.floor.ms as number) / 1000).toFixed(2),
    ((r.floor.cpuMs as number) / 1000).toFixed(2),
    String(r.floor.maxRssMB),
    ((r.merge.ms as number) / 1000).toFixed(2),
    ((r.merge.cpuMs as number) / 1000).toFixed(2),
    String(r.merge.maxRssMB),
    String(r.timeRatio),
    String(r.cpuRatio),
    String(r.memoryRatio),
    String(r.merge.changes),
  ]);
  const width = (i: number) => Math.max(...[header, ...rows].map((row) => row[i].length + (i === 3 && row === header ? 2 : 0)));
  const line = (row: string[]) => row.map((c, i) => c.padStart(width(i))).join(' | ');
  const last = y.rounds[y.rounds.length - 1];
  return [
    line(header),
    ...rows.map(line),
    `last round ${last.round}: merge ${last.timeRatio}× floor time (target ≤ 1.5; ${last.cpuRatio}× its CPU time), ${last.memoryRatio}× floor memory (target ≤ 2): ${y.targetMet ? 'met' : 'NOT met'}; ledger grew ${y.growthPerReportMB} MB per MB of returns`,
  ].join('\n');
}
