import { headerRole, readHeaderColumns, readHeaderRow, readsAsColumnName } from './header';
import { joinAcrossBreak } from './join-text';
import type { SourceRow } from './types';

/**
 * A `|` table's header row that a page store's line length wrapped onto the next line
 * (`序号 | 名称 | 责任单位 | 目标 |` then `完成比例 | 备注 | |`): a header narrower than the table
 * whose next line holds only column names, the two lines' cells adding up to the table's width.
 * When the first line does not end in a bar (`openEnd`), the wrap cut a name: its last cell and
 * the next line's first are one. The two lines become one row; other rows are kept as they are.
 */
export function joinWrappedBarHeader(rows: readonly SourceRow[], openEnd: ReadonlySet<number>, width: number): SourceRow[] {
  // A name cut by the wrap (`1-6月`) need not read as one.
  const readsAsHeader = (r: SourceRow) => readHeaderRow(openEnd.has(r.row) ? { ...r, cells: r.cells.slice(0, -1) } : r) !== null;
  const i = rows.findIndex(readsAsHeader);
  const head = rows[i];
  const next = rows[i + 1];
  if (i < 0 || !next || next.breakBefore || head.cells.length >= width) return [...rows];
  const cut = openEnd.has(head.row);
  if (head.cells.length + next.cells.length - (cut ? 1 : 0) !== width) return [...rows];
  const names = next.cells.slice(cut ? 1 : 0).filter((c) => c.trim() !== '');
  if (names.length === 0 || !names.every((c) => headerRole(c) !== null || readsAsColumnName(c))) return [...rows];
  const cells = cut
    ? [...head.cells.slice(0, -1), joinAcrossBreak(head.cells[head.cells.length - 1], next.cells[0]), ...next.cells.slice(1)]
    : [...head.cells, ...next.cells];
  const joined: SourceRow = { ...head, cells, ...(next.padded ? { padded: true } : {}) };
  if (!readHeaderColumns(joined)) return [...rows];
  return [...rows.slice(0, i), joined, ...rows.slice(i + 2)];
}
