import { buildStatusTable, warningMark } from '../../../src/core/report/status-table';
import { sampleLedger } from './status-table-fixture';

const TODAY = '2024-09-20';

describe('buildStatusTable', () => {
  it('groups by category in category order, every task once, with title, 截至 date and marks', () => {
    const table = buildStatusTable(sampleLedger(), { today: TODAY, by: 'category' });
    expect(table.title).toBe('2024年广丰区政务公开工作任务推进情况表');
    expect(table.asOf).toBe('截至2024年9月20日');
    expect(table.scope).toBe('');
    expect(table.groups.map((g) => g.heading)).toEqual([
      '一、聚焦高质量发展推进信息公开',
      '二、围绕保障改善民生深化信息公开',
      '十、持续推进基层政务公开',
    ]);
    expect(table.groups.map((g) => g.rows.map((r) => [r.taskId, r.status, r.mark]))).toEqual([
      [['1-01', '推进中', '—']],
      [['2-01', '推进中', '●逾期20天'], ['2-02', '推进中', '▲临期'], ['2-03', '已完成', '✓完成']],
      [['10-01', '', '○正常']],
    ]);
    const shared = table.groups[1].rows[1];
    expect(shared.leadUnits).toBe('区住建局、区财政局');
    expect(shared.progress).toBe('【区住建局】已完成专栏。\n【区财政局】正在整理。');
    expect(shared.deadline).toBe('9月底前');
  });

  it('groups by lead unit: directory order first, shared tasks under each unit with its own report, no-unit tasks last', () => {
    const table = buildStatusTable(sampleLedger(), { today: TODAY, by: 'unit' });
    expect(table.groups.map((g) => [g.heading, g.rows.map((r) => `${r.taskId}:${r.status}:${r.progress}`)])).toEqual([
      ['区住建局', ['2-02:已完成:已完成专栏。']],
      ['区财政局', ['2-02:推进中:正在整理。', '2-03:已完成:已公开。']],
      ['区自然资源局', ['2-01:推进中:']],
      ['区市场监管局', ['1-01:推进中:已公示。']],
      ['未明确牵头单位', ['10-01::']],
    ]);
    expect(table.groups[0].rows[0].mark).toBe('✓完成');
  });

  it('keeps only overdue tasks', () => {
    const table = buildStatusTable(sampleLedger(), { today: TODAY, by: 'category', only: 'overdue' });
    expect(table.groups.map((g) => [g.heading, g.rows.map((r) => r.taskId)])).toEqual([['二、围绕保障改善民生深化信息公开', ['2-01']]]);
    expect(table.scope).toBe('仅列逾期任务');
  });

  it('keeps only tasks not done, and one unit seen from its side', () => {
    const notDone = buildStatusTable(sampleLedger(), { today: TODAY, by: 'category', only: 'not-done' });
    expect(notDone.groups.flatMap((g) => g.rows.map((r) => r.taskId))).toEqual(['1-01', '2-01', '2-02', '10-01']);
    const unit = buildStatusTable(sampleLedger(), { today: TODAY, by: 'category', unit: '区住建局', only: 'not-done' });
    expect(unit.groups).toEqual([]);
    expect(unit.scope).toBe('牵头单位：区住建局；仅列未完成任务');
    const finance = buildStatusTable(sampleLedger(), { today: TODAY, by: 'unit', unit: '区财政局' });
    expect(finance.groups.map((g) => [g.heading, g.rows.map((r) => `${r.taskId}:${r.status}`)])).toEqual([['区财政局', ['2-02:推进中', '2-03:已完成']]]);
  });

  it('marks a task overdue the day after its due date, not on it', () => {
    expect(buildStatusTable(sampleLedger(), { today: '2024-08-31', by: 'category', only: 'overdue' }).groups).toEqual([]);
    const next = buildStatusTable(sampleLedger(), { today: '2024-09-01', by: 'category', only: 'overdue' });
    expect(next.groups[0].rows.map((r) => r.mark)).toEqual(['●逾期1天']);
    expect(warningMark('due-soon', '2024-09-30', TODAY)).toBe('▲临期');
  });

  it('does not mutate the ledger', () => {
    const ledger = sampleLedger();
    const before = JSON.stringify(ledger);
    buildStatusTable(ledger, { today: TODAY, by: 'unit', only: 'not-done' });
    buildStatusTable(ledger, { today: TODAY, by: 'category', unit: '区财政局' });
    expect(JSON.stringify(ledger)).toBe(before);
  });
});
