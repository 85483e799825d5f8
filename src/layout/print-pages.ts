/**
 * Where a printed sheet's pages break, as spreadsheets paginate: rows are never split, and the
 * print-title row repeats at the top of every page after the first. Used to keep a group
 * heading with its first task: a heading must not be the last row of a page.
 *
 * The status sheets are sized to print at 100% in the renderer they are made for (so "fit to
 * one page wide" does not shrink them, see print-columns.ts): then the row heights, which the
 * layout fixes in points, decide the page breaks alone.
 */
import type { SheetLayout } from './types';

const A4_POINTS = { long: 841.89, short: 595.28 };
const POINTS_PER_INCH = 72;
const DEFAULT_ROW_HEIGHT = 15;
/** Room left under a padded row, so rounding in the renderer never lets the heading back up. */
const SAFETY_POINTS = 3;
const MAX_ROW_HEIGHT = 409;

export interface PageArea {
  width: number;
  height: number;
}

/** The printable area of A4 paper in points, inside the margins. */
export function pageArea(sheet: Pick<SheetLayout, 'print'>): PageArea {
  const { margins, orientation } = sheet.print;
  const width = orientation === 'landscape' ? A4_POINTS.long : A4_POINTS.short;
  const height = orientation === 'landscape' ? A4_POINTS.short : A4_POINTS.long;
  return {
    width: width - (margins.left + margins.right) * POINTS_PER_INCH,
    height: height - (margins.top + margins.bottom) * POINTS_PER_INCH,
  };
}


export function printableWidth(print: SheetLayout['print']): number {
  return pageArea({ print }).width;
}

function heightOf(sheet: SheetLayout, heights: Record<number, number>, row: number): number {
  return heights[row] ?? (row === sheet.headerRow ? sheet.headerHeight : DEFAULT_ROW_HEIGHT);
}

/** Page breaks of rows 1 … lastRow at 100%: the first row of every page after the first. */
export function pageStarts(sheet: SheetLayout, lastRow: number, heights: Record<number, number> = sheet.rowHeights): number[] {
  const capacity = pageArea(sheet).height;
  const repeated = sheet.print.printTitleRows ? heightOf(sheet, heights, sheet.headerRow) : 0;
  const starts: number[] = [];
  let used = 0;
  for (let row = 1; row <= lastRow; row++) {
    const height = heightOf(sheet, heights, row);
    if (used + height > capacity && used > repeated) {
      starts.push(row);
      used = repeated;
    }
    used += height;
  }
  return starts;
}

/**
 * Row heights with the row above a heading made taller where the heading would otherwise end a
 * page, so the heading starts the next page with its first task. Rows are handled top down;
 * each padding moves the breaks below it, so pages are counted again after each one.
 */
export function keepHeadingsWithNext(sheet: SheetLayout, headingRows: readonly number[], lastRow: number): Record<number, number> {
  const heights = { ...sheet.rowHeights };
  const capacity = pageArea(sheet).height;
  for (const heading of headingRows) {
    if (heading >= lastRow || heading - 1 <= sheet.headerRow) continue;
    if (!pageStarts(sheet, lastRow, heights).includes(heading + 1)) continue;
    const above = heading - 1;
    const pageStart = [1, ...pageStarts(sheet, lastRow, heights)].filter((r) => r <= above).pop()!;
    let used = pageStart === 1 ? 0 : heightOf(sheet, heights, sheet.headerRow);
    for (let row = pageStart; row < heading; row++) used += heightOf(sheet, heights, row);
    const padded = heightOf(sheet, heights, above) + (capacity - used) - SAFETY_POINTS;
    if (padded > heightOf(sheet, heights, above) && padded <= MAX_ROW_HEIGHT) heights[above] = Math.floor(padded);
  }
  return heights;
}
