/**
 * Reads one huge hostile file in its own capped process: `<reader> <file>` with reader `return`
 * (readReturnXlsx), `ledger` (readLedgerXlsx) or `breakdown` (the import command's loadBreakdown).
 * Prints what came back, time and peak memory.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { loadBreakdown } from '../src/cli/load-breakdown';
import { readLedgerXlsx } from '../src/xlsx/read-ledger';
import { readReturnXlsx } from '../src/xlsx/read-return';
import { reportFromChild, timeMs } from './measure';

async function main(): Promise<void> {
  const [reader, file] = process.argv.slice(2);
  const bytes = await fs.readFile(file);
  const name = path.basename(file);
  if (reader === 'return') {
    const { ms, value } = await timeMs(() => readReturnXlsx(new Uint8Array(bytes), name));
    const first = value.findings[0];
    reportFromChild({ ms, outcome: value.kind, rows: value.kind === 'return' ? value.rows.length : 0, code: first?.code ?? '', message: first?.message ?? '' });
  } else if (reader === 'breakdown') {
    const { ms, value } = await timeMs(() => loadBreakdown(file).then((r) => ({ ok: true as const, tasks: r.tasks.length }), (err: Error) => ({ ok: false as const, name: err.name, message: err.message })));
    reportFromChild({ ms, outcome: value.ok ? `imported ${value.tasks} tasks` : `error (${value.name})`, code: '', message: value.ok ? '' : value.message.slice(0, 200) });
  } else {
    const { ms, value } = await timeMs(() => readLedgerXlsx(bytes, name));
    const first = value.findings[0];
    reportFromChild({ ms, outcome: value.ledger ? 'ledger' : 'error', code: first?.code ?? '', message: first?.message ?? '' });
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
