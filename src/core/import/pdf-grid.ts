import { endsWithClosingPunctuation, joinAcrossBreak } from './join-text';
import { isPageNumber } from './page-furniture';
import type { PdfPage, PdfTextItem } from './pdf-page';
import { borderlessLayout, borderlessTable, type BorderlessTable } from './pdf-borderless';
import { ruledColumns, ruledLayout } from './pdf-ruled';
import { fillTable, type PageTable, type Slot } from './pdf-table';
import { textLines, textParagraphs } from './pdf-text';
import { opensParagraph } from './paragraph-start';
import { printedWidth } from './wrapped-lines';
import { parseCategoryHeading } from './section-heading';
import type { GridMerge } from './types';

/** A PDF's table rebuilt as a worksheet range: value at a merged cell's top-left, merges listed. */
export interface PdfGrid {
  rows: string[][];
  merges: GridMerge[];
  /** Where each row stands in the PDF (same order as `rows`). */
  places: PdfRowPlace[];
}

/**
 * A rebuilt row's page (1-based) and its row in the table as drawn on that page (1-based, the
 * page's header rows counted: what a person counts on the page); no `row` for text outside the table.
 */
export interface PdfRowPlace {
  page: number;
  row?: number;
}

/** Whether any page has text: a scan (pictures of pages) has none. */
export function hasTextLayer(pages: readonly PdfPage[]): boolean {
  return pages.some((p) => p.items.some((i) => i.text.trim() !== ''));
}

/**
 * A breakdown's pages → one grid, as the .docx and .xlsx readers give it: cells rebuilt from
 * the drawn rules (or, for a table drawn without lines, from where its text stands), the header
 * repeated on later pages dropped, a row or merged cell cut by a page break joined again, page
 * numbers left out. Text above and below the table (title, notes) becomes rows of one cell.
 */
export function pdfGrid(allPages: readonly PdfPage[]): PdfGrid {
  // A PDF's text may hold a "space" as wide as the gap between two cells: not a space of the text.
  const pages = allPages.map((p) => ({ ...p, items: withoutPageNumbers(p.items.flatMap(splitAtGaps).filter((i) => i.text.trim() !== '' || (i.text !== '' && i.width <= i.height))) }));
  const columns = ruledColumns(pages.map((p) => p.rules));
  const borderless = columns.length < 2 ? borderlessTable(pages) : null;
  const block = textBlock(pages);
  const tables = pages.map((page, k) => pageTable(page, columns, borderless, k, block));
  const sentences = sentenceColumns(tables.flatMap((t) => t.rows));
  const out: Slot[][] = [];
  const places: PdfRowPlace[] = [];
  let header: string[] | null = null;
  let last: number | null = null;
  tables.forEach((t, k) => {
    const page = k + 1;
    const above = t.above.filter(notFurniture);
    const rows = [...t.rows];
    // The index in the page's table of rows[0].
    let first = 0;
    if (rows.length > 0) {
      if (header === null) header = rows.slice(0, 3).map(rowKey);
      else {
        while (rows.length > 0 && header.includes(rowKey(rows[0]))) {
          rows.shift();
          first += 1;
        }
      }
    }
    const previous = out[out.length - 1]?.[0];
    if (k > 0 && previous && tables[k - 1].openBelow && !t.setInAbove && t.rows.length === 0 && tables[k - 1].rows.length === 0 && above.length > 0
      && !opensParagraph(above[0], previous.text)) {
      // Running text whose paragraph goes on from the page before.
      previous.text = joinAcrossBreak(previous.text, above.shift()!);
    }
    if (last !== null && above.length === 0 && rows.length > 0) {
      joinAtPageBreak(out, last, rows[0], sentences);
      if (rows[0].every((s) => s.continued || s.text === '')) {
        rows.shift();
        first += 1;
      }
    } else {
      out.push(...above.map(lone));
      places.push(...above.map(() => ({ page })));
    }
    if (rows.length > 0) {
      out.push(...rows);
      places.push(...rows.map((_, i) => ({ page, row: first + i + 1 })));
      last = out.length - 1;
    }
    const below = t.below.filter(notFurniture);
    if (below.length > 0) last = null;
    out.push(...below.map(lone));
    places.push(...below.map(() => ({ page })));
  });
  return { ...toGrid(out), places };
}

function pageTable(page: PdfPage, columns: readonly number[], borderless: BorderlessTable | null, index: number, block: TextBlock): PageTable & { openBelow?: boolean; setInAbove?: boolean } {
  const layout = borderless ? borderlessLayout(page, borderless, index) : ruledLayout(page.rules, columns);
  if (layout) return fillTable(layout, page.items);
  // A page of running text (a 分工方案 in prose): its paragraphs, not its printed lines.
  const { paragraphs, open, setIn } = textParagraphs(textLines(page.items), block);
  return { above: paragraphs, rows: [], below: [], openBelow: open, setInAbove: setIn };
}

interface TextBlock {
  left: number;
  right: number;
}

/**
 * Where the lines of text start and end on the pages: the measure a wrapped line fills. Its right
 * edge is where most lines end (justified text ends its full lines there; a line may stick out by
 * a punctuation mark), else the rightmost line's.
 */
function textBlock(pages: readonly PdfPage[]): TextBlock {
  const lines = pages.flatMap((p) => textLines(p.items));
  if (lines.length === 0) return { left: 0, right: 0 };
  const ends = new Map<number, number>();
  for (const l of lines) ends.set(Math.round(l.right), (ends.get(Math.round(l.right)) ?? 0) + 1);
  const [common, count] = [...ends].reduce((a, b) => (b[1] > a[1] || (b[1] === a[1] && b[0] > a[0]) ? b : a));
  return { left: Math.min(...lines.map((l) => l.left)), right: count >= 3 ? common + 0.5 : Math.max(...lines.map((l) => l.right)) };
}

/**
 * A piece of text the PDF reader joined across a gap wider than half a character (`区商务委 社会消费品…`:
 * two cells of a table drawn without lines, on one baseline, one font): cut at the space, each part
 * placed by its characters' width (Chinese characters are square: a font size each), the first from
 * the left, the last to the right. A narrower space is a space of the text.
 */
function splitAtGaps(item: PdfTextItem): PdfTextItem[] {
  // `…增长10%. 发改委`: a store folding full stops to `.` ends its cells so.
  const parts = item.text.split(/(?<=[\u4e00-\u9fa5。，、；：）)”%.])\s+(?=[\u4e00-\u9fa5（(“])/);
  if (parts.length < 2) return [item];
  const widths = parts.map((t) => printedWidth(t) * item.height);
  const gap = (item.width - widths.reduce((a, b) => a + b, 0)) / (parts.length - 1);
  if (gap < item.height * 0.5) return [item];
  let x = item.x;
  return parts.map((text, k) => {
    const piece = { ...item, text, x, width: widths[k] };
    x += widths[k] + gap;
    return piece;
  });
}

/** A page's text without the lines that are only a page number (`— 3 —`, `第3页`), wherever they stand. */
function withoutPageNumbers(items: readonly PdfTextItem[]): PdfTextItem[] {
  const furniture = textLines(items).filter((l) => !notFurniture(l.text));
  if (furniture.length === 0) return [...items];
  const onLine = (i: PdfTextItem) => furniture.some((l) => i.top + i.height / 2 >= l.top && i.top + i.height / 2 <= l.bottom && i.x >= l.left - 1 && i.x + i.width <= l.right + 1);
  return items.filter((i) => !onLine(i));
}

function notFurniture(text: string): boolean {
  return !isPageNumber({ row: 0, cells: [text], breakBefore: false });
}

function lone(text: string): Slot[] {
  return [{ text }];
}

function rowKey(row: readonly Slot[]): string {
  return row.map((s) => s.text.replace(/\s+/g, '')).join('|');
}

/**
 * The first row of a page (`next`) against the last row of the table before the break: the same
 * row cut in two when a column of sentences ends unfinished above and goes on below, or when the
 * row below fills none of those columns; then `next`'s texts are added to the cells above and
 * `next` is emptied. Otherwise only a merged column (or one of section headings) goes on: a blank
 * cell, or one whose text is not a section heading where the column's others are, continues the
 * cell above.
 */
function joinAtPageBreak(out: Slot[][], last: number, next: Slot[], sentences: readonly number[]): void {
  // A row across the table (a section's heading, its sentence columns spanned) leaves no sentence open.
  const openAbove = sentences.some((c) => next[c]?.text && !out[last][c]?.spanned && !endsWithClosingPunctuation(anchorOf(out, last, c).text));
  const noSentence = sentences.length > 0 && sentences.every((c) => !next[c]?.text) && next.some((s) => s.text);
  const cut = openAbove || noSentence;
  next.forEach((slot, c) => {
    if (slot.continued || slot.spanned) return;
    const anchor = anchorOf(out, last, c);
    if (cut) {
      anchor.text = joinAcrossBreak(anchor.text, slot.text);
      next[c] = { text: '', continued: true };
      return;
    }
    const heading = headingColumn(out, c);
    if (!mergedColumn(out, c) && !heading) return;
    if (slot.text === '') next[c] = { text: '', continued: true };
    else if (!parseCategoryHeading(slot.text) && heading) {
      anchor.text = joinAcrossBreak(anchor.text, slot.text);
      next[c] = { text: '', continued: true };
    }
  });
}

/** The slot holding the text of the cell at (row, column): up through merged slots. */
function anchorOf(rows: Slot[][], row: number, column: number): Slot {
  let r = row;
  while (r > 0 && rows[r][column]?.continued) r--;
  return rows[r][column] ?? { text: '' };
}

/** Columns whose filled cells mostly end as sentences do (`。`): the task text. */
function sentenceColumns(rows: readonly Slot[][]): number[] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const found: number[] = [];
  for (let c = 0; c < width; c++) {
    const texts = rows.filter((r) => r.length > 1).map((r) => r[c]?.text ?? '').filter((t) => t.length >= 4);
    if (texts.length >= 2 && texts.filter(endsWithClosingPunctuation).length * 2 >= texts.length) found.push(c);
  }
  return found;
}

/** A column with cells spanning several rows (工作类别 merged per section). */
function mergedColumn(rows: readonly Slot[][], column: number): boolean {
  return rows.some((r) => r.length > 1 && r[column]?.continued);
}

/** A column whose filled cells are mostly section headings (`一、…`). */
function headingColumn(rows: readonly Slot[][], column: number): boolean {
  const texts = rows.filter((r) => r.length > 1).map((r) => r[column]?.text ?? '').filter((t) => t !== '');
  return texts.length > 0 && texts.filter((t) => parseCategoryHeading(t)).length * 2 > texts.length;
}

function toGrid(rows: readonly Slot[][]): Omit<PdfGrid, 'places'> {
  const merges: GridMerge[] = [];
  rows.forEach((row, r) => row.forEach((slot, c) => {
    if (slot.continued || slot.spanned) return;
    let right = c;
    while (row[right + 1]?.spanned) right++;
    let bottom = r;
    while (rows[bottom + 1]?.[c]?.continued) bottom++;
    if (right > c || bottom > r) merges.push({ top: r, left: c, bottom, right });
  }));
  return { rows: rows.map((row) => row.map((s) => s.text)), merges };
}
