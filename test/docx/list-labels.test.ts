import JSZip from 'jszip';
import { readDocumentXml } from '../../src/core/import/read-docx-xml';
import { labelListParagraphs } from '../../src/docx/list-labels';
import { formatNumber } from '../../src/docx/number-format';
import { readDocxDocumentXml } from '../../src/docx/read-docx';
import { documentXml } from './build-docx';

const level = (ilvl: number, format: string, text: string, more = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/>${more}<w:lvlText w:val="${text}"/><w:pPr><w:ind w:left="0"/></w:pPr><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:lvl>`;

/**
 * Lists as Word writes them: 1 sections (`一、`, then `（一）` one level down), 2 the 序号 column
 * (digits, no suffix), 3 a restart of list 2 at 1 (Word's "restart numbering"), 4 bullets,
 * 5 a list style's levels reached through w:numStyleLink.
 */
const NUMBERING = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="w">'
  + `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、', '<w:suff w:val="nothing"/>')}${level(1, 'chineseCounting', '（%2）', '<w:suff w:val="nothing"/>')}</w:abstractNum>`
  + `<w:abstractNum w:abstractNumId="1">${level(0, 'decimal', '%1', '<w:suff w:val="nothing"/>')}</w:abstractNum>`
  + `<w:abstractNum w:abstractNumId="2">${level(0, 'bullet', '•')}</w:abstractNum>`
  + `<w:abstractNum w:abstractNumId="3">${level(0, 'decimalEnclosedCircle', '%1')}${level(1, 'lowerLetter', '%1.%2', '<w:suff w:val="space"/><w:isLgl/>')}</w:abstractNum>`
  + '<w:abstractNum w:abstractNumId="4"><w:numStyleLink w:val="ListStyle"/></w:abstractNum>'
  + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
  + '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
  + '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num><w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="6"><w:abstractNumId w:val="4"/></w:num>'
  + '</w:numbering>';

/** 标题1 numbered through its style (list 1, level 0); 标题2 based on it, at level 1; ListStyle a list style pointing at list 5. */
const STYLES = '<w:styles xmlns:w="w">'
  + '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
  + '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>'
  + '<w:style w:type="paragraph" w:styleId="Task"><w:basedOn w:val="Normal"/></w:style>'
  + '<w:style w:type="numbering" w:styleId="ListStyle"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>'
  + '</w:styles>';

const p = (text: string, props = '') => `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const numbered = (numId: number, ilvl?: number) => `<w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;
const styled = (style: string) => `<w:pStyle w:val="${style}"/>`;
const row = (...cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc>${c}</w:tc>`).join('')}</w:tr>`;
const doc = (body: string) => `<w:document xmlns:w="w"><w:body>${body}</w:body></w:document>`;
const rowsOf = (xml: string) => readDocumentXml(xml).rows.map((r) => r.cells);

describe('labelListParagraphs', () => {
  it('writes out numbered sections, subsections and 序号 cells as the reader then reads them', () => {
    const body = doc(p('2024年任务分解表')
      + `<w:tbl>${row(p('序号'), p('工作任务'))}`
      + row(p('推进政务公开', numbered(1, 0)), p(''))
      + row(p('做好财政信息公开', numbered(1, 1)), p(''))
      + row(p('', numbered(2, 0)), p('公开预算。'))
      + row(p('', numbered(2, 0)), p('公开决算。'))
      + row(p('做好民生信息公开', numbered(1, 1)), p(''))
      + row(p('', numbered(2, 0)), p('公开就业政策。'))
      + `</w:tbl><w:p/><w:tbl>${row(p('序号'), p('工作任务'))}`
      + row(p('加强平台建设', styled('1')), p(''))
      + row(p('规范政府网站', styled('2')), p(''))
      + row(p('', numbered(2, 0)), p('开展网站检查。'))
      + row(p('', numbered(3, 0)), p('重新编号。'))
      + row(p('', numbered(3, 0)), p('继续编号。'))
      + '</w:tbl>');
    expect(rowsOf(labelListParagraphs(body, NUMBERING, STYLES))).toEqual([
      ['2024年任务分解表'], ['序号', '工作任务'],
      ['一、推进政务公开', ''], ['（一）做好财政信息公开', ''], ['1', '公开预算。'], ['2', '公开决算。'],
      ['（二）做好民生信息公开', ''], ['3', '公开就业政策。'],
      ['序号', '工作任务'], ['二、加强平台建设', ''], ['（一）规范政府网站', ''], ['4', '开展网站检查。'], ['1', '重新编号。'], ['2', '继续编号。'],
    ]);
    expect(rowsOf(body)[2]).toEqual(['推进政务公开', '']);
  });

  it('gives bullets, numId 0, a style without numbering and tracked-change properties no label', () => {
    const body = doc(p('要点', numbered(4, 0)) + p('不编号', numbered(0, 0)) + p('任务', styled('Task'))
      + p('改前有编号', `<w:pPrChange><w:pPr>${numbered(1, 0)}</w:pPr></w:pPrChange>`) + p('标题', styled('1')));
    expect(rowsOf(labelListParagraphs(body, NUMBERING, STYLES))).toEqual([['要点'], ['不编号'], ['任务'], ['改前有编号'], ['一、标题']]);
  });

  it('follows list styles, writes a tab or space suffix, shows legal numbering in digits and counts a text box once', () => {
    const box = (inner: string) => `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent>${inner}</w:txbxContent></mc:Choice>`
      + `<mc:Fallback><w:txbxContent>${inner}</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const body = doc(p('甲', numbered(6, 0)) + box(p('乙', numbered(5, 0))) + p('丙', numbered(5, 1)) + p('丁', numbered(5, 1)) + p('戊', numbered(5, 0)) + p('己', numbered(5, 1)));
    const labelled = labelListParagraphs(body, NUMBERING, STYLES);
    expect(rowsOf(labelled)).toEqual([['①\t甲'], ['②\t乙'], ['2.1 丙'], ['2.2 丁'], ['③\t戊'], ['3.1 己']]);
    expect(labelled.match(/②/g)).toHaveLength(1);
  });

  it('leaves a document without lists as it was, and escapes label text', () => {
    const body = doc(p('任务', numbered(1, 0)));
    expect(labelListParagraphs(body, '<w:numbering xmlns:w="w"/>')).toBe(body);
    const amp = `<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1&amp;&lt;', '<w:suff w:val="nothing"/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    expect(labelListParagraphs(body, amp)).toBe(body.replace('</w:pPr>', '</w:pPr><w:r><w:t xml:space="preserve">1&amp;&lt;</w:t></w:r>'));
    expect(rowsOf(labelListParagraphs(body, amp))).toEqual([['1&<任务']]);
  });
});

describe('formatNumber', () => {
  it.each([
    ['decimal', [1, 12], ['1', '12']],
    ['decimalZero', [3, 12], ['03', '12']],
    ['decimalFullWidth', [7, 12], ['７', '１２']],
    ['decimalEnclosedCircle', [1, 20, 21], ['①', '⑳', '21']],
    ['decimalEnclosedParen', [2], ['⑵']],
    ['upperLetter', [1, 26, 27], ['A', 'Z', 'AA']],
    ['lowerRoman', [4, 14], ['iv', 'xiv']],
    ['chineseCounting', [1, 10, 12, 20, 99], ['一', '十', '十二', '二十', '九十九']],
    ['taiwaneseCountingThousand', [11], ['十一']],
    ['chineseLegalSimplified', [3, 10, 15, 21], ['叁', '拾', '拾伍', '贰拾壹']],
    ['ideographDigital', [10], ['一〇']],
    ['ideographTraditional', [1, 10, 11], ['甲', '癸', '11']],
    ['none', [3], ['']],
    ['somethingNew', [5], ['5']],
  ])('%s', (format, numbers, expected) => {
    expect((numbers as number[]).map((n) => formatNumber(n, format as string))).toEqual(expected);
  });
});

describe('readDocxDocumentXml', () => {
  it('writes out the numbering of a .docx that has word/numbering.xml and word/styles.xml', async () => {
    const zip = new JSZip();
    const body = documentXml([{ paragraph: '2024年任务分解表' }, { table: [[{ text: '工作任务' }], [{ text: '推进政务公开' }]] }])
      .replace('<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">推进政',
        '<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">推进政');
    zip.file('word/document.xml', body);
    zip.file('word/numbering.xml', NUMBERING);
    zip.file('word/styles.xml', STYLES);
    const xml = await readDocxDocumentXml(await zip.generateAsync({ type: 'uint8array' }));
    expect(rowsOf(xml)).toEqual([['2024年任务分解表'], ['工作任务'], ['一、推进政务公开']]);
  });
});
