import type { SourceRow } from './types';

export const NOTE = /^(注|备注|说明|附注)\s*[:：]/;
/** A web page's furniture after its text (`来源：…`, `附件下载`). */
export const PAGE_TAIL = /^(?:(?:信息来源|来源|责任编辑|编辑|抄送)\s*[:：]|附件下载|打印本页|关闭窗口)/;

/** A page's close after its table: the sender and the date it was issued, then the page's furniture. */
export function closingOfPage(rest: string): boolean {
  return /^\S{2,30}\s+\d{4}年\d{1,2}月\d{1,2}日(?:印发)?(?:\s|$)/.test(rest) || PAGE_TAIL.test(rest);
}
/** `－ 2 －`, `- 12 -`, `第 3 页`, `3/10`: a page number the PDF text kept. */
const PAGE_NUMBER = /^(?:[-－—–]\s*\d+\s*[-－—–]|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;

/** A row holding only a page number: a page break in PDF text. */
export function isPageNumber(row: SourceRow): boolean {
  const filled = row.cells.map((c) => c.trim()).filter((c) => c !== '');
  return filled.length === 1 && PAGE_NUMBER.test(filled[0]);
}

/** The labels of a web page's index block (`索引号:`, `发布机构:`, `成文日期:`), which names the document, never a task. */
const INDEX_LABEL = /^(?:索引号|发布机构|发文机关|发文单位|成文日期|发文日期|发布日期|公开日期|生成日期|组配分类|主题分类|体裁分类|服务对象分类|文号|发文字号|有效性|公开方式|公开范围|信息来源|来源|所属机构|信息分类|主题词|名称|标题)\s*[:：]?$/;

/**
 * A line of a web page's index block (`索引号: | 1137…/2022-04772 | 成文日期: | 2022-10-08`), as a
 * page's text gives it around the table: its label and value pairs, the first label written with its
 * colon (or two labels) — the page's furniture. Under the table it ends the table.
 */
export function isPageIndexRow(row: SourceRow): boolean {
  const filled = row.cells.map((c) => c.trim()).filter((c) => c !== '');
  const labels = filled.filter((_, i) => i % 2 === 0);
  return filled.length >= 2 && labels.every((l) => INDEX_LABEL.test(l)) && (labels.length >= 2 || /[:：]$/.test(labels[0]));
}
