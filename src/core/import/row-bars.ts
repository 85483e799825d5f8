/**
 * Page text of a web table as a page store writes it: a row's cells one after another, each cell
 * after the first opened by `|` at the start of its first line (`市政` / `府办` / `公厅` / `| 强化…` /
 * `| 市直各单位`), a line of `|` alone closing the row; a row lacking merged cells has fewer cells.
 * The same text as a browser's copy gives it (cells separated by tabs, a cell's lines on lines of
 * their own), to be read as copied text; null when the text is not in that form.
 */
export function rowBarsAsTabText(text: string): string | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((l) => l.trim());
  const closing = lines.filter((l) => l === '|').length;
  const opening = lines.filter((l) => OPENS_CELL.test(l)).length;
  if (closing < MIN_ROWS || opening < MIN_ROWS || lines.some((l) => l !== '|' && l.slice(1).includes('|'))) return null;
  const first = lines.findIndex((l) => OPENS_CELL.test(l));
  // Above the first row: the title (ended by a blank line), then the first cell's lines.
  const blank = lines.slice(0, first).lastIndexOf('');
  const out = lines.slice(0, blank + 1);
  let row = '';
  for (const line of lines.slice(blank + 1)) {
    if (line === '') continue;
    if (line === '|') {
      out.push(row);
      row = '';
    } else if (OPENS_CELL.test(line)) row += `\t${line.slice(1).trim()}`;
    else row += row === '' ? line : `\n${line}`;
  }
  if (row !== '') out.push(row);
  return out.join('\n');
}

const OPENS_CELL = /^\|\s*[^|\s]/;
const MIN_ROWS = 3;
