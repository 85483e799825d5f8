import ExcelJS from 'exceljs';
import { importBreakdown } from '../../src/core/import';
import { GridReadError, readFirstSheetGrid } from '../../src/xlsx/read-grid';
import { expectFixtureTasks } from '../core/import/fixture-expected';
import { fixtureGrid } from '../core/import/fixture-table';

async function toXlsx(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The fixture table in a real workbook: title merged across A1:D1, each section's 工作类别 cell merged down. */
async function fixtureXlsx(): Promise<Buffer> {
  return toXlsx((workbook) => {
    const sheet = workbook.addWorksheet('2024年分解表');
    const grid = fixtureGrid();
    // ExcelJS answers a merged cell's value from its master: the reader must blank the others.
    const sections: Array<[number, number]> = [];
    grid.forEach((row, i) => {
      if (i >= 2 && row[0] !== '') sections.push([i + 1, i + 1]);
      else if (i >= 2) sections[sections.length - 1][1] = i + 1;
    });
    grid.forEach((row) => sheet.addRow(row));
    sheet.mergeCells('A1:D1');
    for (const [from, to] of sections) if (to > from) sheet.mergeCells(`A${from}:A${to}`);
  });
}

describe('readFirstSheetGrid', () => {
  it('reads the fixture workbook into the same tasks as the text', async () => {
    const grid = await readFirstSheetGrid(await fixtureXlsx());
    expect(grid.sheet).toBe('2024年分解表');
    expect(grid.rows).toEqual(fixtureGrid());
    const result = importBreakdown({ kind: 'grid', rows: grid.rows, sheet: grid.sheet });
    expectFixtureTasks(result, { rows: false });
  });

  it('gives a merged range its value top-left and blanks elsewhere, and cell values as text', async () => {
    const data = await toXlsx((workbook) => {
      const sheet = workbook.addWorksheet('first');
      sheet.getCell('A1').value = '合并';
      sheet.mergeCells('A1:B2');
      sheet.getCell('C1').value = 12;
      sheet.getCell('C2').value = new Date(Date.UTC(2024, 5, 30));
      sheet.getCell('A3').value = { richText: [{ text: '区政' }, { text: '府办', font: { bold: true } }] };
      sheet.getCell('B3').value = { formula: '1+1', result: 2 };
      sheet.getCell('C3').value = { text: '链接', hyperlink: 'https://example.org' };
      workbook.addWorksheet('second').getCell('A1').value = 'not read';
    });
    const grid = await readFirstSheetGrid(data);
    expect(grid.rows).toEqual([
      ['合并', '', '12'],
      ['', '', '2024-06-30'],
      ['区政府办', '2', '链接 https://example.org'],
    ]);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
  });

  it('rejects bytes that are not a workbook, in Chinese', async () => {
    await expect(readFirstSheetGrid(Buffer.from('plain text'))).rejects.toThrow(new GridReadError('不是有效的 .xlsx 文件（无法打开工作簿）'));
  });
});
