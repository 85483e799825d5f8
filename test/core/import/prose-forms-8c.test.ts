import { importBreakdown } from '../../../src/core/import';
import type { Task } from '../../../src/core/ledger/task';

/**
 * Development round 8c (test/fixtures/dev-8c/SOURCES.md) found classes of prose the importer
 * misread or refused; each is tested here in wordings of its own, none taken from the round's
 * documents.
 */
const view = (t: Task) => [t.task, t.leadUnits, t.coUnits, t.deadline.kind, t.deadline.due];
const tasks = (lines: string[]) => importBreakdown({ kind: 'text', text: lines.join('\n') }).tasks.map(view);

describe('a numbered item heading sub-items `（1）…（2）…` that each close in their own units', () => {
  it('reads the sub-items run together in the item’s paragraph as tasks, the item’s own sentence as their heading', () => {
    expect(tasks([
      '2021年某市优化营商环境实施意见',
      '一、提升政务服务效能',
      '1.推进审批提速。（1）压缩工程项目审批时间。全流程审批时间压减至60个工作日以内。（市住建局牵头负责）（2）推行容缺受理。对次要材料缺失的申请先行受理。（市政务服务局牵头，市直有关部门配合）',
      '2.加强事中事后监管。全面推行“双随机、一公开”监管。（市市场监管局牵头负责）',
    ])).toEqual([
      ['压缩工程项目审批时间。全流程审批时间压减至60个工作日以内。', ['市住建局'], [], 'none', null],
      ['推行容缺受理。对次要材料缺失的申请先行受理。', ['市政务服务局'], ['市直有关部门'], 'none', null],
      ['加强事中事后监管。全面推行“双随机、一公开”监管。', ['市市场监管局'], [], 'none', null],
    ]);
  });

  it('reads the same sub-items written on lines of their own under their item', () => {
    expect(tasks([
      '2022年某县“放管服”改革重点任务',
      '1.深化证照分离改革。',
      '（1）扩大告知承诺范围。（县市场监管局牵头负责）',
      '（2）推行电子证照互认。（县数据局牵头，县直各部门配合）',
      '2.优化纳税服务。推广非接触式办税。（县税务局负责）',
    ])).toEqual([
      ['扩大告知承诺范围。', ['县市场监管局'], [], 'none', null],
      ['推行电子证照互认。', ['县数据局'], ['县直各部门'], 'none', null],
      ['优化纳税服务。推广非接触式办税。', ['县税务局'], [], 'none', null],
    ]);
  });

  it('keeps a list `（1）…（2）…` inside an item whole when one bracket at its end names the units of all', () => {
    expect(tasks([
      '某区2023年重点工作',
      '1.改善人居环境。（1）改造老旧小区10个；（2）新建口袋公园5个。（区住建委牵头）',
      '2.提升教育质量。新建幼儿园2所。（区教委负责）',
    ])).toEqual([
      ['改善人居环境。（1）改造老旧小区10个；（2）新建口袋公园5个。', ['区住建委'], [], 'none', null],
      ['提升教育质量。新建幼儿园2所。', ['区教委'], [], 'none', null],
    ]);
  });
});

describe('an item whose last sentence says which units do its work (`…由X负责，…由Y负责。`)', () => {
  it('reads the units of `由X负责` clauses, the first named leading and the others co units', () => {
    expect(tasks([
      '某县2019年创建省级卫生县城宣传方案',
      '一、宣传内容',
      '1.开设专题专栏。在县电视台和县政府网站开设创卫专栏，每周更新。专栏策划由县融媒体中心负责，稿件采写由各乡镇、县直各部门负责。',
      '2.张贴公益广告。在主要街道和公共场所张贴公益广告不少于500幅。此项工作由县城管局牵头负责。',
    ])).toEqual([
      ['开设专题专栏。在县电视台和县政府网站开设创卫专栏，每周更新。专栏策划由县融媒体中心负责，稿件采写由各乡镇、县直各部门负责。', ['县融媒体中心'], ['各乡镇', '县直各部门'], 'none', null],
      ['张贴公益广告。在主要街道和公共场所张贴公益广告不少于500幅。此项工作由县城管局牵头负责。', ['县城管局'], [], 'none', null],
    ]);
  });

  it('does not read a `由…负责` sentence that names no unit, nor one before the item’s last sentence', () => {
    expect(tasks([
      '某区2020年重点工作',
      '1.完善议事规则。重大事项由集体研究负责。推行清单管理。（区委办牵头）',
      '2.落实河长制。（区水务局负责）',
    ])).toEqual([
      ['完善议事规则。重大事项由集体研究负责。推行清单管理。', ['区委办'], [], 'none', null],
      ['落实河长制。', ['区水务局'], [], 'none', null],
    ]);
  });
});

describe('a page whose headings and items run on in one paragraph (line breaks lost)', () => {
  it('cuts the paragraph before each `一、` heading, its `（一）` subsections and their items', () => {
    expect(tasks([
      '某市2012年文明交通宣传方案',
      '为营造文明出行氛围，制定本方案。一、总体目标通过集中宣传，提高市民文明出行意识。二、工作安排按照统一部署，分阶段推进。（一）媒体宣传1、开设专栏。在市电视台开设文明交通专栏，每周播出。专栏制作由市广电局负责。2、发送提示短信。每月向市民发送文明出行提示短信。此项工作由市通信管理办负责。（二）社区宣传1、张贴宣传画。在各社区宣传栏张贴文明交通宣传画。宣传画的张贴由各街道办事处负责。',
    ])).toEqual([
      ['开设专栏。在市电视台开设文明交通专栏，每周播出。专栏制作由市广电局负责。', ['市广电局'], [], 'none', null],
      ['发送提示短信。每月向市民发送文明出行提示短信。此项工作由市通信管理办负责。', ['市通信管理办'], [], 'none', null],
      ['张贴宣传画。在各社区宣传栏张贴文明交通宣传画。宣传画的张贴由各街道办事处负责。', ['各街道办事处'], [], 'none', null],
    ]);
  });

  it('leaves a `一、` list inside a sentence (after a colon) uncut', () => {
    expect(tasks([
      '某县2021年重点工作',
      '1.抓好三项整治：一、整治占道经营；二、整治乱停乱放；三、整治违规广告。（县城管局牵头）',
      '2.新建公厕10座。（县住建局负责）',
    ])).toEqual([
      ['抓好三项整治：一、整治占道经营；二、整治乱停乱放；三、整治违规广告。', ['县城管局'], [], 'none', null],
      ['新建公厕10座。', ['县住建局'], [], 'none', null],
    ]);
  });
});

describe('items opening with the unit that does them (`1.党政办负责…；`)', () => {
  it('reads the unit named as the item’s subject, before `负责` or `牵头负责`, as its lead', () => {
    expect(tasks([
      '某街道2024年消防安全宣传月活动方案',
      '一、活动时间',
      '2024年11月1日至30日',
      '二、任务分工',
      '1.综治办负责制定宣传计划并组织实施；',
      '2.社区服务中心、各社区负责发放宣传资料，11月15日前完成；',
      '3.安监站牵头负责开展消防隐患排查。',
    ])).toEqual([
      ['综治办负责制定宣传计划并组织实施；', ['综治办'], [], 'none', null],
      ['社区服务中心、各社区负责发放宣传资料，11月15日前完成；', ['社区服务中心'], ['各社区'], 'date', '2024-11-15'],
      ['安监站牵头负责开展消防隐患排查。', ['安监站'], [], 'none', null],
    ]);
  });

  it('says when the first of several units named as the subject was taken as the lead', () => {
    const says = (lines: string[]) => importBreakdown({ kind: 'text', text: lines.join('\n') }).findings
      .some((f) => f.message.includes('排在第一位的单位作为牵头单位'));
    expect(says(['某镇2024年防汛工作安排', '1.水利站、各村负责巡查河道堤防；', '2.党政办负责值班调度。'])).toBe(true);
    expect(says(['某镇2024年防汛工作安排', '1.水利站负责巡查河道堤防；', '2.党政办负责值班调度。'])).toBe(false);
  });

  it('does not read an item whose subject names people (`全体干部负责…`), not a unit, as naming its units', () => {
    expect(tasks([
      '某镇2023年重点工作',
      '1.全体干部负责包村联户，每月走访一次。（镇党政办牵头）',
      '2.建成便民服务站3个。（镇便民服务中心负责）',
    ])).toEqual([
      ['全体干部负责包村联户，每月走访一次。', ['镇党政办'], [], 'none', null],
      ['建成便民服务站3个。', ['镇便民服务中心'], [], 'none', null],
    ]);
  });
});

describe('a line naming a lead above the numbered items it leads (`县发改局牵头：`)', () => {
  it('gives its units to each item below it, up to the next such line or heading', () => {
    expect(tasks([
      '2025年某县重点工作任务分工',
      '一、项目建设',
      '县发改局牵头：',
      '1.谋划储备重大项目20个。',
      '2.年底前开工建设城北片区路网。',
      '县住建局、县城管局负责：',
      '3.改造老旧小区5个。',
      '二、民生保障',
      '4.新增城镇就业1200人。（县人社局牵头）',
    ])).toEqual([
      ['谋划储备重大项目20个。', ['县发改局'], [], 'none', null],
      ['年底前开工建设城北片区路网。', ['县发改局'], [], 'date', '2025-12-31'],
      ['改造老旧小区5个。', ['县住建局'], ['县城管局'], 'none', null],
      ['新增城镇就业1200人。', ['县人社局'], [], 'none', null],
    ]);
  });
});

describe('items closing in a bracket of bare unit names, no word saying what they do', () => {
  it('take them as their 责任单位, the first leading, on the item’s line or the next', () => {
    expect(tasks([
      '某县2023年重点工作目标分解落实方案',
      '一、目标分解',
      '1.一般公共预算收入增长6%。（县财政局、县税务局）',
      '2.单位生产总值能耗下降3%。',
      '（县发改委、工信局，各乡镇人民政府）',
      '3.新增省级专精特新企业5家。(县工信局)',
    ])).toEqual([
      ['一般公共预算收入增长6%。', ['县财政局'], ['县税务局'], 'none', null],
      ['单位生产总值能耗下降3%。', ['县发改委'], ['县工信局', '各乡镇人民政府'], 'none', null],
      ['新增省级专精特新企业5家。', ['县工信局'], [], 'none', null],
    ]);
  });

  it('leave a bracket that names no unit in the text', () => {
    expect(tasks([
      '某县2023年重点工作目标分解落实方案',
      '1.完成城区排水管网改造（一期）。（县住建局负责）',
      '2.编制全域旅游规划（试行）。（县文旅局负责）',
    ]).map((t) => t.slice(0, 2))).toEqual([
      ['完成城区排水管网改造（一期）。', ['县住建局']],
      ['编制全域旅游规划（试行）。', ['县文旅局']],
    ]);
  });
});
