import { importBreakdown } from '../../../src/core/import';
import { buildLedger } from '../../../src/core/ledger';

const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');
const TITLE = ['2025年某区重点任务分解表'];

/** Columns the ledger has no field for (责任领导, 联系人, 督办, 评分 …): kept in 备注, said once per import. */
describe('columns that are no ledger field', () => {
  it.each([['text'], ['grid']] as const)('keeps 责任领导, 分管领导 and 联系人 in 备注 as `名称：内容`, one 提示 naming them (%s)', (kind) => {
    const rows = [
      TITLE,
      ['序号', '工作任务', '责任领导', '分管领导', '牵头单位', '联系人', '完成时限'],
      ['1', '推进预算公开。', '张三', '李四', '区财政局', '王五', '6月底前'],
      ['2', '推进决算公开。', '张三', '', '区财政局', '', '9月底前'],
    ];
    const input = kind === 'text' ? { kind, text: tsv(rows) } : { kind, rows };
    const result = importBreakdown(input, { file: 'a.txt' });
    expect(result.tasks.map((t) => [t.task, t.leadUnits, t.note])).toEqual([
      ['推进预算公开。', ['区财政局'], '责任领导：张三\n分管领导：李四\n联系人：王五'],
      ['推进决算公开。', ['区财政局'], '责任领导：张三'],
    ]);
    expect(result.findings.filter((f) => f.code.startsWith('import.'))).toEqual([{
      level: 'info', code: 'import.column-kept', field: 'file', file: 'a.txt',
      message: '“责任领导”、“分管领导”、“联系人”列不是台账中的列，其内容已写入“备注”，写作“责任领导：……”',
      suggestion: '如不需要这些内容，可在台账中删去',
    }]);
  });

  it('adds them below the table’s own 备注, and the ledger’s 备注 holds both', () => {
    const text = tsv([TITLE, ['工作任务', '牵头单位', '完成时限', '备注', '督办单位'], ['推进预算公开。', '区财政局', '6月底前', '纳入考核', '区委督查室']]);
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks[0].note).toBe('纳入考核\n督办单位：区委督查室');
    const ledger = buildLedger(result, { ledgerId: 'x', createdAt: '2025-01-02T00:00:00' });
    expect(ledger.tasks[0].note).toBe('纳入考核\n督办单位：区委督查室');
  });

  it('says nothing of such a column left blank', () => {
    const text = tsv([TITLE, ['工作任务', '牵头单位', '完成时限', '进展情况', '责任人'], ['推进预算公开。', '区财政局', '6月底前', '', '']]);
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks[0].note).toBeUndefined();
    expect(result.findings.filter((f) => f.code.startsWith('import.'))).toEqual([]);
  });

  it('names columns of unknown name kept in 具体要求 in one 提示 too', () => {
    const text = tsv([TITLE, ['工作任务', '牵头单位', '成果形式', '考核指标', '完成时限', '责任领导'], ['编制资源目录。', '区数据局', '目录', '全覆盖', '6月底前', '张三']]);
    const result = importBreakdown({ kind: 'text', text }, { file: 'a.txt' });
    expect(result.tasks.map((t) => [t.requirement, t.note])).toEqual([['成果形式：目录\n考核指标：全覆盖', '责任领导：张三']]);
    expect(result.findings.filter((f) => f.code === 'import.column-kept').map((f) => f.message)).toEqual([
      '“成果形式”、“考核指标”列不是台账中的列，其内容已写入“具体要求”，写作“成果形式：……”',
      '“责任领导”列不是台账中的列，其内容已写入“备注”，写作“责任领导：……”',
    ]);
  });
});

describe('a two-row header', () => {
  it('keeps a column the ledger has no field for named in the second row', () => {
    const rows = [
      TITLE,
      ['工作任务', '责任单位', '', '责任人', '', '完成时限'],
      ['', '牵头单位', '配合单位', '责任领导', '联系人', ''],
      ['推进预算公开。', '区财政局', '区审计局', '张三', '王五', '6月底前'],
    ];
    const result = importBreakdown({ kind: 'grid', rows });
    expect(result.tasks.map((t) => [t.task, t.leadUnits, t.coUnits, t.note])).toEqual([['推进预算公开。', ['区财政局'], ['区审计局'], '责任领导：张三\n联系人：王五']]);
    expect(result.findings.filter((f) => f.code === 'import.column-kept').map((f) => f.message)).toEqual(['“责任领导”、“联系人”列不是台账中的列，其内容已写入“备注”，写作“责任领导：……”']);
  });
});

// Dev round 9t: a progress report continuing a longer table gives rows whose first task-named column
// (`重点项目`) is merged down from rows not given — blank in every row — beside a second task-named
// column holding each row's task (`年度任务`); its 说明 column remarks on the row.
describe('a task-named column blank in every row beside a second one', () => {
  const rows = [
    ['某区2024年实事推进情况'],
    ['序号', '重点项目', '年度任务', '牵头单位', '协同单位', '1-5月推进情况', '说明'],
    ['7', '', '改造老旧路灯300盏。', '区住建局', '各街道', '已完成120盏。', ''],
    ['8', '', '新增停车泊位500个。', '区交通局', '', '已开工。', '项目于4月10日才完成招标，进度滞后。'],
  ];

  it('gives the role to the column holding text, and reads 说明 as the remarks', () => {
    const result = importBreakdown({ kind: 'grid', rows });
    expect(result.tasks.map((t) => [t.task, t.leadUnits, t.deadline.kind, t.note])).toEqual([
      ['改造老旧路灯300盏。', ['区住建局'], 'none', '1-5月推进情况：已完成120盏。'],
      ['新增停车泊位500个。', ['区交通局'], 'none', '项目于4月10日才完成招标，进度滞后。\n1-5月推进情况：已开工。'],
    ]);
  });

  it('gives the task to the second task-named column when the first is blank in every row', () => {
    const two = rows.map((r, i) => (i === 1 ? ['序号', '主要任务', '全年任务', ...r.slice(3)] : r));
    const result = importBreakdown({ kind: 'grid', rows: two });
    expect(result.tasks.map((t) => [t.task, t.requirement ?? ''])).toEqual([
      ['改造老旧路灯300盏。', ''],
      ['新增停车泊位500个。', ''],
    ]);
    expect(result.findings.some((f) => f.message.includes('主要任务'))).toBe(false);
  });
});

/** Wording variants, eighth batch: measures before what is asked of them, no 工作任务 column (after them, text-columns.test.ts: 工作要求 holds the tasks). */
describe('a measures column beside a requirements column', () => {
  it.each([
    ['具体措施', '工作要求'],
    ['工作举措', '目标要求'],
  ])('%s | %s: the measures before what is asked of them are the tasks', (measures, demands) => {
    const rows = [
      TITLE,
      ['序号', measures, demands, '牵头单位', '完成时限'],
      ['1', '建成社区食堂10个。', '按季度报送进展', '区民政局', '9月底前'],
      ['2', '改造背街小巷20条。', '年底前完成验收', '区住建局', '11月底前'],
    ];
    const result = importBreakdown({ kind: 'text', text: tsv(rows) });
    expect(result.tasks.map((t) => [t.task, t.requirement])).toEqual([
      ['建成社区食堂10个。', '按季度报送进展'],
      ['改造背街小巷20条。', '年底前完成验收'],
    ]);
  });
});

// Blind round 10 (岳阳楼 2017 as .xlsx): a header name merged over two columns leaves the second's
// header cell blank; its cells (a project's sub-items under its merged name) were read by no role and
// dropped without a word. A column under a blank header cell holding text is kept, under the name to
// its left.
describe('a column under a blank header cell', () => {
  it('is read, never dropped: the sub-items under a project merged over them are its tasks', () => {
    const rows = [
      ['2017年某区民生实事完成情况表'],
      ['序号', '民生实事项目名称', '', '责任单位', '目标任务'],
      ['1', '新增城镇就业', '', '区人社局', '8950人'],
      ['2', '新建幼儿园2所', '', '区教育局', '2所'],
      ['3', '改造棚户区700户', '', '区住建局', '700户'],
      ['4', '深化养老保险改革', '完成在职参保人数6300人', '区人社局', '6300人'],
      ['', '', '完成征缴基金1亿元', '区人社局', '1亿元'],
    ];
    const result = importBreakdown({ kind: 'grid', rows });
    // The project merged over its sub-items names their group, each sub-item a task; a project of one row is a group of one (see sub-row-tasks.test.ts).
    expect(result.tasks.map((t) => [t.category.title, t.task, t.requirement])).toEqual([
      ['新增城镇就业', '新增城镇就业', '目标任务：8950人'],
      ['新建幼儿园2所', '新建幼儿园2所', '目标任务：2所'],
      ['改造棚户区700户', '改造棚户区700户', '目标任务：700户'],
      ['深化养老保险改革', '完成在职参保人数6300人', '目标任务：6300人'],
      ['深化养老保险改革', '完成征缴基金1亿元', '目标任务：1亿元'],
    ]);
  });

  it('keeps a named column whose role another column took, and says a row with units but no task was not imported', () => {
    const rows = [
      ['2017年某区民生实事完成情况表'],
      ['序号', '项目名称', '', '责任单位', '目标任务'],
      ['1', '新增城镇就业', '', '区人社局', '8950人'],
      ['2', '深化养老保险改革', '完成在职参保人数6300人', '区人社局', '6300人'],
      ['', '', '完成征缴基金1亿元', '区人社局', '1亿元'],
    ];
    const result = importBreakdown({ kind: 'grid', rows });
    const all = result.tasks.map((t) => `${t.task}\n${t.requirement}`).join('\n');
    expect(all).toContain('深化养老保险改革');
    expect(result.findings.filter((f) => f.code === 'import.row-skipped').map((f) => [f.level, f.row, f.message])).toEqual([
      ['warning', 3, '这一行写有单位或时限，但没有工作任务文字，没有导入：“1 新增城镇就业 区人社局 8950人”'],
    ]);
  });
});
