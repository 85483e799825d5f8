import { importBreakdown } from '../../../src/core/import';
import type { Task } from '../../../src/core/ledger/task';

/**
 * Blind round 13 (test/fixtures/blind-13/SOURCES.md) found classes of prose 分工方案 and progress
 * notices the importer refused or misread; each is tested here in wordings of its own, none taken
 * from the round's documents.
 */
const view = (t: Task) => [t.task, t.leadUnits, t.coUnits, t.deadline.kind, t.deadline.due];
const read = (lines: string[]) => importBreakdown({ kind: 'text', text: lines.join('\n') });
const tasks = (lines: string[]) => read(lines).tasks.map(view);

describe('an item naming its lead after a comma on its own line (`1、X工程，牵头部门：Y。…`)', () => {
  it('reads the title before the comma as the task and the label as its lead, the remark after it read into no task', () => {
    const result = read([
      '为抓好全县2021年为民办实事，现将1至6月实施情况通报如下：',
      '一、各乡镇实施进度排名',
      '第一名东河镇；第二名西岭乡；第三名南山镇。',
      '二、重点项目推进情况',
      '1、乡村公路提档升级工程，牵头部门：县交通运输局。进度偏慢的乡镇为西岭乡。',
      '2、城乡供水一体化工程，责任单位：县水务局、县财政局。尚未开工的乡镇为南山镇。',
      '3、困难老人居家养老服务，牵头部门：县民政局。完成进度偏慢。 某县实事办',
    ]);
    expect(result.tasks.map(view)).toEqual([
      ['乡村公路提档升级工程', ['县交通运输局'], [], 'none', null],
      ['城乡供水一体化工程', ['县水务局'], ['县财政局'], 'none', null],
      ['困难老人居家养老服务', ['县民政局'], [], 'none', null],
    ]);
    expect(result.findings.filter((f) => f.code === 'import.text-unread')).toHaveLength(3);
  });

  it('allows the title brackets of its own (`（二期）`)', () => {
    expect(tasks([
      '二、重点项目推进情况',
      '1、城东污水处理厂（二期）扩建工程,牵头部门:县住建局。主体已封顶。',
      '2、老年食堂(助餐点)建设,牵头部门:县民政局。已建成8个。',
    ])).toEqual([
      ['城东污水处理厂（二期）扩建工程', ['县住建局'], [], 'none', null],
      ['老年食堂(助餐点)建设', ['县民政局'], [], 'none', null],
    ]);
  });

  it('keeps a line of labels one after another (`牵头单位：X，配合单位：Y`) as that line\'s labels', () => {
    expect(tasks([
      '某区2022年重点任务分工',
      '1.建成社区食堂5个。',
      '牵头单位：区民政局，配合单位：区财政局，完成时限：2022年10月底前',
    ])).toEqual([['建成社区食堂5个。', ['区民政局'], ['区财政局'], 'date', '2022-10-31']]);
  });
});

describe('a report\'s word on an item\'s state after its units bracket (`…（责任单位：X）该项工作已全部完成`)', () => {
  it('reads the item as closing in those units, the words kept as its note', () => {
    const result = read([
      '某县2020年为民办实事完成情况',
      '1.新建城区公厕12座。（县城管局牵头，各乡镇配合）已完成',
      '2.改造农村危房300户。(责任单位:县住建局、县财政局)该项工作已全部完成。',
    ]);
    expect(result.tasks.map(view)).toEqual([
      ['新建城区公厕12座。', ['县城管局'], ['各乡镇'], 'none', null],
      ['改造农村危房300户。', ['县住建局'], ['县财政局'], 'none', null],
    ]);
    expect(result.tasks.map((t) => t.note)).toEqual(['已完成', '该项工作已全部完成']);
  });

  it('takes a `一、` heading naming its own units, with no items below, for a section and its one task beside headings over items', () => {
    const result = read([
      '截至2020年底，某市民生实事10项工作全部完成。具体情况如下：',
      '一、改善农村出行条件。(责任单位:市交通局、市财政局,各县区政府)该件实事已全面完成',
      '1.新改建农村公路200公里(责任单位:市交通局,各县区)',
      '此项工作已完成。截至2020年12月底，全市新改建农村公路213公里。',
      '2.建设乡镇客运站5个。(责任单位:市运管处,东城区、西山县)',
      '此项工作已完成。截至2020年12月底，全市建成乡镇客运站5个。',
      '二、新增城镇就业岗位8000个。(责任单位:市人社局,各县区政府)该件实事已全面完成',
      '此项工作已完成。截至2020年12月底，全市新增城镇就业8360人。',
      '三、建设标准化考场40个。(责任单位:市教育局,各县区政府)该件实事已全面完成',
      '1.建设标准化考场40个(责任单位:市教育局,东城区、西山县)',
    ]);
    expect(result.tasks.map((t) => [t.id, ...view(t)])).toEqual([
      ['1-01', '新改建农村公路200公里', ['市交通局'], ['各县区'], 'none', null],
      ['1-02', '建设乡镇客运站5个。', ['市运管处'], ['东城区', '西山县'], 'none', null],
      ['2-01', '新增城镇就业岗位8000个。', ['市人社局'], ['各县区政府'], 'none', null],
      ['3-01', '建设标准化考场40个', ['市教育局'], ['东城区', '西山县'], 'none', null],
    ]);
  });
});

describe('project titles each followed by 牵头单位 / 责任单位 / 任务目标 lines', () => {
  it('reads the 任务目标 as the requirement, even run into the 责任单位 line, and the year it plans for as the deadline', () => {
    const result = read([
      '关于下达2023年某县民生实事项目任务的通知',
      '各乡镇人民政府，县直各有关部门：',
      '现将2023年县政府民生实事项目任务下达给你们，请认真组织实施。',
      '一、城区背街小巷改造提升项目',
      '牵头领导:王某',
      '牵头单位:县住建局',
      '责任单位:城关镇、县城投公司',
      '任务目标:2023年度计划对城区12条背街小巷实施路面、管网改造',
      '二、乡镇卫生院提标项目',
      '牵头单位:县卫健委',
      '责任单位:各乡镇任务目标:2023年计划完成5所乡镇卫生院改造',
      '三、城区智慧停车项目',
      '牵头单位:县城管局',
      '责任单位:县城投公司',
    ]);
    expect(result.tasks.map(view)).toEqual([
      ['城区背街小巷改造提升项目', ['县住建局'], ['城关镇', '县城投公司'], 'date', '2023-12-31'],
      ['乡镇卫生院提标项目', ['县卫健委'], ['各乡镇'], 'date', '2023-12-31'],
      ['城区智慧停车项目', ['县城管局'], ['县城投公司'], 'none', null],
    ]);
    expect(result.tasks.map((t) => t.requirement)).toEqual([
      '任务目标:2023年度计划对城区12条背街小巷实施路面、管网改造', '任务目标:2023年计划完成5所乡镇卫生院改造', '',
    ]);
  });
});

describe('items numbered by a word and a count (`实事一：…（牵头单位：X）`)', () => {
  it('reads each as an item under its heading, not the heading as a task', () => {
    const result = read([
      '某市2019年度十件民生实事1-9月推进情况通报',
      '一、总体情况',
      '全市十件民生实事共涉及25项，截至9月，已全面完成12项，其余序时推进。',
      '二、推进情况',
      '实事一:新建农村幼儿园20所，新增学位3000个。(牵头单位:市教育局)',
      '完成情况:已开工18所，完成投资1.2亿元。',
      '实事二：改造城镇老旧小区50个。（牵头单位：市住建局）',
      '完成情况：已完成改造31个。',
    ]);
    expect(result.tasks.map((t) => [t.category.title, ...view(t)])).toEqual([
      ['推进情况', '新建农村幼儿园20所，新增学位3000个。', ['市教育局'], [], 'none', null],
      ['推进情况', '改造城镇老旧小区50个。', ['市住建局'], [], 'none', null],
    ]);
  });
});
