import type { ColumnMap, ColumnRole } from './header';
import { parseCategoryHeading } from './section-heading';
import type { SourceRow } from './types';
import { SEQ_NUMBER } from './seq-number';

type ColumnKind = 'empty' | 'section' | 'subsection' | 'number' | 'text';


/**
 * A header cell often spans more than one column of data: `具体要求` over a number column and a
 * text column, `工作任务` over a section column and a subsection column. Looks at what the columns
 * under each header hold and gives each its real role: section headings → category/subcategory,
 * bare numbers → seq, the fullest text column → the header's role. When the 工作任务 columns turn
 * out to hold only section headings, the task is the 具体要求 text. May leave no task column (the
 * caller then looks further, or keeps the header's reading).
 */
export function refineColumns(headerCells: readonly string[], columns: ColumnMap, dataRows: readonly SourceRow[]): ColumnMap {
  const rows = dataRows.filter((r) => r.cells.filter((c) => c.trim() !== '').length >= 2);
  const width = Math.max(headerCells.length, ...rows.map((r) => r.cells.length));
  const named = (Object.entries(columns) as Array<[ColumnRole, number]>).sort((a, b) => a[1] - b[1]);
  const refined: ColumnMap = { ...columns };
  for (const [k, [role, start]] of named.entries()) {
    const end = k + 1 < named.length ? named[k + 1][1] - 1 : width - 1;
    const span = range(start, end).filter((i) => i === start || (headerCells[i] ?? '').trim() === '');
    if (role !== 'task' && role !== 'requirement' && span.length === 1) continue;
    assignSpan(refined, role, span, rows);
  }
  if (refined.task === undefined && refined.requirement !== undefined) {
    refined.task = refined.requirement;
    delete refined.requirement;
  }
  return refined;
}

function assignSpan(map: ColumnMap, role: ColumnRole, span: readonly number[], rows: readonly SourceRow[]): void {
  const kinds = span.map((i) => columnKind(i, rows));
  let textColumn: number | undefined;
  let textSize = -1;
  span.forEach((column, n) => {
    const kind = kinds[n];
    if (kind === 'section' && (map.category === undefined || map.category === column)) map.category = column;
    else if (kind === 'subsection' && map.subcategory === undefined) map.subcategory = column;
    else if (kind === 'number' && span.length > 1 && map.seq === undefined) map.seq = column;
    else if (kind === 'text' && textSize < contentSize(column, rows)) {
      textColumn = column;
      textSize = contentSize(column, rows);
    }
  });
  if (textColumn !== undefined) map[role] = textColumn;
  else if (kinds.every((k) => k === 'empty')) return;
  else if (map[role] !== undefined && kinds[span.indexOf(map[role] as number)] !== 'text') delete map[role];
}

function columnKind(column: number, rows: readonly SourceRow[]): ColumnKind {
  const cells = rows.map((r) => (r.cells[column] ?? '').trim()).filter((c) => c !== '');
  if (cells.length === 0) return 'empty';
  const headings = cells.map((c) => parseCategoryHeading(c));
  if (numbersEachRow(headings, rows.length)) return 'text';
  const share = (level: 1 | 2) => headings.filter((h) => h?.level === level).length / cells.length;
  if (share(1) >= 0.5) return 'section';
  if (share(2) >= 0.5) return 'subsection';
  if (cells.every((c) => SEQ_NUMBER.test(c))) return 'number';
  return 'text';
}

/**
 * `（一）…` `（二）…` on every row, each number once: numbered items (tasks beside their units), not
 * section headings — a heading stands once above the rows it covers, blank (merged) or repeated below.
 */
function numbersEachRow(headings: ReadonlyArray<{ level: number; no: number } | null>, rowCount: number): boolean {
  if (headings.length < 2 || headings.length < rowCount || headings.some((h) => h === null)) return false;
  return new Set(headings.map((h) => `${h?.level}-${h?.no}`)).size === headings.length;
}

function contentSize(column: number, rows: readonly SourceRow[]): number {
  return rows.reduce((n, r) => n + (r.cells[column] ?? '').trim().length, 0);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
