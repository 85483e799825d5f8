import type { Box, PdfTextItem } from './pdf-page';
import { cellText, inBox, textLines } from './pdf-text';

/** A slot of a page's table: a cell's text at its top-left slot, the slots it covers blank. */
export interface Slot {
  text: string;
  /** Covered by the cell of the row above (a vertical merge). */
  continued?: boolean;
  /** Covered by the cell to the left (a horizontal merge). */
  spanned?: boolean;
}

/** A page's table as rows of slots, with the lines of text above and below it. */
export interface PageTable {
  above: string[];
  rows: Slot[][];
  below: string[];
}

/**
 * The table's layout on one page: column edges (x) and row edges (y), and which edges are drawn
 * between two slots (an edge not drawn joins them into one cell).
 */
export interface TableLayout {
  columns: number[];
  rows: number[];
  /** Whether slot (row, column) is separated from the slot to its left. */
  leftEdge(row: number, column: number): boolean;
  /** Whether slot (row, column) is separated from the slot above it. */
  topEdge(row: number, column: number): boolean;
  /** Text assigned to a slot directly (cells whose text is placed by other means than position). */
  placed?: Map<string, string>;
}

/**
 * Fills a layout with text: each piece of text goes to the slot holding its middle, slots not
 * separated by an edge form one cell, whose text is read line by line (see cellText).
 */
export function fillTable(layout: TableLayout, items: readonly PdfTextItem[]): PageTable {
  const { columns, rows } = layout;
  const table: Box = { left: columns[0], top: rows[0], right: columns[columns.length - 1], bottom: rows[rows.length - 1] };
  const inside = items.filter((i) => inBox(i, table));
  const outside = textLines(items.filter((i) => !inBox(i, table)));
  const height = rows.length - 1;
  const width = columns.length - 1;
  const anchor: [number, number][][] = [];
  for (let r = 0; r < height; r++) {
    anchor.push([]);
    for (let c = 0; c < width; c++) {
      if (c > 0 && !layout.leftEdge(r, c)) anchor[r].push(anchor[r][c - 1]);
      else if (r > 0 && !layout.topEdge(r, c)) anchor[r].push(anchor[r - 1][c]);
      else anchor[r].push([r, c]);
    }
  }
  const cellItems = new Map<string, PdfTextItem[]>();
  const boxes = new Map<string, Box>();
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      const key = anchor[r][c].join(',');
      const slot: Box = { left: columns[c], top: rows[r], right: columns[c + 1], bottom: rows[r + 1] };
      const box = boxes.get(key);
      boxes.set(key, box ? { left: Math.min(box.left, slot.left), top: Math.min(box.top, slot.top), right: Math.max(box.right, slot.right), bottom: Math.max(box.bottom, slot.bottom) } : slot);
    }
  }
  for (const item of inside) {
    const y = item.top + item.height / 2;
    const x = item.x + item.width / 2;
    const r = rows.findIndex((edge, i) => i < height && y >= edge && y < rows[i + 1]);
    const c = columns.findIndex((edge, i) => i < width && x >= edge && x < columns[i + 1]);
    if (r < 0 || c < 0) continue;
    const key = anchor[r][c].join(',');
    cellItems.set(key, [...(cellItems.get(key) ?? []), item]);
  }
  const slots: Slot[][] = anchor.map((row, r) => row.map(([ar, ac], c) => {
    if (ar !== r || ac !== c) return ac !== c ? { text: '', spanned: true } : { text: '', continued: true };
    const key = `${r},${c}`;
    const placed = layout.placed?.get(key);
    if (placed !== undefined) return { text: placed };
    return { text: cellText(textLines(cellItems.get(key) ?? []), boxes.get(key)!) };
  }));
  return {
    above: outside.filter((l) => l.bottom <= table.top + 1).map((l) => l.text),
    rows: slots,
    below: outside.filter((l) => l.bottom > table.top + 1).map((l) => l.text),
  };
}

/** Groups sorted values closer than `tolerance` and returns each group's mean. */
export function clusterValues(values: readonly number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const last = groups[groups.length - 1];
    if (last && v - last[last.length - 1] <= tolerance) last.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}
