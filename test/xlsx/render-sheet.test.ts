import { HEADER_STYLE, SHORT_TEXT, TEXT, printSetup } from '../../src/layout/style';
import type { SheetLayout } from '../../src/layout/types';
import { renderWorkbook, workbookBuffer } from '../../src/xlsx/render-workbook';
import { cellOf, sheetOf } from '../support/workbook-snapshot';
import { snapshotXlsx } from './exceljs-snapshot';

function protectedSheet(): SheetLayout {
  return {
    name: '报送',
    visibility: 'visible',
    headerRow: 1,
    headerStyle: HEADER_STYLE,
    headerHeight: 30,
    columns: [
      { key: 'id', header: '任务编号', width: 10, style: SHORT_TEXT },
      { key: 'status', header: '完成状态', width: 10, style: SHORT_TEXT },
      { key: 'progress', header: '进展情况', width: 30, style: TEXT },
    ],
    rows: [
      [{ value: '1-01' }, { value: '推进中' }, { value: '=SUM(1)' }],
      [{ value: '1-02' }, { value: null }, { value: '已起草', style: { fill: 'FFFF00' } }],
    ],
    validations: [],
    conditionalFormats: [],
    freeze: { rows: 1, columns: 0 },
    rowHeights: {},
    print: printSetup('报送表 & 附件', true),
    protection: { unlockedColumns: ['status', 'progress'], editableToRow: 5, allowSort: false, allowAutoFilter: true, allowFormatColumns: true, allowFormatRows: true, allowInsertRows: false },
  };
}

describe('renderSheet (ExcelJS)', () => {
  it('keeps a column width of exactly 9, which ExcelJS would drop as its default', async () => {
    const sheet = protectedSheet();
    sheet.columns[0] = { ...sheet.columns[0], width: 9 };
    const snapshot = await snapshotXlsx(await workbookBuffer(await renderWorkbook({ sheets: [sheet], names: [] })));
    expect(Math.round(sheetOf(snapshot, '报送').columnWidths.A * 10) / 10).toBe(9);
  });

  it('protects the sheet without a password and unlocks only the editable columns', async () => {
    const snapshot = await snapshotXlsx(await workbookBuffer(await renderWorkbook({ sheets: [protectedSheet()], names: [] })));
    const sheet = sheetOf(snapshot, '报送');
    expect(sheet.protection).toEqual({ protected: true, allowSort: false, allowAutoFilter: true, allowFormatColumns: true, allowFormatRows: true, allowInsertRows: false });
    expect([cellOf(sheet, 'A2').locked, cellOf(sheet, 'B2').locked, cellOf(sheet, 'C3').locked]).toEqual([undefined, false, false]);
  });

  it('writes a text that starts with = as text, merges a cell style over its column, escapes & in the header', async () => {
    const snapshot = await snapshotXlsx(await workbookBuffer(await renderWorkbook({ sheets: [protectedSheet()], names: [] })));
    const sheet = sheetOf(snapshot, '报送');
    expect(cellOf(sheet, 'C2')).toMatchObject({ value: '=SUM(1)' });
    expect(cellOf(sheet, 'C2').formula).toBeUndefined();
    expect(cellOf(sheet, 'C3')).toMatchObject({ value: '已起草', fill: 'FFFF00', wrap: true, font: { name: '宋体' } });
    expect(sheet.print.centerHeader).toBe('报送表 && 附件');
    expect(sheet.tables).toEqual([]);
  });
});
