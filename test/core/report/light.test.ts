import { daysLeft, lightFor, LIGHT_MARKS, taskLight } from '../../../src/core/report/light';
import type { Deadline } from '../../../src/core/ledger/task';

const yearEnd: Deadline = { kind: 'date', text: '年底前', due: '2024-12-31' };
const ongoing: Deadline = { kind: 'ongoing', text: '持续推进', due: null };
const none: Deadline = { kind: 'none', text: '/', due: null };
const monthly10: Deadline = { kind: 'recurring', text: '每月10日前', due: null, period: 'month', dayOfPeriod: 10 };

describe('taskLight', () => {
  it.each([
    ['2025-01-01', '', 'overdue'],
    ['2024-12-31', '推进中', 'due-soon'],
    ['2024-12-16', '未开始', 'due-soon'],
    ['2024-12-15', '', 'on-track'],
    ['2025-03-01', '已完成', 'done'],
    ['2025-03-01', '已销号', 'done'],
    ['2025-03-01', '暂缓', 'overdue'],
  ] as const)('a 年底前 task on %s with status %s is %s', (today, status, light) => {
    expect(taskLight({ status, deadline: yearEnd }, today, 15)).toBe(light);
  });

  it('is grey for ongoing and for no deadline, unless done', () => {
    expect(taskLight({ status: '', deadline: ongoing }, '2024-09-01', 15)).toBe('ongoing');
    expect(taskLight({ status: '推进中', deadline: none }, '2024-09-01', 15)).toBe('no-deadline');
    expect(taskLight({ status: '已完成', deadline: none }, '2024-09-01', 15)).toBe('done');
  });

  it('uses the current period of a recurring deadline, as the 截止日期 formula does', () => {
    expect(taskLight({ status: '', deadline: monthly10 }, '2024-03-10', 0)).toBe('due-soon');
    expect(taskLight({ status: '', deadline: monthly10 }, '2024-03-11', 15)).toBe('on-track');
    expect(taskLight({ status: '', deadline: monthly10 }, '2024-03-11', 30)).toBe('due-soon');
  });

  it('counts 临期 days inclusively: due exactly N days ahead is due soon, N+1 is not', () => {
    expect(lightFor('', '2024-09-16', 'date', '2024-09-01', 15)).toBe('due-soon');
    expect(lightFor('', '2024-09-17', 'date', '2024-09-01', 15)).toBe('on-track');
  });

  it('gives 剩余天数 as the workbook does', () => {
    expect(daysLeft('', '2024-12-31', '2024-12-01')).toBe(30);
    expect(daysLeft('', '2024-12-31', '2025-01-02')).toBe(-2);
    expect(daysLeft('已完成', '2024-12-31', '2024-12-01')).toBeNull();
    expect(daysLeft('', null, '2024-12-01')).toBeNull();
  });

  it('has a text mark for every light, so print in black and white still tells them apart', () => {
    expect(LIGHT_MARKS).toEqual({ overdue: '●逾期', 'due-soon': '▲临期', 'on-track': '○正常', done: '✓完成', ongoing: '—', 'no-deadline': '—' });
  });

  it('does not mutate the task', () => {
    const task = { status: '' as const, deadline: { ...monthly10 } };
    const before = JSON.stringify(task);
    taskLight(task, '2024-03-11', 15);
    expect(JSON.stringify(task)).toBe(before);
  });
});
