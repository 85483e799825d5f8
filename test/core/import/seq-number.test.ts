import { BRACKETED_NUMBER, CIRCLED_NUMBER, circledValue } from '../../../src/core/import/seq-number';

describe('numbers of one character', () => {
  it('gives a circled number its value, and one in brackets the same', () => {
    expect(['①', '⑦', '⑳', '⑴', '⑺', '⒇'].map(circledValue)).toEqual([1, 7, 20, 1, 7, 20]);
  });

  it('gives no value to another character', () => {
    expect(['1', '㉑', '⒈', 'a'].map(circledValue)).toEqual([NaN, NaN, NaN, NaN]);
  });

  it('tells the two runs apart', () => {
    expect(new RegExp(`^${CIRCLED_NUMBER}$`).test('⑤')).toBe(true);
    expect(new RegExp(`^${CIRCLED_NUMBER}$`).test('⑸')).toBe(false);
    expect(new RegExp(`^${BRACKETED_NUMBER}$`).test('⑸')).toBe(true);
  });
});
