import { readFileSync } from 'fs';
import { importBreakdown } from '../../../src/core/import';
import { expectFixtureTasks, FIXTURE } from './fixture-expected';
import { fixtureGrid } from './fixture-table';

describe('a breakdown as a worksheet grid', () => {
  const grid = fixtureGrid();
  const result = importBreakdown({ kind: 'grid', rows: grid, sheet: '分解表' }, { file: 'fenjie.xlsx' });

  it('gives the same tasks as the text, merged section cells arriving as a value and blanks', () => {
    expect(result.planYear).toBe(2024);
    expectFixtureTasks(result, { rows: false });
    expect(result.tasks[0].source).toEqual({ row: 3 });
  });

  it('gives the same findings, naming file, sheet, row and cell', () => {
    const fromText = importBreakdown({ kind: 'text', text: readFileSync(FIXTURE, 'utf8') });
    const codes = (r: typeof result) => r.findings.map((f) => [f.code, f.taskId, f.message]);
    expect(codes(result)).toEqual(codes(fromText));
    expect(result.findings.find((f) => f.taskId === '2-06')).toEqual({
      level: 'info', code: 'import.unit-alias', taskId: '2-06', field: 'leadUnits',
      message: '任务2-06的牵头单位“城管局”是单位名录中“区城管局”的别称，已改为“区城管局”',
      file: 'fenjie.xlsx', sheet: '分解表', row: 12, cell: 'C12',
    });
    expect(result.findings.find((f) => f.code === 'deadline.missing')).toMatchObject({ taskId: '11-01', row: 46, cell: 'D46', sheet: '分解表' });
  });

  it('does not change the grid', () => {
    const copy = JSON.parse(JSON.stringify(grid));
    importBreakdown({ kind: 'grid', rows: grid });
    expect(grid).toEqual(copy);
  });
});
