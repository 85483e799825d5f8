import { importBreakdown } from '../../../src/core/import';
import type { Task } from '../../../src/core/ledger/task';

/**
 * Task cards: a 重点工作 published as a page of labelled fields, one task a card — `重点工作：` /
 * `牵头单位：` / stages a quarter / the reports. Wordings of our own, none taken from a real page.
 */
const view = (t: Task) => [t.task, t.leadUnits, t.coUnits, t.deadline.text, t.deadline.due];
const read = (lines: string[], planYear?: number) => importBreakdown({ kind: 'text', text: lines.join('\n') }, planYear === undefined ? {} : { planYear });
const tasks = (lines: string[], planYear?: number) => read(lines, planYear).tasks.map(view);

describe('a card of `label：value` lines', () => {
  it('reads its task, lead and the last quarter\'s stage as the deadline; the reports are no tasks', () => {
    expect(tasks([
      '事项12',
      '  • 发布日期 2021-06-30',
      '  • 来源：市政府督查室',
      '重点工作：加快建设城市绿道网络，提升滨水空间品质。',
      '   ',
      '牵头单位：市林业园林局',
      '   ',
      '年度阶段性工作目标：',
      '第一季度：编制绿道建设年度计划。',
      '第二季度：开工建设绿道20公里。',
      '第三季度：累计建成绿道40公里。     第四季度：全年建成绿道60公里，完成验收。',
      '进展落实情况：',
      '第一季度：',
      '已按计划推进。1.计划已于3月15日印发。',
      '牵头单位：市林业园林局',
      '2.5月10日召开推进会。',
    ], 2021)).toEqual([
      ['加快建设城市绿道网络，提升滨水空间品质。', ['市林业园林局'], [], '第四季度', '2021-12-31'],
    ]);
  });

  it('reads a value written on the lines below its label, and keeps the stages as the requirement', () => {
    const result = read([
      '重点工作：',
      '推进老旧小区改造，',
      '全年改造小区150个。',
      '牵头单位：',
      '市住房城乡建设局',
      '年度阶段性工作目标：',
      '第一季度：摸排改造需求。',
      '第二季度：开工小区60个。',
      '第三季度：开工小区120个。',
      '进展情况：',
      '第一季度：已完成摸排。',
    ], 2022);
    expect(result.tasks.map(view)).toEqual([
      ['推进老旧小区改造，全年改造小区150个。', ['市住房城乡建设局'], [], '第三季度', '2022-09-30'],
    ]);
    expect(result.tasks[0].requirement).toContain('第二季度：开工小区60个。');
    expect(result.findings.filter((f) => f.level === 'error')).toEqual([]);
  });
});

describe('a card as a two-column `|` table', () => {
  it('reads `| label： | value |` rows, the task\'s number aside, the report label on its own line', () => {
    expect(tasks([
      '',
      '工作任务： | 208.推动农贸市场升级改造，规范经营秩序。 |',
      '牵头单位： | 区市场监管局 |',
      '配合单位： | 各街道办事处 |',
      '年度阶段性工作目标： | 第一季度：制定改造方案。 第二季度：完成改造10家。 第三季度：完成改造20家。 第四季度：完成改造30家并验收。 |',
      '进展情况、存在问题 及下一步工作建议： |',
      '已完成。 全年改造市场32家，超额完成任务。 |',
    ], 2023)).toEqual([
      ['推动农贸市场升级改造，规范经营秩序。', ['区市场监管局'], ['各街道办事处'], '第四季度', '2023-12-31'],
    ]);
  });
});

describe('several cards one after another on one page', () => {
  const page = [
    '某区2024年重点工作任务清单',
    '工作任务：建设口袋公园8个。',
    '牵头单位：区城管局',
    '责任领导：王副区长',
    '完成时限：9月底前',
    '推进情况：已建成5个。',
    '工作任务：新增公办幼儿园学位1200个。',
    '责任单位：区教育局、区财政局',
    '时间节点：6月底前：完成选址；11月底前：建成投用。',
    '存在问题：用地审批较慢。',
    '下一步：加快手续办理。',
    '工作任务：改造背街小巷30条。',
    '牵头单位：区住建局',
    '配合单位：各街道',
    '年度阶段性工作目标：',
    '上半年：完成15条。',
    '下半年：完成30条。',
  ];

  it('reads each card as a task, its fields its own', () => {
    expect(tasks(page)).toEqual([
      ['建设口袋公园8个。', ['区城管局'], [], '9月底前', '2024-09-30'],
      ['新增公办幼儿园学位1200个。', ['区教育局'], ['区财政局'], '11月底前', '2024-11-30'],
      ['改造背街小巷30条。', ['区住建局'], ['各街道'], '下半年', '2024-12-31'],
    ]);
  });

  it('keeps a person\'s label in 备注 and says a 责任单位 list\'s first unit leads by convention', () => {
    const result = read(page);
    expect(result.tasks[0].note).toContain('王副区长');
    expect(result.findings.map((f) => f.code)).toContain('import.lead-by-convention');
    expect(result.tasks.map((t) => t.note ?? '').join('')).not.toContain('用地审批');
  });
});

describe('prose that is no card', () => {
  it('reads numbered items with their `牵头单位：` lines as before, a `主要任务：` line of the notice above them no card', () => {
    expect(tasks([
      '某县2023年重点工作分工方案',
      '主要任务：围绕高质量发展，抓好以下工作。',
      '一、稳定经济运行',
      '1.新开工亿元以上项目20个。',
      '牵头单位：县发展改革局',
      '完成时限：年底前',
      '2.规模以上工业增加值增长6%。',
      '牵头单位：县工信局',
      '完成时限：12月底前',
    ])).toEqual([
      ['新开工亿元以上项目20个。', ['县发展改革局'], [], '年底前', '2023-12-31'],
      ['规模以上工业增加值增长6%。', ['县工信局'], [], '12月底前', '2023-12-31'],
    ]);
  });
});

describe('cards under section headings, as a table with bare labels', () => {
  it('reads `一、` headings between cards as their sections', () => {
    const result = read([
      '某县2025年民生实事推进表',
      '一、教育事业',
      '任务名称：建成乡镇寄宿制学校2所',
      '牵头单位：县教体局',
      '完成时间：10月底前',
      '落实情况：主体已封顶。',
      '二、医疗卫生',
      '任务名称：改造村卫生室15个',
      '牵头单位：县卫健委',
      '完成时间：年底前',
    ]);
    expect(result.tasks.map((t) => [t.category.title, ...view(t)])).toEqual([
      ['教育事业', '建成乡镇寄宿制学校2所', ['县教体局'], [], '10月底前', '2025-10-31'],
      ['医疗卫生', '改造村卫生室15个', ['县卫健委'], [], '年底前', '2025-12-31'],
    ]);
  });

  it('reads `| 重点任务 | … |` rows whose labels have no colon', () => {
    expect(tasks([
      '| 重点任务 | 开展河道清淤整治 |',
      '| 牵头部门 | 区水务局 |',
      '| 完成时限 | 2026年6月底前 |',
      '| 完成情况 | 已完成清淤5公里 |',
    ])).toEqual([
      ['开展河道清淤整治', ['区水务局'], [], '2026年6月底前', '2026-06-30'],
    ]);
  });
});

describe('cards in other forms', () => {
  const fields = [
    ['重点工作', '建设城市书房12家。'],
    ['牵头单位', '市文广旅局'],
    ['年度阶段性工作目标', '第一季度：完成选址。第二季度：建成4家。第三季度：建成8家。'],
    ['进展情况', '已建成9家。'],
  ];

  it('reads a sheet of two columns, label and value', () => {
    const result = importBreakdown({ kind: 'grid', rows: fields }, { planYear: 2024 });
    expect(result.tasks.map(view)).toEqual([['建设城市书房12家。', ['市文广旅局'], [], '第三季度', '2024-09-30']]);
  });

  it('reads labels alone on their lines, no colon, their values on the lines below', () => {
    expect(tasks(fields.flat(), 2024)).toEqual([['建设城市书房12家。', ['市文广旅局'], [], '第三季度', '2024-09-30']]);
  });

  it('reads labels with spaces where the colon was', () => {
    expect(tasks(fields.map(([label, value]) => `${label}   ${value}`), 2024)).toEqual([['建设城市书房12家。', ['市文广旅局'], [], '第三季度', '2024-09-30']]);
  });
});

describe('lines with no field of their own', () => {
  it('keeps a line of an unknown label below the units in 备注, never in the units', () => {
    const result = read([
      '重点工作：打造夜间经济集聚区3个。',
      '牵头单位：市商务局',
      '年度目标：全年夜间消费额增长10%。',
      '完成时限：年底前',
    ], 2025);
    expect(result.tasks.map(view)).toEqual([['打造夜间经济集聚区3个。', ['市商务局'], [], '年底前', '2025-12-31']]);
    expect(result.tasks[0].note).toContain('年度目标：全年夜间消费额增长10%。');
  });

  it('reads a deadline label\'s stages on the lines below it, the last stage its deadline', () => {
    expect(tasks([
      '工作任务：新建5G基站800个。',
      '牵头单位：市工信局',
      '时间节点：',
      '6月底前：建成300个；',
      '10月底前：建成800个。',
    ], 2025)).toEqual([['新建5G基站800个。', ['市工信局'], [], '10月底前', '2025-10-31']]);
  });
});
