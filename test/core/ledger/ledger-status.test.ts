import { ledgerStatus } from '../../../src/core/ledger/ledger-status';
import { placeOnLedger } from '../../../src/core/ledger/ledger-finding-place';
import { sampleLedger } from '../../layout/sample-ledger';

describe('ledgerStatus', () => {
  it('gives each task the 截止日期, 剩余天数 and 预警 the sheet shows that day', () => {
    const s = ledgerStatus(sampleLedger(), '2024-12-25');
    expect(s.tasks.map((t) => [t.id, t.due, t.daysLeft, t.light, t.mark])).toEqual([
      ['1-01', null, null, 'ongoing', '—'],
      ['1-02', '2024-12-31', 6, 'due-soon', '▲临期'],
      ['2-01', '2024-12-31', 6, 'due-soon', '▲临期'],
      ['2-02', null, null, 'done', '✓完成'],
    ]);
    expect([s.today, s.dueSoonDays, s.summary.total.dueSoon]).toEqual(['2024-12-25', 15, 2]);
  });

  it('does not mutate the ledger', () => {
    const ledger = sampleLedger();
    const before = JSON.stringify(ledger);
    ledgerStatus(ledger, '2024-12-25').tasks[0].leadUnits.push('x');
    expect(JSON.stringify(ledger)).toBe(before);
  });
});

describe('placeOnLedger', () => {
  it('puts task findings on the row the task was read from, in the column of the field', () => {
    const ledger = sampleLedger();
    ledger.tasks[2].source = { row: 4 };
    const placed = placeOnLedger(
      [
        { level: 'warning', code: 'unit.unknown', taskId: '2-01', field: 'leadUnits', message: 'm' },
        { level: 'info', code: 'ledger.note', message: 'whole file' },
        { level: 'warning', code: 'ledger.bad-status', sheet: '任务台账', row: 9, cell: 'I9', message: 'kept' },
      ],
      ledger,
      { file: 'a.xlsx', sheet: '任务台账', columns: { leadUnits: 'E' } },
    );
    expect(placed).toEqual([
      { level: 'warning', code: 'unit.unknown', taskId: '2-01', field: 'leadUnits', message: 'm', file: 'a.xlsx', sheet: '任务台账', row: 4, cell: 'E4' },
      { level: 'info', code: 'ledger.note', message: 'whole file', file: 'a.xlsx' },
      { level: 'warning', code: 'ledger.bad-status', sheet: '任务台账', row: 9, cell: 'I9', message: 'kept' },
    ]);
  });
});
