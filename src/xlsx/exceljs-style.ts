/** Layout styles → ExcelJS styles. */
import type ExcelJS from 'exceljs';
import type { CellStyle } from '../layout/types';

export function argb(rgb: string): string {
  return `FF${rgb.toUpperCase()}`;
}

const VERTICAL = { top: 'top', middle: 'middle', bottom: 'bottom' } as const;

export function toExcelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.numFmt !== undefined) out.numFmt = style.numFmt;
  if (style.font) {
    const { name, size, bold, color } = style.font;
    out.font = { ...(name && { name }), ...(size && { size }), ...(bold && { bold }), ...(color && { color: { argb: argb(color) } }) };
  }
  if (style.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.wrap || style.hAlign || style.vAlign) {
    out.alignment = {
      ...(style.wrap && { wrapText: true }),
      ...(style.hAlign && { horizontal: style.hAlign }),
      ...(style.vAlign && { vertical: VERTICAL[style.vAlign] }),
    };
  }
  if (style.border) {
    const side: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: argb(style.border) } };
    out.border = { top: side, left: side, bottom: side, right: side };
  }
  return out;
}

/** A cell's style over its column's: shallow, as types.ts says. */
export function mergeStyles(column: CellStyle, cell: CellStyle | undefined): CellStyle {
  return cell ? { ...column, ...cell } : column;
}
