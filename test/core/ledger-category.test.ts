import { categoryLabel, chineseNumeral, parseCategoryLabel, parseChineseNumeral } from '../../src/core/ledger-category';

describe('category labels', () => {
  it('writes section numbers the Chinese way', () => {
    expect([1, 10, 11, 12, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '十', '十一', '十二', '二十', '二十一', '九十九']);
  });

  it('reads back every number it writes', () => {
    for (let n = 1; n <= 99; n++) expect(parseChineseNumeral(chineseNumeral(n))).toBe(n);
  });

  it('round-trips a label and reads unnumbered text as section 0', () => {
    const c = { no: 12, title: '凝聚合力 狠抓工作落实' };
    expect(categoryLabel(c)).toBe('十二、凝聚合力 狠抓工作落实');
    expect(parseCategoryLabel(categoryLabel(c))).toEqual(c);
    expect(parseCategoryLabel('其他工作')).toEqual({ no: 0, title: '其他工作' });
    expect(categoryLabel({ no: 0, title: '其他工作' })).toBe('其他工作');
  });
});
