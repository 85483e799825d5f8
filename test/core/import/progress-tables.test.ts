import { importBreakdown } from '../../../src/core/import';
import { headerRole, readHeaderColumns } from '../../../src/core/import/header';
import { isPersonName } from '../../../src/core/import/unit-persons';

/**
 * Blind round 9's classes (in wordings of our own): a progress table of 实事 projects — its task
 * column named 项目内容, a column of the progress so far (`当前进度`, `落实情况`), a month's plan
 * (`月度工作计划`) — and its 牵头单位 merged down over rows, which a copied table leaves out.
 */
const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');
const row = (cells: string[]) => ({ row: 1, cells, breakBefore: false });

describe('a progress table’s header', () => {
  it.each(['当前进度', '工作进度', '完成进度', '落实情况', '推进情况', '实施情况', '办理情况'])('%s is a column kept in 备注', (name) => {
    expect(headerRole(name)).toBe('other');
  });

  it.each(['月度工作计划', '工作计划', '推进计划', '计划安排'])('%s names the 完成时限 column (the dates the work is planned for)', (name) => {
    expect(headerRole(name)).toBe('deadline');
  });

  it.each(['进度安排', '进度要求'])('%s still names the 完成时限 column', (name) => {
    expect(headerRole(name)).toBe('deadline');
  });

  it('is found with a progress column and a column of no known name whose words hold 前 or 月度', () => {
    const read = readHeaderColumns(row(['序号', '项目内容', '当前进度', '牵头单位', '月度亮点', '备注']));
    expect(read?.columns).toMatchObject({ seq: 0, lead: 3 });
    expect(read?.unknown.map((u) => u.name)).toEqual(['月度亮点']);
  });
});

describe('a progress table of 实事 projects', () => {
  it('reads the 项目内容 column as the tasks, with 当前进度 and 备注 kept', () => {
    const text = tsv([
      ['2023年度县民生实事项目进度表'],
      ['序号', '项目内容', '当前进度', '牵头单位', '备注'],
      ['1', '新建城市书房6家。', '70%(两家选址未定)', '县文广旅体局', '县民生实事'],
      ['2', '改造农贸市场3个。', '100%', '县市场监管局', '市民生实事'],
    ]);
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.task, t.leadUnits, t.deadline.kind])).toEqual([
      ['新建城市书房6家。', ['县文广旅体局'], 'none'],
      ['改造农贸市场3个。', ['县市场监管局'], 'none'],
    ]);
  });

  it('lines up copied rows lacking the merged 牵头单位, a month’s plan read as the deadline', () => {
    const text = [
      '2023年5月县民生实事项目进展表',
      tsv([['序号', '项目内容', '月度工作计划', '牵头单位', '落实情况']]),
      tsv([['1', '为全县困难家庭发放助学金300人次。', '5月:完成助学对象摸底。', '县教育局', '已完成。']]),
      '摸底困难学生312人。',
      tsv([['2', '新建乡村学校少年宫4所。', '5月:完成2所主体建设。', '已完成。']]),
      '2所主体已封顶。',
      tsv([['3', '组织青少年心理健康讲座20场。', '按计划推进,9月底前完成全部讲座。', '县团委', '推进中。']]),
      '已开展8场。',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.task, t.leadUnits, t.deadline.due])).toEqual([
      ['为全县困难家庭发放助学金300人次。', ['县教育局'], '2023-05-31'],
      ['新建乡村学校少年宫4所。', ['县教育局'], '2023-05-31'],
      ['组织青少年心理健康讲座20场。', ['县团委'], '2023-09-30'],
    ]);
  });
});

describe('a person’s name', () => {
  it.each(['公开。', '完成!', '3人'])('holds no punctuation or figure: %s', (text) => {
    expect(isPersonName(text)).toBe(false);
  });

  it.each(['王嵘', '钱 宇', '欧阳建国'])('is a name: %s', (text) => {
    expect(isPersonName(text)).toBe(true);
  });
});

describe('a table with no unit column whose task cells close in their units', () => {
  const grid = (tasks: string[]) => [
    ['2023年度区政府重点工作任务1-9月完成情况'],
    ['序号', '工作内容', '完成情况'],
    ...tasks.map((t, i) => [String(i + 1), t, '①已完成方案。②推进中。']),
  ];

  it('reads each cell’s bracket as its units and deadline, the task without it', () => {
    const result = importBreakdown({ kind: 'grid', rows: grid([
      '扎实做好农村人居环境整治,新建户厕500座。(牵头单位:区农业农村局;配合单位:各街道)',
      '推进老旧小区改造12个,年底前全部完工。(区住建局牵头,区财政局配合)',
      '办好全民健身运动会。(责任单位:区文体局、区教育局)',
    ]) });
    expect(result.tasks.map((t) => [t.task, t.leadUnits, t.coUnits, t.deadline.due])).toEqual([
      ['扎实做好农村人居环境整治,新建户厕500座。', ['区农业农村局'], ['各街道'], null],
      ['推进老旧小区改造12个,年底前全部完工。', ['区住建局'], ['区财政局'], '2023-12-31'],
      ['办好全民健身运动会。', ['区文体局'], ['区教育局'], null],
    ]);
    expect(result.findings.some((f) => f.code === 'import.lead-by-convention')).toBe(true);
    expect(result.findings.filter((f) => f.level === 'error')).toEqual([]);
  });

  it('leaves a task cell whose bracket names no unit as it is', () => {
    const result = importBreakdown({ kind: 'grid', rows: [...grid(['推进老旧小区改造12个。(牵头单位:区住建局)']), ['2', '新增停车泊位300个(含充电桩)。', '已完成。']] });
    expect(result.tasks.map((t) => [t.task, t.leadUnits])).toEqual([
      ['推进老旧小区改造12个。', ['区住建局']],
      ['新增停车泊位300个(含充电桩)。', []],
    ]);
  });
});

// Blind round 11 (广东卫健): a task cell merged down over rows whose own text stands in a column of
// unknown name (`细化分工`, kept in 具体要求); those rows, each with its 序号, unit and deadline, were
// skipped with a note no one sees. Each is a task now: its own text the task, the merged cell its group.
describe('rows under a merged task cell whose text stands in a kept column', () => {
  it('are tasks of their own, their text the task, never skipped', () => {
    const rows = [
      ['2021年某局政务公开重点任务台账'],
      ['序号', '工作任务', '细化分工', '责任处室', '完成时限'],
      ['1', '做好疫情信息发布', '围绕隔离管控发布权威信息', '应急处', '长期推进'],
      ['2', '', '做好疫苗接种信息公开', '疾控处', '2021年8月前'],
      ['3', '常规政务公开', '强化行政执法信息公开', '政法处', '长期推进'],
      ['4', '', '推进预算决算公开', '财务处', '2021年9月前'],
    ];
    const result = importBreakdown({ kind: 'grid', rows });
    expect(result.tasks.map((t) => [t.category.title, t.task, t.requirement, t.leadUnits, t.deadline.due])).toEqual([
      ['做好疫情信息发布', '围绕隔离管控发布权威信息', '', ['应急处'], null],
      ['做好疫情信息发布', '做好疫苗接种信息公开', '', ['疾控处'], '2021-07-31'],
      ['常规政务公开', '强化行政执法信息公开', '', ['政法处'], null],
      ['常规政务公开', '推进预算决算公开', '', ['财务处'], '2021-08-31'],
    ]);
  });
});
