import { importBreakdown, importWorkbook, previewBreakdown, previewWorkbook, type ChosenColumns } from '../../../src/core/import';

/**
 * 指定列: a table whose header the importer cannot read (names of an office's own: 编码 | 条目 | 哪家办 |
 * 几时办结 | 附注) is refused; its preview shows the rows as read, and the columns a person chose read
 * it as a found header would be read — with every check after it, and the columns given no role kept.
 */
const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');
const TITLE = ['2025年某区民生实事任务分解表'];
const HEADER = ['编码', '条目', '哪家办', '几时办结', '附注'];
const ROWS = [
  ['1', '改造老旧小区12个', '区住建局', '2025年10月底前', '含加装电梯'],
  ['2', '新建公办幼儿园2所', '区教育局', '2025年8月底前', ''],
  ['3', '新增停车泊位500个', '区城管局、区交警大队', '年底前', ''],
];
const TEXT = tsv([TITLE, HEADER, ...ROWS]);
const CHOSEN: ChosenColumns = { headerRow: 2, columns: { seq: 0, task: 1, lead: 2, deadline: 3 } };

describe('a table the importer cannot read by itself', () => {
  it('is refused without the chosen columns', () => {
    const result = importBreakdown({ kind: 'text', text: TEXT });
    expect(result.tasks).toEqual([]);
    expect(result.findings.map((f) => f.code)).toEqual(['import.no-header']);
  });

  it('previews its rows as read, numbered as the source numbers them, with the columns its cells show as a guess', () => {
    expect(previewBreakdown({ kind: 'text', text: TEXT })).toEqual({
      rows: [{ row: 1, cells: TITLE }, { row: 2, cells: HEADER }, ...ROWS.map((cells, i) => ({ row: i + 3, cells }))],
      width: 5,
      // Units in a column of no name are a 责任单位 (the first leads by convention); 附注 is no role.
      guess: { headerRow: 2, columns: { seq: 0, task: 1, co: 2, deadline: 3 } },
    });
  });

  it('guesses no header when the rows start with tasks, and nothing when the cells show no task beside units or deadlines', () => {
    expect(previewBreakdown({ kind: 'text', text: tsv(ROWS) }).guess).toEqual({ headerRow: null, columns: { seq: 0, task: 1, co: 2, deadline: 3 } });
    expect(previewBreakdown({ kind: 'text', text: tsv([['甲方', '乙方'], ['丙丁戊己', '庚'], ['辛', '壬']]) }).guess).toBeNull();
  });

  it('reads by the chosen columns: tasks, units, deadlines, the plan year from the title, the unnamed column kept in 备注', () => {
    const result = importBreakdown({ kind: 'text', text: TEXT }, { columns: CHOSEN, file: '安排表.txt' });
    expect(result.planYear).toBe(2025);
    expect(result.title).toBe('2025年某区民生实事任务分解表');
    expect(result.tasks.map((t) => [t.id, t.task, t.leadUnits, t.coUnits, t.deadline.due, t.note ?? null])).toEqual([
      ['0-01', '改造老旧小区12个', ['区住建局'], [], '2025-10-31', '附注：含加装电梯'],
      ['0-02', '新建公办幼儿园2所', ['区教育局'], [], '2025-08-31', null],
      ['0-03', '新增停车泊位500个', ['区城管局', '区交警大队'], [], '2025-12-31', null],
    ]);
    expect(result.findings.map((f) => [f.level, f.code, f.file, f.message])).toEqual([
      ['info', 'import.columns-chosen', '安排表.txt', '按指定的列读取：序号＝第1列，工作任务＝第2列，牵头单位＝第3列，完成时限＝第4列；其余有内容的列写入“备注”'],
      ['info', 'import.column-kept', '安排表.txt', '“附注”列不是台账中的列，其内容已写入“备注”，写作“附注：……”'],
    ]);
  });

  it('reads a table with no header row at all when told so (表头=无), every row a task', () => {
    const result = importBreakdown({ kind: 'text', text: tsv(ROWS) }, { columns: { headerRow: null, columns: { task: 1, co: 2, deadline: 3 } }, planYear: 2025 });
    expect(result.tasks.map((t) => [t.task, t.leadUnits, t.coUnits, t.deadline.text])).toEqual([
      ['改造老旧小区12个', ['区住建局'], [], '2025年10月底前'],
      ['新建公办幼儿园2所', ['区教育局'], [], '2025年8月底前'],
      ['新增停车泊位500个', ['区城管局'], ['区交警大队'], '年底前'],
    ]);
    expect(result.findings.find((f) => f.code === 'import.lead-by-convention')?.message).toBe('本表没有“牵头单位”列，按惯例把“责任单位”中排在第一位的单位作为牵头单位，其余作为配合单位');
  });

  it.each<[string, ChosenColumns, string]>([
    ['no task column', { headerRow: 2, columns: { lead: 2, deadline: 3 } }, '指定的列中没有“工作任务”（或“具体要求”）列，无法读出任务'],
    ['a column the table lacks', { headerRow: 2, columns: { task: 1, lead: 7 } }, '表中没有第8列（只有5列）'],
    ['one column given two roles', { headerRow: 2, columns: { task: 1, lead: 2, co: 2 } }, '第3列被指定了两种内容'],
    ['a header row the table lacks', { headerRow: 40, columns: { task: 1 } }, '表中没有第40行，或这一行是空行'],
  ])('refuses a choice with %s, naming why, and reads no task', (_name, columns, message) => {
    const result = importBreakdown({ kind: 'text', text: TEXT }, { columns, file: '安排表.txt' });
    expect(result.tasks).toEqual([]);
    expect(result.findings.map((f) => [f.level, f.code, f.file, f.message])).toEqual([['error', 'import.columns-chosen-bad', '安排表.txt', message]]);
  });

  it('still stops a result that looks wrong: a task column chosen where the units stand', () => {
    const many = tsv([HEADER, ...Array.from({ length: 8 }, (_, i) => [String(i + 1), `第${i + 1}项工作`, i % 2 === 0 ? '区住建局' : '区教育局', '年底前', ''])]);
    const result = importBreakdown({ kind: 'text', text: many }, { columns: { headerRow: 1, columns: { seq: 0, task: 2 } }, planYear: 2025 });
    expect(result.findings.some((f) => f.code === 'import.implausible')).toBe(true);
  });
});

describe('a document with no table', () => {
  it('previews nothing: prose has no columns to choose', () => {
    const prose = ['关于印发2025年为民办实事分工方案的通知', '1.改造老旧小区12个。（牵头单位：区住建局）', '2.新建公办幼儿园2所。（牵头单位：区教育局）', '网站地图\t联系我们'].join('\n');
    expect(previewBreakdown({ kind: 'text', text: prose })).toEqual({ rows: [], width: 0, guess: null });
  });
});

describe('a workbook', () => {
  const sheets = [
    { sheet: '说明', rows: [['本表由区政府办汇总']] },
    { sheet: '安排表', rows: [TITLE, HEADER, ...ROWS] },
  ];

  it('previews its first sheet holding a table (not a notes sheet before it), naming the sheet', () => {
    expect(previewWorkbook(sheets)).toMatchObject({ sheet: '安排表', width: 5, guess: { headerRow: 2, sheet: '安排表' } });
    expect(previewWorkbook([sheets[0]])).toEqual({ rows: [], width: 0, guess: null });
  });

  it('reads the chosen sheet by the chosen columns', () => {
    const result = importWorkbook(sheets, { columns: { ...CHOSEN, sheet: '安排表' } })!;
    expect(result.tasks.map((t) => t.task)).toEqual(['改造老旧小区12个', '新建公办幼儿园2所', '新增停车泊位500个']);
    expect(result.findings[0]).toMatchObject({ code: 'import.columns-chosen', sheet: '安排表' });
  });
});

describe('a table the importer reads by itself', () => {
  it('previews it with its own guess, so that a person corrects rather than starts over', () => {
    const text = tsv([['序号', '工作任务', '牵头单位', '完成时限'], ['1', '改造老旧小区12个', '区住建局', '年底前'], ['2', '新建公办幼儿园2所', '区教育局', '8月底前']]);
    expect(previewBreakdown({ kind: 'text', text }).guess).toEqual({ headerRow: 1, columns: { seq: 0, task: 1, lead: 2, deadline: 3 } });
  });
});
