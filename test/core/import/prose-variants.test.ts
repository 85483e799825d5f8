import { importBreakdown } from '../../../src/core/import';
import type { Task } from '../../../src/core/ledger/task';

/**
 * Classes of prose 分工方案 wording found by the wording-variant test (test/fuzz/wording-variants):
 * each tested here in wordings of its own.
 */
const view = (t: Task) => [t.task, t.leadUnits, t.coUnits, t.deadline.kind, t.deadline.due];
const tasks = (lines: string[]) => importBreakdown({ kind: 'text', text: lines.join('\n') }).tasks.map(view);

describe('a closing bracket whose deadline names no date', () => {
  it('reads `持续推进`, `长期坚持` and `每月` beside the units as the deadline, not as a unit', () => {
    const read = importBreakdown({
      kind: 'text',
      text: [
        '2025年某区安全生产重点工作分工',
        '一、隐患排查',
        '1.开展燃气管道隐患排查整治。（区城管局牵头，各街道配合；持续推进）',
        '2.落实危化品企业包保责任制。（区应急局牵头；长期坚持）',
        '3.通报重大隐患整改进度。（区安委办负责，每月）',
        '4.完成老旧电梯更新50台。（区市场监管局牵头，2025年11月底前）',
      ].join('\n'),
    }).tasks;
    expect(read.map((t) => [t.task, t.leadUnits, t.coUnits, t.deadline.kind])).toEqual([
      ['开展燃气管道隐患排查整治。', ['区城管局'], ['各街道'], 'ongoing'],
      ['落实危化品企业包保责任制。', ['区应急局'], [], 'ongoing'],
      ['通报重大隐患整改进度。', ['区安委办'], [], 'recurring'],
      ['完成老旧电梯更新50台。', ['区市场监管局'], [], 'date'],
    ]);
  });
});

describe('items numbered in full-width digits', () => {
  it('reads `１．`, `（２）` and `３、` as item numbers, on lines of their own and run together', () => {
    expect(tasks([
      '2025年某镇人居环境整治任务分工',
      '一、村庄清洁',
      '１．清理河塘沟渠淤泥。',
      '牵头单位：镇农业服务中心',
      '完成时限：2025年5月底前',
      '（２）拆除破旧危房12处。',
      '牵头单位：镇规划建设办',
      '二、长效管护',
      '３、建立保洁员考核制度。（镇综治办牵头）４、落实“门前三包”责任。（镇综合执法队牵头）',
    ])).toEqual([
      ['清理河塘沟渠淤泥。', ['镇农业服务中心'], [], 'date', '2025-05-31'],
      ['拆除破旧危房12处。', ['镇规划建设办'], [], 'none', null],
      ['建立保洁员考核制度。', ['镇综治办'], [], 'none', null],
      ['落实“门前三包”责任。', ['镇综合执法队'], [], 'none', null],
    ]);
  });
});

describe('items numbered with a one-character number and full stop (`⒈`, `⒉`)', () => {
  it('reads `⒉` as the item number `2.`, on a line of its own and run on after the item above', () => {
    expect(tasks([
      '2025年某镇海洋保护任务分工',
      '一、宣传教育',
      '⒈开展海洋日宣传。',
      '牵头单位：镇宣传办',
      '⒉组织增殖放流活动。',
      '牵头单位：镇农业服务中心',
      '二、执法监管',
      '⒈开展海岸巡查。（镇综合执法队牵头）⒉查处非法采砂。（镇派出所牵头）',
    ])).toEqual([
      ['开展海洋日宣传。', ['镇宣传办'], [], 'none', null],
      ['组织增殖放流活动。', ['镇农业服务中心'], [], 'none', null],
      ['开展海岸巡查。', ['镇综合执法队'], [], 'none', null],
      ['查处非法采砂。', ['镇派出所'], [], 'none', null],
    ]);
  });
});

describe('a deadline line broken inside its date', () => {
  it('joins `完成时限：2025年8` / `月底前` and `完成时间：2025年3月15` / `日前`', () => {
    expect(tasks([
      '2025年某县植树造林任务分工',
      '一、国土绿化',
      '1.完成人工造林3000亩。',
      '牵头单位：县林业局',
      '完成时限：2025年8',
      '月底前',
      '2.开展义务植树活动。',
      '牵头单位：县绿化委员会办公室',
      '完成时间：2025年3月15',
      '日前',
    ])).toEqual([
      ['完成人工造林3000亩。', ['县林业局'], [], 'date', '2025-08-31'],
      ['开展义务植树活动。', ['县绿化委员会办公室'], [], 'date', '2025-03-15'],
    ]);
  });
});

describe('a deadline label with a space for its colon', () => {
  it('reads `完成时限 2025年9月底前` and `时间节点　长期坚持` as deadline lines', () => {
    expect(tasks([
      '2025年某区文明创建任务分工',
      '一、环境秩序',
      '1.整治占道经营和流动摊贩。',
      '牵头单位 区城管执法局',
      '完成时限 2025年9月底前',
      '2.规范共享单车停放秩序。',
      '牵头单位 区交通运输局',
      '时间节点　长期坚持',
    ])).toEqual([
      ['整治占道经营和流动摊贩。', ['区城管执法局'], [], 'date', '2025-09-30'],
      ['规范共享单车停放秩序。', ['区交通运输局'], [], 'ongoing', null],
    ]);
  });
});

describe('a page number inside an item’s paragraph', () => {
  it('drops `- 4 -` where the page broke, the paragraph going on', () => {
    expect(tasks([
      '2025年某县农村公路建设任务分工',
      '一、路网建设',
      '1.新改建农村公路120公里，',
      '',
      '- 4 -',
      '',
      '实施危桥改造8座。',
      '牵头单位：县交通运输局',
    ])).toEqual([['新改建农村公路120公里，实施危桥改造8座。', ['县交通运输局'], [], 'none', null]]);
  });
});

describe('the notice’s closing sections below the items', () => {
  it('reads no task from numbered lines under a `一、` heading after the last item naming units', () => {
    expect(tasks([
      '2025年某市招商引资重点任务分工',
      '一、项目招引',
      '1.引进亿元以上项目30个。（市投资促进局牵头，各区配合）',
      '2.举办专题招商推介会6场。（市商务局牵头）',
      '二、保障措施',
      '1.建立重点项目周调度机制。',
      '2.各责任单位于每季度末报送推进情况。',
    ])).toEqual([
      ['引进亿元以上项目30个。', ['市投资促进局'], ['各区'], 'none', null],
      ['举办专题招商推介会6场。', ['市商务局'], [], 'none', null],
    ]);
  });

  it('still reads an item naming no units inside a section whose other items name theirs', () => {
    expect(tasks([
      '2025年某市招商引资重点任务分工',
      '一、项目招引',
      '1.引进亿元以上项目30个。（市投资促进局牵头）',
      '2.举办专题招商推介会6场。',
      '3.开展驻点招商。（市商务局牵头）',
    ]).map((t) => t[0])).toEqual(['引进亿元以上项目30个。', '举办专题招商推介会6场。', '开展驻点招商。']);
  });
});

describe('items with no number, each followed by its label lines', () => {
  it('reads each paragraph after a heading or the labels above as an item', () => {
    expect(tasks([
      '2025年某区教育重点工作分工',
      '一、学前教育',
      '新建公办幼儿园3所，新增学位900个。',
      '牵头单位：区教育局',
      '配合单位：区住建局',
      '完成时限：2025年8月底前',
      '推进普惠性民办园扶持。',
      '责任单位：区教育局、区财政局',
      '二、义务教育',
      '实施“双减”课后服务全覆盖。',
      '牵头单位：区教育局',
      '完成时限：长期坚持',
    ])).toEqual([
      ['新建公办幼儿园3所，新增学位900个。', ['区教育局'], ['区住建局'], 'date', '2025-08-31'],
      ['推进普惠性民办园扶持。', ['区教育局'], ['区财政局'], 'none', null],
      ['实施“双减”课后服务全覆盖。', ['区教育局'], [], 'ongoing', null],
    ]);
  });

  it('starts no item after labels that close no item (a web page’s 发布时间 over the notice)', () => {
    expect(tasks([
      '来源：县政府办 发布时间：2025-03-01 09:00',
      '浏览次数：120',
      '各乡镇人民政府，县直各部门、直属事业',
      '单位：',
      '现将任务分解如下，请抓好落实。',
      '一、重点任务',
      '1.新建公办幼儿园3所。（县教育局负责）',
      '2.新增城镇就业2000人。（县人社局负责）',
    ]).map((t) => t[0])).toEqual(['新建公办幼儿园3所。', '新增城镇就业2000人。']);
  });

  it('keeps an introduction under a heading, above numbered items, out of the tasks', () => {
    expect(tasks([
      '2025年某区教育重点工作分工',
      '一、学前教育',
      '坚持公益普惠，扩大优质学前教育资源。',
      '1.新建公办幼儿园3所。',
      '牵头单位：区教育局',
    ])).toEqual([['新建公办幼儿园3所。', ['区教育局'], [], 'none', null]]);
  });
});

describe('points numbered ①② inside an item', () => {
  it('keeps `①…；②…` lines below an item numbered `1.` in its paragraph, before its labels', () => {
    expect(tasks([
      '2025年某县卫生健康重点任务分工',
      '一、医疗服务',
      '1.提升基层医疗服务能力：',
      '①建成县域医共体信息平台；',
      '②每个乡镇卫生院配备DR设备。',
      '牵头单位：县卫健委',
      '2.推进家庭医生签约服务。',
      '牵头单位：县医保局',
    ])).toEqual([
      ['提升基层医疗服务能力：①建成县域医共体信息平台；②每个乡镇卫生院配备DR设备。', ['县卫健委'], [], 'none', null],
      ['推进家庭医生签约服务。', ['县医保局'], [], 'none', null],
    ]);
  });

  it('reads ① … under a `（一）` heading as its items', () => {
    expect(tasks([
      '2025年某县卫生健康重点任务分工',
      '（一）医疗服务',
      '①建成县域医共体信息平台。（县卫健委牵头）',
      '②每个乡镇卫生院配备DR设备。（县卫健委牵头）',
    ]).map((t) => t[0])).toEqual(['建成县域医共体信息平台。', '每个乡镇卫生院配备DR设备。']);
  });
});
