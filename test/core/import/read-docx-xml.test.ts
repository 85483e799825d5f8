import { readDocumentXml } from '../../../src/core/import/read-docx-xml';
import { documentXml } from '../../docx/build-docx';

describe('readDocumentXml', () => {
  it('expands w:gridSpan and blanks w:vMerge continuations, paragraphs outside tables as rows', () => {
    const xml = documentXml([
      { paragraph: '2024年 & 计划' },
      { table: [
        [{ text: '标题', span: 3 }],
        [{ text: '一、类别', vMerge: 'restart' }, { text: '任务一' }, { text: '区政府办\n区财政局' }],
        [{ text: '', vMerge: 'continue' }, { text: '任务<二>' }, { text: '' }],
      ] },
      { table: [[{ text: '续表' }, { text: 'x' }]] },
    ]);
    expect(readDocumentXml(xml).rows).toEqual([
      { row: 1, cells: ['2024年 & 计划'], breakBefore: false },
      { row: 2, cells: ['标题', '', ''], breakBefore: false },
      { row: 3, cells: ['一、类别', '任务一', '区政府办\n区财政局'], breakBefore: false },
      { row: 4, cells: ['', '任务<二>', ''], breakBefore: false, continued: [0] },
      { row: 5, cells: ['续表', 'x'], breakBefore: true },
    ]);
  });

  it('reads runs, tabs and breaks inside a cell, ignores tab stops and nested tables’ structure', () => {
    const xml = '<w:document xmlns:w="w"><w:body><w:tbl><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="1"/></w:tabs></w:pPr>'
      + '<w:r><w:t>区交</w:t></w:r><w:r><w:t xml:space="preserve">通运输局</w:t><w:br/><w:t>区&#x8D22;政局</w:t><w:tab/><w:t>&quot;x&quot;</w:t></w:r></w:p>'
      + '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>嵌套</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl></w:body></w:document>';
    expect(readDocumentXml(xml).rows).toEqual([{ row: 1, cells: ['', '区交通运输局\n区财政局 "x"\n嵌套'], breakBefore: false }]);
  });
});
