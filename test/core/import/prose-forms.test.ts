import { importBreakdown } from '../../../src/core/import';
import type { Task } from '../../../src/core/ledger/task';

/**
 * Blind round 6 (test/fixtures/blind-6/SOURCES.md) found classes of prose 分工方案 the importer
 * refused. Each class is tested here in wordings of its own, none taken from the round's documents.
 */
const view = (t: Task) => [t.id, t.category.title, t.task, t.leadUnits, t.coUnits, t.deadline.kind, t.deadline.due];
const codes = (text: string) => importBreakdown({ kind: 'text', text }).findings.map((f) => f.code);

describe('a page index block written as cells above the prose (class 1)', () => {
  it('reads the prose below a `|` index block of other fields', () => {
    const text = [
      '标 题 | 某县人民政府办公室关于印发2024年重点工作任务分工的通知 | 发文字号 | 某政办发〔2024〕3号 |',
      '主题分类 | 综合政务 | 发布日期 | 2024-03-05 |',
      '各乡镇人民政府，县直各单位：',
      '现将2024年重点工作任务分工印发给你们，请认真抓好落实。',
      '（一）新增城镇就业2000人。',
      '责任单位：县人社局',
      '（二）完成高标准农田建设3万亩。',
      '牵头单位：县农业农村局',
      '配合单位：县财政局',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map(view)).toEqual([
      ['0-01', '', '新增城镇就业2000人。', ['县人社局'], [], 'none', null],
      ['0-02', '', '完成高标准农田建设3万亩。', ['县农业农村局'], ['县财政局'], 'none', null],
    ]);
    expect(result.planYear).toBe(2024);
  });

  it('reads the prose below a tab-separated index block', () => {
    const text = [
      '信息索引号\t0001-2023-0012\t生成日期\t2023-04-01',
      '发布机构\t某区人民政府办公室\t公开方式\t主动公开',
      '2023年某区优化营商环境重点任务分工',
      '一、提升政务服务水平',
      '1.推行证照分离改革全覆盖。（区市场监管局牵头，区直各部门配合）',
      '2.6月底前建成区级惠企政策平台。（区数据局牵头）',
    ].join('\n');
    expect(importBreakdown({ kind: 'text', text }).tasks.map(view)).toEqual([
      ['1-01', '提升政务服务水平', '推行证照分离改革全覆盖。', ['区市场监管局'], ['区直各部门'], 'none', null],
      ['1-02', '提升政务服务水平', '6月底前建成区级惠企政策平台。', ['区数据局'], [], 'date', '2023-06-30'],
    ]);
  });

  it('does not take cells side by side below the items for prose: a table whose header is not found stays refused', () => {
    const text = [
      '2024年某区重点工作',
      '1.新建公园3个。（区城管局牵头）',
      '甲 | 乙 | 丙',
      '丁 | 戊 | 己',
    ].join('\n');
    expect(codes(text)).toEqual(['import.no-header']);
  });
});

describe('label lines of other wordings; persons are no units (class 3)', () => {
  it('reads 牵头责任部门 / 配合责任部门 / 县级参与单位 lines, and keeps 责任领导 / 分管县领导 lines as 备注', () => {
    const text = [
      '2024年某县民生实事任务分解',
      '一、教育',
      '1.新建公办幼儿园2所。',
      '责任领导：李四',
      '牵头责任部门：县教体局',
      '配合责任部门：县住建局、县自然资源局',
      '2.改造薄弱学校5所。',
      '分管县领导：王五',
      '县级牵头单位：县发改局',
      '县级参与单位：县财政局',
      '完成时限：2024年9月底前',
      '3.招聘教师100名。',
      '联系人：赵六',
      '主要责任单位：县人社局',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map(view)).toEqual([
      ['1-01', '教育', '新建公办幼儿园2所。', ['县教体局'], ['县住建局', '县自然资源局'], 'none', null],
      ['1-02', '教育', '改造薄弱学校5所。', ['县发改局'], ['县财政局'], 'date', '2024-09-30'],
      ['1-03', '教育', '招聘教师100名。', ['县人社局'], [], 'none', null],
    ]);
    expect(result.tasks.map((t) => t.note)).toEqual(['责任领导：李四', '分管县领导：王五', '联系人：赵六']);
  });

  it('reads a label whose list goes on to the next line, or starts on it', () => {
    const text = ['2021年某市重点工作责任分解', '一、扩大开放', '1.实际利用外资增长5%。', '牵头责任单位：', '市商务局', '协同责任单位：市发改委、市财政局、',
      '市税务局、各县区政府', '2.进出口总额增长3%。', '牵头责任单位：市商务局'].join('\n');
    expect(importBreakdown({ kind: 'text', text }).tasks.map(view)).toEqual([
      ['1-01', '扩大开放', '实际利用外资增长5%。', ['市商务局'], ['市发改委', '市财政局', '市税务局', '各县区政府'], 'none', null],
      ['1-02', '扩大开放', '进出口总额增长3%。', ['市商务局'], [], 'none', null],
    ]);
  });

  it('reads labels side by side on one line, separated by spaces', () => {
    const text = ['2023年某县重点工作分工', '一、项目建设', '1.新开工省市重点项目15个。', '牵头单位：县发改局    配合单位：县自然资源局、县住建局',
      '2.完成项目投资80亿元。（牵头单位：县发改局 责任单位：各乡镇）'].join('\n');
    expect(importBreakdown({ kind: 'text', text }).tasks.map(view)).toEqual([
      ['1-01', '项目建设', '新开工省市重点项目15个。', ['县发改局'], ['县自然资源局', '县住建局'], 'none', null],
      ['1-02', '项目建设', '完成项目投资80亿元。', ['县发改局'], ['各乡镇'], 'none', null],
    ]);
  });

  it('reads labels written in brackets with no colon: 【牵头单位】X / 【配合单位】Y', () => {
    const text = ['2023年某县重点工作分工', '一、项目建设', '1.新开工省市重点项目15个。', '【牵头单位】县发改局', '【配合单位】县自然资源局、县住建局', '2.完成项目投资80亿元。', '[责任单位]：县发改局'].join('\n');
    expect(importBreakdown({ kind: 'text', text }).tasks.map(view)).toEqual([
      ['1-01', '项目建设', '新开工省市重点项目15个。', ['县发改局'], ['县自然资源局', '县住建局'], 'none', null],
      ['1-02', '项目建设', '完成项目投资80亿元。', ['县发改局'], [], 'none', null],
    ]);
  });

  it('reads the labels inside an item’s closing bracket: （牵头责任单位：X；协同责任单位：Y）', () => {
    const text = ['2022年某市重点工作责任分解', '一、稳增长', '1.规上工业增加值增长7%。（牵头责任单位：市工信局；协同责任单位：市统计局、各县区政府）'].join('\n');
    expect(importBreakdown({ kind: 'text', text }).tasks.map(view)).toEqual([
      ['1-01', '稳增长', '规上工业增加值增长7%。', ['市工信局'], ['市统计局', '各县区政府'], 'none', null],
    ]);
  });

  it('takes no unit from a closing bracket naming a deadline or a person', () => {
    const text = ['2024年某区重点工作', '一、城建', '1.完成道路改造3条。（完成时限：2024年6月底前）', '牵头单位：区住建局', '2.新建公厕10座。（责任领导：张三）', '责任单位：区城管局'].join('\n');
    expect(importBreakdown({ kind: 'text', text }).tasks.map(view)).toEqual([
      ['1-01', '城建', '完成道路改造3条。（完成时限：2024年6月底前）', ['区住建局'], [], 'date', '2024-06-30'],
      ['1-02', '城建', '新建公厕10座。（责任领导：张三）', ['区城管局'], [], 'none', null],
    ]);
  });

  it('still refuses items followed only by a person’s label: a leader is no unit', () => {
    const text = ['2024年某县重点工作', '一、发展', '1.招商引资10亿元。', '责任领导：张三', '2.新建厂房5万平方米。', '分管领导：李四'].join('\n');
    expect(codes(text)).toEqual(['import.no-header']);
  });
});

describe('the lead named by a prose section heading (class 4)', () => {
  it('gives items without units the units their heading names, and says so', () => {
    const text = [
      '附件',
      '2024年某县重点工作任务清单',
      '一、县发改局牵头工作（2项）',
      '1.争取中央预算内投资5亿元。',
      '2.2024年底前完成100个项目谋划储备。',
      '二、县教体局、县卫健委负责的任务',
      '1、新建乡镇卫生院2所。',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map(view)).toEqual([
      ['1-01', '县发改局牵头工作（2项）', '争取中央预算内投资5亿元。', ['县发改局'], [], 'none', null],
      ['1-02', '县发改局牵头工作（2项）', '2024年底前完成100个项目谋划储备。', ['县发改局'], [], 'date', '2024-12-31'],
      ['2-01', '县教体局、县卫健委负责的任务', '新建乡镇卫生院2所。', ['县教体局', '县卫健委'], [], 'none', null],
    ]);
    expect(result.findings.filter((f) => f.code === 'import.lead-from-section')).toHaveLength(1);
  });

  it('gives （一） items under a 一、 heading naming the lead that lead, through a （一） subsection naming none', () => {
    const text = [
      '2024年某县政府工作报告任务分解',
      '一、县商务局牵头工作（2项）',
      '（一）社会消费品零售总额增长6%。',
      '（二）新增限上商贸企业20家。',
      '二、县农业农村局负责的工作',
      '（一）粮食生产',
      '1.稳定粮食播种面积50万亩。',
    ].join('\n');
    expect(importBreakdown({ kind: 'text', text }).tasks.map(view)).toEqual([
      ['1-01', '县商务局牵头工作（2项）', '社会消费品零售总额增长6%。', ['县商务局'], [], 'none', null],
      ['1-02', '县商务局牵头工作（2项）', '新增限上商贸企业20家。', ['县商务局'], [], 'none', null],
      ['2-01', '县农业农村局负责的工作', '稳定粮食播种面积50万亩。', ['县农业农村局'], [], 'none', null],
    ]);
  });

  it('reads a （一） heading naming the lead, and an item’s own units over the heading’s', () => {
    const text = [
      '2025年某区重点工作',
      '（一）区住建局牵头事项',
      '1.改造老旧小区12个。',
      '2.新建保障性住房500套。（区房管中心牵头，区住建局配合）',
    ].join('\n');
    expect(importBreakdown({ kind: 'text', text }).tasks.map(view)).toEqual([
      ['1-01', '区住建局牵头事项', '改造老旧小区12个。', ['区住建局'], [], 'none', null],
      ['1-02', '区住建局牵头事项', '新建保障性住房500套。', ['区房管中心'], ['区住建局'], 'none', null],
    ]);
  });
});

describe('items run together on one line (class 7)', () => {
  it('cuts （一）…（二）… items closing in their unit brackets', () => {
    const text = '某镇2023年重点工作安排。为推进各项工作，现安排如下。（一）完成道路硬化10公里。（镇建设办牵头，各村配合）（二）新建文化广场2个。（镇文化站负责）';
    expect(importBreakdown({ kind: 'text', text }).tasks.map(view)).toEqual([
      ['0-01', '', '完成道路硬化10公里。', ['镇建设办'], ['各村'], 'none', null],
      ['0-02', '', '新建文化广场2个。', ['镇文化站'], [], 'none', null],
    ]);
  });

  it('cuts 1、…2、… items whose labels follow their sentence on the same line', () => {
    const text = '2024年某市人才工作要点。1、引进高层次人才50名，年底前兑现补贴。牵头单位：市委组织部；配合单位：市人社局。2、建设人才公寓300套。牵头单位：市住建局。';
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map(view)).toEqual([
      ['0-01', '', '引进高层次人才50名，年底前兑现补贴。', ['市委组织部'], ['市人社局'], 'date', '2024-12-31'],
      ['0-02', '', '建设人才公寓300套。', ['市住建局'], [], 'none', null],
    ]);
  });

  it('cuts items after a colon, each closing in its unit bracket: 如下：1、…（牵头单位：A）2、…', () => {
    const text = '2022年某区为民办实事项目分工如下：1、新建社区食堂10个。（牵头单位：区民政局）2、改造农贸市场3个。（牵头单位：区商务局；配合单位：各街道）';
    expect(importBreakdown({ kind: 'text', text }).tasks.map(view)).toEqual([
      ['0-01', '', '新建社区食堂10个。', ['区民政局'], [], 'none', null],
      ['0-02', '', '改造农贸市场3个。', ['区商务局'], ['各街道'], 'none', null],
    ]);
  });

  it('does not cut before a sentence opening with an amount (`。2.5万户…`), nor take `各责任单位：` for a label', () => {
    const text = ['2024年某区工作要点', '一、民生', '1.完成燃气改造。2.5万户居民受益。（区城管局牵头）', '2.新建停车位800个。（区交通局牵头）', '各责任单位：要按时报送进展。'].join('\n');
    expect(importBreakdown({ kind: 'text', text }).tasks.map(view)).toEqual([
      ['1-01', '民生', '完成燃气改造。2.5万户居民受益。', ['区城管局'], [], 'none', null],
      ['1-02', '民生', '新建停车位800个。', ['区交通局'], [], 'none', null],
    ]);
  });

  it('keeps a 1. … 2. list inside an item numbered （一） in that item', () => {
    const text = ['2024年某区工作要点', '一、重点任务', '（一）抓好项目建设。1.开工项目20个；2.竣工项目10个。（区发改局牵头）', '（二）优化营商环境。（区营商办牵头）'].join('\n');
    expect(importBreakdown({ kind: 'text', text }).tasks.map(view)).toEqual([
      ['1-01', '重点任务', '抓好项目建设。1.开工项目20个；2.竣工项目10个。', ['区发改局'], [], 'none', null],
      ['1-02', '重点任务', '优化营商环境。', ['区营商办'], [], 'none', null],
    ]);
  });
});
