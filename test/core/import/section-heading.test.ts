import { parseChineseNumeral, parseCategoryHeading, toChineseNumeral } from '../../../src/core/import';
import { parseCategoryNumber } from '../../../src/core/import/section-heading';

describe('parseCategoryHeading', () => {
  it.each([
    ['一、聚焦高质量发展推进信息公开', { level: 1, no: 1, title: '聚焦高质量发展推进信息公开' }],
    ['十二、凝聚合力 狠抓工作落实', { level: 1, no: 12, title: '凝聚合力 狠抓工作落实' }],
    ['二十一．其他', { level: 1, no: 21, title: '其他' }],
    ['（一）压实部门责任', { level: 2, no: 1, title: '压实部门责任' }],
    ['(十)加强督查', { level: 2, no: 10, title: '加强督查' }],
    ['第三部分 保障措施', { level: 1, no: 3, title: '保障措施' }],
    ['八、持续推进基', { level: 1, no: 8, title: '持续推进基' }],
  ])('%s', (text, expected) => {
    expect(parseCategoryHeading(text)).toEqual(expected);
  });

  it('reads 1、 only in a category column, and nothing else as a heading', () => {
    expect(parseCategoryHeading('1、政务服务')).toBeNull();
    expect(parseCategoryHeading('1、政务服务', true)).toEqual({ level: 1, no: 1, title: '政务服务' });
    expect(parseCategoryHeading('一是要加强领导')).toBeNull();
    expect(parseCategoryHeading('层政务公开标准化规范化建设')).toBeNull();
    expect(parseCategoryHeading('2024年8月底前', true)).toBeNull();
  });

  it('reads section numbers in a 序号 column', () => {
    expect(parseCategoryNumber('三')).toEqual({ level: 1, no: 3 });
    expect(parseCategoryNumber('四、')).toEqual({ level: 1, no: 4 });
    expect(parseCategoryNumber('（二）')).toEqual({ level: 2, no: 2 });
    expect(parseCategoryNumber('3')).toBeNull();
  });
});

describe('Chinese numerals', () => {
  it.each([['一', 1], ['十', 10], ['十二', 12], ['二十', 20], ['九十九', 99], ['一百零五', 105], ['两', 2]])('%s = %i', (text, n) => {
    expect(parseChineseNumeral(text)).toBe(n);
  });
  it('writes 1–99 back', () => {
    expect([1, 10, 11, 12, 20, 21, 99, 100].map(toChineseNumeral)).toEqual(['一', '十', '十一', '十二', '二十', '二十一', '九十九', '100']);
    expect(parseChineseNumeral('第一')).toBeNull();
  });
});
