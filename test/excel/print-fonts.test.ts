import { isFontInstalled, printFontsHere } from '../../src/excel/print-fonts';
import { DEFAULT_PRINT_FONTS } from '../../src/layout/print-style';

/** A canvas context whose text widths depend on the first family it can draw with, as a browser's do. */
function fakeContext(installed: string[]): CanvasRenderingContext2D {
  const widths: Record<string, number> = { serif: 100, 'sans-serif': 110, monospace: 120 };
  let font = '';
  return {
    set font(value: string) { font = value; },
    get font() { return font; },
    measureText: () => {
      const families = font.replace(/^\d+px /, '').split(', ').map((f) => f.replace(/"/g, ''));
      const used = families.find((f) => installed.includes(f) || f in widths)!;
      return { width: widths[used] ?? 90 + used.length } as TextMetrics;
    },
  } as unknown as CanvasRenderingContext2D;
}

describe('print fonts in the task pane', () => {
  it('tells an installed font from a missing one by the width of a sample text', () => {
    const context = fakeContext(['仿宋', '黑体']);
    expect(isFontInstalled(context, '仿宋')).toBe(true);
    expect(isFontInstalled(context, '方正小标宋简体')).toBe(false);
  });

  it('keeps the preferred fonts where nothing can be measured (no document)', () => {
    expect(printFontsHere()).toEqual(DEFAULT_PRINT_FONTS);
  });
});
