import { importBreakdown } from '../../../src/core/import';

/** Column names as the importer reads their roles: spaced out over a wide cell, they say the same. */
describe('a column name spaced out over its cell', () => {
  const table = (coName: string) => [
    '2024年某市信息公开任务分解表',
    `工　作　任　务\t牵头单位\t${coName}\t工　作　要　求`,
    '1.公开财政预算执行情况\t\t市直各有关部门，各县（区）政府\t按季度公开。',
    '2.推进公共资源交易信息公开\t市财政局\t市直各部门，各县（区）政府\t及时公开交易结果。',
  ].join('\n');

  it.each(['责　任　单　位', '责 任 单 位', '责任单位'])('%s: its first unit leads a row whose 牵头单位 cell is empty, a group name too', (coName) => {
    const { tasks, findings } = importBreakdown({ kind: 'text', text: table(coName) });
    expect(tasks.map((t) => t.leadUnits)).toEqual([['市直各有关部门'], ['市财政局']]);
    expect(tasks[0].coUnits).toEqual(['各县（区）政府']);
    expect(findings.find((f) => f.code === 'import.lead-from-co-cell')?.message).toContain('责任单位');
  });

  it('配　合　单　位: units that only help lead no row', () => {
    const { tasks } = importBreakdown({ kind: 'text', text: table('配　合　单　位') });
    expect(tasks[0].leadUnits).toEqual([]);
  });
});
