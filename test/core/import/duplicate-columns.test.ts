import { importBreakdown } from '../../../src/core/import';
import { findHeader } from '../../../src/core/import/header';

const row = (cells: string[], n = 1) => ({ row: n, cells, breakBefore: false });

/**
 * Blind round 13's class (in wordings of our own): a projects' table naming when the work starts
 * (`开工时间`, `开始时间`) before when it ends (`竣工时间`, `完成时间`): both are times, but the
 * deadline is the end; the start is kept as text beside the task.
 */
describe('a start time beside an end time', () => {
  it('takes the end time for the deadline, whichever comes first', () => {
    expect(findHeader([row(['序号', '项目名称', '责任单位', '开工时间', '竣工时间'])])?.columns.deadline).toBe(4);
    expect(findHeader([row(['序号', '项目名称', '责任单位', '计划完成时间', '开始时间'])])?.columns.deadline).toBe(3);
    expect(findHeader([row(['序号', '项目名称', '责任单位', '启动时间', '完工时间'])])?.columns.deadline).toBe(4);
  });

  it('reads each project’s deadline from the end time', () => {
    const result = importBreakdown({ kind: 'grid', rows: [
      ['2026年县重点民生项目推进表'],
      ['序号', '项目名称', '建设内容', '责任单位', '开工时间', '竣工时间', '总投资（万元）'],
      ['1', '城东污水处理厂扩建工程', '新增日处理能力2万吨。', '县住建局', '2026年2月', '2026年11月', '8600'],
      ['2', '县人民医院门诊楼改造', '改造门诊楼1.2万平方米。', '县卫健委', '2025年9月', '2026年10月', '5200'],
    ] });
    expect(result.tasks.map((t) => [t.task, t.deadline.text, t.deadline.due])).toEqual([
      ['城东污水处理厂扩建工程', '2026年11月', '2026-11-30'],
      ['县人民医院门诊楼改造', '2026年10月', '2026-10-31'],
    ]);
  });
});

/**
 * …and as the page text of such a table gives it, one cell a paragraph: an investment of four
 * figures (`6800`) after the end time is a cell of its own, not the rest of the date; and the
 * page's text stopping inside the last row's progress cell (a store's or a copy's end) is no
 * sign of lines interleaved.
 */
describe('a projects’ table as page text, one cell a paragraph', () => {
  const paragraphs = (cells: readonly string[]) => cells.map((c) => `${c}\n\n`).join('');
  const text = ['2026年县重点民生项目推进情况表\n\n',
    paragraphs(['序号', '项目名称', '建设内容', '责任单位', '开工', '时间', '竣工', '时间', '总投资', '(万元)', '进展情况']),
    paragraphs(['1', '城东污水处理厂扩建工程', '新增日处理能力2万吨,配套管网12公里。', '县住建局', '县水投公司', '2026年2月', '2026年11月', '6800',
      '已完成主体结构,正在安装设备。']),
    paragraphs(['2', '县人民医院门诊楼改造', '改造门诊楼1.2万平方米,新增停车位300个。', '县卫健委', '2025年9月', '2026年10月', '5200',
      '门诊楼改造已完成60%,停车场正在']),
  ].join('');

  it('reads both rows, each deadline from the end time', () => {
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.task, t.leadUnits, t.coUnits, t.deadline.text, t.deadline.due])).toEqual([
      ['城东污水处理厂扩建工程', ['县住建局'], ['县水投公司'], '2026年11月', '2026-11-30'],
      ['县人民医院门诊楼改造', ['县卫健委'], [], '2026年10月', '2026-10-31'],
    ]);
  });
});

/**
 * Blind round 13's class (in wordings of our own): a 实事 table naming each project (`项目名称`)
 * beside a column of the tasks themselves (`具体任务及目标`, `工作任务`): the tasks are that column's
 * cells, the project's name kept beside them; a target beside the name (`目标任务`, `年度任务目标`)
 * leaves the name the task, and so does what is asked of a task named (`任务名称 | 任务要求`).
 */
describe('a project’s name beside the tasks themselves', () => {
  it('takes the tasks’ column for the task, not the project’s name', () => {
    expect(findHeader([row(['序号', '项目名称', '具体任务及目标', '牵头单位', '进展情况'])])?.columns.task).toBe(2);
    expect(findHeader([row(['序号', '实事名称', '工作任务', '责任单位'])])?.columns.task).toBe(2);
    expect(findHeader([row(['序号', '项目名称', '目标任务', '责任单位'])])?.columns.task).toBe(1);
    expect(findHeader([row(['序号', '事项名称', '2026年度任务目标', '责任单位'])])?.columns.task).toBe(1);
    expect(findHeader([row(['序号', '任务名称', '任务要求及举措', '责任部门'])])?.columns.task).toBe(1);
  });

  it('reads the task cells, the project’s name kept beside them', () => {
    const result = importBreakdown({ kind: 'grid', rows: [
      ['2026年县政府民生实事推进情况'],
      ['序号', '项目名称', '具体任务及目标', '牵头单位', '责任单位'],
      ['1', '学前教育扩容工程', '①新建公办幼儿园2所,新增学位720个。②改造农村幼儿园5所。', '县教育局', '县财政局'],
      ['2', '养老服务提升工程', '新建乡镇敬老院1所,床位120张。', '县民政局', ''],
    ] });
    expect(result.tasks.map((t) => [t.task, t.leadUnits, t.requirement])).toEqual([
      ['①新建公办幼儿园2所,新增学位720个。②改造农村幼儿园5所。', ['县教育局'], '项目名称：学前教育扩容工程'],
      ['新建乡镇敬老院1所,床位120张。', ['县民政局'], '项目名称：养老服务提升工程'],
    ]);
  });
});
