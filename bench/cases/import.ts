/** Import: the Guangfeng fixture and a generated 5,000-task text table, pure importer time. */
import { readFileSync } from 'fs';
import * as path from 'path';
import { importBreakdown } from '../../src/core/import';
import { breakdownText, generateRows } from '../../test/support/generate';
import { medianMs } from '../measure';

export interface ImportFigures {
  fixture: { tasks: number; bytes: number; medianMs: number };
  text5000: { tasks: number; bytes: number; medianMs: number };
}

export function benchImport(root: string): ImportFigures {
  const fixture = readFileSync(path.join(root, 'test', 'fixtures', 'guangfeng-2024-breakdown.txt'), 'utf8');
  const big = breakdownText(generateRows({ tasks: 5000, units: 300 }));
  const count = (text: string) => importBreakdown({ kind: 'text', text }).tasks.length;
  return {
    fixture: { tasks: count(fixture), bytes: Buffer.byteLength(fixture), medianMs: medianMs(50, () => count(fixture)) },
    text5000: { tasks: count(big), bytes: Buffer.byteLength(big), medianMs: medianMs(7, () => count(big)) },
  };
}
