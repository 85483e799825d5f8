import { readFileSync } from 'fs';
import * as path from 'path';
import { importBreakdown } from '../../../src/core/import';
import { checkLedger } from '../../../src/core/ledger/ledger-check';
import { buildLedger } from '../../../src/core/ledger/ledger-build';
import type { Ledger } from '../../../src/core/ledger';
import { parseDeadline } from '../../../src/core/deadline';

const FIXTURE = path.resolve(__dirname, '../../fixtures/guangfeng-2024-breakdown.txt');

function fixtureLedger(): Ledger {
  const result = importBreakdown({ kind: 'text', text: readFileSync(FIXTURE, 'utf8') }, { file: 'guangfeng-2024-breakdown.txt' });
  return buildLedger(result, { ledgerId: 'L1', createdAt: '2024-08-10T09:00:00' });
}

const summary = (findings: { code: string; taskId?: string; field?: string }[]) => findings.map((f) => [f.code, f.taskId, f.field]);

describe('checkLedger', () => {
  test('finds in a fresh ledger what the import found, task by task, the import notes aside', () => {
    const ledger = fixtureLedger();
    expect(summary(checkLedger(ledger))).toEqual(summary(ledger.findings.filter((f) => !f.code.startsWith('import.'))));
  });

  test('sees edits made in the workbook: a unit filled in, a deadline cleared, a misspelt unit', () => {
    const ledger = fixtureLedger();
    const edit = (id: string, change: Partial<Ledger['tasks'][number]>) => {
      const i = ledger.tasks.findIndex((t) => t.id === id);
      ledger.tasks[i] = { ...ledger.tasks[i], ...change };
    };
    edit('5-02', { leadUnits: ['区政府办'] });
    edit('1-04', { deadline: parseDeadline('', 2024) });
    edit('1-01', { leadUnits: ['区工信局', '区发该委'] });
    const codes = summary(checkLedger(ledger));
    expect(codes).not.toContainEqual(['unit.lead-missing', '5-02', 'leadUnits']);
    expect(codes).toContainEqual(['deadline.missing', '1-04', 'deadline']);
    expect(codes.filter(([, id]) => id === '1-01')).toEqual([['unit.unknown', '1-01', 'leadUnits']]);
  });

  test('lists what reading noticed first and names the file', () => {
    const ledger = fixtureLedger();
    const read = [{ level: 'info' as const, code: 'ledger.new-task-id' as const, message: '第50行是新任务' }];
    const findings = checkLedger(ledger, read, '台账.xlsx');
    expect(findings[0]).toBe(read[0]);
    expect(findings.slice(1).every((f) => f.file === '台账.xlsx')).toBe(true);
  });

  test('does not change the ledger', () => {
    const ledger = fixtureLedger();
    const before = JSON.stringify(ledger);
    checkLedger(ledger, [], 'x.xlsx');
    expect(JSON.stringify(ledger)).toBe(before);
  });
});
