/** Ledgers of any size made from the Guangfeng fixture: its tasks repeated, with fresh IDs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBreakdown } from '../../src/core/import';
import { buildLedger } from '../../src/core/ledger/ledger-build';
import type { Ledger, LedgerTask } from '../../src/core/ledger';

const FIXTURE = join(__dirname, '..', 'fixtures', 'guangfeng-2024-breakdown.txt');

export function fixtureLedger(): Ledger {
  const result = importBreakdown({ kind: 'text', text: readFileSync(FIXTURE, 'utf8') }, { file: 'guangfeng-2024-breakdown.txt' });
  return buildLedger(result, { ledgerId: 'L-guangfeng-2024', createdAt: '2024-08-10T09:00:00' });
}

/** `count` tasks: the fixture's, over and over; round k gets IDs `…-k`. */
export function syntheticLedger(count: number): Ledger {
  const base = fixtureLedger();
  const tasks: LedgerTask[] = [];
  for (let i = 0; i < count; i++) {
    const t = base.tasks[i % base.tasks.length];
    const round = Math.floor(i / base.tasks.length);
    tasks.push({ ...t, id: round === 0 ? t.id : `${t.id}-${round}`, seq: i + 1 });
  }
  return { ...base, tasks };
}
