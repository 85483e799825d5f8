import { readFileSync } from 'fs';
import { importBreakdown } from '../../../src/core/import';
import { expectFixtureTasks, FIXTURE, SECTIONS } from './fixture-expected';

/** level, code, taskId, field, row, suggestion (null: none). */
type ExpectedFinding = [string, string, string, string, number, string | null];

const NO_LEAD = '请补填牵头单位，否则无法分发和催报';
const GROUP = '请写明具体单位名称';

const FINDINGS: ExpectedFinding[] = [
  ['info', 'import.unit-alias', '2-06', 'leadUnits', 31, null],
  ['warning', 'unit.group', '4-01', 'leadUnits', 41, GROUP],
  ['warning', 'unit.group', '4-02', 'leadUnits', 42, GROUP],
  ['warning', 'unit.group', '4-03', 'leadUnits', 43, GROUP],
  ['warning', 'unit.group', '4-04', 'leadUnits', 44, GROUP],
  ['warning', 'unit.lead-missing', '5-02', 'leadUnits', 48, '请补填牵头单位，否则无法分发和催报；如这一格原与上一行合并（复制或转换时合并单元格只留在第一行），应为“区政府办”'],
  ['warning', 'unit.group', '5-03', 'leadUnits', 49, GROUP],
  ['warning', 'unit.lead-missing', '6-01', 'leadUnits', 50, NO_LEAD],
  ['warning', 'unit.lead-missing', '6-03', 'leadUnits', 52, NO_LEAD],
  ['warning', 'unit.lead-missing', '6-04', 'leadUnits', 53, NO_LEAD],
  ['warning', 'unit.lead-missing', '8-01', 'leadUnits', 59, NO_LEAD],
  ['warning', 'unit.lead-missing', '8-02', 'leadUnits', 63, NO_LEAD],
  ['warning', 'unit.lead-missing', '8-03', 'leadUnits', 64, NO_LEAD],
  ['warning', 'unit.lead-missing', '9-01', 'leadUnits', 65, NO_LEAD],
  ['warning', 'unit.lead-missing', '9-02', 'leadUnits', 66, NO_LEAD],
  ['warning', 'deadline.missing', '11-01', 'deadline', 73, '请填写完成时限，如“年底前”“8月底前”“6月30日前”或“持续推进”'],
  ['warning', 'unit.lead-missing', '11-03', 'leadUnits', 78, NO_LEAD],
];

describe('the Guangfeng 2024 breakdown (PDF text)', () => {
  const text = readFileSync(FIXTURE, 'utf8');
  const result = importBreakdown({ kind: 'text', text }, { file: 'guangfeng-2024-breakdown.txt' });

  it('reads the plan year and title from the attachment title, not the notice', () => {
    expect(result.planYear).toBe(2024);
    expect(result.title).toBe('2024年广丰区政务公开工作任务分解表');
  });

  it('imports all 48 tasks, in order, with sections, whole texts, units and deadlines', () => {
    expect(result.tasks).toHaveLength(48);
    expectFixtureTasks(result);
  });

  it('numbers 12 sections with their titles, joining the one cut by a page break', () => {
    const sections = [...new Map(result.tasks.map((t) => [t.category.no, t.category.title])).entries()];
    expect(sections).toEqual(Object.entries(SECTIONS).map(([no, title]) => [Number(no), title]));
    expect(result.tasks.every((t) => t.subcategory === undefined && t.requirement === undefined)).toBe(true);
  });

  it('names every anomaly of the table, with task, field, row and file', () => {
    expect(result.findings.map((f) => [f.level, f.code, f.taskId, f.field, f.row, f.suggestion ?? null])).toEqual(FINDINGS);
    expect(result.findings.every((f) => f.file === 'guangfeng-2024-breakdown.txt')).toBe(true);
    expect(result.findings.every((f) => /[\u4e00-\u9fff]/.test(f.message))).toBe(true);
  });

  it('says what is wrong in Chinese, naming the task and what was written', () => {
    const byTask = (id: string, code: string) => result.findings.find((f) => f.taskId === id && f.code === code)?.message;
    expect(byTask('2-06', 'import.unit-alias')).toBe('任务2-06的牵头单位“城管局”是单位名录中“区城管局”的别称，已改为“区城管局”');
    expect(byTask('4-01', 'unit.group')).toBe('任务4-01的“区直各相关单位”是泛指，不是某一个具体单位，无法分发和催报');
    expect(byTask('5-02', 'unit.lead-missing')).toBe('任务5-02（“从2024年开始，县、乡政府在开……”）没有填写牵头单位');
    expect(byTask('6-01', 'unit.lead-missing')).toBe('任务6-01（“按照“谁主管谁回应、谁处置谁回应……”）的牵头单位为“/”，没有具体单位');
  });

  it('builds the unit directory from the table, with 城管局 as an alias of 区城管局', () => {
    expect(result.units.map((u) => u.name)).toEqual([
      '区工信局', '区发改委', '区大数据管理中心', '区科技局', '区文广旅局', '区商务局', '区农业农村局', '区住建局',
      '区体育局', '区市场监管局', '区财政局', '区人社局', '区教体局', '区民政局', '区退役军人事务局', '区自然资源局',
      '区卫健委', '区城管局', '区生态环境局', '区交通运输局', '区医保局', '区政府办', '区委组织部',
    ]);
    expect(result.units.find((u) => u.name === '区城管局')?.aliases).toEqual(['城管局']);
    expect(result.units.filter((u) => u.aliases.length > 0)).toHaveLength(1);
    expect(result.notes).toEqual([]);
  });

  it('lets --year override the year of the document, and says so', () => {
    const other = importBreakdown({ kind: 'text', text }, { planYear: 2025 });
    expect(other.planYear).toBe(2025);
    expect(other.tasks.find((t) => t.id === '8-01')?.deadline.due).toBe('2025-08-31');
    expect(other.findings[0]).toEqual({
      level: 'info', code: 'import.plan-year-overridden', field: 'file', message: '文件标明的年度为2024年，按指定的2025年处理',
    });
  });

  it('does not change its input', () => {
    const input = { kind: 'text' as const, text };
    const directory = [{ name: '区政府办', aliases: ['政府办'], contact: '', phone: '' }];
    const frozen = JSON.stringify({ input, directory });
    importBreakdown(input, { directory });
    expect(JSON.stringify({ input, directory })).toBe(frozen);
  });
});
