import { convertedTo } from '../../../src/core/import';

describe('convertedTo: the formats read only after LibreOffice converts them', () => {
  it.each([
    ['通知.doc', 'docx'], ['通知.WPS', 'docx'], ['分工.odt', 'docx'],
    ['分解表.xls', 'xlsx'], ['分解表.et', 'xlsx'], ['分解表.ods', 'xlsx'],
    ['分解表.xlsx', null], ['通知.docx', null], ['通知.pdf', null], ['分解表.txt', null], ['无扩展名', null],
  ])('%s → %s', (name, kind) => {
    expect(convertedTo(name)).toBe(kind);
  });
});
