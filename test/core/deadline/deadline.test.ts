import fc from 'fast-check';
import { parseDeadline, readDeadline } from '../../../src/core/deadline';
import type { Deadline, RecurrencePeriod } from '../../../src/core/ledger/task';

const date = (text: string, due: string, from?: string): Deadline =>
  from === undefined ? { kind: 'date', text, due } : { kind: 'date', text, due, from };
const ongoing = (text: string): Deadline => ({ kind: 'ongoing', text, due: null });
const none = (text: string): Deadline => ({ kind: 'none', text, due: null });
const unknown = (text: string): Deadline => ({ kind: 'unknown', text, due: null });
const every = (text: string, period: RecurrencePeriod, extra: { monthOfPeriod?: number; dayOfPeriod?: number } = {}): Deadline => ({
  kind: 'recurring',
  text,
  due: null,
  period,
  ...extra,
});

const FORMS_2024: Array<[string, Deadline]> = [
  // the year and its halves
  ['年底前', date('年底前', '2024-12-31')],
  ['年底', date('年底', '2024-12-31')],
  ['年末', date('年末', '2024-12-31')],
  ['年内', date('年内', '2024-12-31')],
  ['年内完成', date('年内完成', '2024-12-31')],
  ['今年底', date('今年底', '2024-12-31')],
  ['2024年底前', date('2024年底前', '2024-12-31')],
  ['2024年年底前完成', date('2024年年底前完成', '2024-12-31')],
  ['全年', date('全年', '2024-12-31')],
  ['年度内', date('年度内', '2024-12-31')],
  ['年中', date('年中', '2024-06-30')],
  ['上半年', date('上半年', '2024-06-30')],
  ['上半年完成', date('上半年完成', '2024-06-30')],
  ['下半年', date('下半年', '2024-12-31')],
  ['2024年上半年', date('2024年上半年', '2024-06-30')],
  // quarters
  ['一季度', date('一季度', '2024-03-31')],
  ['第一季度', date('第一季度', '2024-03-31')],
  ['一季度末', date('一季度末', '2024-03-31')],
  ['二季度末前', date('二季度末前', '2024-06-30')],
  ['三季度末', date('三季度末', '2024-09-30')],
  ['第三季度', date('第三季度', '2024-09-30')],
  ['3季度', date('3季度', '2024-09-30')],
  ['四季度', date('四季度', '2024-12-31')],
  ['四季度前', date('四季度前', '2024-09-30')],
  // months
  ['8月底前', date('8月底前', '2024-08-31')],
  ['8月底', date('8月底', '2024-08-31')],
  ['8月末', date('8月末', '2024-08-31')],
  ['8月末前', date('8月末前', '2024-08-31')],
  ['8月份', date('8月份', '2024-08-31')],
  ['8月', date('8月', '2024-08-31')],
  ['8月前', date('8月前', '2024-07-31')],
  ['1月前', date('1月前', '2023-12-31')],
  ['2月底前', date('2月底前', '2024-02-29')],
  ['8月中', date('8月中', '2024-08-15')],
  ['8月初', date('8月初', '2024-08-10')],
  ['9月上旬', date('9月上旬', '2024-09-10')],
  ['9月中旬', date('9月中旬', '2024-09-20')],
  ['9月下旬', date('9月下旬', '2024-09-30')],
  ['9月中旬前', date('9月中旬前', '2024-09-20')],
  ['十二月底前', date('十二月底前', '2024-12-31')],
  ['二〇二四年十月底前', date('二〇二四年十月底前', '2024-10-31')],
  ['10月中下旬', date('10月中下旬', '2024-10-31')],
  ['10月上中旬', date('10月上中旬', '2024-10-20')],
  ['本年度内', date('本年度内', '2024-12-31')],
  ['年底前全面完成', date('年底前全面完成', '2024-12-31')],
  ['2024年10月—2024年12月', date('2024年10月—2024年12月', '2024-12-31', '2024-10-01')],
  ['十月', date('十月', '2024-10-31')],
  ['元月底前', date('元月底前', '2024-01-31')],
  ['2024年12月', date('2024年12月', '2024-12-31')],
  ['2024.12', date('2024.12', '2024-12-31')],
  ['2024-09', date('2024-09', '2024-09-30')],
  // exact days
  ['6月30日前', date('6月30日前', '2024-06-30')],
  ['6月30日', date('6月30日', '2024-06-30')],
  ['6月30号前', date('6月30号前', '2024-06-30')],
  ['六月三十日前', date('六月三十日前', '2024-06-30')],
  ['2024年6月30日', date('2024年6月30日', '2024-06-30')],
  ['2024-06-30', date('2024-06-30', '2024-06-30')],
  ['2024/6/30', date('2024/6/30', '2024-06-30')],
  ['2024.6.30', date('2024.6.30', '2024-06-30')],
  ['20240630', date('20240630', '2024-06-30')],
  ['6.30', date('6.30', '2024-06-30')],
  ['6.30前', date('6.30前', '2024-06-30')],
  ['于6月底前完成', date('于6月底前完成', '2024-06-30')],
  ['截至11月15日', date('截至11月15日', '2024-11-15')],
  // full-width and spaced
  ['１２月３１日前', date('１２月３１日前', '2024-12-31')],
  ['２０２４．６．３０', date('２０２４．６．３０', '2024-06-30')],
  ['2024 年 8 月底前', date('2024 年 8 月底前', '2024-08-31')],
  ['6月30日 前 完成', date('6月30日 前 完成', '2024-06-30')],
  ['2024－06－30', date('2024－06－30', '2024-06-30')],
  // ranges
  ['3-6月', date('3-6月', '2024-06-30', '2024-03-01')],
  ['3月—6月', date('3月—6月', '2024-06-30', '2024-03-01')],
  ['3月～6月', date('3月～6月', '2024-06-30', '2024-03-01')],
  ['3月至6月', date('3月至6月', '2024-06-30', '2024-03-01')],
  ['2024年3-6月', date('2024年3-6月', '2024-06-30', '2024-03-01')],
  ['9月1日-30日', date('9月1日-30日', '2024-09-30', '2024-09-01')],
  ['3月10日至6月20日', date('3月10日至6月20日', '2024-06-20', '2024-03-10')],
  ['一至二季度', date('一至二季度', '2024-06-30', '2024-01-01')],
  ['11月至次年2月', date('11月至次年2月', '2025-02-28', '2024-11-01')],
  // a range of years: the year before the dash written without its 年
  ['2024—2026年', date('2024—2026年', '2026-12-31', '2024-01-01')],
  ['2023-2024年', date('2023-2024年', '2024-12-31', '2023-01-01')],
  ['2024至2025年底', date('2024至2025年底', '2025-12-31', '2024-01-01')],
  // outside the plan year
  ['次年3月底前', date('次年3月底前', '2025-03-31')],
  ['明年上半年', date('明年上半年', '2025-06-30')],
  ['2025年3月底前', date('2025年3月底前', '2025-03-31')],
  // several dates, or a date inside a sentence
  ['10月底前完成初稿、12月底前完成验收', date('10月底前完成初稿、12月底前完成验收', '2024-12-31')],
  ['6月底前启动，年底前完成', date('6月底前启动，年底前完成', '2024-12-31')],
  ['12月底前验收，10月底前报送方案', date('12月底前验收，10月底前报送方案', '2024-12-31')],
  ['力争9月底前建成', date('力争9月底前建成', '2024-09-30')],
  ['持续推进，年底前取得实效', date('持续推进，年底前取得实效', '2024-12-31')],
  ['立行立改，6月底前整改到位', date('立行立改，6月底前整改到位', '2024-06-30')],
  ['按上级要求于11月15日前报送', date('按上级要求于11月15日前报送', '2024-11-15')],
  // recurring
  ['每月', every('每月', 'month')],
  ['每月底', every('每月底', 'month')],
  ['每月末', every('每月末', 'month')],
  ['每月10日前', every('每月10日前', 'month', { dayOfPeriod: 10 })],
  ['每月5号前报送上月进展', every('每月5号前报送上月进展', 'month', { dayOfPeriod: 5 })],
  ['每月结束后5日内', every('每月结束后5日内', 'month', { dayOfPeriod: 5 })],
  ['每月中旬', every('每月中旬', 'month', { dayOfPeriod: 20 })],
  ['按月报送', every('按月报送', 'month')],
  ['每季度', every('每季度', 'quarter')],
  ['每季度末', every('每季度末', 'quarter')],
  ['按季度', every('按季度', 'quarter')],
  ['每季', every('每季', 'quarter')],
  ['每季度首月10日前', every('每季度首月10日前', 'quarter', { monthOfPeriod: 1, dayOfPeriod: 10 })],
  ['每季度第一个月15日前', every('每季度第一个月15日前', 'quarter', { monthOfPeriod: 1, dayOfPeriod: 15 })],
  ['每季度末月20日前', every('每季度末月20日前', 'quarter', { monthOfPeriod: 3, dayOfPeriod: 20 })],
  ['每季度结束后10日内', every('每季度结束后10日内', 'quarter', { monthOfPeriod: 1, dayOfPeriod: 10 })],
  ['每半年', every('每半年', 'half-year')],
  ['每半年末', every('每半年末', 'half-year')],
  ['每年', every('每年', 'year')],
  ['每年度', every('每年度', 'year')],
  ['每年3月底前', every('每年3月底前', 'year', { monthOfPeriod: 3 })],
  ['每年12月10日前', every('每年12月10日前', 'year', { monthOfPeriod: 12, dayOfPeriod: 10 })],
  ['每周', every('每周', 'week')],
  ['每周五', every('每周五', 'week', { dayOfPeriod: 5 })],
  ['每周五前', every('每周五前', 'week', { dayOfPeriod: 5 })],
  ['每周一次', every('每周一次', 'week')],
  // ongoing
  ['持续推进', ongoing('持续推进')],
  ['长期坚持', ongoing('长期坚持')],
  ['常态化', ongoing('常态化')],
  ['长期', ongoing('长期')],
  ['持续开展', ongoing('持续开展')],
  ['常态化推进', ongoing('常态化推进')],
  ['常年', ongoing('常年')],
  ['定期开展', ongoing('定期开展')],
  ['全年持续推进', ongoing('全年持续推进')],
  // The date the work starts from is no deadline.
  ['2025年起长期坚持', ongoing('2025年起长期坚持')],
  ['自2025年3月起常态化开展', ongoing('自2025年3月起常态化开展')],
  ['从2025年开始，持续推进', ongoing('从2025年开始，持续推进')],
  ['立行立改', ongoing('立行立改')],
  ['即知即改', ongoing('即知即改')],
  ['即日起', ongoing('即日起')],
  ['自即日起', ongoing('自即日起')],
  ['已上线运行，持续优化', ongoing('已上线运行，持续优化')],
  ['已建立，长效管护', ongoing('已建立，长效管护')],
  ['按要求', ongoing('按要求')],
  ['按上级要求', ongoing('按上级要求')],
  ['根据上级部门要求', ongoing('根据上级部门要求')],
  ['按照省市部署', ongoing('按照省市部署')],
  ['视情况', ongoing('视情况')],
  // no deadline
  ['/', none('/')],
  ['／', none('／')],
  ['无', none('无')],
  ['暂无', none('暂无')],
  ['—', none('—')],
  ['——', none('——')],
  ['-', none('-')],
  ['', none('')],
  ['   ', none('   ')],
  // not understood
  ['待定', unknown('待定')],
  ['已完成', unknown('已完成')],
  ['已上线运行，逐步推广', unknown('已上线运行，逐步推广')],
  ['尽快', unknown('尽快')],
  ['ASAP', unknown('ASAP')],
  ['3个月内', unknown('3个月内')],
  ['12月32日', unknown('12月32日')],
  ['2月30日', unknown('2月30日')],
  ['13月底', unknown('13月底')],
  ['0月', unknown('0月')],
  ['2024-13-01', unknown('2024-13-01')],
  ['11-2月', unknown('11-2月')],
  ['每月32日', unknown('每月32日')],
  ['每年13月底前', unknown('每年13月底前')],
  ['前', unknown('前')],
  ['完成', unknown('完成')],
  ['。', unknown('。')],
];

describe('parseDeadline for plan year 2024', () => {
  test.each(FORMS_2024)('%s', (text, expected) => {
    expect(parseDeadline(text, 2024)).toStrictEqual(expected);
  });

  test('covers well over 40 distinct forms, every kind among them', () => {
    const texts = new Set(FORMS_2024.map(([text]) => text));
    expect(texts.size).toBe(FORMS_2024.length);
    expect(texts.size).toBeGreaterThanOrEqual(100);
    const kinds = new Set(FORMS_2024.map(([, d]) => d.kind));
    expect([...kinds].sort()).toEqual(['date', 'none', 'ongoing', 'recurring', 'unknown']);
  });
});

describe('parseDeadline follows the plan year', () => {
  test.each<[string, Deadline]>([
    ['年底前', date('年底前', '2025-12-31')],
    ['今年底', date('今年底', '2025-12-31')],
    ['上半年', date('上半年', '2025-06-30')],
    ['三季度末', date('三季度末', '2025-09-30')],
    ['8月底前', date('8月底前', '2025-08-31')],
    ['8月前', date('8月前', '2025-07-31')],
    ['2月底前', date('2月底前', '2025-02-28')],
    ['6月30日前', date('6月30日前', '2025-06-30')],
    ['3-6月', date('3-6月', '2025-06-30', '2025-03-01')],
    ['次年3月底前', date('次年3月底前', '2026-03-31')],
    ['2024年12月31日', date('2024年12月31日', '2024-12-31')],
    ['2月29日', unknown('2月29日')],
  ])('%s in 2025', (text, expected) => {
    expect(parseDeadline(text, 2025)).toStrictEqual(expected);
  });

  test('2月29日 exists in the leap plan year 2028', () => {
    expect(parseDeadline('2月29日', 2028)).toStrictEqual(date('2月29日', '2028-02-29'));
  });
});

describe('readDeadline says how a text was read', () => {
  test.each([
    ['3-6月', { kind: 'range', from: '2024-03-01', due: '2024-06-30' }],
    ['10月底前完成初稿、12月底前完成验收', { kind: 'several-dates', dates: ['2024-10-31', '2024-12-31'], due: '2024-12-31' }],
    ['12月底前验收，10月底前报送方案', { kind: 'several-dates', dates: ['2024-12-31', '2024-10-31'], due: '2024-12-31' }],
    ['力争9月底前建成', { kind: 'date-in-text', due: '2024-09-30' }],
    // A year and month with a dot among several dates (blind round 11's 新昌: `2021.8`, `2021.12`).
    ['2024.6、2024.11', { kind: 'several-dates', dates: ['2024-06-30', '2024-11-30'], due: '2024-11-30' }],
    ['2024.12；2024年10月', { kind: 'several-dates', dates: ['2024-12-31', '2024-10-31'], due: '2024-12-31' }],
    ['新增投资2024.5万元，9月底前完成', { kind: 'date-in-text', due: '2024-09-30' }],
    ['8月前', { kind: 'before-period', due: '2024-07-31' }],
    ['四季度前', { kind: 'before-period', due: '2024-09-30' }],
    ['立行立改', { kind: 'immediate' }],
    ['即日起', { kind: 'immediate' }],
    ['按上级要求', { kind: 'as-required' }],
    ['已上线运行，持续优化', { kind: 'ongoing-in-text', clause: '持续优化' }],
    ['试点先行，按上级要求推开', { kind: 'as-required' }],
    ['12月32日', { kind: 'invalid-date' }],
    ['8月底前', { kind: 'plain' }],
    ['待定', { kind: 'plain' }],
  ])('%s', (text, reading) => {
    expect(readDeadline(text, 2024).reading).toStrictEqual(reading);
  });
});

describe('parseDeadline is total and pure', () => {
  test('never throws on any string, and always keeps the text as written', () => {
    const deadlineish = fc.stringMatching(/^[0-9０-９年月日底末前后中上下旬季度半每周持续长期按要求立行改至\-—～/．. ]{0,16}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), deadlineish), fc.integer({ min: 1900, max: 2100 }), (text, year) => {
        const deadline = parseDeadline(text, year);
        expect(deadline.text).toBe(text);
        expect(['date', 'ongoing', 'recurring', 'none', 'unknown']).toContain(deadline.kind);
        if (deadline.kind === 'date') expect(deadline.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 2000 },
    );
  });

  test('does not mutate its input and gives equal results on repeated calls', () => {
    const text = '10月底前完成初稿、12月底前完成验收';
    const copy = String(text);
    const first = parseDeadline(text, 2024);
    const second = parseDeadline(text, 2024);
    expect(text).toBe(copy);
    expect(second).toStrictEqual(first);
    expect(second).not.toBe(first);
  });
});

describe('the end of a five-year plan', () => {
  it.each([
    ['“十三五”末', '2020-12-31'],
    ['十四五期末', '2025-12-31'],
    ['"十五五"规划末', '2030-12-31'],
  ])('%s → %s', (text, due) => {
    expect(parseDeadline(text, 2024)).toMatchObject({ kind: 'date', due });
  });
});

describe('a period run into what the work does (`年内持续推进`): the period is the date', () => {
  it.each([
    ['年内持续推进', '2024-12-31'],
    ['年底前持续推进', '2024-12-31'],
    ['年内常态开展', '2024-12-31'],
  ])('%s → %s', (text, due) => {
    expect(parseDeadline(text, 2024)).toMatchObject({ kind: 'date', due });
  });

  it('keeps `全年持续推进` and a bare `持续推进` ongoing', () => {
    expect(parseDeadline('全年持续推进', 2024).kind).toBe('ongoing');
    expect(parseDeadline('持续推进', 2024).kind).toBe('ongoing');
  });
});
