import { importBreakdown } from '../../../src/core/import';
import { readRunTogether } from '../../../src/core/import/run-together';

/**
 * A project table whose page text runs every cell together (a document site's preview): columns of
 * figures (总投资, a year's 计划投资) whose numbers run into each other, the builder (项目业主) and a
 * stage (建设阶段) beside the 牵头 department, leaders last, a 合计 row before row 1. Texts of our own.
 */
describe('a run-together project table with figures, a stage, a builder and leaders', () => {
  const text = '文档介绍:某府发〔2023〕8号某区人民政府关于2023年重点推进重大项目的通知各街道办事处,区政府有关部门:经区政府研究,决定对下列项目予以重点推进。'
    + '附件某区2023年重点推进的2个重大项目情况表单位:万元序号项目名称建设阶段总投资2023年计划投资项目业主牵头协调部门牵头区领导合计 52000080000 '
    + '1滨河湿地公园项目加快建设30000050000区城投公司区住建局张建国李明华'
    + '2现代物流园二期项目新开工22000030000某某物流有限公司、杭州某某投资有限公司区商务局陈立新';

  it('reads each row by what its cells hold, the two figures parted where the year\'s is within the total, the 合计 row no row', () => {
    const rows = readRunTogether(text);
    const header = rows?.findIndex((r) => r.cells[0] === '序号') ?? -1;
    expect(rows?.slice(header).map((r) => r.cells)).toEqual([
      ['序号', '项目名称', '建设阶段', '总投资', '2023年计划投资', '项目业主', '牵头协调部门', '牵头区领导'],
      ['1', '滨河湿地公园项目', '加快建设', '300000', '50000', '区城投公司', '区住建局', '张建国李明华'],
      ['2', '现代物流园二期项目', '新开工', '220000', '30000', '某某物流有限公司、杭州某某投资有限公司', '区商务局', '陈立新'],
    ]);
  });

  it('imports the projects, the 牵头协调部门 leading, no date set', () => {
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.task, t.leadUnits, t.deadline.kind])).toEqual([
      ['滨河湿地公园项目', ['区住建局'], 'none'],
      ['现代物流园二期项目', ['区商务局'], 'none'],
    ]);
  });
});
