import { readFileSync } from 'fs';
import { importBreakdown, type ImportResult } from '../../../src/core/import';
import { readCellPerLine } from '../../../src/core/import/read-cell-per-line';
import { splitSpacedCells } from '../../../src/core/import/spaced-cells';
import { expectFixtureTasks, FIXTURE } from './fixture-expected';
import { fixtureRows, TITLE } from './fixture-table';

/**
 * The sample table (48 tasks, 12 sections) as page text gives a table: plain `pdftotext` or a PDF
 * page copied — one cell a line, blank cells leaving no line — and with cells separated by single
 * spaces. Each form must import to the 48 tasks of the text, with the same findings.
 */

const HEADER = ['工作类别', '工作任务', '牵头单位', '完成时限'];

/** Page text of a web page's table: each cell its own line, a blank line after each (大竹's form). */
function oneCellALine(): string {
  const lines = [TITLE, '', ...HEADER.flatMap((h) => [h, ''])];
  for (const r of fixtureRows()) for (const cell of [r.category, r.task, r.lead, r.deadline]) if (cell !== '') lines.push(cell, '');
  return lines.join('\n');
}

/** Wrapped at `width` characters, as a PDF's narrow column gives it. */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width));
  return out;
}

/**
 * Plain `pdftotext` of the PDF: the unnamed section column leaves no header line, sections stand
 * on lines of their own, task text wrapped, units one a line, and every 12 rows a page number and
 * the header again.
 */
function pdfPlainText(): string {
  const lines = [TITLE, '工作任务', '牵头单位', '完成时限'];
  fixtureRows().forEach((r, i) => {
    if (i > 0 && i % 12 === 0) lines.push(`- ${i / 12} -`, '', '工作任务', '牵头单位', '完成时限');
    if (r.category !== '') lines.push(r.category);
    lines.push(...wrap(r.task, 20));
    if (r.lead !== '') lines.push(...r.lead.split('、'));
    lines.push(r.deadline);
  });
  return lines.join('\n');
}

/** Page text whose cells are separated by single spaces (谯城's form), the header on one line too. */
function singleSpaced(): string {
  const lines = [TITLE, HEADER.join(' ')];
  for (const r of fixtureRows()) lines.push([r.category, r.task, r.lead, r.deadline].filter((c) => c !== '').join(' '));
  return lines.join('\n');
}

/** Numbered rows under a task column the importer has no name for (`民生实事`), sections on lines of their own. */
function numberedUnknownName(separator: '\n' | '\t'): string {
  const header = ['序号', '民生实事', '牵头单位', '完成时限'];
  const lines = [TITLE, header.join(separator)];
  fixtureRows().forEach((r, i) => {
    if (r.category !== '') lines.push(r.category);
    // A blank cell leaves no line in page text; tab text keeps it.
    const cells = [String(i + 1), r.task, r.lead, r.deadline];
    lines.push((separator === '\t' ? cells : cells.filter((c) => c !== '')).join(separator));
  });
  return lines.join('\n');
}

const TEXT = importBreakdown({ kind: 'text', text: readFileSync(FIXTURE, 'utf8') }, { file: 'guangfeng-2024-breakdown.txt' });

/** Findings as the text gives them, their rows aside (each form has its own lines). */
const findingsOf = (result: ImportResult) => result.findings.map((f) => [f.level, f.code, f.taskId, f.field, f.message]);

function expectAsTheText(result: ImportResult): void {
  expect(result.planYear).toBe(2024);
  expect(result.title).toBe(TITLE);
  expect(result.tasks).toHaveLength(48);
  expectFixtureTasks(result, { rows: false });
  expect(result.findings.filter((f) => f.level === 'error')).toEqual([]);
}

describe('the sample table as page text, one cell a line', () => {
  it('imports the 48 tasks of the text, with its findings', () => {
    const result = importBreakdown({ kind: 'text', text: oneCellALine() });
    expectAsTheText(result);
    expect(findingsOf(result)).toEqual(findingsOf(TEXT).filter(([, code]) => code !== 'import.plan-year-overridden'));
  });

  it('names the line each task starts on', () => {
    const text = oneCellALine();
    const result = importBreakdown({ kind: 'text', text });
    const lines = text.split('\n');
    for (const task of result.tasks) expect(lines[task.source!.row - 1]).toBe(fixtureRows()[result.tasks.indexOf(task)].category || task.task);
  });
});

describe('the sample table as plain pdftotext gives it', () => {
  it('joins wrapped text and units one a line, skips page numbers and repeated headers: the 48 tasks of the text', () => {
    const text = pdfPlainText();
    expect(text).toContain('\n区政府办\n区直各相关单位\n持续推进\n');
    expect(text).toContain('\n- 1 -\n\n工作任务\n牵头单位\n完成时限\n');
    const result = importBreakdown({ kind: 'text', text });
    expectAsTheText(result);
    expect(findingsOf(result)).toEqual(findingsOf(TEXT).filter(([, code]) => code !== 'import.plan-year-overridden'));
  });
});

describe('the sample table as page text with cells separated by single spaces', () => {
  it('splits the rows into their cells: the 48 tasks of the text', () => {
    const text = singleSpaced();
    expect(text).toContain('\n十二、凝聚合力 狠抓工作落实 以开展');
    expectAsTheText(importBreakdown({ kind: 'text', text }));
  });
});

describe('a task column of a name the importer does not know', () => {
  it.each([['one cell a line', '\n'], ['tab-separated', '\t']] as const)('is found by its cells (%s), and a 提示 says so', (_form, separator) => {
    const result = importBreakdown({ kind: 'text', text: numberedUnknownName(separator) });
    expectAsTheText(result);
    expect(result.findings.filter((f) => f.code === 'import.column-by-content').map((f) => f.message))
      .toEqual(['“民生实事”列不是常见的列名，按其内容读作“工作任务”']);
  });
});

describe('tables of other wording as page text, one cell a line', () => {
  const read = (text: string) => importBreakdown({ kind: 'text', text }).tasks.map((t) => [t.task, t.requirement ?? '', t.leadUnits, t.coUnits, t.deadline.text, t.note ?? '']);

  it('two unit columns, a row lacking its 配合单位', () => {
    expect(read('2025年重点工作任务分解表\n序号\n重点任务\n牵头单位\n配合单位\n完成时间\n1\n推进产业园区建设，完成投资10亿元。\n区发改委\n区财政局、区统计局\n6月底前'
      + '\n2\n实施义务教育学校改扩建工程。\n区教育局\n年底前\n3\n开展城乡环境整治。\n区住建局\n各镇（街道）\n持续推进')).toEqual([
      ['推进产业园区建设，完成投资10亿元。', '', ['区发改委'], ['区财政局', '区统计局'], '6月底前', ''],
      ['实施义务教育学校改扩建工程。', '', ['区教育局'], [], '年底前', ''],
      ['开展城乡环境整治。', '', ['区住建局'], ['各镇（街道）'], '持续推进', ''],
    ]);
  });

  it('a deadline wrapped in its column, a 备注 column mostly blank', () => {
    expect(read('2025年工作要点任务清单\n序号\n工作任务\n责任单位\n完成时限\n备注\n1\n建立健全政务公开制度。\n区政府办\n2025年6月\n底前'
      + '\n2\n完善政府信息公开平台。\n区数据局\n年底前\n已纳入考核\n3\n做好依申请公开工作。\n区司法局\n持续推进')).toEqual([
      ['建立健全政务公开制度。', '', ['区政府办'], [], '2025年6月底前', ''],
      ['完善政府信息公开平台。', '', ['区数据局'], [], '年底前', '已纳入考核'],
      ['做好依申请公开工作。', '', ['区司法局'], [], '持续推进', ''],
    ]);
  });

  it('header cells given on two lines: a qualifier before a name, a name broken after its first character', () => {
    expect(read('2026年为民办实事项目表\n序号\n项目名称\n建\n设 内 容\n县政府\n分管领导\n牵头单位\n完成时间\n1\n农村公路提档\n改造农村公路40公里。\n张 三\n县交通局\n10月底前'
      + '\n2\n社区食堂建设\n新建社区食堂5个。\n李 四\n县民政局\n年底前')).toEqual([
      ['农村公路提档', '改造农村公路40公里。', ['县交通局'], [], '10月底前', '县政府分管领导：张 三'],
      ['社区食堂建设', '新建社区食堂5个。', ['县民政局'], [], '年底前', '县政府分管领导：李 四'],
    ]);
  });

  it('several persons one a line in a leader column, after a task ending its sentence', () => {
    expect(read('2026年重点工作分解表\n序号\n工作任务\n责任领导\n牵头单位\n完成时限\n1\n建成县城污水处理厂二期工程。\n赵六\n钱七\n县水务局\n9月底前'
      + '\n2\n完成农村危房改造100户。\n孙八\n县住建局\n年底前')).toEqual([
      ['建成县城污水处理厂二期工程。', '', ['县水务局'], [], '9月底前', '责任领导：赵六\n钱七'],
      ['完成农村危房改造100户。', '', ['县住建局'], [], '年底前', '责任领导：孙八'],
    ]);
  });

  it('the notice run on into the header, each row one line, a column of unknown name left empty, full stops as `.`', () => {
    expect(read('各乡镇,县各部门: 现将任务印发给你们,请认真落实. 附件:2026年工作任务分解表 序号 名称 工作任务 牵头责任单位\n\n'
      + '1 城镇居民人均可支配收入增长6%,农村居民收入增长7%. 统计局\n\n2 粮食播种面积稳定在80万亩,确保颗粒归仓. 农业农村局\n\n'
      + '3 新增城镇就业岗位5000个,零就业家庭动态清零. 人社局、民政局')).toEqual([
      ['城镇居民人均可支配收入增长6%,农村居民收入增长7%.', '', ['统计局'], [], '', ''],
      ['粮食播种面积稳定在80万亩,确保颗粒归仓.', '', ['农业农村局'], [], '', ''],
      ['新增城镇就业岗位5000个,零就业家庭动态清零.', '', ['人社局', '民政局'], [], '', ''],
    ]);
  });

  it('a 进度要求 column of stages by quarter: the deadline column, its last stage the deadline', () => {
    expect(read('2024年民生项目推进表\n序号\n项目名称\n建设内容\n进度要求\n责任单位\n1\n农贸市场提升\n改造农贸市场6个。'
      + '\n一季度完成选址,二季度开工建设;三季度完成主体改造;四季度全部投入使用。\n区商务局\n2\n公厕新建\n新建公厕12座。\n上半年完成设计招标,下半年建成。\n区城管局')
      .map((r) => [r[0], r[1], r[2], r[4]])).toEqual([
      ['农贸市场提升', '改造农贸市场6个。', ['区商务局'], '一季度完成选址,二季度开工建设;三季度完成主体改造;四季度全部投入使用。'],
      ['公厕新建', '新建公厕12座。', ['区城管局'], '上半年完成设计招标,下半年建成。'],
    ]);
    const result = importBreakdown({ kind: 'text', text: '2024年民生项目推进表\n序号\n项目名称\n建设内容\n进度要求\n责任单位\n1\n农贸市场提升\n改造农贸市场6个。'
      + '\n一季度完成选址,二季度开工建设;三季度完成主体改造;四季度全部投入使用。\n区商务局\n2\n公厕新建\n新建公厕12座。\n上半年完成设计招标,下半年建成。\n区城管局' });
    expect(result.tasks.map((t) => t.deadline.due)).toEqual(['2024-12-31', '2024-12-31']);
  });

  it('units one a line over a 责任单位 and a 协办单位 cell, nothing marking where the first ends: the first unit is the 责任单位', () => {
    expect(read('2023年为民办实事项目表\n序号\n项目名称\n责任单位\n协办单位\n完成时限\n1\n新建城市书房10家。\n市文广旅局\n各区人民政府\n市财政局\n各有关单位\n市自然资源局\n年底前'
      + '\n2\n新增停车泊位2000个。\n市公安局\n市城管局\n市住建局\n10月底前')).toEqual([
      ['新建城市书房10家。', '', ['市文广旅局'], ['各区人民政府', '市财政局', '各有关单位', '市自然资源局'], '年底前', ''],
      ['新增停车泊位2000个。', '', ['市公安局'], ['市城管局', '市住建局'], '10月底前', ''],
    ]);
  });

  it('zones and districts named bare one a line in a unit column, one with its other name in brackets', () => {
    expect(read('2026年主要目标任务分解表\n序号\n工作任务\n牵头单位\n配合单位\n1\n规上工业增加值增长7%。\n县工信局\n开发区\n临港新区(东湖镇)\n各乡镇'
      + '\n2\n固定资产投资增长6%。\n县发改局\n工业园区\n各乡镇')).toEqual([
      ['规上工业增加值增长7%。', '', ['县工信局'], ['开发区', '临港新区(东湖镇)', '各乡镇'], '', ''],
      ['固定资产投资增长6%。', '', ['县发改局'], ['工业园区', '各乡镇'], '', ''],
    ]);
  });

  it('a project name and its content, no deadline column', () => {
    expect(read('2025年民生实事项目表\n编号\n项目名称\n建设内容\n责任部门\n1\n老旧小区改造\n完成老旧小区改造20个，惠及居民3000户。\n区住建局'
      + '\n2\n城乡供水一体化\n新建供水管网50公里。\n区水利局')).toEqual([
      ['老旧小区改造', '完成老旧小区改造20个，惠及居民3000户。', ['区住建局'], [], '', ''],
      ['城乡供水一体化', '新建供水管网50公里。', ['区水利局'], [], '', ''],
    ]);
  });
});

/** Plain `pdftotext` (poppler 22) of 潍坊's ruled PDF (test/fixtures/blind-5/weifang-2017-table.pdf): a tall cell's lines around its neighbours'. */
const WEIFANG_PDFTOTEXT = "潍坊市 2017 年政务公开工作要点实施方案\n目标\n\n任务\n\n主要内容\n\n责任单位\n\n围绕我市经济社会发展形势、国家宏观经济政策和全市相\n关经济政策执行落实情况,通过市政府例行新闻发布会、\n市发改委牵头落实\n市政府新闻办新闻发布会、媒体采访、提供解读素材等形\n式及时宣传解读。\n围绕出台促进就业规划、就业创业政策,加强就业创业政\n策信息公开,深入解读政策背景、依据、目标任务、涉及\n范围、落实情况等。\n\n市人社局牵头落实\n\n一、以政 (一)加\n务公开助 强预期 围绕稳健中性的货币政策、优化融资结构和信贷结构等信\n贷政策,加强金融政策信息公开,通过政策通报会、银企对\n力稳增长 引导\n接会等方式,加大货币和金融业改革发展政策的宣传和预\n期引导,及时准确将政策意图传递给市场,以政策解读的\n“透”赢得市场预期的“稳”。\n\n市金融办、人民银\n行潍坊市中心支\n行、潍坊银监分局\n分别牵头落实\n\n加强财政政策信息公开,按月公开全市财政收支情况,解读\n财政收支增减变化情况及原因、预判财政收入走势,主动\n解释说明收支运行中可能引发社会关注的热点问题,引导\n社会各方面正确认识财政形势。\n\n市财政局牵头落实\n";

describe('page text whose cells\' lines interleave (plain pdftotext of a PDF table)', () => {
  it('stops with why instead of writing a wrong ledger', () => {
    const result = importBreakdown({ kind: 'text', text: WEIFANG_PDFTOTEXT }, { file: 'weifang.txt' });
    expect(result.tasks).toEqual([]);
    expect(result.findings.map((f) => [f.level, f.code, f.file])).toEqual([['error', 'import.implausible', 'weifang.txt']]);
    expect(result.findings[0].message).toBe('按“一格一行”的网页或 PDF 文字读出4行表格，但结果看来不对，没有生成台账：有4格文字句子没写完就断开'
      + '（如“围绕我市经济社会发展形势、国家宏观经济政策和全市相”、“关经济政策执行落实情况,通过市政府例行新闻发布会、”），像是 PDF 转出的文字中几列的行交错在一起');
    expect(result.findings[0].suggestion).toBe('如是从 PDF 复制或用 pdftotext 转出的文字，请直接导入 PDF 文件或原 .docx；否则请把表格另存为 .docx 或 .xlsx 后再导入');
  });
});

describe('splitSpacedCells', () => {
  const columns = ['number', 'text', 'unit', 'unit'] as const;
  const sectioned = ['section', 'text', 'unit', 'deadline'] as const;

  it('splits a row where each piece is a plausible cell', () => {
    expect(splitSpacedCells('1 地区生产总值增长6.5%左右。 区发改委 区政府各部门,各乡镇人民政府、街道办事处。', columns))
      .toEqual(['1', '地区生产总值增长6.5%左右。', '区发改委', '区政府各部门,各乡镇人民政府、街道办事处。']);
    expect(splitSpacedCells('2 一般公共预算收入增长5%左右。 区财政局', columns)).toEqual(['2', '一般公共预算收入增长5%左右。', '区财政局']);
    expect(splitSpacedCells('十二、凝聚合力 狠抓工作落实 以开展“大抓落实年”活动为契机。 区政府办 持续推进', sectioned))
      .toEqual(['十二、凝聚合力 狠抓工作落实', '以开展“大抓落实年”活动为契机。', '区政府办', '持续推进']);
  });

  it('never splits ordinary text', () => {
    expect(splitSpacedCells('十二、凝聚合力 狠抓工作落实', sectioned)).toBeNull();
    expect(splitSpacedCells('2024 年 8 月 9 日', columns)).toBeNull();
    expect(splitSpacedCells('完成 2836 户棚户区改造', columns)).toBeNull();
    expect(splitSpacedCells('通过 政务公开 专区 发布', sectioned)).toBeNull();
    // Cells out of the columns' order: a unit before the task.
    expect(splitSpacedCells('区发改委 地区生产总值增长6.5%左右。', columns)).toBeNull();
  });
});

describe('readCellPerLine', () => {
  it('reads nothing without a header spread over the lines (prose, a notice)', () => {
    expect(readCellPerLine('关于印发工作要点的通知\n一、加强政策解读\n牵头单位：区政府办\n完成时限：年底前')).toBeNull();
    expect(readCellPerLine('附件\n工作任务\n2024年工作要点')).toBeNull();
  });

  it('takes no data line for a header name (`发展目标` under the header)', () => {
    const table = readCellPerLine('分类\n序号\n事项\n责任单位\n牵头单位\n发展目标\n1\n地区生产总值增长6.5%以上。\n区农业农村局、区经商局\n区发改局\n2\n区本级固定资产投资增长25%。\n区发改局\n区发改局');
    expect(table?.rows.map((r) => r.cells)).toEqual([
      ['分类', '序号', '事项', '责任单位', '牵头单位'],
      ['发展目标', '1', '地区生产总值增长6.5%以上。', '区农业农村局、区经商局', '区发改局'],
      ['', '2', '区本级固定资产投资增长25%。', '区发改局', '区发改局'],
    ]);
    expect(table?.rows[2].continued).toEqual([0]);
  });

  it('joins a header name a narrow PDF column wrapped, and counts it as a sign of PDF text', () => {
    const text = '序号\n工作任务\n牵头\n单位\n完成时\n限\n1\n加强政策解读。\n区政府办\n年底前\n2\n做好舆情回应。\n区委宣传部\n持续推进';
    const table = readCellPerLine(text);
    expect(table?.rows[0].cells).toEqual(['序号', '工作任务', '牵头单位', '完成时限']);
    expect(table?.doubts.cutNames).toEqual(['牵头单位', '完成时限']);
    const result = importBreakdown({ kind: 'text', text: `2024年工作任务分解表\n${text}` });
    expect(result.tasks).toEqual([]);
    expect(result.findings.map((f) => f.message)).toEqual([
      '按“一格一行”的网页或 PDF 文字读出2行表格，但结果看来不对，没有生成台账：表头的列名被断开（如“牵头单位”、“完成时限”），像是 PDF 转出的文字',
    ]);
  });

  it('keeps a numbered task of two paragraphs one task', () => {
    const table = readCellPerLine('序号\n重点工作\n牵头单位\n完成时限\n1\n加强政策解读。\n重大政策出台后及时解读。\n区政府办\n年底前\n2\n做好舆情回应。\n区委宣传部\n持续推进');
    expect(table?.rows.map((r) => r.cells)).toEqual([
      ['序号', '重点工作', '牵头单位', '完成时限'],
      ['1', '加强政策解读。\n重大政策出台后及时解读。', '区政府办', '年底前'],
      ['2', '做好舆情回应。', '区委宣传部', '持续推进'],
    ]);
  });

  it('reads a second task under one number as continuing its merged cells (大竹 row 5)', () => {
    const table = readCellPerLine('序号\n民生实事\n责任单位\n完成时限\n5\n开工建设县老年养护楼。\n县民政局\n5月底前动工\n开工建设老年大学。\n12月底前\n6\n迁建县政务服务中心。\n县政务服务中心\n县代建中心\n12月底前');
    expect(table?.rows.map((r) => [r.cells, r.continued ?? []])).toEqual([
      [['序号', '民生实事', '责任单位', '完成时限'], []],
      [['5', '开工建设县老年养护楼。', '县民政局', '5月底前动工'], []],
      [['', '开工建设老年大学。', '', '12月底前'], [0, 2]],
      [['6', '迁建县政务服务中心。', '县政务服务中心\n县代建中心', '12月底前'], []],
    ]);
  });
});

// Dev round 7t: the page text of a table the store cut after its first row (one cell a line), whose
// co units are written as groups (`各直属机构`) and whose last column says where the task comes from.
describe('page text of a table of one row', () => {
  const text = [
    '2023年重点工作责任清单', '',
    '序号', '', '重点工作', '', '牵头责任单位', '', '协同责任单位', '', '任务来源', '',
    '一、县长负责事项(共3项)', '',
    '1', '', '深化“放管服”改革，推行“一网通办”。', '', '县数据资源局', '', '县政府各部门、各直属机构', '', '省政府2023年工作要点', '',
  ].join('\n');

  it('is read as a table, the source kept in 备注 and not taken for a deadline', () => {
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.category.title, t.task, t.leadUnits, t.coUnits, t.deadline.kind, t.note])).toEqual([
      ['县长负责事项(共3项)', '深化“放管服”改革，推行“一网通办”。', ['县数据资源局'], ['县政府各部门', '各直属机构'], 'none', '任务来源：省政府2023年工作要点'],
    ]);
  });
});

// Dev round 7t (and blind round 6's 闵行 page text): a page store's text of a web table with a `|`
// line after each cell — a cell's lines before it, an empty cell a `|` alone, a row lacking merged
// cells padded with `||`/`|||` — and no mark where a row ends. Wordings of our own.
describe('page text with a `|` line after each cell', () => {
  const text = [
    '2023年县政府重点工作分解表',
    '序号', '|', '工作内容', '|', '责任领导', '|', '责任单位', '|', '完成时限', '|',
    '一、稳住经济大盘', '|', '||||',
    '1', '|', '新增规上工业企业', '|', '刘 洋', '|', '★县工信局、县统计局', '|', '12月底', '|',
    '培育专精特新企业10家。', '|', '|', '★县科技局、县工信局', '|', '12月底', '|', '||',
    '2', '|', '推进农村公路', '提档升级。', '|', '陈 明', '|', '★县交通运输局', '|', '10月底', '|',
  ].join('\n');

  it('reads each cell between the bars and the rows by their cells', () => {
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.category.title, t.task, t.leadUnits, t.coUnits, t.deadline.due])).toEqual([
      ['稳住经济大盘', '新增规上工业企业', ['县工信局'], ['县统计局'], '2023-12-31'],
      ['稳住经济大盘', '培育专精特新企业10家。', ['县科技局'], ['县工信局'], '2023-12-31'],
      ['稳住经济大盘', '推进农村公路提档升级。', ['县交通运输局'], [], '2023-10-31'],
    ]);
  });
});

// Dev round 7t: page text one paragraph a line, a cell of numbered paragraphs (`1.…` / `2.…`)
// beside tasks numbered the same way: the next paragraph goes on in its cell, it is no task.
describe('page text whose cell holds numbered paragraphs', () => {
  const text = [
    '某县2023年为民办实事任务分解表', '',
    '工作任务', '', '责任单位', '', '主要工作', '', '完成时限', '', '备注', '',
    '一、改善群众出行条件。', '',
    '1.新建公交首末站。', '', '县交通运输局', '',
    '1.完成两处首末站选址和用地报批。', '',
    '2.完成首末站主体工程建设，配套建设充电桩、候车亭和调度用房。', '',
    '3.首末站建成后同步调整公交线路。', '',
    '11月底', '', '',
    '2.更新新能源公交车。', '', '县交通运输局', '', '更新新能源公交车二十辆。', '', '12月底', '',
  ].join('\n');

  it('reads the paragraphs as one cell', () => {
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.task, t.leadUnits, t.deadline.due, (t.requirement ?? '').split('\n').length])).toEqual([
      ['1.新建公交首末站。', ['县交通运输局'], '2023-11-30', 3],
      ['2.更新新能源公交车。', ['县交通运输局'], '2023-12-31', 1],
    ]);
  });
});

describe('page text holding a second attachment after the table', () => {
  it('ends the table where `附件2` begins (its title and header are no row)', () => {
    const text = ['附件1', '2026年主要目标任务分解表', '序号', '目标任务', '责任单位', '1', '地区生产总值增长6%左右。', '县发改局',
      '2', '一般公共预算收入增长5%。', '县财政局', '附件2', '2026年重点工作任务分解表', '序号', '重点工作', '牵头单位', '配合单位'].join('\n');
    expect(importBreakdown({ kind: 'text', text }).tasks.map((t) => [t.task, t.leadUnits])).toEqual([
      ['地区生产总值增长6%左右。', ['县发改局']],
      ['一般公共预算收入增长5%。', ['县财政局']],
    ]);
  });
});
