import { cellKind, type CellKind } from './copied-rows';

/**
 * A row whose cells page text separates by single spaces (`1 地区生产总值增长6.5%左右。 区发改委 区政府各部门…`):
 * the pieces between spaces, when each is a plausible cell of the table, in its columns' order — a
 * number, a unit list, a deadline, a blank mark (`/`) each in a column of that kind, and at most one
 * piece of text, in a text column. Null otherwise: ordinary text holding spaces (`凝聚合力 狠抓工作落实`,
 * `2024 年 8 月`) is never split. `columns`: the kind of each column, in order.
 */
export function splitSpacedCells(line: string, columns: readonly CellKind[]): string[] | null {
  const parts = line.trim().split(/\s+/);
  if (parts.length < 2 || parts.length > columns.length) return null;
  const kinds = parts.map(cellKind);
  if (kinds.filter((k) => k === 'text').length > 1 || kinds.some((k) => k === 'section' || k === 'subsection')) return null;
  // Each piece in a later column than the one before, of its own kind (a blank mark anywhere).
  let column = -1;
  for (const kind of kinds) {
    let next = column + 1;
    while (next < columns.length && !(kind === 'empty' || columns[next] === kind)) next += 1;
    if (next >= columns.length) return null;
    column = next;
  }
  return parts;
}
