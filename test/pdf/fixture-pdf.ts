import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureRows, TITLE } from '../core/import/fixture-table';
import { sofficeConvert } from '../xlsx/libreoffice';

const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The fixture's table as an HTML page: 附件 and the title above, the header in a thead (Writer
 * repeats it on every page), each section's 工作类别 cell merged down its tasks (rowspan,
 * vertically centred as HTML does), with or without cell borders.
 */
export function fixtureHtml(ruled: boolean): string {
  const rows = fixtureRows();
  const body = rows.map((r, i) => {
    const size = rows.slice(i).findIndex((s, k) => k > 0 && s.no !== r.no);
    const span = size === -1 ? rows.length - i : size;
    const category = r.category ? `<td rowspan="${span}">${escape(r.category)}</td>` : '';
    return `<tr>${category}<td>${escape(r.task)}</td><td>${escape(r.lead)}</td><td>${escape(r.deadline)}</td></tr>`;
  });
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${TITLE}</title></head><body>
<p>附件</p><p>${TITLE}</p>
<table border="${ruled ? 1 : 0}" cellpadding="4" cellspacing="0"><thead><tr><th>工作类别</th><th>工作任务</th><th>牵头单位</th><th>完成时限</th></tr></thead>
<tbody>${body.join('\n')}</tbody></table>
</body></html>
`;
}

/** Writes the HTML as `name`.html in `dir` and has LibreOffice Writer print it to PDF (A4, as a document). */
export async function fixturePdf(dir: string, name: string, ruled: boolean): Promise<string> {
  const html = join(dir, `${name}.html`);
  writeFileSync(html, fixtureHtml(ruled));
  return (await sofficeConvert(html, 'pdf:writer_pdf_Export', dir, 'HTML (StarWriter)')).output;
}
