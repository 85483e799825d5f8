import { categoryLabel, parseCategoryLabel } from '../../../src/core/ledger/ledger-category';

describe('category labels', () => {
  it('reads back every section number it writes', () => {
    for (let no = 1; no <= 99; no++) expect(parseCategoryLabel(categoryLabel({ no, title: '标题' }))).toEqual({ no, title: '标题' });
  });

  it('round-trips a label and reads unnumbered text as section 0', () => {
    const c = { no: 12, title: '凝聚合力 狠抓工作落实' };
    expect(categoryLabel(c)).toBe('十二、凝聚合力 狠抓工作落实');
    expect(parseCategoryLabel(categoryLabel(c))).toEqual(c);
    expect(parseCategoryLabel('其他工作')).toEqual({ no: 0, title: '其他工作' });
    expect(categoryLabel({ no: 0, title: '其他工作' })).toBe('其他工作');
  });
});
