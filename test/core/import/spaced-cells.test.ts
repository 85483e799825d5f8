import { singleSpacedPieces } from '../../../src/core/import/spaced-cells';

describe('singleSpacedPieces', () => {
  it('cuts a line at its single spaces, a wider gap kept inside its piece', () => {
    expect(singleSpacedPieces(' 县林业局 县财政局  刘  洋   陈晓雯 ')).toEqual(['县林业局', '县财政局  刘  洋   陈晓雯']);
    expect(singleSpacedPieces('配合   部门 办结时间')).toEqual(['配合   部门', '办结时间']);
  });

  it('gives nothing for spaces all alike', () => {
    expect(singleSpacedPieces('县林业局 县财政局 年内')).toBeNull();
    expect(singleSpacedPieces('县林业局   县财政局')).toBeNull();
    expect(singleSpacedPieces('县林业局')).toBeNull();
  });
});
