import { importBreakdown } from '../../../src/core/import';

/**
 * Page text of a table whose header spans two rows: the top names (merged-down cells and cells over
 * sub-columns alike), then the sub-names, with no sign of which top cell each stands under. Wordings
 * of our own.
 */
const TITLE = '某区2025年民生实事项目推进表';
const read = (text: string) => importBreakdown({ kind: 'text', text }).tasks
  .map((t) => [t.category.title, t.task, t.leadUnits, t.coUnits, t.deadline.text, t.deadline.due ?? null]);
const readNotes = (text: string) => importBreakdown({ kind: 'text', text }).tasks.map((t) => [t.category.title, t.task, t.leadUnits, t.note ?? '']);

describe('page text one cell a line, each ending in ` |`', () => {
  const cells = (rows: string[][]) => [TITLE, ...rows.flat().map((c) => `${c} |`)].join('\n');

  it('reads units under 责任单位 and the stages under 时间节点 as the deadline', () => {
    const text = cells([
      ['序号', '实事项目', '责任单位', '时间节点', '备注'],
      ['牵头单位', '配合单位', '一季度', '二季度', '三季度', '四季度'],
      ['1', '新建社区养老服务站12个', '区民政局', '各街道', '完成选址', '开工建设', '主体完工', '投入运营', ''],
      ['2', '改造背街小巷30条', '区城管局', '区住建局', '', '完成设计', '开工', '完工验收', ''],
    ]);
    expect(read(text)).toEqual([
      ['', '新建社区养老服务站12个', ['区民政局'], ['各街道'], '一季度：完成选址；二季度：开工建设；三季度：主体完工；四季度：投入运营', '2025-12-31'],
      ['', '改造背街小巷30条', ['区城管局'], ['区住建局'], '二季度：完成设计；三季度：开工；四季度：完工验收', '2025-12-31'],
    ]);
  });

  it('keeps the figures under 投资完成情况 in 备注, each named by both names', () => {
    const text = cells([
      ['序号', '项目名称', '年度目标任务', '年度投资计划（万元）', '责任单位', '进展情况', '投资完成情况', '备注'],
      ['完成额度（万元）', '占比（%）'],
      ['1', '建设城市口袋公园', '新建口袋公园8个', '2000', '区林业局', '已完成选址', '500', '25.0', ''],
      ['2', '实施学校校舍改造', '改造校舍3万平方米', '6000', '区教委', '已开工', '1200', '20.0', ''],
    ]);
    expect(readNotes(text)).toEqual([
      ['', '建设城市口袋公园', ['区林业局'], '年度投资计划（万元）：2000\n进展情况：已完成选址\n投资完成情况（完成额度（万元））：500\n投资完成情况（占比（%））：25.0'],
      ['', '实施学校校舍改造', ['区教委'], '年度投资计划（万元）：6000\n进展情况：已开工\n投资完成情况（完成额度（万元））：1200\n投资完成情况（占比（%））：20.0'],
    ]);
  });
});

describe('page text of space-parted cells', () => {
  it('reads the sub-names on a line of their own under their top names, a gap for a blank stage', () => {
    const text = [
      TITLE,
      '序号 实事项目 责任单位 时间节点 备注',
      '牵头单位 配合单位 一季度 二季度 三季度 四季度',
      '1 新建社区养老服务站12个 区民政局 各街道 完成选址 开工建设 主体完工 投入运营',
      '2 改造背街小巷30条 区城管局 区住建局  完成设计 开工 完工验收',
    ].join('\n');
    expect(read(text)).toEqual([
      ['', '新建社区养老服务站12个', ['区民政局'], ['各街道'], '一季度：完成选址；二季度：开工建设；三季度：主体完工；四季度：投入运营', '2025-12-31'],
      ['', '改造背街小巷30条', ['区城管局'], ['区住建局'], '二季度：完成设计；三季度：开工；四季度：完工验收', '2025-12-31'],
    ]);
  });

  it('joins a name broken at its line\'s end, a measure on a line of its own, and reads no total as a task', () => {
    const text = [
      '附件',
      '某县2024年民生实事项目推进情况表',
      '序号 项目名称 年度建设任务 2024年计划投资(万元) 牵头',
      '单位',
      '1-6月进展情况 资金完成情况 备注',
      '完成金额',
      '(万元)',
      '占比(%',
      '合计 52000 ',
      '',
      '13400 25.8 ',
      '一、县级民生实事 30000 ',
      '',
      '9000 30.0 ',
      '1 新建城区停车场 新建公共停车场3处,新增泊位600个。 8000 县住建局 已完成2处停车场选址。 2000  25.0 ',
      '2 改造农村危桥 改造农村危桥15座。 4200 县交通局 已开工8座。 1260 30.0 ',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.category.title, t.task, t.leadUnits])).toEqual([
      ['县级民生实事', '新建城区停车场', ['县住建局']],
      ['县级民生实事', '改造农村危桥', ['县交通局']],
    ]);
    expect(result.tasks.map((t) => t.note)).toEqual([
      '2024年计划投资(万元)：8000\n1-6月进展情况：已完成2处停车场选址。\n资金完成情况（完成金额(万元)）：2000\n资金完成情况（占比(%）：25.0',
      '2024年计划投资(万元)：4200\n1-6月进展情况：已开工8座。\n资金完成情况（完成金额(万元)）：1260\n资金完成情况（占比(%）：30.0',
    ]);
  });
});
