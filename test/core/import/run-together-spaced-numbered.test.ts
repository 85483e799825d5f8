import { importBreakdown } from '../../../src/core/import';

/**
 * A web page stored on one line whose table opens with 序号, its cells a single space apart, the last
 * column (备注) empty in every row, a 职责 column naming the task, the page's sender and date after the
 * last row. Texts of our own.
 */
describe('a numbered table on one line, cells a space apart, an empty 备注 column', () => {
  const text = [
    '县政府办公室关于印发《县公共场所无障碍设施建设方案》的通知',
    '各乡镇人民政府，县直各单位： 现印发给你们，请认真组织实施。 附件 县无障碍设施建设任务分工 序号 职责 负责单位 备注 '
      + '1 将无障碍设施建设纳入城乡规划审查 县住建局 2 做好各客运站、公交站点无障碍设施改造 县交通局 '
      + '3 协调做好学校、医院等公共建筑的无障碍设施建设 县教育局、县卫健局 县政府办公室 2024年3月8日印发 来源：县政府办公室',
  ].join('\n');

  it('reads each numbered row, the 备注 left empty and the page close not a row', () => {
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.task, t.leadUnits])).toEqual([
      ['将无障碍设施建设纳入城乡规划审查', ['县住建局']],
      ['做好各客运站、公交站点无障碍设施改造', ['县交通局']],
      ['协调做好学校、医院等公共建筑的无障碍设施建设', ['县教育局']],
    ]);
  });
});
