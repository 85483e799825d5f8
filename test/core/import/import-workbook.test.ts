import { importBreakdown, importWorkbook, importedTable } from '../../../src/core/import';
import { fixtureGrid } from './fixture-table';

const cover = { sheet: '说明', rows: [['填报说明：请于每月25日前报送。'], ['']] };
const table = { sheet: '分解表', rows: fixtureGrid() };

describe('importWorkbook', () => {
  it('imports the first sheet that holds a table with tasks', () => {
    const result = importWorkbook([cover, table], { file: 'a.xlsx' })!;
    const direct = importBreakdown({ kind: 'grid', rows: table.rows, sheet: '分解表' }, { file: 'a.xlsx' });
    expect(result).toEqual(direct);
    expect(result.tasks).toHaveLength(48);
    expect(importedTable(result)).toBe(true);
  });

  it('gives the first sheet’s result, with why, when no sheet holds a table', () => {
    const result = importWorkbook([cover, { sheet: '备注', rows: [['无']] }])!;
    expect(result.tasks).toEqual([]);
    expect(result.findings.map((f) => [f.code, f.sheet])).toEqual([['import.no-header', '说明']]);
    expect(importedTable(result)).toBe(false);
  });

  it('gives null for a workbook without sheets, and does not mutate its input', () => {
    expect(importWorkbook([])).toBeNull();
    const sheets = [cover, table];
    const before = JSON.stringify(sheets);
    importWorkbook(sheets);
    expect(JSON.stringify(sheets)).toBe(before);
  });
});
