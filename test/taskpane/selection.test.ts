import { overlapAddress, readSelectedText } from '../../src/taskpane/store/selection';
import { createExcelStandin } from '../support/excel-standin';
import { StandinRange } from '../support/excel-standin/range';

// The stand-in reads `text` on load but has no getter for it yet: give it one (as in test/e2e/support/standin-page.ts).
if (!Object.getOwnPropertyDescriptor(StandinRange.prototype, 'text')) {
  Object.defineProperty(StandinRange.prototype, 'text', { get(this: { loaded(n: string): unknown }) { return this.loaded('text'); } });
}

describe('overlapAddress', () => {
  const rect = (rowIndex: number, columnIndex: number, rowCount: number, columnCount: number) => ({ rowIndex, columnIndex, rowCount, columnCount });

  test('whole columns A:C cut to the used rows', () => {
    expect(overlapAddress(rect(0, 0, 1_048_576, 3), rect(2, 1, 40, 5))).toBe('B3:C42');
  });
  test('a selection inside the used range stays as it is', () => {
    expect(overlapAddress(rect(4, 2, 3, 2), rect(0, 0, 100, 10))).toBe('C5:D7');
  });
  test('no overlap: null', () => {
    expect(overlapAddress(rect(0, 0, 5, 1), rect(0, 3, 5, 2))).toBeNull();
    expect(overlapAddress(rect(10, 0, 5, 5), rect(0, 0, 10, 5))).toBeNull();
  });
});

describe('readSelectedText on the stand-in', () => {
  test('reads the used part of a whole-column selection, as text, in two syncs', async () => {
    const standin = createExcelStandin();
    const sheet = standin.host.state.sheets[0];
    const put = (row: number, column: number, value: string | number) => sheet.cells.set(row * 16_384 + column, { value });
    put(0, 0, '工作任务'); put(0, 1, '牵头单位'); put(0, 2, '完成时限');
    put(1, 0, '依法推进企业信用信息公示。'); put(1, 1, '区市场监管局'); put(1, 2, 2024);
    const Workbook = Object.getPrototypeOf((await standin.Excel.run(async (c) => c.workbook)) as object);
    Workbook.getSelectedRange = function (this: Excel.Workbook) { return this.worksheets.getActiveWorksheet().getRange('A:D'); };
    const before = standin.host.stats.syncs;
    const text = await standin.Excel.run(readSelectedText);
    delete Workbook.getSelectedRange;
    expect(text).toEqual([['工作任务', '牵头单位', '完成时限'], ['依法推进企业信用信息公示。', '区市场监管局', '2024']]);
    expect(standin.host.stats.syncs - before).toBe(2);
  });
});
