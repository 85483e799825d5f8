import { importBreakdown } from '../../../src/core/import';
import type { Task } from '../../../src/core/ledger/task';

/** Blind round 6, class 6: a table with no 完成时限 column takes the date a row's text sets, as prose does. */
const view = (t: Task) => [t.task, t.leadUnits, t.deadline.text, t.deadline.kind, t.deadline.due];
const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');

describe('a date in a row’s text, in a table without a deadline column', () => {
  it('is the deadline: in the task, else in its requirement; a row setting none has none', () => {
    const text = tsv([
      ['2021年某县生态保护重点任务分解表'],
      ['序号', '工作任务', '工作措施', '牵头单位', '配合单位'],
      ['1', '到2025年，森林覆盖率达到35%', '实施国土绿化行动', '县林业局', '各乡镇'],
      ['2', '推进污水管网建设', '2021年底前完成城区雨污分流改造', '县住建局', '县水利局'],
      ['3', '加强大气污染防治', '开展秸秆禁烧巡查', '县生态环境局', '各乡镇'],
    ]);
    expect(importBreakdown({ kind: 'text', text }).tasks.map(view)).toEqual([
      ['到2025年，森林覆盖率达到35%', ['县林业局'], '到2025年', 'date', '2025-12-31'],
      ['推进污水管网建设', ['县住建局'], '2021年底前', 'date', '2021-12-31'],
      ['加强大气污染防治', ['县生态环境局'], '', 'none', null],
    ]);
  });

  it('is not taken when the table has a deadline column, even a blank one', () => {
    const text = tsv([
      ['2021年某县生态保护重点任务分解表'],
      ['序号', '工作任务', '牵头单位', '完成时限'],
      ['1', '到2025年，森林覆盖率达到35%', '县林业局', '持续推进'],
      ['2', '2021年底前完成城区雨污分流改造', '县住建局', ''],
    ]);
    expect(importBreakdown({ kind: 'text', text }).tasks.map((t) => [t.deadline.text, t.deadline.kind])).toEqual([
      ['持续推进', 'ongoing'],
      ['', 'none'],
    ]);
  });
});

/**
 * Blind round 12 (宣城): a table with no 完成时限 column whose 备注 states the deadline. A 备注 that is a
 * deadline phrase sets it, as a 完成时限 cell would; one reporting the work (a date it was done, the
 * period a report covers, a forecast) or naming a bare date sets none; a 提示 names the column.
 */
describe('a deadline phrase in 备注, in a table without a deadline column', () => {
  const table = (notes: string[]) => tsv([
    ['2023年某县信息公开重点任务清单'],
    ['序号', '工作任务', '工作要求', '责任部门', '办理情况', '备注'],
    ...notes.map((note, i) => [String(i + 1), `公开第${i + 1}类信息`, '在门户网站专栏公开。', '县政务服务中心', '已部署', note]),
  ]);

  it('sets the deadline when the whole cell is one: a date it is due by, ongoing or recurring work', () => {
    const result = importBreakdown({ kind: 'text', text: table(['10月底前完成', '2023年12月20日前', '长期坚持', '每季度更新']) });
    expect(result.tasks.map((t) => [t.deadline.text, t.deadline.kind, t.deadline.due])).toEqual([
      ['10月底前完成', 'date', '2023-10-31'],
      ['2023年12月20日前', 'date', '2023-12-20'],
      ['长期坚持', 'ongoing', null],
      ['每季度更新', 'recurring', null],
    ]);
    expect(result.tasks[0].note).toBe('10月底前完成\n办理情况：已部署');
    const said = result.findings.filter((f) => f.code === 'import.deadline-from-remark');
    expect(said.map((f) => [f.level, f.message])).toEqual([['info', expect.stringContaining('4项任务的完成时限取自“备注”列')]]);
  });

  it('sets none for a report of the work, a bare date or a sentence', () => {
    const result = importBreakdown({ kind: 'text', text: table(['已于5月完成', '截至8月底', '预计10月底前完成', '3月15日印发', '6月摸底', '需县财政局保障经费，请各部门于每月初对照清单梳理本部门应公开事项']) });
    expect(result.tasks.map((t) => t.deadline.kind)).toEqual(['none', 'none', 'none', 'none', 'none', 'none']);
    expect(result.findings.some((f) => f.code === 'import.deadline-from-remark')).toBe(false);
  });

  it('comes before a date the task’s text sets, and never over a deadline column', () => {
    const own = importBreakdown({ kind: 'text', text: tsv([
      ['2023年某县信息公开重点任务清单'],
      ['序号', '工作任务', '责任部门', '备注'],
      ['1', '到2025年建成全县政策文件库', '县司法局', '年底前完成年度目标'],
    ]) });
    expect(own.tasks.map((t) => [t.deadline.text, t.deadline.due])).toEqual([['年底前完成年度目标', '2023-12-31']]);
    const column = importBreakdown({ kind: 'text', text: tsv([
      ['2023年某县信息公开重点任务清单'],
      ['序号', '工作任务', '责任部门', '完成时限', '备注'],
      ['1', '整理现行文件', '县司法局', '持续推进', '10月底前完成'],
    ]) });
    expect(column.tasks.map((t) => [t.deadline.text, t.deadline.kind])).toEqual([['持续推进', 'ongoing']]);
  });

  it('reads a progress column kept in 备注 as no deadline', () => {
    const result = importBreakdown({ kind: 'text', text: tsv([
      ['2023年某县信息公开重点任务清单'],
      ['序号', '工作任务', '责任部门', '推进情况'],
      ['1', '整理现行文件', '县司法局', '11月底前完成'],
    ]) });
    expect(result.tasks.map((t) => t.deadline.kind)).toEqual(['none']);
  });
});

/**
 * Blind round 15 (a bureau's 整改 table): no 完成时限 column, and the 备注 a sentence saying who does what
 * by when (`X负责于年底前…`, `X牵头…于11月30日前…`): the date it sets is the row's deadline, as a task's
 * text sets one; a sentence reporting the work sets none, and the task's own date comes first.
 */
describe('a date a 备注 sentence sets, in a table without a deadline column', () => {
  const table = (rows: string[][]) => tsv([
    ['2019年某局巡查反馈问题整改任务分解表'],
    ['存在问题', '牵头单位', '配合单位', '备注'],
    ...rows,
  ]);

  it('is the deadline, said in a 提示 naming the column', () => {
    const result = importBreakdown({ kind: 'text', text: table([
      ['1.未建立隐患排查台账', '局安监科', '各所', '局安监科负责于年底前建立台账并报办公室备案；各所负责日常核查。'],
      ['2.未开展应急演练', '应急中心', '', '应急中心牵头各科室于11月30日前组织一次综合演练'],
      ['3.培训记录不全', '局办公室', '', '已于6月补齐记录，今后按季度归档'],
      ['4.2019年10月底前完成制度修订', '局法规科', '', '法规科负责于年底前印发修订后的全部制度文件，并组织全局干部职工集中学习'],
    ]) });
    expect(result.tasks.map((t) => [t.deadline.kind, t.deadline.due])).toEqual([
      ['date', '2019-12-31'],
      ['date', '2019-11-30'],
      ['none', null],
      ['date', '2019-10-31'],
    ]);
    const said = result.findings.filter((f) => f.code === 'import.deadline-from-remark');
    expect(said.map((f) => f.message)).toEqual([expect.stringContaining('2项任务的完成时限取自“备注”列')]);
  });
});

/**
 * Blind round 15 (a bureau's 任务分解表): a 进度安排 column, whose cells give the work's stages, in some rows
 * describes the work in a sentence naming no date (`已建成平台，继续完善服务。`): that row sets no
 * deadline (none, the text kept); a 完成时限 cell no one can read stays an error, as does `待定` anywhere.
 */
describe('a schedule column’s sentence naming no date', () => {
  const table = (name: string, cells: string[]) => tsv([
    ['2020年某局标准化工作任务分解表'],
    ['序号', '工作任务', name, '负责部门'],
    ...cells.map((c, i) => [String(i + 1), `推进第${i + 1}项标准化工作`, c, '标准化科']),
  ]);
  const cells = ['已建成平台，继续完善服务。', '认真组织实施全省标准化战略纲要，推进全区标准化工作。', '第三季度：组织验收。', '待定'];

  it('sets none under 进度安排', () => {
    expect(importBreakdown({ kind: 'text', text: table('进度安排', cells) }).tasks.map((t) => [t.deadline.kind, t.deadline.text]))
      .toEqual([['none', cells[0]], ['none', cells[1]], ['date', cells[2]], ['unknown', '待定']]);
  });

  it('stays unknown under 完成时限', () => {
    expect(importBreakdown({ kind: 'text', text: table('完成时限', cells) }).tasks.map((t) => t.deadline.kind))
      .toEqual(['unknown', 'unknown', 'date', 'unknown']);
  });
});
