import { importBreakdown } from '../../../src/core/import';

/**
 * A table copied or stored as `|` rows, merged cells in their first row only, with a column of short
 * names (指标, a project's name) before the task's: a short row's sentence lines up with the task
 * column, not the names' column (both hold text; a sentence is no name). And a section heading with
 * no task under it — a task read as a heading, otherwise lost without a word — is said in a warning.
 */
const PIPES = [
  '| 序号 | 考核指标 | 工作任务 | 完成时限 | 分管领导 | 责任科室 | 备注 |',
  '| 1 | 社会救助 | 城乡低保对象动态管理率达到100%。 | 11月底前 | 王明 | 救助科 |  |',
  '| 2 | 开展困难群众走访慰问不少于300户。 | 救助科 |  |',
  '| 3 | 完成临时救助备案审查。 |  |',
  '| 4 | 养老服务 | 新建社区养老服务站2个。 |  |',
  '| 5 | 婚姻登记 | 婚姻登记信息补录完成率95%以上。 | 登记中心 |  |',
].join('\n');

describe('`|` rows lacking merged cells beside a column of short names', () => {
  it('reads every row a task, its sentence in the task column, the merged cells from above', () => {
    const result = importBreakdown({ kind: 'text', text: PIPES }, { planYear: 2024 });
    expect(result.tasks.map((t) => [t.id, t.category.title, t.task, t.leadUnits, t.deadline.text])).toEqual([
      ['1-01', '社会救助', '城乡低保对象动态管理率达到100%。', ['救助科'], '11月底前'],
      ['1-02', '社会救助', '开展困难群众走访慰问不少于300户。', ['救助科'], '11月底前'],
      ['1-03', '社会救助', '完成临时救助备案审查。', ['救助科'], '11月底前'],
      ['2-01', '养老服务', '新建社区养老服务站2个。', ['救助科'], '11月底前'],
      ['3-01', '婚姻登记', '婚姻登记信息补录完成率95%以上。', ['登记中心'], '11月底前'],
    ]);
    expect(result.findings.filter((f) => f.level !== 'info')).toEqual([]);
  });
});

describe('a section with no task under it', () => {
  it('is said in a warning naming its row, the tasks around it read as before', () => {
    const text = ['序号\t工作任务\t牵头单位\t完成时限', '一、便民服务', '1\t推行政务服务一网通办\t区政务服务中心\t年底前', '二、基层治理', '三、生态环境', '1\t完成河道清淤5公里\t区水务局\t9月底前'].join('\n');
    const result = importBreakdown({ kind: 'text', text }, { planYear: 2024, file: '分解表.txt' });
    expect(result.tasks.map((t) => [t.id, t.task])).toEqual([['1-01', '推行政务服务一网通办'], ['3-01', '完成河道清淤5公里']]);
    expect(result.findings.map((f) => [f.level, f.code, f.row, f.message])).toEqual([
      ['warning', 'import.empty-section', 4, '“基层治理”读作板块标题，但其下没有读出任何任务'],
    ]);
  });
});
