import { importBreakdown } from '../../../src/core/import';
import type { Task } from '../../../src/core/ledger/task';

/** Forms found in the second blind round (test/fixtures/tables, SOURCES.md “Round 2”), each on a small table. */
function view(tasks: Task[]) {
  return tasks.map((t) => [t.id, t.task, t.leadUnits, t.coUnits]);
}

const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');

describe('unit columns named twice', () => {
  it('reads 责任单位 and 配合单位 beside 牵头单位 as co units, both of them', () => {
    const text = tsv([
      ['2025年某区重点任务分解表'],
      ['序号', '工作任务', '牵头单位', '责任单位', '配合单位', '完成时限'],
      ['1', '推进预算公开。', '区财政局', '区直各部门', '区审计局', '年底前'],
      ['2', '推进项目公开。', '区发改局', '', '区住建局、区交通局', '年底前'],
    ]);
    const result = importBreakdown({ kind: 'text', text });
    expect(view(result.tasks)).toEqual([
      ['0-01', '推进预算公开。', ['区财政局'], ['区直各部门', '区审计局']],
      ['0-02', '推进项目公开。', ['区发改局'], ['区住建局', '区交通局']],
    ]);
  });

  it('reads 责任单位 as the lead beside 配合单位 when there is no 牵头单位, and says so', () => {
    const text = tsv([
      ['2025年某县任务分解表'],
      ['工作任务', '责任单位', '配合单位', '完成时限'],
      ['完成老旧小区改造。', '县住建局、城北街道', '县财政局', '年底前'],
    ]);
    const result = importBreakdown({ kind: 'text', text });
    expect(view(result.tasks)).toEqual([['0-01', '完成老旧小区改造。', ['县住建局', '城北街道'], ['县财政局']]]);
    expect(result.findings).toEqual([{
      level: 'info', code: 'import.responsible-as-lead', field: 'leadUnits',
      message: '本表没有“牵头单位”列，“责任单位”列按牵头单位读取，“配合单位”列按配合单位读取',
      suggestion: '如“责任单位”中的单位并非都牵头，请在台账中改正',
    }]);
  });

  it('keeps 整改措施 as the requirement and 整改目标 beside it, saying so', () => {
    const text = tsv([
      ['某县整改任务清单'],
      ['序号', '问题', '整改措施', '整改目标', '责任单位', '整改时限'],
      ['1', '文山会海问题仍有反弹。', '严格控制发文数量。', '发文数量下降10%。', '县委办', '2025年12月底前'],
    ]);
    const result = importBreakdown({ kind: 'text', text }, { planYear: 2025, file: 'z.txt' });
    expect([result.tasks[0].task, result.tasks[0].requirement]).toEqual(['文山会海问题仍有反弹。', '严格控制发文数量。\n整改目标：发文数量下降10%。']);
    expect(result.findings.filter((f) => f.code === 'import.column-kept')).toEqual([{
      level: 'info', code: 'import.column-kept', field: 'file', file: 'z.txt',
      message: '“整改目标”列与“整改措施”列是同一类内容，其内容已写入“整改措施”，写作“整改目标：……”',
      suggestion: '如不需要这些内容，可在台账中删去',
    }]);
  });
});

describe('（牵头） closing a list of units', () => {
  it('reads the list as leading together and warns on the cell', () => {
    const rows = [
      ['2025年某市法治政府建设任务分工', '', ''],
      ['任务', '责任单位', '完成时限'],
      ['编制重大行政决策事项目录。', '市政府办、市司法局（牵头），市直有关单位', '3月底前'],
    ];
    const result = importBreakdown({ kind: 'grid', rows, sheet: '分工' });
    expect(view(result.tasks)).toEqual([['0-01', '编制重大行政决策事项目录。', ['市政府办', '市司法局'], ['市直有关单位']]]);
    expect(result.findings.filter((f) => f.code === 'import.lead-mark-scope')).toEqual([{
      level: 'warning', code: 'import.lead-mark-scope', taskId: '0-01', field: 'leadUnits', sheet: '分工', row: 3, cell: 'B3',
      message: '任务0-01（“编制重大行政决策事项目录。”）的“（牵头）”写在“市政府办、市司法局”之后，可能只指“市司法局”；已按市政府办、市司法局共同牵头读取',
      suggestion: '如只由市司法局牵头，请把市政府办改为配合单位',
    }]);
  });
});

describe('sections that name their lead and count their tasks', () => {
  const text = tsv([
    ['2025年县政府工作报告任务清单'],
    ['序号', '工作任务', '配合单位', '完成时限'],
    ['一、县发改局牵头工作（3项）'],
    ['1', '争取专项债券项目。', '县财政局、县发改局', '年底前'],
    ['2', '推进以工代赈。', '县工信局牵头，县农业农村局配合', '10月底前'],
    ['二、加强统筹协调'],
    ['3', '完善督查机制。', '', '持续推进'],
  ]);
  const result = importBreakdown({ kind: 'text', text });

  it('gives rows without a lead the units the section title names; a row’s own lead wins', () => {
    expect(view(result.tasks)).toEqual([
      ['1-01', '争取专项债券项目。', ['县发改局'], ['县财政局']],
      ['1-02', '推进以工代赈。', ['县工信局'], ['县农业农村局']],
      ['2-01', '完善督查机制。', [], []],
    ]);
    expect(result.findings.filter((f) => f.code === 'import.lead-from-section').map((f) => f.level)).toEqual(['info']);
  });

  it('warns when a section holds another number of tasks than its title says', () => {
    expect(result.findings.filter((f) => f.level !== 'info').map((f) => [f.code, f.taskId])).toEqual([
      ['import.section-count', '1-01'],
      ['unit.lead-missing', '2-01'],
    ]);
  });
});

describe('a repeated header wrapped onto two lines in PDF text', () => {
  it('skips both lines and joins the row the page break cut', () => {
    const text = [
      '2025年某县整改任务清单',
      tsv([['序号', '问题', '整改措施', '责任领导', '责任单位', '整改时限']]),
      tsv([['1', '农村供水保障能力不足，部分村组存在', '实施供水工程，新建', '陈刚', '县水利局、各乡', '9月30日前']]),
      '',
      '- 1 -',
      '',
      tsv([['序号', '问题', '整改措施', '责任', '责任单位', '整改时限']]),
      tsv([['', '', '', '领导', '', '']]),
      tsv([['', '季节性缺水问题。', '管网。', '', '镇', '']]),
      tsv([['2', '养老设施闲置。', '盘活闲置设施。', '王丽', '县民政局', '持续推进']]),
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.task, t.requirement, t.leadUnits, t.coUnits])).toEqual([
      ['农村供水保障能力不足，部分村组存在季节性缺水问题。', '实施供水工程，新建管网。', ['县水利局'], ['各乡镇']],
      ['养老设施闲置。', '盘活闲置设施。', ['县民政局'], []],
    ]);
  });
});
