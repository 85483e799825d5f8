import { importBreakdown, readUnitCells, splitUnitList } from '../../../src/core/import';

describe('splitUnitList', () => {
  it.each([
    ['区政府办、区财政局', ['区政府办', '区财政局']],
    ['区政府办，区财政局,区税务局；区统计局;区审计局', ['区政府办', '区财政局', '区税务局', '区统计局', '区审计局']],
    ['区政府办\n区财政局\r\n 区税务局', ['区政府办', '区财政局', '区税务局']],
    ['区政府办  区财政局', ['区政府办', '区财政局']],
    ['区 政府办', ['区政府办']],
    ['区政府办、', ['区政府办']],
    ['区财政局等', ['区财政局']],
    ['区财政局等单位', ['区财政局', '等单位']],
    ['市政府各部门，各县（市、区）政府', ['市政府各部门', '各县（市、区）政府']],
    ['市商务局、市税务局等市有关单位，县（市、区）政府', ['市商务局', '市税务局', '等市有关单位', '县（市、区）政府']],
    ['市政府各有关部门，各县市区人民政府、功能区管委会负责落实', ['市政府各有关部门', '各县市区人民政府', '功能区管委会']],
    ['区高等职业学校', ['区高等职业学校']],
    ['区财政局、区税务局按职责分工负责', ['区财政局', '区税务局']],
    // Places listed before one name whose ending they share (dev round 7p).
    ['甲市、乙州、丙县住房城乡建设部门', ['甲市住房城乡建设部门', '乙州住房城乡建设部门', '丙县住房城乡建设部门']],
    ['各县、市、区人民政府', ['各县人民政府', '各市人民政府', '各区人民政府']],
    ['县商务局，各州、市人民政府配合', ['县商务局', '各州人民政府', '各市人民政府']],
    ['东城区、西城区政府', ['东城区政府', '西城区政府']],
    ['各区、县级市', ['各区', '县级市']],
    ['各乡镇、县直各部门', ['各乡镇', '县直各部门']],
    ['甲市、乙市城市管理局', ['甲市城市管理局', '乙市城市管理局']],
    // A bracket right after the last place qualifies that place only (dev round 8p).
    ['各区、县（市）人民政府', ['各区人民政府', '各县（市）人民政府']],
    ['甲县、乙旗(区)农牧局', ['甲县农牧局', '乙旗(区)农牧局']],
    // Two names written without a separator (a line break lost from the cell).
    ['市行政审批局市司法局', ['市行政审批局', '市司法局']],
    ['县委办县政府办、县财政局', ['县委办', '县政府办', '县财政局']],
    ['区委宣传部区文明办', ['区委宣传部', '区文明办']],
    // Dev round 9t: a name, then a group opening with 各, a PDF cell's line break lost between them.
    ['市交通局各区县政府', ['市交通局', '各区县政府']],
    ['区民政局各街道', ['区民政局', '各街道']],
    ['县卫健委各有关单位', ['县卫健委', '各有关单位']],
    ['区各界联合会', ['区各界联合会']],
    ['市市场监管局', ['市市场监管局']],
    ['市发展和改革委员会', ['市发展和改革委员会']],
    ['区商务局市场运行科', ['区商务局市场运行科']],
    ['各县市区人民政府', ['各县市区人民政府']],
    // Names broken by stray spaces (text from a Word file): a part that ends no name, or a lone ending, is no name of its own (dev round 8p).
    ['县 住建局 、交通运输 局、 文广旅 体局', ['县住建局', '交通运输局', '文广旅体局']],
    ['各乡镇政府、某某 山管委 会', ['各乡镇政府', '某某山管委会']],
    ['相关部门 工会', ['相关部门', '工会']],
    // A cell wrapped at a narrow width: a name cut where the line ends is one name; names one a line stay apart.
    ['区市场\n监管局', ['区市场监管局']],
    ['区住建局、区财\n政局、区自然资\n源局', ['区住建局', '区财政局', '区自然资源局']],
    ['区发展改\n革局\n区统计局', ['区发展改革局', '区统计局']],
    ['经开区\n高新区\n各街道（园区）\n区文旅局', ['经开区', '高新区', '各街道（园区）', '区文旅局']],
    // Two whole names joined by 和/及/与; a conjunction inside one name stays.
    ['市教育局和市人社局', ['市教育局', '市人社局']],
    ['区委办及区政府办、区财政局', ['区委办', '区政府办', '区财政局']],
    ['县卫健委与各乡镇', ['县卫健委', '各乡镇']],
    ['县人力资源和社会保障局', ['县人力资源和社会保障局']],
    ['市经济和信息化委员会及市科技局', ['市经济和信息化委员会', '市科技局']],
    ['县供销社及下属企业', ['县供销社及下属企业']],
    ['县直各单位 各乡镇', ['县直各单位', '各乡镇']],
    ['区教育局 区卫健委', ['区教育局', '区卫健委']],
    // An editorial note closing the list is no unit.
    ['财政局、发改局、工商联(列第一位者为牵头或汇总单位,下同)', ['财政局', '发改局', '工商联']],
    ['区财政局、区税务局（排名第一的为牵头单位）', ['区财政局', '区税务局']],
    ['各县（市、区）政府（管委会）', ['各县（市、区）政府（管委会）']],
    ['/', []],
    ['／', []],
    // A slash between units lists them too.
    ['县卫健委/县医保局', ['县卫健委', '县医保局']],
    ['县卫健委／县医保局、各乡镇', ['县卫健委', '县医保局', '各乡镇']],
    // `及` between two whole names joins two lists; inside a name, or before `其`, it does not.
    ['县农业农村局及各乡镇人民政府', ['县农业农村局', '各乡镇人民政府']],
    ['各市、州政府及兰新区管委会', ['各市政府', '各州政府', '兰新区管委会']],
    ['区卫健委、区医保局及各相关单位', ['区卫健委', '区医保局', '各相关单位']],
    ['区文化及旅游发展局', ['区文化及旅游发展局']],
    ['市政府及其所属部门', ['市政府及其所属部门']],
    ['无', []],
    ['—', []],
    ['', []],
    ['  ', []],
  ])('%j', (cell, expected) => {
    expect(splitUnitList(cell)).toEqual(expected);
  });
});

describe('splitUnitList: a cell of a column so narrow a name stands a few characters a line', () => {
  it.each([
    ['县发\n改委', ['县发改委']],
    ['区住\n建局', ['区住建局']],
    ['市教\n育局', ['市教育局']],
  ])('%j is one name', (cell, names) => {
    expect(splitUnitList(cell)).toEqual(names);
  });

  it('keeps names of their own one a line apart', () => {
    expect(splitUnitList('团委\n妇联')).toEqual(['团委', '妇联']);
    expect(splitUnitList('县财政局\n县税务局')).toEqual(['县财政局', '县税务局']);
  });

  it('reads a 股 (a county bureau\'s section) as a whole name: the names a line each are a list', () => {
    expect(splitUnitList('财务股\n县会计核算中心')).toEqual(['财务股', '县会计核算中心']);
    expect(splitUnitList('教研股\n电教馆\n县教师进修学校')).toEqual(['教研股', '电教馆', '县教师进修学校']);
    expect(splitUnitList('规划股\n城建监察大队')).toEqual(['规划股', '城建监察大队']);
  });

  it('keeps a holding company\'s name whole (控股 ends no unit)', () => {
    expect(splitUnitList('县城投控股\n集团')).toEqual(['县城投控股集团']);
  });
});

describe('splitUnitList: a name with its other name in brackets on the next line or after a space', () => {
  it.each([
    ['县农业局\n（县委农办）', ['县农业局（县委农办）']],
    ['市编办\n（市审改\n办）', ['市编办（市审改办）']],
    ['县民政局\n(县老龄办)\n县财政局', ['县民政局(县老龄办)', '县财政局']],
    ['县农业局 （县委农办）、县水利局', ['县农业局（县委农办）', '县水利局']],
  ])('%j: the bracket stays with its name', (cell, names) => {
    expect(splitUnitList(cell)).toEqual(names);
  });

  it('leads as one unit from a 牵头单位 cell', () => {
    expect(readUnitCells('市农业局\n（市委农办）', '市直各相关部门', true).leadUnits).toEqual(['市农业局（市委农办）']);
  });
});

describe('readUnitCells', () => {
  it('splits the lead and co cells of a table with both columns', () => {
    expect(readUnitCells('区政府办、区财政局', '区税务局', true)).toEqual({ leadUnits: ['区政府办', '区财政局'], coUnits: ['区税务局'], leadByConvention: false });
  });

  it('lets the first unit beside an empty 牵头单位 cell lead (the units answering for the row)', () => {
    expect(readUnitCells('', '县直有关部门，各镇人民政府、县属企业', true, null, true)).toEqual({
      leadUnits: ['县直有关部门'], coUnits: ['各镇人民政府', '县属企业'], leadByConvention: false, leadFromCoCell: true,
    });
    expect(readUnitCells(' ', '县档案馆', true, null, true)).toEqual({ leadUnits: ['县档案馆'], coUnits: [], leadByConvention: false, leadFromCoCell: true });
    expect(readUnitCells('', '', true, null, true)).toEqual({ leadUnits: [], coUnits: [], leadByConvention: false });
    expect(readUnitCells('／', '县档案馆', true, null, true).leadUnits).toEqual(['县档案馆']);
    // Units that only help (a 配合单位 column) never lead.
    expect(readUnitCells('', '县档案馆', true)).toEqual({ leadUnits: [], coUnits: ['县档案馆'], leadByConvention: false });
  });

  it.each([
    ['县民政局会同县财政局、县卫健局等相关部门，各乡镇', ['县民政局'], ['县财政局', '县卫健局', '等相关部门', '各乡镇']],
    ['县水利局牵头，县农业局配合', ['县水利局'], ['县农业局']],
    ['县委办、县政府办（牵头），各乡镇', ['县委办', '县政府办'], ['各乡镇']],
  ])('beside an empty 牵头单位 cell, %s: the lead the answering cell names leads', (co, leadUnits, coUnits) => {
    const read = readUnitCells('', co, true, null, true);
    expect(read).toMatchObject({ leadUnits, coUnits, leadFromCoCell: true });
  });

  it.each([
    ['区财政局牵头，区税务局、区人社局配合', ['区财政局'], ['区税务局', '区人社局']],
    ['区财政局牵头,区税务局参与', ['区财政局'], ['区税务局']],
    ['区财政局牵头；区税务局等配合', ['区财政局'], ['区税务局']],
    ['区财政局、区税务局牵头，各乡镇配合', ['区财政局', '区税务局'], ['各乡镇']],
    ['区审计局牵头', ['区审计局'], []],
    ['由区审计局牵头，区财政局按职责分工负责', ['区审计局'], ['区财政局']],
    ['区政府办牵头落实', ['区政府办'], []],
    ['牵头单位：区统计局；责任单位：区发改委、区财政局', ['区统计局'], ['区发改委', '区财政局']],
    ['牵头单位:区统计局\n配合单位:区发改委', ['区统计局'], ['区发改委']],
    ['牵头：区统计局；配合：区发改委', ['区统计局'], ['区发改委']],
    ['牵头单位：区统计局，配合单位：区发改委、区财政局，各街道', ['区统计局'], ['区发改委', '区财政局', '各街道']],
    ['牵头单位:区统计局,责任单位:区发改委', ['区统计局'], ['区发改委']],
    // Any phrase ending in a unit label (blind round 6); a person's label names no unit.
    ['牵头责任单位：区财政局；协同责任单位：区税务局、各街道', ['区财政局'], ['区税务局', '各街道']],
    ['责任领导：张三；牵头部门：区发改委，参与部门：区统计局', ['区发改委'], ['区统计局']],
    ['区政府办（牵头）、区司法局、区财政局', ['区政府办'], ['区司法局', '区财政局']],
    ['区政府办(牵头)，区司法局', ['区政府办'], ['区司法局']],
    ['牵头', [], []],
    ['（牵头）、区司法局', [], ['区司法局']],
  ])('%s', (cell, lead, co) => {
    expect(readUnitCells(cell, '', true)).toEqual({ leadUnits: lead, coUnits: co, leadByConvention: false });
  });

  it('reads a list closed by （牵头） as leading together, and says the mark may mean the last unit only', () => {
    expect(readUnitCells('市政府办、市司法局（牵头），市直有关单位', '', true)).toEqual({
      leadUnits: ['市政府办', '市司法局'], coUnits: ['市直有关单位'], leadByConvention: false,
      leadMarkScope: { list: ['市政府办', '市司法局'], marked: '市司法局' },
    });
    expect(readUnitCells('', '区委办、区政府办（牵头）', false)).toEqual({
      leadUnits: ['区委办', '区政府办'], coUnits: [], leadByConvention: false,
      leadMarkScope: { list: ['区委办', '区政府办'], marked: '区政府办' },
    });
    // The mark inside a list, or on a unit standing alone, is clear: that unit leads.
    expect(readUnitCells('区财政局、区税务局（牵头）、区人社局', '', true)).toEqual({ leadUnits: ['区税务局'], coUnits: ['区财政局', '区人社局'], leadByConvention: false });
    expect(readUnitCells('区财政局，区税务局（牵头）', '', true)).toEqual({ leadUnits: ['区税务局'], coUnits: ['区财政局'], leadByConvention: false });
    expect(readUnitCells('区财政局（牵头）、区税务局（牵头），区人社局', '', true)).toEqual({ leadUnits: ['区财政局', '区税务局'], coUnits: ['区人社局'], leadByConvention: false });
    expect(readUnitCells('各县（市、区）政府、市司法局（牵头）', '', true).leadUnits).toEqual(['各县（市、区）政府', '市司法局']);
  });

  // Issue 13: unit cells written as phrases; the verbs never become part of a unit.
  it.each([
    ['区司法局牵头，区直各有关单位落实；各镇（街）参照落实', ['区司法局'], ['区直各有关单位', '各镇（街）']],
    ['区政府办会同各有关单位', ['区政府办'], ['各有关单位']],
    ['区发改局会同区财政局、区统计局', ['区发改局'], ['区财政局', '区统计局']],
    // A department's short form, 会 for 会同 (blind round 11's 广东卫健 `宣传处会办公室`); not a name holding 会.
    ['法规处会综合科', ['法规处'], ['综合科']],
    ['财务室会各业务科室', ['财务室'], ['各业务科室']],
    ['区社会事务局', ['区社会事务局'], []],
    ['管委会办公室', ['管委会办公室'], []],
    ['人事处会计科', ['人事处会计科'], []],
    ['由区财政局负责', ['区财政局'], []],
    ['区司法局办理。', ['区司法局'], []],
    ['区委编办牵头，各镇（街）按职能分工落实', ['区委编办'], ['各镇（街）']],
    ['区司法局负责，区委组织部配合', ['区司法局'], ['区委组织部']],
    ['区司法局做好总结验收', ['区司法局'], []],
    ['市发改委、市住建局分别牵头落实', ['市发改委', '市住建局'], []],
    ['区司法局、区市场监管局等有关部门', ['区司法局'], ['区市场监管局', '等有关部门']],
    // `X为牵头单位，Y为配合单位` (wording variants, eighth batch)
    ['区教育局为牵头单位，区财政局、区人社局为配合单位', ['区教育局'], ['区财政局', '区人社局']],
    ['区教育局、区卫健委作为牵头部门，各街道作为参与部门', ['区教育局', '区卫健委'], ['各街道']],
  ])('a 责任单位 phrase: %s', (cell, lead, co) => {
    const read = readUnitCells('', cell, false);
    expect([read.leadUnits, read.coUnits]).toEqual([lead, co]);
  });

  it.each([
    ['区直各有关单位落实', ['区直各有关单位']],
    ['各镇（街）参照落实', ['各镇（街）']],
    ['区人社局、区医保局按职能分工落实', ['区人社局', '区医保局']],
    ['区委组织部配合', ['区委组织部']],
    ['区司法局办理。', ['区司法局']],
  ])('splitUnitList(%j) drops the verb', (cell, expected) => {
    expect(splitUnitList(cell)).toEqual(expected);
  });

  // Dev round 7t, beyond the corpus: the duty written in brackets after each unit.
  it.each([
    ['县住建局（牵头）、县财政局（配合）', ['县住建局'], ['县财政局']],
    ['县住建局(牵头),县财政局(参与)、县审计局(协办)', ['县住建局'], ['县财政局', '县审计局']],
  ])('a bracketed duty after a unit is no part of its name: %j', (cell, lead, co) => {
    const read = readUnitCells('', cell, false);
    expect([read.leadUnits, read.coUnits]).toEqual([lead, co]);
  });

  // Dev round 7t: the lead marked by a star written before its name (`★区发改委、统计局`), in a
  // 责任单位 column whose header says nothing of the mark; the unmarked units are co units.
  it.each([
    ['★县财政局、县税务局', ['县财政局'], ['县税务局']],
    ['县人社局、★县医保局、县民政局', ['县医保局'], ['县人社局', '县民政局']],
    ['*市水务局', ['市水务局'], []],
    ['＊市水务局、市住建局', ['市水务局'], ['市住建局']],
    ['★市教育局\n市体育局', ['市教育局'], ['市体育局']],
  ])('a star before the unit marks the lead: %j', (cell, lead, co) => {
    for (const read of [readUnitCells('', cell, false), readUnitCells(cell, '', true)]) {
      expect(read).toEqual({ leadUnits: lead, coUnits: co, leadByConvention: false });
    }
  });

  // Blind round 15: a site masking words of the page with a run of stars (`**市卫健委`, `县**局`): the
  // run is part of the name as published, no lead mark, so the list's first unit leads as usual.
  it.each([
    ['**市卫健委、县**局、***管理局按职责分工负责', ['**市卫健委'], ['县**局', '***管理局']],
    ['***教育局', ['***教育局'], []],
    ['市农业局、**市场监管局', ['市农业局'], ['**市场监管局']],
  ])('a run of stars masks words, no lead mark: %j', (cell, lead, co) => {
    expect(readUnitCells('', cell, false)).toEqual({ leadUnits: lead, coUnits: co, leadByConvention: true });
  });

  it('makes the first of a 责任单位 cell the lead when the table has no 牵头单位 column', () => {
    expect(readUnitCells('', '区市场监管局、区教体局、区卫健委', false)).toEqual({ leadUnits: ['区市场监管局'], coUnits: ['区教体局', '区卫健委'], leadByConvention: true });
    expect(readUnitCells('', '区卫健委牵头，区医保局配合', false)).toEqual({ leadUnits: ['区卫健委'], coUnits: ['区医保局'], leadByConvention: false });
    expect(readUnitCells('', '/', false)).toEqual({ leadUnits: [], coUnits: [], leadByConvention: false });
  });
});

describe('a table whose 牵头单位 cell is empty in some rows', () => {
  const text = [
    ['2024年档案工作要点分工表'],
    ['工作事项', '牵头单位', '协办/责任单位'],
    ['一、夯实基础'],
    ['1.完成馆藏数字化', '县档案馆', '县直有关部门，各镇人民政府'],
    ['2.规范机关归档', '', '县直有关部门，各镇人民政府'],
    ['3.开展档案法宣传', '', '各镇人民政府'],
  ].map((r) => r.join('\t')).join('\n');
  const result = importBreakdown({ kind: 'text', text });

  it('lets the first unit of the row’s other unit cell lead, and says so for those rows', () => {
    expect(result.tasks.map((t) => [t.leadUnits, t.coUnits])).toEqual([
      [['县档案馆'], ['县直有关部门', '各镇人民政府']],
      [['县直有关部门'], ['各镇人民政府']],
      [['各镇人民政府'], []],
    ]);
    const said = result.findings.filter((f) => f.code === 'import.lead-from-co-cell');
    expect(said.map((f) => f.level)).toEqual(['warning']);
    expect(said[0].message).toContain('协办/责任单位');
  });

  it('leaves the row without a lead when the other column only helps (配合单位)', () => {
    const helping = importBreakdown({ kind: 'text', text: text.replace('协办/责任单位', '配合单位') });
    expect(helping.tasks.map((t) => t.leadUnits)).toEqual([['县档案馆'], [], []]);
    expect(helping.findings.filter((f) => f.code === 'import.lead-from-co-cell')).toEqual([]);
  });
});
