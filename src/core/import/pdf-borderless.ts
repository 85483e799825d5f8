import { headerRole } from './header';
import { parseCategoryHeading } from './section-heading';
import type { PdfPage, PdfTextItem } from './pdf-page';
import type { TableLayout } from './pdf-table';
import { cellText, textLines, type TextLine } from './pdf-text';

/**
 * A table drawn without lines, over all pages: its columns are where the text stands, separated by
 * vertical strips no text crosses (below the header; a title above the table may cross them).
 */
export interface BorderlessTable {
  /** Column edges, left to right. */
  columns: number[];
  /** Per page: where the table starts (its header row, or the page's top). */
  tops: number[];
  /** Columns whose cells mostly span several rows (工作类别 merged per section). */
  merged: Set<number>;
  /** Blank space between two lines of one cell, and more than that between rows. */
  rowGap: number;
  /** Merged columns whose text stands at the top of its cells (else it is centred). */
  topAligned: Set<number>;
}

const MIN_STRIP = 4;

export function borderlessTable(pages: readonly PdfPage[]): BorderlessTable | null {
  const size = median(pages.flatMap((p) => p.items.map((i) => i.height)).filter((h) => h > 0)) || 10;
  let found = false;
  const tops = pages.map((p) => {
    const header = headerTop(p.items, size);
    if (header !== null) found = true;
    return header ?? (found ? 0 : Infinity);
  });
  if (!found) return null;
  const items = pages.flatMap((p, k) => tableItems(p.items, tops[k], size));
  const header = pages.flatMap((p) => headerItems(p.items, size));
  const columns = joinNamelessColumns(splitByHeader(columnEdges(items), items, header), items, header, size);
  if (columns.length < 3) return null;
  const lines = pages.flatMap((p, k) => columnLines(tableItems(p.items, tops[k], size), columns));
  const gaps = lines.flatMap((col) => col.slice(1).map((l, i) => l.top - col[i].bottom)).filter((g) => g > -size / 2);
  // The header stands a row apart from the first row: a cell's lines are closer than that (every
  // cell of one line, the only recurring gap is between rows).
  const rowGap = Math.min(lineGap(gaps, size) + size / 4, ...pages.map((p, k) => gapBelowHeader(columnLines(tableItems(p.items, tops[k], size), columns), p.items, tops[k], size) - 0.5));
  // Section titles are rows of their own, no column's: a column of numbers beside them is not merged.
  const blockCounts = columns.slice(1).map((_, c) => pages.reduce((n, p, k) => {
    const byColumn = columnLines(tableItems(p.items, tops[k], size), columns);
    const titles = titleLines(byColumn, size);
    return n + blocks(byColumn[c].filter((l) => !titles.has(l)), rowGap).length;
  }, 0));
  const most = Math.max(...blockCounts);
  const merged = new Set(blockCounts.map((n, c) => (n < most * 0.6 ? c : -1)).filter((c) => c >= 0));
  const table = { columns, tops, merged, rowGap, topAligned: new Set<number>() };
  for (const c of merged) {
    const found = pages.flatMap((p, k) => (Number.isFinite(tops[k]) ? mergedBlocks(pageLines(p, table, k), c, rowGap, size) : []));
    // Centred text starts level with a row now and then; text set at the top nearly always does.
    if (found.length > 0 && found.filter((b) => b.aligned >= 0).length >= found.length * 0.8) table.topAligned.add(c);
  }
  return table;
}

interface Band {
  top: number;
  bottom: number;
}

interface PageLines {
  byColumn: TextLine[][];
  bands: Band[];
}

/** A page's lines per column, and the rows (bands) the columns that are not merged make. */
function pageLines(page: PdfPage, table: Omit<BorderlessTable, 'topAligned'>, pageIndex: number): PageLines {
  const size = median(page.items.map((i) => i.height).filter((h) => h > 0)) || 10;
  const all = columnLines(tableItems(page.items, table.tops[pageIndex], size), table.columns);
  const titles = titleLines(all, size);
  const byColumn = all.map((lines) => lines.filter((l) => !titles.has(l)));
  const open = byColumn.flatMap((lines, c) => (table.merged.has(c) ? [] : lines.map((line) => ({ line, c })))).sort((a, b) => a.line.top - b.line.top);
  const grouped = blocks(open.map((o) => o.line), table.rowGap);
  const columnOf = new Map(open.map((o) => [o.line, o.c]));
  const rowBands = joinLoneParagraphs(grouped.map((b) => b.map((line) => ({ line, c: columnOf.get(line)! }))), size)
    .map((b) => ({ top: Math.min(...b.map((o) => o.line.top)), bottom: Math.max(...b.map((o) => o.line.bottom)) }));
  const titleBands = blocks([...titles].sort((a, b) => a.top - b.top), 0).map((b) => ({ top: Math.min(...b.map((l) => l.top)), bottom: Math.max(...b.map((l) => l.bottom)) }));
  const bands = [...rowBands, ...titleBands].sort((a, b) => a.top - b.top);
  return { byColumn, bands };
}

type Placed = { line: TextLine; c: number };

/**
 * A band holding one column's text only, right above or below a band with text in that column too,
 * is a paragraph of that row's tall cell (paragraph spacing is wider than between rows' lines) when
 * the row's other cells are centred on both together: joined to it.
 */
function joinLoneParagraphs(bands: Placed[][], size: number): Placed[][] {
  const out = [...bands];
  const centre = (b: readonly Placed[]) => (Math.min(...b.map((o) => o.line.top)) + Math.max(...b.map((o) => o.line.bottom))) / 2;
  const columns = (b: readonly Placed[]) => new Set(b.map((o) => o.c));
  const centredOnUnion = (lone: Placed[], row: Placed[]) => {
    const c = [...columns(lone)][0];
    if (columns(lone).size !== 1 || !columns(row).has(c) || columns(row).size < 2) return false;
    const union = centre([...lone, ...row]);
    const own = centre(row);
    // The other cells' text: each column's block centred on the union, not on the row without the lone band.
    return [...columns(row)].filter((k) => k !== c).every((k) => {
      const block = centre(row.filter((o) => o.c === k));
      return Math.abs(block - union) < size && Math.abs(block - union) < Math.abs(block - own);
    });
  };
  for (let k = 0; k < out.length; k++) {
    if (k + 1 < out.length && centredOnUnion(out[k], out[k + 1])) {
      out.splice(k, 2, [...out[k], ...out[k + 1]]);
      k -= 1;
    } else if (k > 0 && centredOnUnion(out[k], out[k - 1])) {
      out.splice(k - 1, 2, [...out[k - 1], ...out[k]]);
      k -= 2;
    }
  }
  return out;
}

interface MergedBlock {
  block: TextLine[];
  top: number;
  bottom: number;
  /** The band starting level with it, or -1. */
  aligned: number;
}

function mergedBlocks({ byColumn, bands }: PageLines, column: number, rowGap: number, size: number): MergedBlock[] {
  return blocks(byColumn[column], rowGap).map((block) => {
    const top = Math.min(...block.map((l) => l.top));
    return { block, top, bottom: Math.max(...block.map((l) => l.bottom)), aligned: bands.findIndex((b) => Math.abs(b.top - top) < size / 2) };
  });
}

/** Top of the row naming two or more known columns (工作任务, 牵头单位 …), less a line for a wrapped name. */
function headerTop(items: readonly PdfTextItem[], size: number): number | null {
  const named = stackedNames(words(items, size), size).filter((i) => isHeaderName(i.text));
  const middle = (i: PdfTextItem) => i.top + i.height / 2;
  for (const item of [...named].sort((a, b) => a.top - b.top)) {
    if (named.filter((o) => Math.abs(middle(o) - middle(item)) < size / 2).length >= 2) return item.top - size * 1.5;
  }
  return null;
}

/**
 * A header name wrapped in a narrow column (`责任单` over `位`, `序` over `号`), as one piece: a
 * piece right below another, within its width, when together they make a known name and neither does.
 */
function stackedNames(items: readonly PdfTextItem[], size: number): PdfTextItem[] {
  const out = [...items].sort((a, b) => a.top - b.top || a.x - b.x);
  for (let k = 0; k < out.length; k++) {
    const a = out[k];
    if (isHeaderName(a.text)) continue;
    const j = out.findIndex((b, n) => n > k && b.top > a.top && b.top - (a.top + a.height) < size * 0.6 && b.x >= a.x - 1 && b.x + b.width <= a.x + a.width + 1
      && !isHeaderName(b.text) && isHeaderName(a.text.trim() + b.text.trim()));
    if (j < 0) continue;
    const b = out[j];
    out[k] = { text: a.text.trim() + b.text.trim(), x: a.x, top: a.top, width: a.width, height: b.top + b.height - a.top };
    out.splice(j, 1);
  }
  return out;
}

/**
 * Pieces of text side by side on one line with no gap between them, as one piece: a PDF may cut a
 * word where its font changes (`重点` `工` `作` when a character's glyph comes from another font).
 */
function words(items: readonly PdfTextItem[], size: number): PdfTextItem[] {
  const sorted = items.filter((i) => i.text.trim() !== '').sort((a, b) => a.top - b.top || a.x - b.x);
  const out: PdfTextItem[] = [];
  for (const item of sorted) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.top - item.top) < size / 4 && item.x - (last.x + last.width) < size / 4 && item.x >= last.x) {
      out[out.length - 1] = { ...last, text: last.text + item.text, width: item.x + item.width - last.x };
    } else out.push(item);
  }
  return out;
}

function tableItems(items: readonly PdfTextItem[], top: number, size: number): PdfTextItem[] {
  void size;
  return items.filter((i) => i.text !== '' && i.top + i.height / 2 >= top);
}

/**
 * Edges at the middle of each vertical strip of at least MIN_STRIP points that (almost) no text
 * covers. A few lines standing alone on their line may cross a strip (a section title over the
 * table's width), and a header name over two columns; text sharing its line with another cell's
 * never does (`区发改局  区财政局、…、区文化…` is a cell of units, however few rows there are to show its column).
 */
function columnEdges(all: readonly PdfTextItem[]): number[] {
  const items = all.filter((i) => i.text.trim() !== '');
  if (items.length === 0) return [];
  const left = Math.floor(Math.min(...items.map((i) => i.x)));
  const right = Math.ceil(Math.max(...items.map((i) => i.x + i.width)));
  const cover = new Array<number>(right - left + 1).fill(0);
  const size = median(items.map((i) => i.height).filter((h) => h > 0)) || 10;
  const runs = words(items, size);
  // Another run on the line, apart from this one by more than a space: another cell's text.
  const apart = (a: PdfTextItem, b: PdfTextItem) => Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width)) > size / 2;
  const shared = (run: PdfTextItem) => runs.some((o) => o !== run && Math.abs(o.top - run.top) < size / 4 && apart(o, run));
  // A header name over two columns (`工作任务` over 类别 and 任务) is no cell's text.
  const hard = new Set(runs.filter((r) => shared(r) && headerRole(r.text.replace(/\s+/g, '')) === null));
  const runOf = (i: PdfTextItem) => runs.find((r) => Math.abs(r.top - i.top) < size / 4 && r.x <= i.x + 0.5 && i.x + i.width <= r.x + r.width + 0.5);
  // A section title alone on its line (`二、全力以赴扩投资…`) stands over the table's width: it crosses
  // the strips, however many sections follow one another.
  const title = new Set(runs.filter((r) => !shared(r) && parseCategoryHeading(r.text.trim()) !== null));
  for (const i of items) {
    const run = runOf(i);
    if (run && title.has(run)) continue;
    const weight = run && hard.has(run) ? Infinity : 1;
    // A header name's trailing space is no ink (`序号 ` touching the next name), nor one ending its
    // line (`区发展改革委 ` touching the next cell's text on another line); one the text goes on after is its text's (`2023年 6月`).
    const goesOn = items.some((o) => o !== i && Math.abs(o.top - i.top) < size / 4 && Math.abs(o.x - (i.x + i.width)) < size / 4);
    const end = isHeaderName(i.text) || !goesOn ? inkRight(i) : i.x + i.width;
    for (let x = Math.floor(i.x) + 1; x < Math.ceil(end) - 1; x++) cover[x - left] += weight;
  }
  const allowed = Math.max(1, items.length * 0.03);
  const edges = [left - 1];
  let start = -1;
  cover.forEach((n, k) => {
    if (n <= allowed) {
      if (start < 0) start = k;
      return;
    }
    if (start >= 0 && k - start >= MIN_STRIP && start > 0) edges.push(left + (start + k) / 2);
    start = -1;
  });
  edges.push(right + 1);
  return edges;
}

/** Where an item's text ends, its trailing spaces left out (`序号 ` reaches the next column's name). */
function inkRight(item: PdfTextItem): number {
  const kept = item.text.trimEnd().length;
  return kept === item.text.length || item.text.length === 0 ? item.x + item.width : item.x + item.width * (kept + 0.5) / (item.text.length + 0.5 * (item.text.length - kept));
}

function isHeaderName(text: string): boolean {
  const role = headerRole(text.replace(/\s+/g, ''));
  return role !== null && role !== 'other';
}

/** The text of the header row: the lines its known names stand on, and a line above or below (a wrapped name). */
function headerItems(items: readonly PdfTextItem[], size: number): PdfTextItem[] {
  const names = stackedNames(items, size).filter((i) => isHeaderName(i.text));
  const middle = (i: PdfTextItem) => i.top + i.height / 2;
  const first = [...names].sort((a, b) => a.top - b.top).find((n) => names.filter((o) => Math.abs(middle(o) - middle(n)) < size / 2).length >= 2);
  if (!first) return [];
  const row = names.filter((n) => Math.abs(n.top - first.top) < size * 2);
  const top = Math.min(...row.map((n) => n.top)) - size * 1.5;
  const bottom = Math.max(...row.map((n) => n.top + n.height)) + size * 1.5;
  return items.filter((i) => i.text.trim() !== '' && i.top >= top && i.top + i.height <= bottom);
}

/**
 * A column holding two header names side by side (`完成时限` and `备注`, whose cells are all blank so
 * that no strip of blank space showed between them) is two columns: split in the gap between the
 * names, when no other text crosses it.
 */
function splitByHeader(edges: readonly number[], items: readonly PdfTextItem[], header: readonly PdfTextItem[]): number[] {
  const out = [edges[0]];
  for (let c = 1; c < edges.length; c++) {
    const inside = header.filter((i) => i.x + i.width / 2 >= edges[c - 1] && i.x + i.width / 2 < edges[c]).sort((a, b) => a.x - b.x);
    for (let k = 1; k < inside.length; k++) {
      const end = Math.max(...inside.slice(0, k).map(inkRight));
      const gap = inside[k].x - end;
      const at = end + gap / 2;
      // Text set over several columns (a title, a note under the table) crosses strips anyway.
      const spans = (i: PdfTextItem) => edges.slice(1, -1).some((e) => i.x + 1 < e && i.x + i.width - 1 > e);
      const crossed = items.some((i) => !header.includes(i) && !spans(i) && i.x < at && i.x + i.width > at);
      if (gap >= MIN_STRIP && !crossed && (isHeaderName(inside[k].text) || isHeaderName(inside[k - 1].text))) out.push(at);
    }
    out.push(edges[c]);
  }
  return out;
}

/**
 * A column no header name stands over, whose every piece of text goes on a piece of the column
 * before it on the same line, with hardly a gap (`2023年` `6` / `月`: a cell's text wrapped at its
 * edge): part of that column.
 */
function joinNamelessColumns(edges: readonly number[], items: readonly PdfTextItem[], header: readonly PdfTextItem[], size: number): number[] {
  const out = [...edges];
  for (let c = out.length - 2; c >= 1; c--) {
    const inColumn = (i: PdfTextItem, k: number) => i.x + i.width / 2 >= out[k] && i.x + i.width / 2 < out[k + 1];
    if (header.some((i) => inColumn(i, c) && i.text.trim() !== '')) continue;
    const pieces = items.filter((i) => i.text.trim() !== '' && inColumn(i, c));
    const follows = (i: PdfTextItem, o: PdfTextItem) => o !== i && Math.abs(o.top - i.top) < size / 4 && i.x - inkRight(o) >= -1 && i.x - inkRight(o) < size / 2;
    // The first piece on its line goes on the column before's text; the others on it (`6%` `以`) go on that one.
    const goesOn = (i: PdfTextItem): boolean => items.some((o) => inColumn(o, c - 1) && follows(i, o)) || pieces.some((o) => o.x < i.x && follows(i, o) && goesOn(o));
    if (pieces.length > 0 && pieces.every(goesOn)) out.splice(c, 1);
  }
  return out;
}

/** Each column's lines, top to bottom. */
function columnLines(items: readonly PdfTextItem[], columns: readonly number[]): TextLine[][] {
  return columns.slice(1).map((edge, c) => textLines(items.filter((i) => {
    const x = i.x + i.width / 2;
    return x >= columns[c] && x < edge;
  })));
}

/**
 * The lines of section titles set over the table's width (`二、全力以赴扩投资…`): what stands on one
 * line across the columns, nothing else on it, reads as a numbered heading. A row of its own each.
 */
function titleLines(byColumn: readonly TextLine[][], size: number): Set<TextLine> {
  const lines = byColumn.flatMap((col, c) => col.map((line) => ({ line, c }))).sort((a, b) => a.line.top - b.line.top || a.c - b.c);
  const found = new Set<TextLine>();
  for (let k = 0; k < lines.length;) {
    let end = k + 1;
    while (end < lines.length && Math.abs(lines[end].line.top - lines[k].line.top) < size / 2) end += 1;
    const row = lines.slice(k, end);
    // A cell's line beside it (above or below within a line's height) makes it part of a row.
    const alone = !lines.some((o, i) => (i < k || i >= end) && o.line.top < row[0].line.bottom + size / 2 && o.line.bottom > row[0].line.top - size / 2);
    if (alone && parseCategoryHeading(row.map((o) => o.line.text).join('').trim()) !== null) for (const o of row) found.add(o.line);
    k = end;
  }
  return found;
}

/** The blank between the header row's lowest line and the first line below it, on a page whose header stands there. */
function gapBelowHeader(lines: readonly TextLine[][], items: readonly PdfTextItem[], top: number, size: number): number {
  const header = headerItems(items, size);
  if (!Number.isFinite(top) || header.length === 0) return Infinity;
  const bottom = Math.max(...header.map((i) => i.top + i.height));
  const below = lines.flat().filter((l) => l.top >= bottom - size / 4).map((l) => l.top - bottom);
  return below.length > 0 ? Math.max(0, Math.min(...below)) : Infinity;
}

/** Lines grouped into blocks: a gap wider than `rowGap` starts a new one. */
function blocks(lines: readonly TextLine[], rowGap: number): TextLine[][] {
  const found: TextLine[][] = [];
  for (const line of lines) {
    const last = found[found.length - 1];
    if (last && line.top - Math.max(...last.map((l) => l.bottom)) <= rowGap) last.push(line);
    else found.push([line]);
  }
  return found;
}

/**
 * A page of the table: rows are the blocks of text of the columns that are not merged (a gap
 * wider than between two lines of a cell separates rows); a merged column's block of text covers
 * the rows from its own top row (text at the top of its cell) or from the end of the block above
 * (text centred), to the row that centres it.
 */
export function borderlessLayout(page: PdfPage, table: BorderlessTable, pageIndex: number): TableLayout | null {
  const top = table.tops[pageIndex];
  if (!Number.isFinite(top)) return null;
  const size = median(page.items.map((i) => i.height).filter((h) => h > 0)) || 10;
  const lines = pageLines(page, table, pageIndex);
  const { byColumn, bands } = lines;
  if (bands.length === 0) return null;
  const rows = [Math.min(top, bands[0].top - 1)];
  for (let k = 1; k < bands.length; k++) rows.push((bands[k - 1].bottom + bands[k].top) / 2);
  rows.push(Math.max(...byColumn.flat().map((l) => l.bottom), bands[bands.length - 1].bottom) + 1);
  const placed = new Map<string, string>();
  const covered = new Set<string>();
  for (const c of table.merged) {
    const found = mergedBlocks(lines, c, table.rowGap, size);
    const topAligned = table.topAligned.has(c);
    const regions = topAligned ? topAlignedRegions(found.map((b) => b.aligned), bands.length) : centredRegions(found, rows, size);
    found.forEach(({ block }, k) => {
      const [start, last] = regions[k];
      const box = { left: table.columns[c], top: rows[start], right: table.columns[c + 1], bottom: rows[last + 1] };
      placed.set(`${start},${c}`, [placed.get(`${start},${c}`), cellText(block, box)].filter(Boolean).join(''));
      for (let r = start + 1; r <= last; r++) covered.add(`${r},${c}`);
    });
    if (topAligned) {
      // A top-aligned merged cell runs down to the next one.
      let inCell = false;
      for (let r = 0; r < bands.length; r++) {
        if (placed.has(`${r},${c}`)) inCell = true;
        else if (inCell) covered.add(`${r},${c}`);
      }
    }
    for (let r = 0; r < bands.length; r++) if (!covered.has(`${r},${c}`) && !placed.has(`${r},${c}`)) placed.set(`${r},${c}`, '');
  }
  // The header's row is never one cell, its names set close together or not.
  const spans = spanningRows(page.items, table.columns, rows, top > 0 ? 1 : 0);
  return {
    columns: table.columns,
    rows,
    leftEdge: (r, c) => {
      const span = spans.get(r);
      return !span || c <= span[0] || c > span[1];
    },
    topEdge: (r, c) => !covered.has(`${r},${c}`),
    placed,
  };
}

/**
 * Rows of a single line whose text runs across a column strip (a section title `一、2025年…目标`
 * set over the whole width): the columns from the first to the last its text reaches are one cell there.
 */
function spanningRows(items: readonly PdfTextItem[], columns: readonly number[], rows: readonly number[], from: number): Map<number, [number, number]> {
  const spans = new Map<number, [number, number]>();
  const inner = columns.slice(1, -1);
  for (let r = from; r + 1 < rows.length; r++) {
    const inRow = items.filter((i) => i.text.trim() !== '' && i.top + i.height / 2 >= rows[r] && i.top + i.height / 2 < rows[r + 1]);
    const oneLine = inRow.length > 0 && Math.max(...inRow.map((i) => i.top)) - Math.min(...inRow.map((i) => i.top)) < Math.min(...inRow.map((i) => i.height)) / 2;
    if (!oneLine || !inRow.some((i) => inner.some((edge) => i.x + 1 < edge && i.x + i.width - 1 > edge))) continue;
    const column = (x: number) => Math.max(0, columns.findIndex((edge, k) => k + 1 < columns.length && x >= edge && x < columns[k + 1]));
    const first = Math.min(...inRow.map((i) => column(i.x)));
    const last = Math.max(...inRow.map((i) => column(i.x + i.width - 1)));
    spans.set(r, [first, last]);
  }
  return spans;
}

/** Each block from the row it starts level with (or the row after the block above) to that row. */
function topAlignedRegions(aligned: readonly number[], rowCount: number): [number, number][] {
  let end = -1;
  return aligned.map((a) => {
    const start = a > end ? a : Math.min(end + 1, rowCount - 1);
    end = start;
    return [start, start];
  });
}

/**
 * Rows for blocks of text centred in merged cells: the cells follow each other down the column
 * (the first below the header may start lower: the rows above belong to a cell begun on the page
 * before), each
 * holds its block, and together they centre their blocks best (least total distance).
 */
function centredRegions(found: readonly { top: number; bottom: number }[], rows: readonly number[], size: number): [number, number][] {
  const n = rows.length - 1;
  const holds = (b: { top: number; bottom: number }, s: number, e: number) => rows[s] <= b.top + size / 2 && rows[e + 1] >= b.bottom - size / 2;
  const error = (b: { top: number; bottom: number }, s: number, e: number) => Math.abs((rows[s] + rows[e + 1]) / 2 - (b.top + b.bottom) / 2);
  // cost[e]: least total distance for the blocks so far, the last ending at row e; from[k][e]: its start.
  let cost = new Array<number>(n).fill(Infinity);
  const from: number[][] = [];
  found.forEach((b, k) => {
    const next = new Array<number>(n).fill(Infinity);
    from.push(new Array<number>(n).fill(-1));
    for (let s = 0; s < n; s++) {
      // Rows may be left before the first block, and between the header's cell (row 0) and the next.
      const afterHeader = k === 1 && s > 1 ? cost[0] : Infinity;
      const before = k === 0 ? 0 : s === 0 ? Infinity : Math.min(cost[s - 1], afterHeader);
      if (!Number.isFinite(before)) continue;
      for (let e = s; e < n; e++) {
        if (!holds(b, s, e)) continue;
        const total = before + error(b, s, e);
        if (total < next[e]) [next[e], from[k][e]] = [total, s];
      }
    }
    cost = next;
  });
  let e = cost.indexOf(Math.min(...cost));
  const regions: [number, number][] = [];
  for (let k = found.length - 1; k >= 0; k--) {
    const s = e >= 0 ? from[k][e] : -1;
    if (s < 0) return found.map((b) => { const r = Math.max(0, rows.findIndex((_, i) => i < n && b.top < rows[i + 1])); return [r, r]; });
    regions.unshift([s, e]);
    e = s - 1;
  }
  return regions;
}

/**
 * The blank between two lines of one cell: the smallest gap that recurs (two gaps within a point
 * and a half of it). Rows are further apart (cell padding), and a table wraps some of its cells.
 */
function lineGap(gaps: readonly number[], size: number): number {
  const sorted = gaps.filter((g) => g >= 0).sort((a, b) => a - b);
  const recurring = sorted.find((g, i) => sorted[i + 1] !== undefined && sorted[i + 1] - g <= 1.5);
  return recurring ?? size / 2;
}

function median(values: readonly number[]): number {
  return percentile(values, 0.5) ?? 0;
}

function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}
