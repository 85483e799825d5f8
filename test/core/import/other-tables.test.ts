import { importBreakdown } from '../../../src/core/import';
import type { Task } from '../../../src/core/ledger/task';

/** Compact view of tasks for exact assertions. */
function view(tasks: Task[]) {
  return tasks.map((t) => ({
    id: t.id,
    category: `${t.category.no} ${t.category.title}`,
    ...(t.subcategory ? { sub: `${t.subcategory.no} ${t.subcategory.title}` } : {}),
    task: t.task,
    ...(t.requirement !== undefined ? { requirement: t.requirement } : {}),
    lead: t.leadUnits,
    co: t.coUnits,
    deadline: [t.deadline.text, t.deadline.kind, t.deadline.due],
  }));
}

describe('tables other offices send', () => {
  it('reads a |-separated table with every column, in another order', () => {
    const text = [
      '# 2025年某县营商环境优化重点任务清单',
      '',
      '| 完成时限 | 牵头单位 | 工作任务 | 序号 | 配合单位 | 具体要求 | 类别 |',
      '|---|---|---|---|---|---|---|',
      '| 6月底前 | 县发改委 | 压缩企业开办时间 | 1 | 县市场监管局、县税务局 | 企业开办1个工作日内办结。 | 一、政务服务 |',
      '| 年底前 | 县行政审批局 | 推行“一件事一次办” | 2 | 县直各相关单位 | 年内上线20项。 |  |',
      '| 每季度 | 县财政局 | 清理拖欠企业账款 | 3 | / | 每季度末报送进展。 | 二、要素保障 |',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.planYear).toBe(2025);
    expect(result.title).toBe('2025年某县营商环境优化重点任务清单');
    expect(view(result.tasks)).toEqual([
      { id: '1-01', category: '1 政务服务', task: '压缩企业开办时间', requirement: '企业开办1个工作日内办结。', lead: ['县发改委'], co: ['县市场监管局', '县税务局'], deadline: ['6月底前', 'date', '2025-06-30'] },
      { id: '1-02', category: '1 政务服务', task: '推行“一件事一次办”', requirement: '年内上线20项。', lead: ['县行政审批局'], co: ['县直各相关单位'], deadline: ['年底前', 'date', '2025-12-31'] },
      { id: '2-01', category: '2 要素保障', task: '清理拖欠企业账款', requirement: '每季度末报送进展。', lead: ['县财政局'], co: [], deadline: ['每季度', 'recurring', null] },
    ]);
    expect(result.findings.map((f) => [f.code, f.taskId, f.field, f.row])).toEqual([['unit.group', '1-02', 'coUnits', 6]]);
  });

  it('reads tab text copied from Excel with only 责任单位: the first unit leads, and says so', () => {
    const text = [
      '2024年市场监管工作任务分解表',
      '序号\t工作任务\t具体要求\t责任单位\t完成时限',
      '1\t开展食品安全专项整治\t"覆盖全部学校食堂；',
      '发现问题限期整改。"\t区市场监管局、区教体局\t9月30日前',
      '2\t推进信用监管\t建立企业信用档案。\t区市场监管局\t下半年',
    ].join('\r\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(view(result.tasks)).toEqual([
      { id: '0-01', category: '0 ', task: '开展食品安全专项整治', requirement: '覆盖全部学校食堂；\n发现问题限期整改。', lead: ['区市场监管局'], co: ['区教体局'], deadline: ['9月30日前', 'date', '2024-09-30'] },
      { id: '0-02', category: '0 ', task: '推进信用监管', requirement: '建立企业信用档案。', lead: ['区市场监管局'], co: [], deadline: ['下半年', 'date', '2024-12-31'] },
    ]);
    expect(result.findings).toEqual([{
      level: 'info', code: 'import.lead-by-convention', field: 'leadUnits',
      message: '本表没有“牵头单位”列，按惯例把“责任单位”中排在第一位的单位作为牵头单位，其余作为配合单位',
      suggestion: '如牵头单位不是排在第一位的单位，请在台账中改正',
    }]);
  });

  it('understands X牵头，Y配合 and 牵头单位：X；责任单位：Y in the unit cell', () => {
    const text = [
      '2024年工作要点任务分解表',
      '重点任务\t责任单位\t时间节点',
      '推进数字政府建设\t区大数据管理中心牵头，区政府办、区财政局配合\t年底前',
      '完善统计制度\t牵头单位：区统计局；责任单位：区发改委、区财政局\t持续推进',
      '规范政务公开\t区政府办（牵头）、区司法局\t长期坚持',
      '加强审计监督\t区审计局牵头\t12月31日前',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.id, t.leadUnits, t.coUnits])).toEqual([
      ['0-01', ['区大数据管理中心'], ['区政府办', '区财政局']],
      ['0-02', ['区统计局'], ['区发改委', '区财政局']],
      ['0-03', ['区政府办'], ['区司法局']],
      ['0-04', ['区审计局'], []],
    ]);
    expect(result.findings.filter((f) => f.code === 'import.lead-by-convention')).toEqual([]);
  });

  it('keeps （一） subsections under 一、 sections, given as rows of their own', () => {
    const text = [
      '2024年全县安全生产工作任务清单',
      '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
      '一、强化责任落实',
      '（一）压实部门责任',
      '1\t修订安全生产责任清单。\t县应急管理局\t各乡镇（街道）\t3月底前',
      '2\t开展责任落实督查。\t县应急管理局\t\t每半年',
      '（二）压实企业责任',
      '3\t督促企业开展自查。\t县应急管理局\t县工信局、县工信局\t持续推进',
      '二、深化专项整治',
      '4\t开展燃气安全整治。\t县住建局\t县市场监管局\t上半年',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(view(result.tasks)).toEqual([
      { id: '1-01', category: '1 强化责任落实', sub: '1 压实部门责任', task: '修订安全生产责任清单。', lead: ['县应急管理局'], co: ['各乡镇（街道）'], deadline: ['3月底前', 'date', '2024-03-31'] },
      { id: '1-02', category: '1 强化责任落实', sub: '1 压实部门责任', task: '开展责任落实督查。', lead: ['县应急管理局'], co: [], deadline: ['每半年', 'recurring', null] },
      { id: '1-03', category: '1 强化责任落实', sub: '2 压实企业责任', task: '督促企业开展自查。', lead: ['县应急管理局'], co: ['县工信局', '县工信局'], deadline: ['持续推进', 'ongoing', null] },
      { id: '2-01', category: '2 深化专项整治', task: '开展燃气安全整治。', lead: ['县住建局'], co: ['县市场监管局'], deadline: ['上半年', 'date', '2024-06-30'] },
    ]);
    expect(result.findings.map((f) => [f.code, f.taskId, f.field])).toEqual([
      ['unit.group', '1-01', 'coUnits'],
      ['unit.duplicate', '1-03', 'coUnits'],
    ]);
  });

  it('uses （一） headings as sections when the table has no 一、 headings', () => {
    const grid = [
      ['2024年教育工作任务分解表', '', ''],
      ['主要任务', '牵头部门', '完成时间'],
      ['（一）办好人民满意教育', '', ''],
      ['扩大优质学位供给。', '区教体局', '8月底前'],
      ['（二）加强教师队伍建设', '', ''],
      ['开展教师培训。', '区教体局', '11月'],
    ];
    const result = importBreakdown({ kind: 'grid', rows: grid });
    expect(view(result.tasks)).toEqual([
      { id: '1-01', category: '1 办好人民满意教育', task: '扩大优质学位供给。', lead: ['区教体局'], co: [], deadline: ['8月底前', 'date', '2024-08-31'] },
      { id: '2-01', category: '2 加强教师队伍建设', task: '开展教师培训。', lead: ['区教体局'], co: [], deadline: ['11月', 'date', '2024-11-30'] },
    ]);
  });

  it('numbers unnumbered categories of a merged 类别 column in order', () => {
    const grid = [
      ['板块', '工作任务', '牵头单位', '完成时限'],
      ['信息公开', '公开财政预决算。', '区财政局', '年底前'],
      ['', '公开重大项目进展。', '区发改委', '持续推进'],
      ['政策解读', '发布政策解读。', '区政府办', '持续推进'],
    ];
    const result = importBreakdown({ kind: 'grid', rows: grid }, { planYear: 2024 });
    expect(result.tasks.map((t) => [t.id, t.category])).toEqual([
      ['1-01', { no: 1, title: '信息公开' }],
      ['1-02', { no: 1, title: '信息公开' }],
      ['2-01', { no: 2, title: '政策解读' }],
    ]);
  });

  it('reads sections numbered in the 序号 column and, under a task cell merged over rows, each row as a task', () => {
    const grid = [
      ['2024年重点工作任务分解表', '', '', '', ''],
      ['序号', '工作任务', '工作措施', '牵头单位', '完成时限'],
      ['一', '优化营商环境', '', '', ''],
      ['1', '深化“放管服”改革', '精简审批事项。', '区行政审批局', '6月底前'],
      ['', '', '推行告知承诺制。', '区司法局', '9月底前'],
      ['二', '扩大有效投资', '', '', ''],
      ['2', '抓好项目建设', '开工项目30个。', '区发改委', '年底前'],
    ];
    const result = importBreakdown({ kind: 'grid', rows: grid });
    expect(view(result.tasks)).toEqual([
      // 工作任务 merged over its 工作措施 rows: each measure is a task, in the subsection the merged cell names.
      { id: '1-01', category: '1 优化营商环境', sub: '0 深化“放管服”改革', task: '精简审批事项。', requirement: '', lead: ['区行政审批局'], co: [], deadline: ['6月底前', 'date', '2024-06-30'] },
      { id: '1-02', category: '1 优化营商环境', sub: '0 深化“放管服”改革', task: '推行告知承诺制。', requirement: '', lead: ['区司法局'], co: [], deadline: ['9月底前', 'date', '2024-09-30'] },
      { id: '2-01', category: '2 扩大有效投资', sub: '0 抓好项目建设', task: '开工项目30个。', requirement: '', lead: ['区发改委'], co: [], deadline: ['年底前', 'date', '2024-12-31'] },
    ]);
  });

  it('joins a task cut mid-sentence even without a repeated header, but not a finished one', () => {
    const text = [
      '2024年工作任务分解表',
      '工作任务\t牵头单位\t完成时限',
      '建立健全政务公开制度。\t区政府办\t年底前',
      '推动各单位在门户网站开设专栏，及时发布\t区政府办\t持续推进',
      '政策文件和解读材料。\t\t',
      '做好依申请公开工作。\t\t',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.id, t.task, t.leadUnits, t.deadline.text])).toEqual([
      ['0-01', '建立健全政务公开制度。', ['区政府办'], '年底前'],
      ['0-02', '推动各单位在门户网站开设专栏，及时发布政策文件和解读材料。', ['区政府办'], '持续推进'],
      ['0-03', '做好依申请公开工作。', [], ''],
    ]);
    expect(result.findings.map((f) => [f.code, f.taskId])).toEqual([['unit.lead-missing', '0-03'], ['deadline.missing', '0-03']]);
  });

  it('takes a table with category rows spanning the table, and notes below it', () => {
    const grid = [
      ['工作类别', '工作任务', '牵头单位', '完成时限'],
      ['一、聚焦重点领域', '', '', ''],
      ['', '公开重点领域信息。', '区政府办', '持续推进'],
      ['注：各单位每季度末报送进展。', '', '', ''],
    ];
    const result = importBreakdown({ kind: 'grid', rows: grid }, { planYear: 2024 });
    expect(result.tasks.map((t) => [t.id, t.category.title, t.task])).toEqual([['1-01', '聚焦重点领域', '公开重点领域信息。']]);
    expect(result.notes).toEqual(['第 4 行是表注：注：各单位每季度末报送进展。']);
  });
});

describe('a section heading written above its own table, before the header', () => {
  it('opens that section for the first table’s tasks instead of joining the title', () => {
    const text = [
      '2024年某区政务公开工作任务分解表',
      '一、聚焦高质量发展推进信息公开',
      '工作任务\t牵头单位\t完成时限',
      '公开财政预算。\t区财政局\t6月底前',
      '二、加强政策解读',
      '工作任务\t牵头单位\t完成时限',
      '解读重要政策。\t区政府办\t持续推进',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.title).toBe('2024年某区政务公开工作任务分解表');
    expect(result.planYear).toBe(2024);
    expect(view(result.tasks)).toEqual([
      { id: '1-01', category: '1 聚焦高质量发展推进信息公开', task: '公开财政预算。', lead: ['区财政局'], co: [], deadline: ['6月底前', 'date', '2024-06-30'] },
      { id: '2-01', category: '2 加强政策解读', task: '解读重要政策。', lead: ['区政府办'], co: [], deadline: ['持续推进', 'ongoing', null] },
    ]);
  });

  it('leaves a heading of the notice above a table that numbers its own sections out of the sections', () => {
    const text = [
      '2024年某区政务公开工作要点',
      '三、任务分解',
      '工作任务\t牵头单位\t完成时限',
      '一、聚焦高质量发展推进信息公开',
      '公开财政预算。\t区财政局\t6月底前',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(view(result.tasks).map((t) => [t.id, t.category])).toEqual([['1-01', '1 聚焦高质量发展推进信息公开']]);
  });
});

describe('header cells that span several columns, and PDF damage', () => {
  it('finds sections, subsections and numbers under 工作任务 and 具体要求 spanning two columns each', () => {
    const text = [
      '某市2023年政务公开任务分解责任清单',
      '工作任务\t\t具体要求\t\t责任单位\t时限要求',
      '一、以公开助力稳增长。\t（一）加强市场主体信息公开。\t1\t公开涉企政策文件。\t市发改委牵头，市商务局配合\t持续推进',
      '\t\t2\t公开惠企政策清单。\t市商务局\t6月底前',
      '\t（二）加强投资信息公开。\t3\t公开重大项目信息。\t市发改委、市住建局负责落实\t年底前',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(view(result.tasks)).toEqual([
      { id: '1-01', category: '1 以公开助力稳增长', sub: '1 加强市场主体信息公开', task: '公开涉企政策文件。', lead: ['市发改委'], co: ['市商务局'], deadline: ['持续推进', 'ongoing', null] },
      { id: '1-02', category: '1 以公开助力稳增长', sub: '1 加强市场主体信息公开', task: '公开惠企政策清单。', lead: ['市商务局'], co: [], deadline: ['6月底前', 'date', '2023-06-30'] },
      { id: '1-03', category: '1 以公开助力稳增长', sub: '2 加强投资信息公开', task: '公开重大项目信息。', lead: ['市发改委'], co: ['市住建局'], deadline: ['年底前', 'date', '2023-12-31'] },
    ]);
  });

  it('keeps a short 工作任务 heading as the task and the numbered 具体要求 text as its requirement', () => {
    const text = [
      '2023年政务公开重点任务清单',
      '工作任务\t具体要求\t\t责任科室\t时限要求',
      '规范公开专栏\t1\t及时更新专栏内容。\t办公室\t年底前',
      '加强政策解读\t2\t提升解读质量。\t业务科\t持续推进',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.task, t.requirement, t.leadUnits])).toEqual([
      ['规范公开专栏', '及时更新专栏内容。', ['办公室']],
      ['加强政策解读', '提升解读质量。', ['业务科']],
    ]);
  });

  it('ignores page numbers and a person column, and joins a unit list cut with its task', () => {
    const text = [
      '2024年县重点工作责任分解',
      '序号\t主要任务\t责任领导\t责任单位\t完成时间',
      '1\t推动工业技术改造，工业技改投资增\t张××\t县工信局、县发改委、\t三季度末',
      '\t长10%以上。\t\t县财政局\t',
      '',
      '－ 2 －',
      '',
      '序号\t主要任务\t责任领导\t责任单位\t完成时间',
      '2\t新增就业3000人。\t李××\t县人社局\t6月底前',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.id, t.task, t.leadUnits, t.coUnits, t.deadline.text])).toEqual([
      ['0-01', '推动工业技术改造，工业技改投资增长10%以上。', ['县工信局'], ['县发改委', '县财政局'], '三季度末'],
      ['0-02', '新增就业3000人。', ['县人社局'], [], '6月底前'],
    ]);
    expect(result.notes).toEqual([]);
  });
});

describe('text laid out with spaces (pdftotext -layout, a PDF viewer’s copy)', () => {
  it('places each piece under the header it starts nearest, wrapped lines and repeated headers included', () => {
    const text = [
      '               2024年某区政务公开工作任务分解表',
      '',
      '  序号   工作任务                                   牵头单位              完成时限',
      '  一、加强政策解读',
      '  1      坚持政策解读材料与政策文件同步起草、       区政府办、区司法局    持续推进',
      '         同步审签、同步发布。',
      '  2      开展政策解读评价。                         区政府办              年底前',
      '',
      '                                   － 2 －',
      '  序号   工作任务                                   牵头单位              完成时限',
      '  二、规范平台建设',
      '  3      规范政府网站信息公开专栏。                 区大数据管理中心      8月底前',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.title).toBe('2024年某区政务公开工作任务分解表');
    expect(view(result.tasks)).toEqual([
      { id: '1-01', category: '1 加强政策解读', task: '坚持政策解读材料与政策文件同步起草、同步审签、同步发布。', lead: ['区政府办', '区司法局'], co: [], deadline: ['持续推进', 'ongoing', null] },
      { id: '1-02', category: '1 加强政策解读', task: '开展政策解读评价。', lead: ['区政府办'], co: [], deadline: ['年底前', 'date', '2024-12-31'] },
      { id: '2-01', category: '2 规范平台建设', task: '规范政府网站信息公开专栏。', lead: ['区大数据管理中心'], co: [], deadline: ['8月底前', 'date', '2024-08-31'] },
    ]);
    expect(result.notes).toEqual([]);
  });
});

describe('what stops an import', () => {
  it('reports a missing header row', () => {
    const result = importBreakdown({ kind: 'text', text: '2024年工作总结\n今年完成了很多工作。' }, { file: 'a.txt' });
    expect(result.tasks).toEqual([]);
    expect(result.findings).toEqual([{
      level: 'error', code: 'import.no-header', field: 'file', file: 'a.txt',
      message: '没有找到表头行：应有“工作任务”（或“任务内容”“主要任务”“重点任务”）及“牵头单位”“完成时限”等列名',
      suggestion: '请确认文件中含有任务分解表，且表头写有列名',
    }]);
  });

  it('reports an empty input as no table', () => {
    expect(importBreakdown({ kind: 'grid', rows: [] }).findings.map((f) => f.code)).toEqual(['import.no-table']);
    expect(importBreakdown({ kind: 'docx', documentXml: '<w:document><w:body/></w:document>' }).findings.map((f) => f.code)).toEqual(['import.no-table']);
  });

  it('asks for the plan year when the document names none', () => {
    const text = '工作任务\t牵头单位\t完成时限\n公开财政预算。\t区财政局\t8月底前\n公开政策解读。\t区政府办\t持续推进';
    const result = importBreakdown({ kind: 'text', text });
    expect(result.planYear).toBeNull();
    expect(result.findings).toEqual([{
      level: 'error', code: 'import.no-plan-year', field: 'file',
      message: '未能从文件中读出计划年度（如“2024年……任务分解表”）', suggestion: '请用 --year 指定计划年度，如 --year 2024',
    }]);
    expect(result.tasks.map((t) => t.deadline)).toEqual([
      { kind: 'unknown', text: '8月底前', due: null },
      { kind: 'ongoing', text: '持续推进', due: null },
    ]);
    expect(importBreakdown({ kind: 'text', text }, { planYear: 2024 }).tasks[0].deadline).toEqual({ kind: 'date', text: '8月底前', due: '2024-08-31' });
  });
});
