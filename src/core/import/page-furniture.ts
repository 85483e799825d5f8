import type { SourceRow } from './types';

export const NOTE = /^(注|备注|说明|附注)\s*[:：]/;
/** `－ 2 －`, `- 12 -`, `第 3 页`, `3/10`: a page number the PDF text kept. */
const PAGE_NUMBER = /^(?:[-－—–]\s*\d+\s*[-－—–]|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;

/** A row holding only a page number: a page break in PDF text. */
export function isPageNumber(row: SourceRow): boolean {
  const filled = row.cells.map((c) => c.trim()).filter((c) => c !== '');
  return filled.length === 1 && PAGE_NUMBER.test(filled[0]);
}
