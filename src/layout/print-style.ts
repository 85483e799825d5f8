/**
 * The look of printed status tables, after GB/T 9704-2012 (党政机关公文格式) as far as a
 * spreadsheet can follow it.
 *
 * Margins: the standard's portrait text block (156 × 225 mm; margins top 37, bottom 35, left 28,
 * right 26 mm) turned a quarter clockwise for a landscape table bound into a portrait document:
 * the binding edge (portrait left, 28 mm) becomes the top, portrait right (26 mm) the bottom,
 * portrait bottom (35 mm) the left and portrait top (37 mm) the right. The printed area stays
 * 225 × 156 mm, the footer with the page number `— 1 —` sits in the bottom margin.
 * Fonts: title 二号 (22 pt) 方正小标宋简体 (bold serif), body 小四 (12 pt) 仿宋, header 黑体.
 */
import { EXCEL_COLUMN_METRICS, type ColumnMetrics } from './print-columns';
import { COLOURS } from './style';
import type { CellStyle, Margins, PrintSpec } from './types';

/** Font names written into the workbook; the host substitutes what is missing. */
export interface PrintFonts {
  title: string;
  body: string;
  header: string;
}

export const PREFERRED_TITLE_FONT = '方正小标宋简体';
export const FALLBACK_TITLE_FONT = '宋体';
export const DEFAULT_PRINT_FONTS: PrintFonts = { title: PREFERRED_TITLE_FONT, body: '仿宋', header: '黑体' };

/** What the printed sheets depend on besides the ledger: the fonts to name and how the renderer measures columns. */
export interface PrintOptions {
  fonts: PrintFonts;
  columns: ColumnMetrics;
}

/** For Excel (the add-in, `--xlsx`). */
export const DEFAULT_PRINT_OPTIONS: PrintOptions = { fonts: DEFAULT_PRINT_FONTS, columns: EXCEL_COLUMN_METRICS };

export const TITLE_SIZE = 22;
export const SUBTITLE_SIZE = 14;
export const BODY_SIZE = 12;
export const HEADER_SIZE = 12;
export const TITLE_HEIGHT = 42;
export const SUBTITLE_HEIGHT = 24;
export const HEADER_ROW_HEIGHT = 30;

const CM_PER_INCH = 2.54;
const cm = (value: number) => Math.round((value / CM_PER_INCH) * 1000) / 1000;

/** Landscape GB/T 9704 margins, in inches (see the file comment). */
export const PRINT_MARGINS: Margins = { top: cm(2.8), bottom: cm(2.6), left: cm(3.5), right: cm(3.7), header: cm(1.5), footer: cm(1.5) };
/** Footer page number, `— 1 —`. */
export const PAGE_NUMBER_FOOTER = '— &P —';

/** A4 landscape, one page wide, header rows repeated, `— n —` in the footer. */
export function statusPrintSetup(headerRow: number): PrintSpec {
  return {
    orientation: 'landscape',
    paperSize: 'A4',
    fitToWidth: 1,
    fitToHeight: 0,
    printTitleRows: `${headerRow}:${headerRow}`,
    margins: PRINT_MARGINS,
    centerFooter: PAGE_NUMBER_FOOTER,
    horizontalCentered: true,
  };
}

const GRID = '000000';

export function titleStyle(fonts: PrintFonts): CellStyle {
  return { font: { name: fonts.title, size: TITLE_SIZE, bold: true, color: COLOURS.text }, hAlign: 'center', vAlign: 'middle', wrap: true };
}

export function subtitleStyle(fonts: PrintFonts): CellStyle {
  return { font: { name: fonts.body, size: SUBTITLE_SIZE, color: COLOURS.text }, hAlign: 'center', vAlign: 'middle' };
}

export function printHeaderStyle(fonts: PrintFonts): CellStyle {
  return { font: { name: fonts.header, size: HEADER_SIZE, color: COLOURS.text }, hAlign: 'center', vAlign: 'middle', wrap: true, border: GRID, fill: 'F2F2F2' };
}

/** Body cells: black grid lines (a printed table, not a screen one). */
export function bodyStyle(fonts: PrintFonts, align: 'left' | 'center', numFmt = '@'): CellStyle {
  return {
    font: { name: fonts.body, size: BODY_SIZE, color: COLOURS.text },
    hAlign: align,
    vAlign: align === 'left' ? 'top' : 'middle',
    wrap: true,
    border: GRID,
    numFmt,
  };
}

/** A group heading row (`一、…` or a unit), bold on a light grey that prints in black and white. */
export function groupHeadingStyle(fonts: PrintFonts): CellStyle {
  return { ...bodyStyle(fonts, 'left'), font: { name: fonts.header, size: BODY_SIZE, color: COLOURS.text }, vAlign: 'middle', fill: 'D9D9D9' };
}

/** The 预警 cell of an overdue row: bold, the mark's text carries the meaning. */
export function overdueMarkStyle(fonts: PrintFonts): CellStyle {
  return { ...bodyStyle(fonts, 'center'), font: { name: fonts.body, size: BODY_SIZE, bold: true, color: COLOURS.text } };
}

export function boldBodyStyle(fonts: PrintFonts, align: 'left' | 'center', numFmt = '@'): CellStyle {
  const style = bodyStyle(fonts, align, numFmt);
  return { ...style, font: { ...style.font, bold: true } };
}
