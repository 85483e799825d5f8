/**
 * Documents for LibreOffice Writer to turn into .docx: a breakdown described once (paragraphs and
 * tables with HTML-style colspan/rowspan) and written as HTML or as flat ODT (.fodt). Writer, not
 * our code, then decides how the .docx expresses merges, line breaks and header rows.
 */

export interface WriterCell {
  /** '\n' separates paragraphs, or line breaks within one paragraph when `breaks` is 'line'. */
  text: string;
  colspan?: number;
  rowspan?: number;
  breaks?: 'paragraph' | 'line';
  /** .fodt only: each paragraph a heading of this outline level, numbered by Writer (`一、`, `（一）`). */
  heading?: 1 | 2;
  /** .fodt only: each paragraph an item of this automatically numbered list (see `LIST_STYLES`). */
  list?: keyof typeof LIST_STYLES;
  /** .fodt only: the cell's content as ODF paragraphs, for what the model has no words for. */
  odf?: string;
}

/**
 * Numbering the .fodt documents may use, none of it text in the document: headings numbered by
 * the outline (`一、`, then `（一）` restarting under each), `seq` counting on through every cell
 * and table that uses it (a 序号 column), `steps` a list of its own in each cell (`1.`, `2.`).
 */
export const LIST_STYLES = {
  seq: '<text:list-level-style-number text:level="1" style:num-format="1"/>',
  steps: '<text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>',
};

export interface WriterTable {
  /** Rows as HTML writes them: a cell covered by a span above or to the left is left out. */
  rows: WriterCell[][];
  /** The first rows, repeated on every page (thead / table:table-header-rows). */
  headerRows?: number;
}

/** `odf`: body XML as is (.fodt only): tracked-change declarations, a paragraph with a text box. */
export type WriterBlock = { paragraph: string } | { table: WriterTable } | { odf: string };

/** A cell of a table, placed on its grid, or the position a span covers. */
type Slot = { cell: WriterCell } | { covered: true };

/** Places HTML-style rows on a grid (a rowspan covers the slots below it). */
export function layOut(rows: readonly WriterCell[][]): Slot[][] {
  const grid: Slot[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    let column = 0;
    for (const cell of cells) {
      while (grid[r][column]) column++;
      const [down, across] = [cell.rowspan ?? 1, cell.colspan ?? 1];
      if (r + down > rows.length) throw new Error(`rowspan ${down} in row ${r + 1} runs past the table`);
      for (let i = 0; i < down; i++) for (let j = 0; j < across; j++) grid[r + i][column + j] = i === 0 && j === 0 ? { cell } : { covered: true };
      column += across;
    }
  });
  const width = Math.max(...grid.map((r) => r.length));
  grid.forEach((r, i) => {
    for (let c = 0; c < width; c++) if (!r[c]) throw new Error(`row ${i + 1} has no cell in column ${c + 1}`);
  });
  return grid;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function htmlCell(cell: WriterCell, tag: 'td' | 'th'): string {
  if (cell.odf || cell.heading || cell.list) throw new Error('ODF-only cell in an HTML document');
  const spans = `${(cell.colspan ?? 1) > 1 ? ` colspan="${cell.colspan}"` : ''}${(cell.rowspan ?? 1) > 1 ? ` rowspan="${cell.rowspan}"` : ''}`;
  const parts = cell.text.split('\n').map(escape);
  const body = cell.breaks === 'line' ? parts.join('<br>') : parts.map((p) => `<p>${p}</p>`).join('');
  return `<${tag}${spans}>${body}</${tag}>`;
}

export function toHtml(blocks: readonly WriterBlock[]): string {
  const body = blocks.map((b) => {
    if ('odf' in b) throw new Error('raw ODF has no HTML form');
    if ('paragraph' in b) return `<p>${escape(b.paragraph)}</p>`;
    layOut(b.table.rows);
    const header = b.table.headerRows ?? 0;
    const tr = (cells: WriterCell[], tag: 'td' | 'th') => `<tr>${cells.map((c) => htmlCell(c, tag)).join('')}</tr>`;
    const head = header > 0 ? `<thead>${b.table.rows.slice(0, header).map((r) => tr(r, 'th')).join('')}</thead>` : '';
    return `<table border="1">${head}<tbody>${b.table.rows.slice(header).map((r) => tr(r, 'td')).join('')}</tbody></table>`;
  });
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>任务分解表</title></head><body>\n${body.join('\n')}\n</body></html>\n`;
}

const ODF_NS = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
  draw: 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0',
  svg: 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0',
  dc: 'http://purl.org/dc/elements/1.1/',
  xlink: 'http://www.w3.org/1999/xlink',
};

/** Every `seq` list goes on from the first one, which gets the id. */
const SEQ_CONTINUES = 'text:continue-list="seq-list"';

function odfParagraph(text: string, lineBreaks = false, cell: WriterCell = { text }): string {
  const inner = lineBreaks ? text.split('\n').map(escape).join('<text:line-break/>') : escape(text);
  const paragraph = cell.heading ? `<text:h text:style-name="Heading_20_${cell.heading}" text:outline-level="${cell.heading}">${inner}</text:h>` : `<text:p>${inner}</text:p>`;
  return cell.list === 'seq' ? `<text:list text:style-name="seq" ${SEQ_CONTINUES}><text:list-item>${paragraph}</text:list-item></text:list>` : paragraph;
}

function odfCell(slot: Slot): string {
  if ('covered' in slot) return '<table:covered-table-cell/>';
  const { cell } = slot;
  if (cell.odf) return `<table:table-cell office:value-type="string">${cell.odf}</table:table-cell>`;
  const spans = `${(cell.colspan ?? 1) > 1 ? ` table:number-columns-spanned="${cell.colspan}"` : ''}${(cell.rowspan ?? 1) > 1 ? ` table:number-rows-spanned="${cell.rowspan}"` : ''}`;
  let body = cell.breaks === 'line' ? odfParagraph(cell.text, true, cell) : cell.text.split('\n').map((p) => odfParagraph(p, false, cell)).join('');
  if (cell.list === 'steps') body = `<text:list text:style-name="steps">${body.replace(/<text:p>.*?<\/text:p>/g, (p) => `<text:list-item>${p}</text:list-item>`)}</text:list>`;
  return `<table:table-cell office:value-type="string"${spans}>${body}</table:table-cell>`;
}

/** A flat ODT (one XML file) holding the blocks, landscape A4; text style `hidden` hides text. */
export function toFodt(blocks: readonly WriterBlock[]): string {
  let tables = 0;
  const body = blocks.map((b) => {
    if ('odf' in b) return b.odf;
    if ('paragraph' in b) return odfParagraph(b.paragraph);
    const grid = layOut(b.table.rows);
    const header = b.table.headerRows ?? 0;
    const tr = (slots: Slot[]) => `<table:table-row>${slots.map(odfCell).join('')}</table:table-row>`;
    const head = header > 0 ? `<table:table-header-rows>${grid.slice(0, header).map(tr).join('')}</table:table-header-rows>` : '';
    tables += 1;
    return `<table:table table:name="表格${tables}"><table:table-column table:number-columns-repeated="${grid[0].length}"/>${head}${grid.slice(header).map(tr).join('')}</table:table>`;
  });
  const text = body.join('\n').replace(SEQ_CONTINUES, 'xml:id="seq-list"');
  const ns = Object.entries(ODF_NS).map(([k, v]) => `xmlns:${k}="${v}"`).join(' ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${ns} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"/>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2"/>
<text:outline-style style:name="Outline">
<text:outline-level-style text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、"/>
<text:outline-level-style text:level="2" style:num-format="一, 二, 三, ..." style:num-prefix="（" style:num-suffix="）"/>
</text:outline-style>
${Object.entries(LIST_STYLES).map(([name, level]) => `<text:list-style style:name="${name}">${level}</text:list-style>`).join('\n')}
</office:styles>
<office:automatic-styles>
<style:style style:name="hidden" style:family="text"><style:text-properties text:display="none"/></style:style><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
${text}
</office:text></office:body></office:document>
`;
}
