/** The fixture's ledger, as `task-ledger import` builds it. */
import * as fs from 'fs';
import * as path from 'path';
import { importBreakdown } from '../../src/core/import';
import { buildLedger } from '../../src/core/ledger/ledger-build';
import type { Ledger } from '../../src/core/ledger';

export const FIXTURE = path.join(__dirname, '..', 'fixtures', 'guangfeng-2024-breakdown.txt');

export function fixtureLedger(): Ledger {
  const result = importBreakdown({ kind: 'text', text: fs.readFileSync(FIXTURE, 'utf8') }, { file: 'guangfeng-2024-breakdown.txt' });
  return buildLedger(result, { ledgerId: 'L-fixture-0001', createdAt: '2024-08-10T09:00:00' });
}
