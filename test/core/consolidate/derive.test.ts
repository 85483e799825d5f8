import { deriveStatus, deriveTaskRow } from '../../../src/core/consolidate/derive';
import { sampleLedger } from '../../support/returns-ledger';

describe('deriveStatus', () => {
  it.each([
    [['', ''], '推进中', '推进中'],
    [['已完成', '已完成'], '', '已完成'],
    [['已完成', '已销号'], '', '已完成'],
    [['已销号', '已销号'], '', '已销号'],
    [['已完成', ''], '', '推进中'],
    [['已完成', '未开始'], '', '推进中'],
    [['推进中', '暂缓'], '', '推进中'],
    [['暂缓', '暂缓'], '', '暂缓'],
    [['暂缓', ''], '', '未开始'],
    [['未开始', '暂缓'], '', '未开始'],
    [['未开始'], '已完成', '未开始'],
  ] as const)('%j (ledger %s) → %s', (statuses, current, expected) => {
    expect(deriveStatus(statuses, current)).toBe(expected);
  });
});

describe('deriveTaskRow', () => {
  it('keeps the ledger row while no lead unit has reported', () => {
    const task = { ...sampleLedger().tasks[0], status: '推进中' as const, progress: '办公室写的', evidence: 'e' };
    expect(deriveTaskRow(task)).toEqual({ status: '推进中', progress: '办公室写的', evidence: 'e' });
  });

  it('keeps the office’s own text while no lead unit has written any', () => {
    const task = { ...sampleLedger().tasks[0], progress: '办公室：已召开推进会' };
    task.unitReports['区财政局'] = { unit: '区财政局', status: '推进中', progress: '', evidence: '', contact: '', phone: '', round: '2024-09', reportedAt: 't' };
    expect(deriveTaskRow(task)).toEqual({ status: '推进中', progress: '办公室：已召开推进会', evidence: '' });
  });

  it('ignores reports of units that no longer lead the task', () => {
    const task = sampleLedger().tasks[1];
    task.unitReports['区财政局'] = { unit: '区财政局', status: '已完成', progress: 'x', evidence: '', contact: '', phone: '', round: '2024-09', reportedAt: 't' };
    task.unitReports['区市场监管局'] = { unit: '区市场监管局', status: '推进中', progress: '公示中', evidence: '', contact: '', phone: '', round: '2024-09', reportedAt: 't' };
    expect(deriveTaskRow(task)).toEqual({ status: '推进中', progress: '公示中', evidence: '' });
  });

  it('counts only units that can report: a group name such as 区直各相关单位 never holds a task back', () => {
    const task = { ...sampleLedger().tasks[0], leadUnits: ['区政府办', '区直各相关单位'], unitReports: {} };
    task.unitReports = { 区政府办: { unit: '区政府办', status: '已完成', progress: '已全部公开', evidence: '', contact: '', phone: '', round: '2024-09', reportedAt: 't' } };
    expect(deriveTaskRow(task)).toEqual({ status: '已完成', progress: '已全部公开', evidence: '' });
  });

  it('joins a unit\'s own line breaks with ；, none after a sentence already ended (never 。；)', () => {
    const task = { ...sampleLedger().tasks[0], leadUnits: ['区政府办', '区财政局'], unitReports: {} };
    const report = (unit: string, progress: string) => ({ unit, status: '推进中' as const, progress, evidence: '', contact: '', phone: '', round: '2024-09', reportedAt: 't' });
    task.unitReports = { 区政府办: report('区政府办', '已公开4条。\n第二条线\n\n第三条'), 区财政局: report('区财政局', '已整理') };
    expect(deriveTaskRow(task).progress).toBe('【区政府办】已公开4条。第二条线；第三条\n【区财政局】已整理');
  });
});
