import { importBreakdown } from '../../../src/core/import';
import { splitSpacedCells } from '../../../src/core/import/spaced-cells';
import { splitUnitList } from '../../../src/core/import/unit-cells';
import { narrowName } from '../../../src/core/import/narrow-name';
import { readCellPerLine } from '../../../src/core/import/read-cell-per-line';

/**
 * Tables given as page text or copied text whose layouts the importer missed (blind rounds 6 and
 * 7, branch pagetext). Wordings and layouts of our own.
 */

const read = (text: string) => importBreakdown({ kind: 'text', text }).tasks
  .map((t) => [t.task, t.leadUnits, t.coUnits]);

describe('page text one cell a line, a unit named with its other name in brackets', () => {
  it('reads `各乡镇政府（街道办事处）` as a unit, not a misfit line', () => {
    const text = ['2025年重点工作分解表', '序号', '工作举措', '牵头单位', '配合单位', '分管领导',
      '1', '推进高标准农田建设，新建农田2万亩。', '县农业农村局', '县财政局、各乡镇政府（街道办事处）',
      '2', '实施城区供水管网改造工程。', '县水务局', '县住建局（人防办）', '李 明',
      '3', '开展企业服务月活动。', '县工信局', '县商务局', '王 强'].join('\n');
    expect(read(text)).toEqual([
      ['推进高标准农田建设，新建农田2万亩。', ['县农业农村局'], ['县财政局', '各乡镇政府（街道办事处）']],
      ['实施城区供水管网改造工程。', ['县水务局'], ['县住建局（人防办）']],
      ['开展企业服务月活动。', ['县工信局'], ['县商务局']],
    ]);
  });
});

describe('page text with cells separated by single spaces, a text column after the units', () => {
  it('splits text / unit / text, and keeps the last column of a header written on one line', () => {
    const text = ['某区2024年目标任务上半年落实情况表', '序号 目标任务 责任单位 上半年工作进展',
      '一、主要指标',
      '1 城镇新增就业5000人。 区人社局 已新增就业4100人。',
      '2 粮食播种面积稳定在12万亩。 区农业农村局',
      '区粮食和物资储备中心',
      '已完成全年播种面积。',
      '3 外贸进出口总额增长5%。 区商务局 进出口总额同比增长3.2%。'].join('\n');
    const tasks = importBreakdown({ kind: 'text', text }).tasks;
    expect(tasks.map((t) => [t.task, t.leadUnits, t.coUnits])).toEqual([
      ['城镇新增就业5000人。', ['区人社局'], []],
      ['粮食播种面积稳定在12万亩。', ['区农业农村局'], ['区粮食和物资储备中心']],
      ['外贸进出口总额增长5%。', ['区商务局'], []],
    ]);
    expect(tasks.map((t) => t.requirement)).toEqual(['上半年工作进展：已新增就业4100人。', '上半年工作进展：已完成全年播种面积。', '上半年工作进展：进出口总额同比增长3.2%。']);
  });
});

describe('splitSpacedCells with two text columns', () => {
  const columns = ['number', 'text', 'unit', 'text'] as const;
  it('splits two texts only with a unit between them', () => {
    expect(splitSpacedCells('4 新建公园3个。 区城管局 已完成2个。', columns)).toEqual(['4', '新建公园3个。', '区城管局', '已完成2个。']);
    expect(splitSpacedCells('4 新建公园3个。 已完成2个。', columns)).toEqual(['4', '新建公园3个。 已完成2个。']);
  });
});

// A web table whose first column is the lead, merged down and so narrow that its name stands one or
// two characters a line; the 责任单位 of the last rows one merged cell. Copied in a browser: a merged
// cell is in its first row only, a cell's `<br>`s are lines of their own.
describe('tab text copied from a table led by a narrow, merged unit column', () => {
  const text = ['2012年目标任务分解', '牵头单位\t目标任务\t责任单位',
    '县财\n政局\t一般公共预算收入增长8%\t县税务局、经开区、各乡镇',
    '盘活存量资产，压减一般性支出\t县直各单位、经开区、城东区',
    '县\n住\n建\n局\t完成棚户区改造1200户\t县自然资源局、城东区、城西区',
    '新建口袋公园5个',
    '改造老旧小区燃气管网30公里'].join('\n');

  it('reads each task with its lead, the rows lacking merged cells taking them from above', () => {
    expect(read(text)).toEqual([
      ['一般公共预算收入增长8%', ['县财政局'], ['县税务局', '经开区', '各乡镇']],
      ['盘活存量资产，压减一般性支出', ['县财政局'], ['县直各单位', '经开区', '城东区']],
      ['完成棚户区改造1200户', ['县住建局'], ['县自然资源局', '城东区', '城西区']],
      ['新建口袋公园5个', ['县住建局'], ['县自然资源局', '城东区', '城西区']],
      ['改造老旧小区燃气管网30公里', ['县住建局'], ['县自然资源局', '城东区', '城西区']],
    ]);
  });
});

describe('narrowName', () => {
  it('joins a unit written one or two characters a line, not units one a line', () => {
    expect(narrowName(['市政', '府办', '公厅'])).toBe('市政府办公厅');
    expect(narrowName(['县', '审', '计', '局'])).toBe('县审计局');
    expect(narrowName(['滨江', '新城', '管委会'])).toBe('滨江新城管委会');
    expect(narrowName(['团委', '妇联'])).toBeNull();
    expect(narrowName(['（一）', '持续', '推进'])).toBeNull();
  });
});

// The same kind of table as a page store writes it: a row's cells one after another, each cell
// after the first opened by `|`, a `|` alone closing the row.
describe('page text whose rows close with a `|` line and whose cells open with `|`', () => {
  const text = ['责任单位', '| 工作内容', '| 协办单位', '|',
    '区', '教', '育', '局', '| 新增公办学位2000个', '| 区发改局、高新区、北湖区', '|',
    '推进集团化办学，组建教育集团3个', '| 区人社局、北湖区', '|',
    '区卫', '健委', '| 建成社区卫生服务中心2个', '| 区住建局、南湖区', '|',
    '新增家庭医生签约3万人', '|'].join('\n');

  it('reads it as the browser copy of the table', () => {
    expect(read(text)).toEqual([
      ['新增公办学位2000个', ['区教育局'], ['区发改局', '高新区', '北湖区']],
      ['推进集团化办学，组建教育集团3个', ['区教育局'], ['区人社局', '北湖区']],
      ['建成社区卫生服务中心2个', ['区卫健委'], ['区住建局', '南湖区']],
      ['新增家庭医生签约3万人', ['区卫健委'], ['区住建局', '南湖区']],
    ]);
  });
});

// A web page's table as page text one paragraph a line, blank lines between: header cells of two
// paragraphs (`责任` / `科室`, `推进计划` / `第三季度`), a column of persons, a task named after towns.
describe('page text one paragraph a line under a header of two-paragraph cells', () => {
  const text = ['某镇2025年重点工作三季度推进表', '序号', '重点任务', '分管', '领导', '责任', '科室', '年度目标', '任务',
    '推进计划', '第三季度', '进展情况',
    '1', '污水管网提标改造', '陈立新', '城建办', '完成主干管网改造8公里。', '完成管网铺设3公里。', '已铺设2.5公里。',
    '2', '特色小城镇', '周海涛', '农业农村办', '创建省级特色小城镇。', '完成创建材料报送。', '材料已报送。'].join('\n\n');

  it('joins each name\'s paragraphs, not as a PDF\'s cut names, and reads the rows', () => {
    expect(read(text)).toEqual([
      ['污水管网提标改造', ['城建办'], []],
      ['特色小城镇', ['农业农村办'], []],
    ]);
  });

  it('keeps `序号` and a name after it two names', () => {
    const table = readCellPerLine(['序号', '事项', '牵头单位', '1', '新建公园3个。', '区城管局', '2', '改造老旧小区10个。', '区住建局'].join('\n\n'));
    expect(table?.rows[0].cells).toEqual(['序号', '事项', '牵头单位']);
  });
});

// Page text with cells separated by single spaces under a header of two text columns side by side
// (主要任务 / 具体措施), a category cell wrapped (a space inside) and left blank under its merge (two spaces).
describe('page text with single spaces between cells, two text columns side by side', () => {
  const text = ['某县推进林长制工作任务分解表', '序号 类别 主要任务 具体措施 牵头单位 配合单位',
    '1 加强森林资源 保护 严格林地用途管控 落实林地定额管理,严控征占用林地,到2025年森林覆盖率达到62%。 县林业局 县自然资源局、县发改委',
    '2  强化 森林防火 健全县乡村三级防火责任体系,完善防火设施。 县林业局 县应急管理局、各乡镇'].join('\n');

  it('reads a line of a cell for each column as a whole row', () => {
    const tasks = importBreakdown({ kind: 'text', text }, { planYear: 2021 }).tasks;
    expect(tasks.map((t) => [t.task, t.requirement, t.leadUnits, t.coUnits, t.deadline.due])).toEqual([
      ['严格林地用途管控', '落实林地定额管理,严控征占用林地,到2025年森林覆盖率达到62%。', ['县林业局'], ['县自然资源局', '县发改委'], '2025-12-31'],
      ['强化 森林防火', '健全县乡村三级防火责任体系,完善防火设施。', ['县林业局'], ['县应急管理局', '各乡镇'], null],
    ]);
  });
});

describe('two unit names run together across a lost line break', () => {
  it('splits a name ending in 社 from the one before', () => {
    expect(splitUnitList('县水利局县供销合作社、县农业农村局')).toEqual(['县水利局', '县供销合作社', '县农业农村局']);
    expect(splitUnitList('县供销合作社')).toEqual(['县供销合作社']);
  });
});
