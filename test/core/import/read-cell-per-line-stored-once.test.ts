import { importBreakdown, type ImportResult } from '../../../src/core/import';
import { readCellPerLine } from '../../../src/core/import/read-cell-per-line';

/**
 * A web page's table saved as text, one cell a line and no blank lines: several columns' cells
 * merged down over rows of their own spans (a deadline over several 类别, a unit from a group's
 * second row on, the leader beside the deadline) are stored once, in their first row; the rows
 * below give only their 序号 and task (and a 类别 where one opens).
 */
const BUREAU = [
  '某县民政局2021年重点工作任务表',
  '序号', '类别', '工作任务', '完成时间', '分管领导', '承办股室', '(中心)', '备注',
  '1', '社会救助', '开展低保对象动态核查，做到应保尽保。', '6月底前', '李建华', '救助股', '县救助管理站',
  '2', '完成特困供养人员年度认定工作。', '社会事务股',
  '3', '推进临时救助先行救助改革，简化审批程序。',
  '4', '养老服务', '新建农村互助幸福院5所。',
  '5', '婚姻登记', '婚姻登记窗口办件满意率达到98%以上。', '2021年11月', '底前', '王 芳', '登记股',
  '6', '规范婚姻登记档案管理，完成档案数字化。',
  '7', '基层政权', '指导村（社区）依法完成换届选举工作。',
  '8', '老龄工作', '组织开展敬老月活动不少于3次。', '12月底前', '赵志刚', '各股室、局属事业单位',
].join('\n');

const errors = (r: ImportResult) => r.findings.filter((f) => f.level === 'error');

describe('page text one cell a line: several columns merged over spans of their own, stored once', () => {
  it('reads a header name whose cell gives a bracketed second line (`承办股室` / `(中心)`) as one unit column', () => {
    const table = readCellPerLine(BUREAU);
    expect(table?.rows[1].cells).toEqual(['序号', '类别', '工作任务', '完成时间', '分管领导', '承办股室(中心)', '备注']);
  });

  it('keeps a leader\'s name after the deadline in the leaders\' column, a deadline\'s wrapped rest in the deadline', () => {
    const rows = readCellPerLine(BUREAU)?.rows ?? [];
    expect(rows[2].cells.slice(3, 6)).toEqual(['6月底前', '李建华', '救助股\n县救助管理站']);
    expect(rows.find((r) => r.cells[0] === '5')?.cells.slice(3, 6)).toEqual(['2021年11月底前', '王 芳', '登记股']);
  });

  it('keeps a unit\'s name after the deadline (`8月底前` / `财务股`) in the unit column, with no leaders\' column', () => {
    const text = ['某县财政局2023年工作任务表', '序号', '工作任务', '完成时限', '责任股室',
      '1', '完成年度部门预算公开工作。', '8月底前', '财务股', '县国库支付中心',
      '2', '开展惠民惠农资金专项检查。', '10月底前', '监督检查股'].join('\n');
    expect(readCellPerLine(text)?.rows.slice(2).map((r) => r.cells.slice(2))).toEqual([['8月底前', '财务股\n县国库支付中心'], ['10月底前', '监督检查股']]);
  });

  it('gives each row the deadline and unit stored above it, across the 类别 that open below them', () => {
    const result = importBreakdown({ kind: 'text', text: BUREAU });
    expect(errors(result)).toEqual([]);
    expect(result.tasks.map((t) => [t.category.title, t.task.slice(0, 6), t.leadUnits.join('、'), t.deadline.due])).toEqual([
      ['社会救助', '开展低保对象', ['救助股'].join(), '2021-06-30'],
      ['社会救助', '完成特困供养', '社会事务股', '2021-06-30'],
      ['社会救助', '推进临时救助', '社会事务股', '2021-06-30'],
      ['养老服务', '新建农村互助', '社会事务股', '2021-06-30'],
      ['婚姻登记', '婚姻登记窗口', '登记股', '2021-11-30'],
      ['婚姻登记', '规范婚姻登记', '登记股', '2021-11-30'],
      ['基层政权', '指导村（社区', '登记股', '2021-11-30'],
      ['老龄工作', '组织开展敬老', '各股室', '2021-12-31'],
    ]);
    const merged = result.findings.filter((f) => f.code === 'import.merged-cell-below');
    expect(merged.map((f) => f.level)).toEqual(['info', 'info']);
    expect(merged.map((f) => f.message.slice(0, 8))).toEqual(['“完成时间”列在', '“承办股室(中心']);
  });

  it('reads a deadline stored once over several 类别 beside units given row by row, under a title naming the tasks and its year', () => {
    const text = ['某县2022年工作任务表', '序号', '工作类别', '工作任务', '牵头单位', '完成时限',
      '1', '安全生产', '开展危化品企业专项检查。', '县应急局', '2022年6月底前',
      '2', '组织消防安全培训5场。', '县消防救援大队',
      '3', '食品安全', '完成食品抽检1200批次。', '县市场监管局',
      '4', '开展校园食品安全专项整治。', '县教育局',
      '5', '生态环境', '完成散乱污企业整治20家。', '县生态环境分局', '2022年12月底前',
      '6', '推进农村生活污水治理。', '县住建局'].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(errors(result)).toEqual([]);
    expect(result.tasks.map((t) => [t.category.title, t.task.slice(0, 4), t.leadUnits.join('、'), t.deadline.due])).toEqual([
      ['安全生产', '开展危化', '县应急局', '2022-06-30'],
      ['安全生产', '组织消防', '县消防救援大队', '2022-06-30'],
      ['食品安全', '完成食品', '县市场监管局', '2022-06-30'],
      ['食品安全', '开展校园', '县教育局', '2022-06-30'],
      ['生态环境', '完成散乱', '县生态环境分局', '2022-12-31'],
      ['生态环境', '推进农村', '县住建局', '2022-12-31'],
    ]);
  });

  it('leaves blank a column that the first row leaves blank, its few cells given further down', () => {
    const text = [
      '某街道2022年安全生产工作任务表',
      '序号', '工作任务', '责任科室', '完成时限',
      '1', '开展燃气管道安全隐患排查，建立问题台账。', '安监科',
      '2', '组织辖区企业开展消防应急演练。', '应急科',
      '3', '完成危化品企业安全评估工作。', '安监科', '9月底前',
      '4', '推进老旧小区电动车充电设施建设。', '城建科', '10月底前',
      '5', '开展安全生产月宣传活动。', '宣传科',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(errors(result)).toEqual([]);
    expect(result.tasks.map((t) => t.deadline.due ?? null)).toEqual([null, null, '2022-09-30', '2022-10-31', null]);
    expect(result.findings.filter((f) => f.code === 'import.merged-cell-below')).toEqual([]);
  });
});
