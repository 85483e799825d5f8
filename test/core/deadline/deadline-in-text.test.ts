import { deadlineInText } from '../../../src/core/deadline';

describe('deadlineInText: the date a task’s text sets', () => {
  it.each([
    ['2024年9月底前建成企业开办平台', '2024年9月底前'],
    ['优化流程,年底前基本实现一网通办', '年底前'],
    ['到2020年，全市用水总量控制在10亿立方米以内', '到2020年'],
    ['2020年底前完成河道划界', '2020年底前'],
    ['力争至2025年底覆盖率达到90%', '至2025年底'],
    ['到2023年6月底，完成改造', '到2023年6月底'],
    ['6月30日前完成摸底，12月底前完成验收', '6月30日前'],
  ])('%s → %s', (text, written) => {
    expect(deadlineInText(text)).toBe(written);
  });

  it.each(['截至2019年底已建成15个', '比2019年增长8%', '实施水资源消耗总量和强度双控行动', ''])('%s sets none', (text) => {
    expect(deadlineInText(text)).toBeNull();
  });
});
