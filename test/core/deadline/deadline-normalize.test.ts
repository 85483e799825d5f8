import { normalizeDeadline, normalizeDeadlineText, parseChineseNumeral } from '../../../src/core/deadline/deadline-normalize';

describe('parseChineseNumeral', () => {
  test.each<[string, number | null]>([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十五', 25],
    ['三十一', 31],
    ['两', 2],
    ['十十', null],
    ['一二', null],
    ['百', null],
    ['', null],
  ])('%s → %s', (numeral, value) => {
    expect(parseChineseNumeral(numeral)).toBe(value);
  });
});

describe('normalizeDeadlineText', () => {
  test.each([
    ['２０２４．６．３０', '2024.6.30'],
    ['3月—6月', '3月-6月'],
    ['3月～6月', '3月-6月'],
    ['3月——6月', '3月-6月'],
    ['2024 年 8 月 9 日', '2024年8月9日'],
    ['十二月三十一日', '12月31日'],
    ['六月三十号', '6月30日'],
    ['元月', '1月'],
    ['一季度', '一季度'],
    ['10月底前完成初稿，12月底前完成验收；', '10月底前完成初稿,12月底前完成验收;'],
  ])('%s → %s', (text, normalized) => {
    expect(normalizeDeadlineText(text)).toBe(normalized);
  });
});

describe('normalizeDeadline strips the completion words', () => {
  test.each([
    ['年底前', { body: '年底', before: true }],
    ['8月底前完成', { body: '8月底', before: true }],
    ['6月30日以前', { body: '6月30日', before: true }],
    ['6月30日之前完成。', { body: '6月30日', before: true }],
    ['于6月底前办结', { body: '6月底', before: true }],
    ['截止到8月', { body: '8月', before: false }],
    ['年内完成', { body: '年内', before: false }],
    ['前', { body: '前', before: false }],
    ['完成', { body: '完成', before: false }],
    ['前完成', { body: '前', before: false }],
    ['于', { body: '于', before: false }],
    ['', { body: '', before: false }],
  ])('%s', (text, expected) => {
    expect(normalizeDeadline(text)).toStrictEqual(expected);
  });
});
