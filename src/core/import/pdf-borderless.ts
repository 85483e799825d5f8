import type { PdfPage } from './pdf-page';
import type { TableLayout } from './pdf-table';

/** A page's table drawn without lines: columns and rows from where the text stands. */
export function borderlessLayout(page: PdfPage): TableLayout | null {
  void page;
  return null;
}
