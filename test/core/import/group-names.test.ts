import { importBreakdown } from '../../../src/core/import';
import { splitUnitList } from '../../../src/core/import/unit-cells';
import { isGroupName, reportingUnits } from '../../../src/core/units';

/** `等有关部门` and its kind: a group of units left unnamed, never part of a unit's name, never dropped. */
describe('a group named after 等', () => {
  it.each([
    ['区发改委等有关部门', ['区发改委', '等有关部门']],
    ['区发改委等相关单位', ['区发改委', '等相关单位']],
    ['区发改委等相关镇（街道）', ['区发改委', '等相关镇（街道）']],
    ['区发改委等区直有关部门（单位）', ['区发改委', '等区直有关部门（单位）']],
    ['区发改委等相关企业', ['区发改委', '等相关企业']],
    ['区发改委等职能部门', ['区发改委', '等职能部门']],
    ['区发改委等10个部门', ['区发改委', '等10个部门']],
    ['区发改委、区财政局等有关部门按职责分工负责', ['区发改委', '区财政局', '等有关部门']],
    ['区发改委、等有关部门', ['区发改委', '等有关部门']],
    ['区发改委等有关部门，各镇（街）', ['区发改委', '等有关部门', '各镇（街）']],
  ])('%s: the unit and a group marker', (cell, expected) => {
    expect(splitUnitList(cell)).toEqual(expected);
  });

  it.each([
    ['区财政局等', ['区财政局']],
    ['区高等学校', ['区高等学校']],
    ['区平等就业促进会等有关单位', ['区平等就业促进会', '等有关单位']],
  ])('%s: no group where none is named', (cell, expected) => {
    expect(splitUnitList(cell)).toEqual(expected);
  });

  it('is a group name: no 报送表, not in the unit directory', () => {
    expect(isGroupName('等有关部门')).toBe(true);
    expect(isGroupName('等相关镇（街道）')).toBe(true);
    expect(isGroupName('区发改委')).toBe(false);
    const result = importBreakdown({ kind: 'text', text: '2025年某区任务分解表\n工作任务\t牵头单位\t完成时限\n推进项目审批公开。\t区发改委等有关部门\t6月底前' });
    expect(result.tasks[0].leadUnits).toEqual(['区发改委', '等有关部门']);
    expect(reportingUnits(result.tasks[0])).toEqual(['区发改委']);
    expect(result.units.map((u) => u.name)).toEqual(['区发改委']);
  });

  it('is said once per task and field, asking for the units from the 单位名录', () => {
    const text = '2025年某区任务分解表\n工作任务\t牵头单位\t责任单位\t完成时限\n推进项目审批公开。\t区发改委\t区财政局等相关单位\t6月底前';
    const result = importBreakdown({ kind: 'text', text }, { file: 'a.txt' });
    expect(result.tasks[0].coUnits).toEqual(['区财政局', '等相关单位']);
    expect(result.findings.filter((f) => f.code === 'unit.group')).toEqual([{
      level: 'warning', code: 'unit.group', taskId: '0-01', field: 'coUnits', file: 'a.txt', row: 3,
      message: '任务0-01的配合单位写有“等相关单位”，是泛指，没有列出具体单位，已作为一组单位的标记保留，无法分发和催报',
      suggestion: '请从单位名录中选出这些单位，写明单位名称（可在台账中替换这一标记）',
    }]);
  });
});
