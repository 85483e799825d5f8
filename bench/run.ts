/**
 * `npm run bench`: import, consolidation, Office.js round trips and task-pane size, measured on
 * this machine. Prints a readable table, then the JSON summary (the last line block).
 */
import { execFileSync } from 'child_process';
import * as os from 'os';
import { benchConsolidate } from './cases/consolidate';
import { benchHostile } from './cases/hostile';
import { benchImport } from './cases/import';
import { benchOffice } from './cases/office';
import { benchTaskpane } from './cases/taskpane';
import { benchYear, yearTable } from './cases/year';
import { ROOT, timeMs } from './measure';
import { printTable, type Summary } from './table';

function machine(): { cores: number; cpu: string; node: string; platform: string; memoryGB: number } {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const line = execFileSync('lscpu', { encoding: 'utf8' }).split('\n').find((l) => l.startsWith('Model name:'));
    if (line) cpu = line.replace('Model name:', '').trim();
  } catch {
    // lscpu is not everywhere; os.cpus() said what it could.
  }
  return { cores: os.cpus().length, cpu, node: process.version, platform: `${os.platform()} ${os.release()}`, memoryGB: Math.round(os.totalmem() / 2 ** 30) };
}

function step(name: string): void {
  process.stderr.write(`bench: ${name}…\n`);
}

/** `BENCH_ONLY=taskpane npm run bench` runs one part (while working on it); the table needs all four. */
const ONLY = process.env.BENCH_ONLY;

async function part<T>(name: string, label: string, run: () => T | Promise<T>): Promise<T | undefined> {
  if (ONLY && ONLY !== name) return undefined;
  step(label);
  return run();
}

async function main(): Promise<void> {
  const total = await timeMs(async () => ({
    machine: machine(),
    import: await part('import', 'import', () => benchImport(ROOT)),
    consolidation: await part('consolidation', 'consolidation (writes 300 returns, then floor and merge in child processes)', benchConsolidate),
    year: await part('year', 'a year of rounds (300 returns a round through the CLI merge; BENCH_ROUNDS=12 for all twelve, BENCH_FROM=12 for round 12 alone)', () => benchYear()),
    office: await part('office', 'Office.js on the stand-in', benchOffice),
    taskpane: await part('taskpane', 'task pane (webpack production build)', benchTaskpane),
    // Opt-in only: minutes and GBs while the readers have no size guard.
    hostile: ONLY === 'hostile' ? await benchHostile() : undefined,
  }));
  const summary = { ...total.value, totalMs: total.ms, date: new Date().toISOString() };
  if (!ONLY) printTable(summary as Summary);
  if (summary.year) process.stdout.write(`${yearTable(summary.year)}\n\n`);
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
