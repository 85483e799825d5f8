import { importBreakdown } from '../../../src/core/import';

/**
 * Blind round 15's class: a table copied from a web page whose first header name spans two columns
 * (a group merged down over its measures, then the numbered measure), whose 进度安排 cells give a
 * quarter's stage a line and whose unit cells give a unit a line. Wordings of our own.
 */
const read = (text: string) => importBreakdown({ kind: 'text', text }, { planYear: 2021 }).tasks
  .map((t) => [t.task, t.leadUnits, t.deadline.due]);

describe('copied tab text under a header name over two columns, stages a line each', () => {
  const text = [
    '附件',
    '',
    '2021年标准化工作任务分解表',
    '',
    '重点举措\t预期目标\t进度安排\t责任科室\t考核指标',
    '一、“标准引领”重点任务',
    '（一）健全地方标准体系\t1.修订地方标准管理办法\t形成覆盖主要产业的标准目录。\t第一季度：起草修订稿。',
    '第二季度：征求意见。',
    '第三季度：印发实施。\t标准化科\t按期印发。',
    '2.培育团体标准\t扶持行业协会制定团体标准。\t第二、三季度：组织申报。',
    '第四季度：开展评审。\t标准化科\t完成评审。',
    '（二）推进标准化试点\t3.开展农业标准化试点\t建成两个示范基地。\t第三季度：组织验收。\t标准化科',
    '执法大队',
    '各所\t通过验收。',
    '4.开展服务业标准化试点\t提升服务质量。\t第二季度：遴选试点单位。',
    '第四季度：总结推广。\t标准化科',
    '执法大队\t完成总结。',
    '二、“标准实施”重点任务',
    '（一）强化标准宣贯\t5.举办标准宣贯培训\t培训企业人员。\t第二-四季度：举办三期培训班。\t标准化科\t培训300人次。',
  ].join('\n');

  it('puts each row back together, rows below a merged group one cell short', () => {
    expect(read(text)).toEqual([
      [expect.stringContaining('修订地方标准管理办法'), ['标准化科'], '2021-09-30'],
      [expect.stringContaining('培育团体标准'), ['标准化科'], '2021-12-31'],
      [expect.stringContaining('开展农业标准化试点'), ['标准化科'], '2021-09-30'],
      [expect.stringContaining('开展服务业标准化试点'), ['标准化科'], '2021-12-31'],
      [expect.stringContaining('举办标准宣贯培训'), ['标准化科'], '2021-12-31'],
    ]);
  });
});
