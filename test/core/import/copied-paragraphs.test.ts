import { importBreakdown } from '../../../src/core/import';

/**
 * Dev round 7t: a table copied from a web page in a browser, whose cells hold line breaks (`<br>`)
 * or paragraphs (`<p>`): the browser puts each on a line of its own, so one row spans several lines;
 * a cell merged down (`rowspan`) is in its first row only. Wordings of our own.
 */
const read = (text: string, planYear = 2023) => importBreakdown({ kind: 'text', text }, { planYear }).tasks
  .map((t) => [t.category.title, t.task, t.leadUnits, t.coUnits, t.deadline.due, t.note ?? '']);

describe('copied tab text whose cells hold line breaks', () => {
  it('puts each row back together, the header too, with a category merged down', () => {
    const text = [
      '类别\t序号\t工作任务\t分管',
      '县领导\t牵头单位及',
      '负责人\t进展情况',
      '一、办好教育实事\t1\t新建城区幼儿园两所。\t张三\t县教育局',
      '李四\t已开工。',
      '预计9月建成。',
      '2\t改扩建乡镇中心小学三所。\t张三\t县教育局',
      '李四\t已完成设计。',
      '3\t为农村学校配备校车十辆。\t张三\t县交通运输局',
      '王五\t已招标。',
    ].join('\n');
    expect(read(text)).toEqual([
      ['办好教育实事', '新建城区幼儿园两所。', ['县教育局'], [], null, expect.stringContaining('负责人：李四')],
      ['办好教育实事', '改扩建乡镇中心小学三所。', ['县教育局'], [], null, expect.stringContaining('负责人：李四')],
      ['办好教育实事', '为农村学校配备校车十辆。', ['县交通运输局'], [], null, expect.stringContaining('负责人：王五')],
    ]);
  });
});

describe('copied tab text whose cells hold paragraphs', () => {
  it('reads a cell of several paragraphs (blank lines between) as one cell, and the cells after it', () => {
    const text = [
      '2023年民生实事分解表',
      '',
      '工作任务\t责任单位\t主要工作\t完成时限\t备注',
      '一、改善出行条件。\t1.新建公交首末站。\t县交通运输局\t',
      '1.完成选址。',
      '',
      '2.建成投用两处首末站。',
      '',
      '10月底\t',
      '2.更新新能源公交车。\t县交通运输局\t更新公交车二十辆。\t12月底\t',
    ].join('\n');
    expect(read(text).map(([category, task, lead, , due]) => [category, task, lead, due])).toEqual([
      ['改善出行条件', '1.新建公交首末站。', ['县交通运输局'], '2023-10-31'],
      ['改善出行条件', '2.更新新能源公交车。', ['县交通运输局'], '2023-12-31'],
    ]);
    const [first] = importBreakdown({ kind: 'text', text }, { planYear: 2023 }).tasks;
    expect(first.requirement).toBe('主要工作：1.完成选址。\n2.建成投用两处首末站。');
  });
});

describe('copied tab text whose last-but-one cell holds paragraphs', () => {
  it('takes the line after the paragraphs, written without a tab before it, as the row\'s last cell when every other row fills every column', () => {
    const text = [
      '序号\t工作任务\t牵头单位\t配合单位',
      '1\t新建社区养老服务站八个。\t县民政局\t各乡镇人民政府。',
      '2\t改造城区燃气管网二十公里。\t',
      '县住建局',
      '',
      '县城管局',
      '',
      '县发改委、县财政局,各乡镇人民政府。',
      '3\t新增公办学位一千个。\t县教育局\t县财政局、县自然资源局。',
    ].join('\n');
    expect(read(text).map(([, task, lead, co]) => [task, lead, co])).toEqual([
      ['新建社区养老服务站八个。', ['县民政局'], ['各乡镇人民政府']],
      ['改造城区燃气管网二十公里。', ['县住建局', '县城管局'], ['县发改委', '县财政局', '各乡镇人民政府']],
      ['新增公办学位一千个。', ['县教育局'], ['县财政局', '县自然资源局']],
    ]);
  });

  it('keeps the paragraphs in their cell when a row elsewhere lacks the last column (merged down from the row above)', () => {
    const text = [
      '序号\t工作任务\t牵头单位\t配合单位',
      '1\t新建社区养老服务站八个。\t县民政局\t各乡镇人民政府。',
      '2\t改造城区燃气管网二十公里。\t',
      '县住建局',
      '',
      '县城管局',
      '3\t新增公办学位一千个。\t县教育局\t县财政局。',
      '4\t新建乡镇综合文化站五个。\t县文旅局',
      '5\t新建农村公路三十公里。\t县交通运输局\t各乡镇人民政府。',
    ].join('\n');
    expect(read(text).map(([, task, lead, co]) => [task, lead, co])).toEqual([
      ['新建社区养老服务站八个。', ['县民政局'], ['各乡镇人民政府']],
      ['改造城区燃气管网二十公里。', ['县住建局', '县城管局'], ['各乡镇人民政府']],
      ['新增公办学位一千个。', ['县教育局'], ['县财政局']],
      ['新建乡镇综合文化站五个。', ['县文旅局'], ['县财政局']],
      ['新建农村公路三十公里。', ['县交通运输局'], ['各乡镇人民政府']],
    ]);
  });
});

// Beyond the corpus: a two-row header copied from a page (`责任单位` over `牵头单位` / `配合单位`):
// the browser writes the sub-headers alone on the next line; and 序号 written `1-1`, `1-2`.
describe('copied tab text with a two-row header and 序号 like 1-1', () => {
  it('puts the sub-headers in the place of the cell over them, and each row on its own', () => {
    const text = [
      '某区2024年重点任务分解表',
      '',
      '序号\t类别\t重点任务\t责任单位\t完成时限',
      '牵头单位\t配合单位',
      '1-1\t一、稳增长\t新培育规上企业20家。\t区工信局\t区统计局\t2024年11月底前',
      '1-2\t推动外贸企业拓展市场。\t区商务局\t各街道\t每季度',
      '2-1\t二、惠民生\t新建社区食堂5个。\t区民政局',
      '王五\t区财政局\t全年',
    ].join('\n');
    expect(read(text, 2024).map(([category, task, lead, co, due, note]) => [category, task, lead, co, due, note])).toEqual([
      ['稳增长', '新培育规上企业20家。', ['区工信局'], ['区统计局'], '2024-11-30', ''],
      ['稳增长', '推动外贸企业拓展市场。', ['区商务局'], ['各街道'], null, ''],
      ['惠民生', '新建社区食堂5个。', ['区民政局'], ['区财政局'], '2024-12-31', '负责人：王五'],
    ]);
  });
});

// Beyond the corpus: a unit cell holding one unit a line (`<br>`), copied from a page.
describe('copied tab text whose unit cell holds one unit a line', () => {
  it('keeps the units in their cell when the row comes out whole', () => {
    const text = [
      '序号\t工作任务\t责任单位\t完成时限',
      '1\t新建城区公园两处。\t县住建局',
      '县财政局\t10月底前',
      '2\t改造城区道路五条。\t县交通运输局\t12月底前',
    ].join('\n');
    expect(read(text, 2024).map(([, task, lead, co, due]) => [task, lead, co, due])).toEqual([
      ['新建城区公园两处。', ['县住建局'], ['县财政局'], '2024-10-31'],
      ['改造城区道路五条。', ['县交通运输局'], [], '2024-12-31'],
    ]);
  });
});
