import { importBreakdown } from '../../../src/core/import';
import type { Task } from '../../../src/core/ledger/task';

/**
 * Development round 8p (test/fixtures/dev-8p/SOURCES.md) found classes of prose 分工方案 the importer
 * refused; each is tested here in wordings of its own, none taken from the round's documents.
 */
const view = (t: Task) => [t.task, t.leadUnits, t.coUnits, t.deadline.kind, t.deadline.due];
const read = (lines: string[]) => importBreakdown({ kind: 'text', text: lines.join('\n') });
const tasks = (lines: string[]) => read(lines).tasks.map(view);

describe('a `一、` item written on one line, closing in its units', () => {
  it('reads each `一、` line ending in its units as a task, the first listed leading', () => {
    expect(tasks([
      '某县2025年政务公开工作要点',
      '根据上级要求，结合我县实际，制定本要点。',
      '一、做好财政预决算公开。按时公开部门预算、决算及“三公”经费，2025年6月底前完成。（县财政局、县审计局按职责分工负责）',
      '二、深化重点领域信息公开。加大教育、医疗领域信息公开力度。（县教体局牵头，县卫健委配合）',
    ])).toEqual([
      ['做好财政预决算公开。按时公开部门预算、决算及“三公”经费，2025年6月底前完成。', ['县财政局'], ['县审计局'], 'date', '2025-06-30'],
      ['深化重点领域信息公开。加大教育、医疗领域信息公开力度。', ['县教体局'], ['县卫健委'], 'none', null],
    ]);
  });

  it('reads a single such line as the one task of the document', () => {
    expect(tasks([
      '某区2024年营商环境工作要点',
      '一、优化政务服务。推行“一件事一次办”。（区行政审批局负责）',
    ])).toEqual([
      ['优化政务服务。推行“一件事一次办”。', ['区行政审批局'], [], 'none', null],
    ]);
  });

  it('keeps a `一、` heading naming the lead of the numbered items below it a heading', () => {
    const result = read([
      '某县2024年重点工作分解',
      '一、推进城市更新（县住建局牵头）',
      '1.改造老旧小区10个。',
      '责任单位：县住建局',
      '2.新建公园2个。',
      '责任单位：县城管局',
    ]);
    expect(result.tasks.map((t) => t.task)).toEqual(['改造老旧小区10个。', '新建公园2个。']);
  });
});

describe('unnumbered items run together on one line, each a title followed by its label fields', () => {
  it('cuts the line before each title following a label value that closes with 。, and reads the labels', () => {
    expect(tasks([
      '某省2024年重点任务分工方案（摘录）',
      '城镇新增就业50万人 责任分工：省人社厅牵头，各市配合。 推进高标准农田建设 主要举措：新建高标准农田100万亩。 责任分工：省农业农村厅牵头，省财政厅、省水利厅配合。 扩大有效投资 主要举措：实施重点项目500个。 责任分工：省发展改革委牵头，各市、各部门配合。',
    ])).toEqual([
      ['城镇新增就业50万人', ['省人社厅'], ['各市'], 'none', null],
      ['推进高标准农田建设', ['省农业农村厅'], ['省财政厅', '省水利厅'], 'none', null],
      ['扩大有效投资', ['省发展改革委'], ['各市', '各部门'], 'none', null],
    ]);
  });
});

describe('items whose numbers were lost (a web page’s list copied as text), each followed by its label lines', () => {
  it('reads a line with no number as an item when unit labels follow it right below, after a heading or the labels of the item above', () => {
    expect(tasks([
      '2024年某县重点工作任务分解',
      '现将任务分解如下：',
      '一、经济指标',
      '地区生产总值增长6%。',
      '牵头单位：县发改局',
      '责任单位：各乡镇',
      '规上工业增加值增长7%，年底前新增规上企业10家。',
      '分管县领导：张三',
      '牵头单位：县工信局',
      '二、民生实事',
      '新建口袋公园3个。',
      '责任单位：县城管局、县住建局',
    ])).toEqual([
      ['地区生产总值增长6%。', ['县发改局'], ['各乡镇'], 'none', null],
      ['规上工业增加值增长7%，年底前新增规上企业10家。', ['县工信局'], [], 'date', '2024-12-31'],
      ['新建口袋公园3个。', ['县城管局'], ['县住建局'], 'none', null],
    ]);
  });

  it('keeps a label’s list going on to the next line part of that label', () => {
    expect(tasks([
      '2024年某县重点工作任务分解',
      '1.建设县城污水管网20公里。',
      '牵头单位：县住建局、',
      '县水利局',
      '责任单位：各乡镇',
    ])).toEqual([
      ['建设县城污水管网20公里。', ['县住建局', '县水利局'], ['各乡镇'], 'none', null],
    ]);
  });

  it('takes no notice line for an item: the addressees broken before `事业单位：`, below a page’s tool line', () => {
    expect(tasks([
      '某市人民政府办公室关于落实重点工作分工的意见',
      '来源：市政府办公室 发布时间：2025-03-03 14:30',
      '阅读： 字体大小： 打印 保存',
      '各县区人民政府，市政府各工作部门、直属',
      '事业单位：',
      '现将重点工作分解如下。',
      '1.生产总值增长6%。（市发改委负责）',
    ])).toEqual([
      ['生产总值增长6%。', ['市发改委'], [], 'none', null],
    ]);
  });

  it('keeps a paragraph going on from a numbered item part of that item', () => {
    expect(tasks([
      '2024年某县重点工作任务分解',
      '1.推进老旧小区改造。',
      '完成改造小区12个，惠及居民3000户。',
      '牵头单位：县住建局',
      '2.建设城市绿道。',
      '牵头单位：县城管局',
    ])).toEqual([
      ['推进老旧小区改造。完成改造小区12个，惠及居民3000户。', ['县住建局'], [], 'none', null],
      ['建设城市绿道。', ['县城管局'], [], 'none', null],
    ]);
  });
});

describe('points counted in words (一是…；二是…, 第一，…第二，…), each closing in its units', () => {
  it('reads each point as a task under its heading, without its count word', () => {
    const result = read([
      '2024年某县重点工作分工',
      '一、稳定经济运行',
      '一是抓好项目建设，新开工项目30个（县发改局牵头）；二是扩大消费，举办促消费活动10场（县商务局负责）。',
      '二、改善民生',
      '第一，新增城镇就业1200人（县人社局负责）。第二，改造农村公路50公里，10月底前完工（县交通局牵头，各乡镇配合）。',
    ]);
    expect(result.tasks.map(view)).toEqual([
      ['抓好项目建设，新开工项目30个', ['县发改局'], [], 'none', null],
      ['扩大消费，举办促消费活动10场', ['县商务局'], [], 'none', null],
      ['新增城镇就业1200人', ['县人社局'], [], 'none', null],
      ['改造农村公路50公里，10月底前完工', ['县交通局'], ['各乡镇'], 'date', '2024-10-31'],
    ]);
    expect(result.tasks.map((t) => t.category?.title)).toEqual(['稳定经济运行', '稳定经济运行', '改善民生', '改善民生']);
  });
});

describe('`一、` headings that are the items, each followed by its label lines', () => {
  it('reads a `一、` line followed right below by unit label lines as a task', () => {
    expect(tasks([
      '2024年某县民生实事项目分解',
      '一、新建城区幼儿园2所，秋季学期前投用',
      '牵头单位：县教体局',
      '责任单位：县住建局、县自然资源局',
      '二、改造老旧小区5个',
      '分管县领导：王五',
      '牵头单位：县住建局',
    ])).toEqual([
      ['新建城区幼儿园2所，秋季学期前投用', ['县教体局'], ['县住建局', '县自然资源局'], 'none', null],
      ['改造老旧小区5个', ['县住建局'], [], 'none', null],
    ]);
  });
});
