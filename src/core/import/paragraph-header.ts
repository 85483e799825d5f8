import { isDeadlineLike, isUnitLike } from './column-content';
import { headerRole, readHeaderRow } from './header';
import type { SourceRow } from './types';

/**
 * A table copied from a web page whose header cells hold two paragraphs (`责任` / `领导`): the
 * browser puts each paragraph on a line of its own and drops the tabs between those cells, so the
 * header is a short row (`序号\t重点工作\t`) and then lines of one word (`责任`, `领导`, `责任`,
 * `科室`, …) before the first row of the table's `width`. Those words are put back into the
 * header's missing cells — in order, each cell one to three paragraphs, grouped so that the cells
 * read as column names — when the row they make reads as a header; otherwise the rows stay.
 */
export function joinParagraphHeader(rows: readonly SourceRow[], width: number): SourceRow[] {
  if (width < 3) return [...rows];
  for (let i = 0; i < rows.length; i++) {
    const head = rows[i].cells.map((c) => c.trim()).filter((c) => c !== '');
    if (rows[i].cells.length < 2 || head.length < 2 || head.length >= width) continue;
    let end = i + 1;
    while (end < rows.length && rows[end].cells.length === 1 && rows[end].cells[0].trim() !== '') end += 1;
    const words = rows.slice(i + 1, end).map((r) => r.cells[0].trim());
    const missing = width - head.length;
    if (end >= rows.length || rows[end].cells.length !== width || words.length < missing || words.length > missing * MAX_PARAGRAPHS) continue;
    const cells = groupIntoNames(words, missing, rows[end].cells.slice(head.length));
    if (!cells) continue;
    const row: SourceRow = { ...rows[i], cells: [...head, ...cells] };
    if (readHeaderRow(row)) return [...rows.slice(0, i), row, ...rows.slice(end)];
  }
  return [...rows];
}

/** A header cell of more paragraphs than this is not a name. */
const MAX_PARAGRAPHS = 3;

/**
 * `words` cut into `count` cells, in order, each cell's paragraphs joined by a line break. The cut
 * chosen makes the most cells header names (at most one may not be); then the most unit and
 * deadline columns whose cell in `data` (the first full row) is a unit or a deadline; then the
 * smallest largest cell. Null when no cut reads so.
 */
function groupIntoNames(words: readonly string[], count: number, data: readonly string[]): string[] | null {
  let best: { cells: string[]; score: number[] } | null = null;
  const visit = (from: number, cells: string[]) => {
    if (cells.length === count) {
      if (from !== words.length) return;
      const score = cutScore(cells, data);
      if (score[0] >= count - 1 && (!best || isBetter(score, best.score))) best = { cells, score };
      return;
    }
    for (let size = 1; size <= MAX_PARAGRAPHS && from + size <= words.length; size++) visit(from + size, [...cells, words.slice(from, from + size).join('\n')]);
  };
  visit(0, []);
  return (best as { cells: string[] } | null)?.cells ?? null;
}

function cutScore(cells: readonly string[], data: readonly string[]): number[] {
  const roles = cells.map((c) => headerRole(c));
  const fits = roles.filter((role, i) => ((role === 'lead' || role === 'co') && isUnitLike(data[i] ?? '')) || (role === 'deadline' && isDeadlineLike(data[i] ?? ''))).length;
  const inside = cells.flatMap((c) => c.split('\n').slice(1)).filter((p) => p.length >= 4 && headerRole(p) !== null).length;
  const largest = Math.max(...cells.map((c) => c.split('\n').length));
  return [roles.filter((r) => r !== null).length, fits, -inside, -largest];
}

function isBetter(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}
