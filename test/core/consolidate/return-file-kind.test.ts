import { RETURN_FILE_ACCEPT, fileExtension, returnFileKind } from '../../../src/core/consolidate';

describe('returnFileKind: one rule for what a file handed to a merge is', () => {
  test.each([
    ['区工信局-报送表-2024-09.xlsx', 'workbook'],
    ['区工信局-报送表-2024-09.XLSM', 'workbook'],
    ['区工信局.xls', 'convertible'],
    ['区工信局.ods', 'convertible'],
    ['区工信局.et', 'convertible'],
    ['区工信局.csv', 'convertible'],
    ['区工信局.WPS', 'convertible'],
    ['~$区工信局-报送表-2024-09.xlsx', 'lock-file'],
    ['说明.txt', 'not-return-file'],
    ['区工信局.xlsx.pdf', 'not-return-file'],
    ['没有扩展名', 'not-return-file'],
  ])('%s → %s', (name, kind) => {
    expect(returnFileKind(name)).toBe(kind);
  });

  test('extensions are lower-cased and taken after the last dot only', () => {
    expect(fileExtension('a.b.XLSX')).toBe('.xlsx');
    expect(fileExtension('目录.d/文件')).toBe('');
  });

  test('the picker accepts every format a return may come in', () => {
    expect(RETURN_FILE_ACCEPT).toBe('.xlsx,.xlsm,.xls,.ods,.et,.csv,.wps');
  });
});
