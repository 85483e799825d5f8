import * as fs from 'fs';
import { importBreakdown } from '../../../src/core/import';
import { buildLedger } from '../../../src/core/ledger/ledger-build';
import { FIXTURE } from '../../xlsx/fixture-ledger';

describe('buildLedger', () => {
  const result = importBreakdown({ kind: 'text', text: fs.readFileSync(FIXTURE, 'utf8') }, { file: 'g.txt' });

  it('makes every imported task a ledger task, numbered, not started, with the import findings', () => {
    const ledger = buildLedger(result, { ledgerId: 'L1', createdAt: '2024-08-10T09:00:00' });
    expect(ledger.meta).toEqual({ ledgerId: 'L1', title: '2024年广丰区政务公开工作任务分解表', planYear: 2024, schemaVersion: 1, createdAt: '2024-08-10T09:00:00', dueSoonDays: 15 });
    expect(ledger.tasks).toHaveLength(48);
    expect(ledger.tasks[47]).toMatchObject({ seq: 48, id: '12-02', status: '', progress: '', evidence: '', updatedAt: '', note: '', unitReports: {} });
    expect(ledger.findings).toEqual(result.findings);
    expect(ledger.units).toEqual(result.units);
    expect(ledger.changes).toEqual([]);
  });

  it('takes a given title, and the creation year when the document has no plan year', () => {
    const ledger = buildLedger({ ...result, planYear: null }, { ledgerId: 'L1', createdAt: '2025-02-01T08:00:00', title: '自定标题' });
    expect([ledger.meta.title, ledger.meta.planYear]).toEqual(['自定标题', 2025]);
  });

  it('does not mutate the import result', () => {
    const before = JSON.stringify(result);
    const ledger = buildLedger(result, { ledgerId: 'L1', createdAt: '2024-08-10T09:00:00' });
    ledger.units[0].aliases.push('x');
    ledger.tasks[0].status = '已完成';
    expect(JSON.stringify(result)).toBe(before);
  });
});
