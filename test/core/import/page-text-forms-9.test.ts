import { importBreakdown } from '../../../src/core/import';
import { isMostlyUnits, isUnitLike } from '../../../src/core/import/column-content';

/**
 * Page text of progress tables (blind round 9's classes, in wordings and layouts of our own): a web
 * page's text one cell a line under the page's information block, and a page store's `|` text whose
 * rows lacking a merged cell are padded with blank cells at their end.
 */
const read = (text: string) => importBreakdown({ kind: 'text', text }).tasks.map((t) => [t.task, t.leadUnits, t.note]);

/** One cell a line with a blank line after each, as a browser copies a page's table. */
const oneCellALine = (lines: string[]) => lines.flatMap((l) => [l, '']).join('\n');

describe('page text one cell a line under a web page’s information block', () => {
  it('reads no bulleted line of the block (`• 字号:[ 大 中 小 ]`) as the header’s first name', () => {
    const text = oneCellALine([
      '2023年度县民生实事项目推进表(截至9月30日)',
      '  • 发布时间:2023-10-12',
      '  • 来源:某县人民政府办公室',
      '  • 字号:[ 大 中 小 ]',
      '序号', '项目内容', '当前进度', '牵头单位', '备注',
      '1', '新建城市书房6家。', '70%(两家选址未定)', '县文广旅体局', '县民生实事',
      '2', '改造提升农贸市场3个。', '100%', '县市场监管局', '市民生实事',
      '3', '新增公共停车泊位800个。', '45%', '县住建局', '县民生实事',
    ]);
    expect(read(text)).toEqual([
      ['新建城市书房6家。', ['县文广旅体局'], '县民生实事\n当前进度：70%(两家选址未定)'],
      ['改造提升农贸市场3个。', ['县市场监管局'], '市民生实事\n当前进度：100%'],
      ['新增公共停车泊位800个。', ['县住建局'], '县民生实事\n当前进度：45%'],
    ]);
  });
});

describe('a task naming the places it builds in and counting them (`…甲镇、乙镇等3家中心敬老院。`)', () => {
  it.each(['建成投用东岙镇、西溪镇等3家中心敬老院。', '改造北港镇、南塘镇等2家农贸市场', '提升城关、新城等五个乡镇卫生院'])('is a sentence, not units: %s', (text) => {
    expect(isUnitLike(text)).toBe(false);
    expect(isMostlyUnits(text)).toBe(false);
  });

  it.each(['县发改局、县财政局等5个部门', '县教育局等3家单位'])('a group of units counted is still units: %s', (text) => {
    expect(isUnitLike(text) || isMostlyUnits(text)).toBe(true);
  });

  it('stays the task in page text one cell a line', () => {
    const text = oneCellALine([
      '序号', '项目内容', '当前进度', '牵头单位', '备注',
      '1', '新建城市书房6家。', '70%', '县文广旅体局', '县民生实事',
      '2', '建成投用东岙镇、西溪镇等3家中心敬老院。', '57%(西溪偏慢)', '县民政局', '县民生实事',
      '3', '开工建设北港镇、南塘镇等2家农贸市场。', '50%(南塘未开工', '县市场监管局', '县民生实事',
      '4', '新增公共停车泊位800个。', '45%', '县住建局', '县民生实事',
    ]);
    expect(read(text).map(([task, lead]) => [task, lead])).toEqual([
      ['新建城市书房6家。', ['县文广旅体局']],
      ['建成投用东岙镇、西溪镇等3家中心敬老院。', ['县民政局']],
      ['开工建设北港镇、南塘镇等2家农贸市场。', ['县市场监管局']],
      ['新增公共停车泊位800个。', ['县住建局']],
    ]);
  });
});

describe('a page store’s `|` text whose rows lacking the merged 牵头单位 are padded with a blank cell at their end', () => {
  const bars = (rows: string[][]) => rows.map((r) => `${r.join(' | ')} |`).join('\n');

  it('lines the padded rows up by what each column holds, as copied tab text is', () => {
    const text = [
      '2023年5月县民生实事项目进展表',
      bars([
        ['序号', '项目内容', '月度工作计划', '牵头单位', '落实情况'],
        ['1', '为全县困难家庭发放助学金300人次。', '5月:完成助学对象摸底。', '县教育局', '已完成。 摸底困难学生312人。'],
        ['2', '新建乡村学校少年宫4所。', '5月:完成2所主体建设。', '已完成。 2所主体已封顶。', ''],
        ['3', '组织青少年心理健康讲座20场。', '按计划推进,9月底前完成全部讲座。', '县团委', '推进中。 已开展8场。'],
        ['4', '建成青少年活动中心1个。', '按计划推进,11月底前建成。', '推进中。 主体完工。', ''],
      ]),
    ].join('\n');
    expect(importBreakdown({ kind: 'text', text }).tasks.map((t) => [t.task, t.leadUnits, t.deadline.due])).toEqual([
      ['为全县困难家庭发放助学金300人次。', ['县教育局'], '2023-05-31'],
      ['新建乡村学校少年宫4所。', ['县教育局'], '2023-05-31'],
      ['组织青少年心理健康讲座20场。', ['县团委'], '2023-09-30'],
      ['建成青少年活动中心1个。', ['县团委'], '2023-11-30'],
    ]);
  });

  it('leaves a row whose cells fit their columns as it is, its blank last cell blank', () => {
    const text = [
      '2023年县重点工作推进表',
      bars([
        ['序号', '工作任务', '牵头单位', '完成时限', '备注'],
        ['1', '新建城市书房6家。', '县文广旅体局', '2023年6月底前', '县民生实事'],
        ['2', '改造提升农贸市场3个。', '县市场监管局', '2023年9月底前', ''],
        ['3', '新增公共停车泊位800个。', '县住建局', '2023年12月底前', '市民生实事'],
      ]),
    ].join('\n');
    expect(importBreakdown({ kind: 'text', text }).tasks.map((t) => [t.task, t.leadUnits, t.deadline.due, t.note ?? ''])).toEqual([
      ['新建城市书房6家。', ['县文广旅体局'], '2023-06-30', '县民生实事'],
      ['改造提升农贸市场3个。', ['县市场监管局'], '2023-09-30', ''],
      ['新增公共停车泊位800个。', ['县住建局'], '2023-12-31', '市民生实事'],
    ]);
  });
});

describe('page text one cell a line, a cell of paragraphs numbered ①②③ with blank lines between', () => {
  const text = oneCellALine([
    '2022年度县政府重点工作1-9月完成情况',
    '序号', '工作内容', '牵头单位', '完成情况',
    '1', '深入推进城乡环境整治,打造美丽乡村示范带3条。', '县农业农村局',
    '①完成示范带规划编制,启动东线建设。',
    '②新建村道绿化12公里,改造农房立面300户。',
    '③开展“最美庭院”评选,评出示范户120户。',
    '2', '加快养老服务体系建设,新建居家养老服务中心5家。', '县民政局',
    '①已建成3家,其余2家主体完工。',
    '②完成助餐点布设,累计服务老人1.2万人次。',
  ]);

  it('keeps the paragraphs one cell, each on a line of its own', () => {
    const tasks = importBreakdown({ kind: 'text', text }).tasks;
    expect(tasks.map((t) => [t.task, t.leadUnits])).toEqual([
      ['深入推进城乡环境整治,打造美丽乡村示范带3条。', ['县农业农村局']],
      ['加快养老服务体系建设,新建居家养老服务中心5家。', ['县民政局']],
    ]);
    expect(tasks.map((t) => t.requirement ?? t.note)).toEqual([
      '完成情况：①完成示范带规划编制,启动东线建设。\n②新建村道绿化12公里,改造农房立面300户。\n③开展“最美庭院”评选,评出示范户120户。',
      '完成情况：①已建成3家,其余2家主体完工。\n②完成助餐点布设,累计服务老人1.2万人次。',
    ]);
  });
});

describe('page text one cell a line cut after its first row (a page store keeps the start of a page)', () => {
  it('reads the one numbered row under a header of three names', () => {
    const text = oneCellALine([
      '2022年度县政府重点工作完成情况',
      '序号', '重点任务', '牵头单位',
      '1', '加快养老服务体系建设,新建居家养老服务中心5家。', '县民政局',
    ]);
    expect(read(text).map(([task, lead]) => [task, lead])).toEqual([['加快养老服务体系建设,新建居家养老服务中心5家。', ['县民政局']]]);
  });

  it('reads no lone line under three names with no number as a table', () => {
    const text = oneCellALine(['重点任务', '牵头单位', '完成时限', '加快养老服务体系建设。']);
    expect(() => importBreakdown({ kind: 'text', text })).not.toThrow();
    expect(importBreakdown({ kind: 'text', text }).tasks).toHaveLength(0);
  });
});
