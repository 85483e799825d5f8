import { opensWithStage, stageDates } from '../../../src/core/import/column-content';

describe('a schedule\'s stages', () => {
  it('gives each stage\'s date as written, in order, opening a line, a sentence or after a space', () => {
    expect(stageDates('一季度：完成招标。三季度：主体完工。 四季度：交付使用')).toEqual(['一季度', '三季度', '四季度']);
    expect(stageDates('5月底前：完成摸底；\n9月底前：整改到位。')).toEqual(['5月底前', '9月底前']);
  });

  it('gives no date for a label that is no date', () => {
    expect(stageDates('主要内容：新建停车位200个。牵头单位：县交通局')).toEqual([]);
  });

  it('tells a line opening with a stage', () => {
    expect(opensWithStage('  第三季度：完成验收')).toBe(true);
    expect(opensWithStage('建设内容：完成验收')).toBe(false);
    expect(opensWithStage('。第三季度：完成验收')).toBe(false);
  });
});
