import { parseDeadline, resolveDue } from '../../../src/core/deadline';
import type { Deadline } from '../../../src/core/ledger/task';

const due = (text: string, today: string, planYear = 2024): string | null => resolveDue(parseDeadline(text, planYear), today);

describe('resolveDue for dates and deadlines without a date', () => {
  test.each([
    ['年底前', '2024-03-01', '2024-12-31'],
    ['8月底前', '2024-09-15', '2024-08-31'],
    ['3-6月', '2024-01-01', '2024-06-30'],
    ['持续推进', '2024-03-01', null],
    ['立行立改', '2024-03-01', null],
    ['/', '2024-03-01', null],
    ['待定', '2024-03-01', null],
  ])('%s on %s → %s', (text, today, expected) => {
    expect(due(text, today)).toBe(expected);
  });
});

describe('resolveDue for recurring deadlines: the next occurrence on or after today', () => {
  test.each([
    // 每月: the last day of this month
    ['每月', '2024-01-01', '2024-01-31'],
    ['每月', '2024-01-31', '2024-01-31'],
    ['每月', '2024-02-01', '2024-02-29'],
    ['每月底', '2023-02-10', '2023-02-28'],
    ['每月', '2024-12-31', '2024-12-31'],
    // 每月10日前: the 10th of this month until it passes, then the 10th of next month
    ['每月10日前', '2024-01-09', '2024-01-10'],
    ['每月10日前', '2024-01-10', '2024-01-10'],
    ['每月10日前', '2024-01-11', '2024-02-10'],
    ['每月10日前', '2024-12-11', '2025-01-10'],
    ['每月10日前', '2024-12-31', '2025-01-10'],
    // a day beyond the month's end falls on its last day
    ['每月31日前', '2024-02-01', '2024-02-29'],
    ['每月30日前', '2024-01-31', '2024-02-29'],
    ['每月中旬', '2024-05-21', '2024-06-20'],
    // 每季度: the quarter's last day
    ['每季度', '2024-01-01', '2024-03-31'],
    ['每季度末', '2024-03-31', '2024-03-31'],
    ['每季度', '2024-04-01', '2024-06-30'],
    ['每季度', '2024-11-15', '2024-12-31'],
    // 每季度首月10日前: 10 Jan, 10 Apr, 10 Jul, 10 Oct
    ['每季度首月10日前', '2024-01-10', '2024-01-10'],
    ['每季度首月10日前', '2024-01-11', '2024-04-10'],
    ['每季度首月10日前', '2024-03-31', '2024-04-10'],
    ['每季度首月10日前', '2024-10-11', '2025-01-10'],
    ['每季度结束后10日内', '2024-12-20', '2025-01-10'],
    // 每季度末月20日前: 20 Mar, 20 Jun …
    ['每季度末月20日前', '2024-03-21', '2024-06-20'],
    // 每半年, 每年
    ['每半年', '2024-06-30', '2024-06-30'],
    ['每半年', '2024-07-01', '2024-12-31'],
    ['每年', '2024-02-29', '2024-12-31'],
    ['每年3月底前', '2024-03-31', '2024-03-31'],
    ['每年3月底前', '2024-04-01', '2025-03-31'],
    ['每年12月10日前', '2024-12-11', '2025-12-10'],
    // 每周: weeks run Monday to Sunday (2024-01-01 is a Monday)
    ['每周', '2024-01-01', '2024-01-07'],
    ['每周', '2024-01-07', '2024-01-07'],
    ['每周', '2024-01-08', '2024-01-14'],
    ['每周', '2024-12-30', '2025-01-05'],
    ['每周五', '2024-01-05', '2024-01-05'],
    ['每周五', '2024-01-06', '2024-01-12'],
    ['每周五', '1999-12-31', '1999-12-31'],
  ])('%s on %s → %s', (text, today, expected) => {
    expect(due(text, today)).toBe(expected);
  });

  test('does not depend on the plan year the text was read for', () => {
    expect(due('每月10日前', '2031-07-11', 2024)).toBe('2031-08-10');
  });

  test('does not mutate the deadline', () => {
    const deadline: Deadline = parseDeadline('每季度首月10日前', 2024);
    const copy = structuredClone(deadline);
    resolveDue(deadline, '2024-05-01');
    expect(deadline).toStrictEqual(copy);
  });
});
