import type { PdfRule } from './pdf-page';
import { clusterValues, type TableLayout } from './pdf-table';

/** Lines closer than this (points) are one edge: a double border, or a border drawn per cell. */
const SAME_EDGE = 2.5;
/** Shorter lines are not table rules (underlines of a character, tick marks). */
const MIN_RULE = 6;

export function horizontalRules(rules: readonly PdfRule[]): PdfRule[] {
  return rules.filter((r) => Math.abs(r.y1 - r.y2) < 0.5 && r.x2 - r.x1 >= MIN_RULE);
}

export function verticalRules(rules: readonly PdfRule[]): PdfRule[] {
  return rules.filter((r) => Math.abs(r.x1 - r.x2) < 0.5 && r.y2 - r.y1 >= MIN_RULE);
}

/** The column edges of a ruled table drawn over several pages: every page's vertical rules together. */
export function ruledColumns(pages: readonly (readonly PdfRule[])[]): number[] {
  return clusterValues(pages.flatMap((rules) => verticalRules(rules).map((r) => r.x1)), SAME_EDGE);
}

/**
 * A page's ruled table: row edges from its horizontal rules within the vertical rules' extent (and
 * that extent's ends, where a row cut by a page break has no rule), column edges shared by all pages. Null when the page draws no grid
 * (fewer than two of each, or no two row edges).
 */
export function ruledLayout(rules: readonly PdfRule[], columns: readonly number[]): TableLayout | null {
  const vertical = verticalRules(rules);
  const horizontal = horizontalRules(rules);
  if (vertical.length < 2 || horizontal.length < 2 || columns.length < 2) return null;
  const top = Math.min(...vertical.map((r) => r.y1));
  const bottom = Math.max(...vertical.map((r) => r.y2));
  const drawn = clusterValues(horizontal.map((r) => r.y1).filter((y) => y >= top - SAME_EDGE && y <= bottom + SAME_EDGE), SAME_EDGE);
  if (drawn.length === 0) return null;
  // A row cut by the page's end (or going on from the page before) has no rule there: the vertical rules end it.
  const rows = [...(drawn[0] - top > SAME_EDGE ? [top] : []), ...drawn, ...(bottom - drawn[drawn.length - 1] > SAME_EDGE ? [bottom] : [])];
  // A page holding only the rest of a row cut by the break draws one rule, under it.
  if (rows.length < 2) return null;
  const near = (a: number, b: number) => Math.abs(a - b) <= SAME_EDGE;
  return {
    columns: [...columns],
    rows,
    leftEdge: (r, c) => {
      const y = (rows[r] + rows[r + 1]) / 2;
      return vertical.some((v) => near(v.x1, columns[c]) && v.y1 - 1 <= y && y <= v.y2 + 1);
    },
    topEdge: (r, c) => {
      const x = (columns[c] + columns[c + 1]) / 2;
      return horizontal.some((h) => near(h.y1, rows[r]) && h.x1 - 1 <= x && x <= h.x2 + 1);
    },
  };
}
