import JSZip from 'jszip';

/** A table cell of a test document: text (paragraphs split on \n), a horizontal span, a vertical merge. */
export interface DocxCell {
  text: string;
  span?: number;
  vMerge?: 'restart' | 'continue';
}

export type DocxBlock = { paragraph: string } | { table: DocxCell[][]; headerRows?: number };

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Runs as Word writes them: text split over several runs, spaces preserved. */
function paragraph(text: string): string {
  const half = Math.ceil(text.length / 2);
  const runs = text === '' ? [] : [text.slice(0, half), text.slice(half)].filter((t) => t !== '');
  return `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>${runs
    .map((t) => `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${escape(t)}</w:t></w:r>`)
    .join('')}</w:p>`;
}

function cell(c: DocxCell): string {
  const props = [c.span && c.span > 1 ? `<w:gridSpan w:val="${c.span}"/>` : '',
    c.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : c.vMerge === 'continue' ? '<w:vMerge/>' : ''].join('');
  const paragraphs = c.text.split('\n').map(paragraph).join('');
  return `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/>${props}</w:tcPr>${paragraphs}</w:tc>`;
}

function table(rows: DocxCell[][], headerRows: number, columns: number): string {
  const grid = `<w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(columns)}</w:tblGrid>`;
  const trs = rows.map((r, i) => `<w:tr>${i < headerRows ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${r.map(cell).join('')}</w:tr>`);
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${trs.join('')}</w:tbl>`;
}

export function documentXml(blocks: DocxBlock[]): string {
  const body = blocks.map((b) => {
    if ('paragraph' in b) return paragraph(b.paragraph);
    const columns = Math.max(...b.table.map((r) => r.reduce((n, c) => n + (c.span ?? 1), 0)));
    // Word puts an empty paragraph between two tables, or it would join them.
    return table(b.table, b.headerRows ?? 0, columns) + '<w:p/>';
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body.join('')}<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>`;
}

/** A minimal but complete .docx package (Word, WPS and LibreOffice open it). */
export async function buildDocx(blocks: DocxBlock[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/document.xml', documentXml(blocks));
  return zip.generateAsync({ type: 'nodebuffer' });
}
