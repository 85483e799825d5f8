/** The layout's CellStyle as Excel JavaScript API format writes on a range. */
import type { CellStyle } from '../layout/types';

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const FRAME = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;
const INSIDE = ['InsideHorizontal', 'InsideVertical'] as const;

export function hexColour(rgb: string): string {
  return `#${rgb}`;
}

function applyBorder(range: Excel.Range, rgb: string, multiCell: boolean): void {
  for (const index of multiCell ? [...FRAME, ...INSIDE] : FRAME) {
    const border = range.format.borders.getItem(index);
    border.style = 'Continuous';
    border.weight = 'Thin';
    border.color = hexColour(rgb);
  }
}

/** Everything but the number format, which goes with the cell contents (it decides how they are read). */
export function applyCellStyle(range: Excel.Range, style: CellStyle, multiCell: boolean): void {
  const { font, fill, wrap, hAlign, vAlign, border } = style;
  if (font?.name !== undefined) range.format.font.name = font.name;
  if (font?.size !== undefined) range.format.font.size = font.size;
  if (font?.bold !== undefined) range.format.font.bold = font.bold;
  if (font?.color !== undefined) range.format.font.color = hexColour(font.color);
  if (fill !== undefined) range.format.fill.color = hexColour(fill);
  if (wrap !== undefined) range.format.wrapText = wrap;
  if (hAlign !== undefined) range.format.horizontalAlignment = H_ALIGN[hAlign];
  if (vAlign !== undefined) range.format.verticalAlignment = V_ALIGN[vAlign];
  if (border !== undefined) applyBorder(range, border, multiCell);
}
