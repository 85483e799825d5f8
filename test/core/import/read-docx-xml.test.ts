import { readDocumentXml } from '../../../src/core/import/read-docx-xml';
import { documentXml } from '../../docx/build-docx';

describe('readDocumentXml', () => {
  it('expands w:gridSpan (its further columns spanned) and blanks w:vMerge continuations, paragraphs outside tables as rows', () => {
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
      { row: 2, cells: ['标题', '', ''], breakBefore: false, spanned: [1, 2] },
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

  // A text box as LibreOffice Writer and Word save it: DrawingML first, the same box as VML after.
  const textBox = (text: string) => '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>'
    + `<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>`
    + `<mc:Fallback><w:pict><v:rect><v:textbox><w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent>`;
  const body = (inner: string) => `<w:document xmlns:w="w"><w:body>${inner}</w:body></w:document>`;

  it('reads a text box once, after the paragraph that anchors it, and keeps that paragraph’s text', () => {
    const xml = body(`<w:p><w:r><w:t>2024年</w:t></w:r><w:r><w:t>任务分解表</w:t>${textBox('附件1')}</w:r><w:r><w:tab/><w:t>（印发）</w:t></w:r></w:p>`
      + `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>任务前</w:t></w:r><w:r>${textBox('框内')}</w:r><w:r><w:t>任务后</w:t></w:r></w:p><w:p><w:r><w:t>第二段</w:t></w:r></w:p></w:tc>`
      + '<w:tc><w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>仅VML</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r><w:r><w:t>区财政局</w:t></w:r></w:p></w:tc></w:tr></w:tbl>');
    expect(readDocumentXml(xml).rows).toEqual([
      { row: 1, cells: ['2024年任务分解表\t（印发）'], breakBefore: false },
      { row: 2, cells: ['附件1'], breakBefore: false },
      { row: 3, cells: ['任务前任务后\n框内\n第二段', '区财政局\n仅VML'], breakBefore: false },
    ]);
  });

  it('leaves out hidden runs (w:vanish), but not runs that were hidden before a tracked change', () => {
    const xml = body('<w:tbl><w:tr><w:tc><w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:t>区财政局</w:t></w:r>'
      + '<w:r><w:rPr><w:vanish/></w:rPr><w:t>、区审计局</w:t><w:br/></w:r><w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>、区税务局</w:t></w:r>'
      + '<w:r><w:rPr><w:rPrChange><w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr><w:t>、区统计局</w:t></w:r>'
      // A text box whose paragraph mark is hidden does not hide the run holding the box.
      + `<w:r>${textBox('').replace(/<w:p>/g, '<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>')}<w:t>、区民政局</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`);
    expect(readDocumentXml(xml).rows).toEqual([{ row: 1, cells: ['区财政局、区税务局、区统计局、区民政局'], breakBefore: false }]);
  });

  describe('a table whose rows do not share column borders (one grid, cells spanning it differently)', () => {
    const table = (...rows: [string, number][][]) => documentXml([{ table: rows.map((r) => r.map(([text, span]) => ({ text, span }))) }]);
    const cellsOf = (xml: string) => readDocumentXml(xml).rows.map((r) => r.cells);

    it('reads a cell whose left border was dragged out of line under the header column it belongs to', () => {
      const xml = table(
        [['序号', 1], ['工作任务', 2], ['牵头单位', 1], ['完成时限', 1]],
        [['1', 1], ['公开预算。', 1], ['区财政局', 2], ['年底前', 1]],
        [['2', 1], ['公开决算。', 2], ['区审计局', 1], ['6月底前', 1]],
      );
      expect(cellsOf(xml)).toEqual([
        ['序号', '工作任务', '', '牵头单位', '完成时限'],
        ['1', '公开预算。', '', '区财政局', '年底前'],
        ['2', '公开决算。', '', '区审计局', '6月底前'],
      ]);
    });

    it('moves the header cell when the header is the row out of line', () => {
      const xml = table(
        [['序号', 1], ['工作任务', 1], ['牵头单位', 2], ['完成时限', 1]],
        [['1', 1], ['公开预算。', 2], ['区财政局', 1], ['年底前', 1]],
        [['2', 1], ['公开决算。', 2], ['区审计局', 1], ['6月底前', 1]],
      );
      expect(cellsOf(xml)[0]).toEqual(['序号', '工作任务', '', '牵头单位', '完成时限']);
    });

    it('leaves cells where they start when rows spanning columns (sections) outnumber the rows that split them', () => {
      const section = (title: string): [string, number][] => [['', 1], [title, 4]];
      const xml = table(
        [['序号', 1], ['工作任务', 1], ['责任单位', 2], ['完成时限', 1]],
        section('一、甲'), [['1', 1], ['公开预算。', 1], ['区财政局', 1], ['区审计局', 1], ['年底前', 1]],
        section('二、乙'), section('三、丙'), [['标题行', 5]],
      );
      expect(cellsOf(xml).slice(0, 3)).toEqual([
        ['序号', '工作任务', '责任单位', '', '完成时限'], ['', '一、甲', '', '', ''], ['1', '公开预算。', '区财政局', '区审计局', '年底前'],
      ]);
    });
  });
});
