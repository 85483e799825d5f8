import { cellInput, gridInputs } from '../../src/excel/cell-input';
import { columnFormatWrites } from '../../src/excel/number-formats';
import { heightRuns } from '../../src/excel/sheet-content';
import type { CellContent } from '../../src/layout/types';

describe('cellInput: what Excel is handed for one cell', () => {
  test('text Excel would reinterpret in a General cell gets the text format', () => {
    expect(['=1+1 已起草方案', '1-03', '0012', '2024/8/31', 'TRUE', '区政府办'].map((value) => cellInput({ value }, undefined))).toEqual([
      { input: '=1+1 已起草方案', numberFormat: '@' },
      { input: '1-03', numberFormat: '@' },
      { input: '0012', numberFormat: '@' },
      { input: '2024/8/31', numberFormat: '@' },
      { input: 'TRUE', numberFormat: '@' },
      { input: '区政府办', numberFormat: 'General' },
    ]);
  });

  test('a formula never lands in a text cell; a date is its serial number', () => {
    expect([cellInput({ formula: 'H2-TODAY()' }, '@'), cellInput({ formula: 'H2-TODAY()' }, '0'), cellInput({ date: '2024-12-31' }, 'yyyy-mm-dd')]).toEqual([
      { input: '=H2-TODAY()', numberFormat: 'General' },
      { input: '=H2-TODAY()', numberFormat: '0' },
      { input: 45657, numberFormat: 'yyyy-mm-dd' },
    ]);
  });

  test('a cell style’s number format wins over the column’s; blanks are empty strings', () => {
    expect([cellInput({ value: 0.5, style: { numFmt: '0.0%' } }, '0'), cellInput({ value: null }, '@')]).toEqual([
      { input: 0.5, numberFormat: '0.0%' },
      { input: '', numberFormat: '@' },
    ]);
  });

  test('gridInputs does not mutate the rows', () => {
    const rows: CellContent[][] = [[{ value: '1-01' }, { formula: 'A2+1' }]];
    const before = JSON.stringify(rows);
    gridInputs(rows, ['@', '@']);
    expect(JSON.stringify(rows)).toBe(before);
  });
});

describe('few writes for formats and heights', () => {
  test('a column with one format is written as a 1×1 array; a mixed column cell by cell', () => {
    expect(columnFormatWrites([['@', '0'], ['@', 'General']], 2)).toEqual([
      { address: 'A2:A3', formats: [['@']] },
      { address: 'B2:B3', formats: [['0'], ['General']] },
    ]);
  });

  test('consecutive rows of one height make one run', () => {
    expect(heightRuns({ 1: 30, 2: 20, 3: 20, 4: 40, 6: 40 }, 2, 6)).toEqual([
      { first: 2, last: 3, height: 20 },
      { first: 4, last: 4, height: 40 },
      { first: 6, last: 6, height: 40 },
    ]);
  });
});
