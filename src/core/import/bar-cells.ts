/**
 * Page text of a web page's table written with `|` lines between cells (a page store's text): each
 * cell's lines, then a line of `|` — one bar, or several where the store pads a row lacking merged
 * cells (`|||`). Rows are not marked. As one cell a line (each cell's lines joined into one line;
 * empty cells and padding leave no line, no blank line marks a break), the text is read by its
 * cells' contents like any page text one cell a line (see readCellPerLine), each line a whole
 * cell. Null when the text is not in that form.
 */
export function barTextAsCellLines(text: string): string | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((l) => l.trim());
  const body = lines.filter((l) => l !== '');
  const bars = body.filter((l) => BARS.test(l)).length;
  if (bars < 4 || bars * 3 < body.length || body.some((l) => l.includes('|') && !BARS.test(l))) return null;
  const first = lines.findIndex((l) => BARS.test(l));
  // The line the first bar closes is the header's first name; the lines above it are the title's.
  const start = Math.max(0, first - 1);
  const out = lines.slice(0, start).filter((l) => l !== '');
  let cell: string[] = [];
  for (const line of lines.slice(start)) {
    if (line === '') continue;
    if (!BARS.test(line)) {
      cell.push(line);
      continue;
    }
    if (cell.length > 0) out.push(cell.join(''));
    cell = [];
  }
  if (cell.length > 0) out.push(cell.join(''));
  return out.join('\n');
}

const BARS = /^\|+$/;
