import { itemRun } from '../../../src/core/import/hidden-items';

describe('a run of numbered items in one text', () => {
  it('counts items numbered up by one, other words and numbers between', () => {
    expect(itemRun('二、强化保障 4.完善考核办法 区考核办 年底前 （一）落实经费 5.保障经费 区财政局 第二季度 6、建立台账 区统计局')).toEqual({ from: 4, to: 6 });
  });

  it('takes the longest run when the numbers restart', () => {
    expect(itemRun('1.摸底 2.建档 1.培训 2.考核 3.通报 4.复查')).toEqual({ from: 1, to: 4 });
  });

  it('is none for two items, decimals, dates and amounts', () => {
    expect(itemRun('1.开展排查 2.建立台账')).toBeNull();
    expect(itemRun('增长0.5个百分点，2017.4.7印发，投资3.5亿元，第1.2.3条')).toBeNull();
  });
});
