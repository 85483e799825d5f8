import { readPdfFile } from '../../src/pdf/load-pdfjs';
import { filledBordersPdf } from './scan-pdf';

/** What src/pdf reads from a page: text with its box, and lines drawn as filled thin rectangles. */
describe('readPdfFile', () => {
  it('reads borders drawn as filled rectangles under a moved origin, and text in a standard font', async () => {
    const [page] = await readPdfFile(filledBordersPdf());
    const round = (n: number) => Math.round(n * 100) / 100;
    expect({ width: page.width, height: page.height }).toEqual({ width: 595, height: 842 });
    expect(page.rules.map((r) => [r.x1, r.y1, r.x2, r.y2].map(round))).toEqual([
      [50, 141.75, 250, 141.75],
      [50, 181.75, 250, 181.75],
      [50.25, 141.5, 50.25, 182],
      [150.25, 141.5, 150.25, 182],
      [249.75, 141.5, 249.75, 182],
    ]);
    const words = page.items.filter((i) => i.text.trim() !== '');
    expect(words.map((i) => [i.text, round(i.x), round(i.top), i.height])).toEqual([['Task', 55, 152, 10], ['Unit', 155, 152, 10]]);
    expect(words.map((i) => round(i.width))).toEqual([21.67, 17.78]); // Helvetica's widths: T 611 a 556 s 500 k 500, U 722 n 556 i 222 t 278
  });
});
