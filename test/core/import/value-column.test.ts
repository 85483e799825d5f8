import { importBreakdown } from '../../../src/core/import';

const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');

/**
 * A target table: `项目 | 分值 | 目标任务 | 考核单位` — the column named as the tasks' holds a figure
 * per row (the target), and the indicators stand in the text column before it, under a header cell
 * over two columns (a category merged down, then the indicator). The indicators are the tasks; the
 * figures stay beside them as their 具体要求.
 */
describe('a column named as the tasks holding figures', () => {
  const rows = [
    ['某县2024年度发展目标考核分解表'],
    ['项目', '', '分值', '目标任务', '考核单位'],
    ['经济发展', '规上工业增加值增速', '4', '8', '县经信局'],
    ['', '一般公共预算收入', '3', '5.6亿元', '县财政局'],
    ['', '招商引资到位资金', '3', '不低于 30', '县招商中心'],
    ['社会民生', '新增城镇就业', '2', '2600人', '县人社局'],
    ['', '农村卫生厕所普及率', '2', '按省定标准考核', '县农业农村局'],
  ];
  it.each([['grid'], ['text']] as const)('reads the indicator as the task and the figure as its requirement (%s)', (kind) => {
    const input = kind === 'text' ? { kind, text: tsv(rows) } : { kind, rows };
    const result = importBreakdown(input, { planYear: 2024 });
    expect(result.tasks.map((t) => [t.task, t.requirement, t.leadUnits, t.category?.title])).toEqual([
      ['规上工业增加值增速', '8', ['县经信局'], '经济发展'],
      ['一般公共预算收入', '5.6亿元', ['县财政局'], '经济发展'],
      ['招商引资到位资金', '不低于 30', ['县招商中心'], '经济发展'],
      ['新增城镇就业', '2600人', ['县人社局'], '社会民生'],
      ['农村卫生厕所普及率', '按省定标准考核', ['县农业农村局'], '社会民生'],
    ]);
  });

  it('keeps a task column of sentences that mention figures', () => {
    const text = tsv([
      ['某县2024年重点工作分解表'],
      ['类别', '', '工作任务', '牵头单位'],
      ['产业', '工业', '规上工业增加值增长8%', '县经信局'],
      ['', '投资', '完成固定资产投资30亿元', '县发改委'],
    ]);
    expect(importBreakdown({ kind: 'text', text }, { planYear: 2024 }).tasks.map((t) => t.task)).toEqual(['规上工业增加值增长8%', '完成固定资产投资30亿元']);
  });
});

/**
 * The same target table copied from a web page (tab text): the second indicator's row lacks the
 * cells merged down on both sides (the 项目 columns before it, the units and persons after it), and
 * its figure is a plain number like a 序号 while the first row's (`1300`) is not.
 */
describe('a target table copied from a web page', () => {
  it('lines up a row lacking merged cells on both sides by its figure', () => {
    const text = [
      '某区2023年度民生工程目标任务分解表',
      '项目\t目标\t分解情况\t责任领导\t责任单位\t责任人',
      '社会保障工程\t扩大参保覆盖面\t城乡居民养老保险参保人数(人)\t4200\t甲镇2000 乙镇1200 丙街道1000\t王 敏\t区人社局\t李 强',
      '城乡居民医疗保险参保人数(人)\t380\t甲镇200 乙镇100 丙街道80',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text }, { planYear: 2023 });
    expect(result.tasks.map((t) => [t.task, t.leadUnits])).toEqual([
      ['城乡居民养老保险参保人数(人)', ['区人社局']],
      ['城乡居民医疗保险参保人数(人)', ['区人社局']],
    ]);
  });
});
