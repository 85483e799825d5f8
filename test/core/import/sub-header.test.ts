import { importBreakdown } from '../../../src/core/import';
import { periodSchedule, spreadSubNames } from '../../../src/core/import/sub-header';

/**
 * Headers over two rows: a top cell over sub-columns (`责任单位` over `牵头单位` / `配合单位`, `时间节点`
 * over the quarters, `投资完成情况` over `完成额度（万元）` / `占比（%）`), the other top cells merged down
 * beside them. Wordings of our own, in each form the importer reads.
 */
const TITLE = ['某区2025年民生实事项目推进表'];
const STAGED_TOP = ['序号', '实事项目', '责任单位', '时间节点', '备注'];
const STAGED_SUB = ['牵头单位', '配合单位', '一季度', '二季度', '三季度', '四季度'];
const STAGED_ROWS = [
  ['1', '新建社区养老服务站12个', '区民政局', '各街道', '完成选址', '开工建设', '主体完工', '投入运营', ''],
  ['2', '改造背街小巷30条', '区城管局', '区住建局', '', '完成设计', '√', '', ''],
];
const STAGED = [
  ['新建社区养老服务站12个', ['区民政局'], ['各街道'], '一季度：完成选址；二季度：开工建设；三季度：主体完工；四季度：投入运营', '2025-12-31'],
  ['改造背街小巷30条', ['区城管局'], ['区住建局'], '二季度：完成设计；三季度', '2025-09-30'],
];

const FIGURES_TOP = ['序号', '项目名称', '年度目标任务', '年度投资计划（万元）', '责任单位', '进展情况', '投资完成情况', '备注'];
const FIGURES_SUB = ['完成额度（万元）', '占比（%）'];
const FIGURES_ROWS = [
  ['合计', '', '', '50000', '', '', '12000', '24.0', ''],
  ['1', '建设城市口袋公园', '新建口袋公园8个', '2000', '区林业局', '已完成选址', '500', '25.0', ''],
  ['2', '实施学校校舍改造', '改造校舍3万平方米', '6000', '区教委', '已开工', '1200', '20.0', ''],
];

const read = (input: Parameters<typeof importBreakdown>[0]) => importBreakdown(input).tasks
  .map((t) => [t.task, t.leadUnits, t.coUnits, t.deadline.text, t.deadline.due ?? null]);
const readNotes = (input: Parameters<typeof importBreakdown>[0]) => importBreakdown(input).tasks.map((t) => [t.task, t.leadUnits, t.note ?? '']);
const tsv = (rows: ReadonlyArray<readonly string[]>) => rows.map((r) => r.join('\t')).join('\n');

describe('a worksheet whose header spans two rows', () => {
  it('reads units under 责任单位 and the deadline from the stages under 时间节点', () => {
    const rows = [TITLE, [...STAGED_TOP.slice(0, 3), '', STAGED_TOP[3], '', '', '', STAGED_TOP[4]], ['', '', ...STAGED_SUB, ''], ...STAGED_ROWS];
    const merges = [
      { top: 1, left: 0, bottom: 2, right: 0 }, { top: 1, left: 1, bottom: 2, right: 1 }, { top: 1, left: 2, bottom: 1, right: 3 },
      { top: 1, left: 4, bottom: 1, right: 7 }, { top: 1, left: 8, bottom: 2, right: 8 },
    ];
    expect(read({ kind: 'grid', rows, merges })).toEqual(STAGED);
  });

  it('keeps the figures under 投资完成情况 in 备注, named, and reads no total as a task', () => {
    const rows = [TITLE, [...FIGURES_TOP.slice(0, 7), '', FIGURES_TOP[7]], ['', '', '', '', '', '', ...FIGURES_SUB, ''], ...FIGURES_ROWS];
    expect(readNotes({ kind: 'grid', rows })).toEqual([
      ['建设城市口袋公园', ['区林业局'], '年度投资计划（万元）：2000\n进展情况：已完成选址\n完成额度（万元）：500\n占比（%）：25.0'],
      ['实施学校校舍改造', ['区教委'], '年度投资计划（万元）：6000\n进展情况：已开工\n完成额度（万元）：1200\n占比（%）：20.0'],
    ]);
  });
});

describe('periods under a deadline or a report column', () => {
  it('reads months marked under 完成时限 as the stages, the last marked month the deadline', () => {
    const rows = [
      ['2024年某街道重点工作推进表'],
      ['序号', '重点工作', '责任科室', '完成时限', '', '', ''],
      ['', '', '', '3月', '6月', '9月', '12月'],
      ['1', '完成老旧小区加装电梯10部', '城建科', '√', '√', '', ''],
      ['2', '开展垃圾分类示范创建', '城管科', '', '', '●', '●'],
    ];
    const merges = [{ top: 1, left: 0, bottom: 2, right: 0 }, { top: 1, left: 1, bottom: 2, right: 1 }, { top: 1, left: 2, bottom: 2, right: 2 }, { top: 1, left: 3, bottom: 1, right: 6 }];
    expect(read({ kind: 'grid', rows, merges })).toEqual([
      ['完成老旧小区加装电梯10部', ['城建科'], [], '3月；6月', '2024-06-30'],
      ['开展垃圾分类示范创建', ['城管科'], [], '9月；12月', '2024-12-31'],
    ]);
  });

  it('keeps quarters under 进展情况 in 备注, each named by both names', () => {
    const text = tsv([
      ['某县2024年民生实事进展表'], ['序号', '民生实事', '责任单位', '进展情况'], ['牵头单位', '配合单位', '一季度', '二季度'],
      ['1', '新建乡镇卫生院2所', '县卫健委', '县财政局', '已选址', '已开工'],
      ['2', '改造农村公路50公里', '县交通局', '各乡镇', '完成设计', '完成20公里'],
    ]);
    expect(importBreakdown({ kind: 'text', text }).tasks.map((t) => [t.task, t.leadUnits, t.coUnits, t.deadline.kind, t.note])).toEqual([
      ['新建乡镇卫生院2所', ['县卫健委'], ['县财政局'], 'none', '进展情况（一季度）：已选址\n进展情况（二季度）：已开工'],
      ['改造农村公路50公里', ['县交通局'], ['各乡镇'], 'none', '进展情况（一季度）：完成设计\n进展情况（二季度）：完成20公里'],
    ]);
  });
});

describe('tab text copied from a page whose header spans two rows', () => {
  it('places the sub-headers, written alone on the next line, under their top cells', () => {
    expect(read({ kind: 'text', text: tsv([TITLE, STAGED_TOP, STAGED_SUB, ...STAGED_ROWS]) })).toEqual(STAGED);
  });

  it('takes figures after the last name for sub-headers, not for that name going on', () => {
    expect(readNotes({ kind: 'text', text: tsv([TITLE, FIGURES_TOP, FIGURES_SUB, ...FIGURES_ROWS]) })).toEqual([
      ['建设城市口袋公园', ['区林业局'], '年度投资计划（万元）：2000\n进展情况：已完成选址\n投资完成情况（完成额度（万元））：500\n投资完成情况（占比（%））：25.0'],
      ['实施学校校舍改造', ['区教委'], '年度投资计划（万元）：6000\n进展情况：已开工\n投资完成情况（完成额度（万元））：1200\n投资完成情况（占比（%））：20.0'],
    ]);
  });
});

describe('spreadSubNames', () => {
  it('puts each run of sub-names under the top name taking them', () => {
    expect(spreadSubNames(STAGED_TOP, STAGED_SUB)).toEqual([
      '序号', '实事项目', '牵头单位', '配合单位', '时间节点（一季度）', '时间节点（二季度）', '时间节点（三季度）', '时间节点（四季度）', '备注',
    ]);
  });

  it('gives figures to the group after a report column, not to the report column', () => {
    expect(spreadSubNames(FIGURES_TOP, FIGURES_SUB)?.slice(5, 8)).toEqual(['进展情况', '投资完成情况（完成额度（万元））', '投资完成情况（占比（%））']);
  });

  it('places no lone sub-name, no task text and no name no top cell takes', () => {
    expect(spreadSubNames(STAGED_TOP, ['牵头单位'])).toBeNull();
    expect(spreadSubNames(STAGED_TOP, ['1', '新建社区养老服务站12个'])).toBeNull();
    expect(spreadSubNames(['序号', '工作任务', '牵头单位', '完成时限'], ['一季度', '二季度'])).toEqual(['序号', '工作任务', '牵头单位', '完成时限（一季度）', '完成时限（二季度）']);
    expect(spreadSubNames(['序号', '工作任务', '牵头单位', '完成时限'], ['完成额度', '占比'])).toBeNull();
    expect(spreadSubNames(['序号', '工作任务', '牵头单位', '进展情况'], ['责任领导', '联系电话'])).toBeNull();
  });
});

describe('periodSchedule', () => {
  it('writes the filled periods as one schedule, a mark as its period alone', () => {
    const periods = [{ index: 1, name: '一季度' }, { index: 2, name: '二季度' }, { index: 3, name: '三季度' }];
    expect(periodSchedule(['x', '完成招标', '/', '●'], periods)).toBe('一季度：完成招标；三季度');
    expect(periodSchedule(['x', '', '', ''], periods)).toBe('');
  });
});
