import type { Finding } from '../finding';
import { importMessages as msg } from '../finding';
import { isDeadlineLike, isUnitLike, placeUnknownColumns } from './column-content';
import { findAnyHeader } from './header-by-content';
import type { ColumnMap, ColumnRole, HeaderMatch, UnknownColumn } from './header';
import { CHOSEN_ROLES, ROLE_LABELS } from './header-words';
import type { SourceRow, SourceTable } from './types';

/**
 * The columns a person chose for a table the importer could not read by itself (指定列): the row
 * holding the header (its source row as the preview shows it; null when the table has none and
 * every row from the first is data) and the column (0-based) of each role. A column given no role
 * that holds text is kept in 备注, as a header's unnamed column is: nothing is dropped silently.
 */
export interface ChosenColumns {
  headerRow: number | null;
  columns: ColumnMap;
  /** A workbook's sheet; without it, its first. */
  sheet?: string;
}

/** The first rows of the table as read, for a person to choose the columns from, and the reader's own guess. */
export interface TablePreview {
  rows: Array<{ row: number; cells: string[] }>;
  /** The widest row's cell count. */
  width: number;
  /** The header the importer found by names or by content, when it found one (a table read wrong by it is offered with its guess). */
  guess: ChosenColumns | null;
}

/** How many rows a preview shows: enough for a title, a two-row header and a few tasks. */
const PREVIEW_ROWS = 12;

/** A table to choose columns in has a header and rows: fewer rows of cells is prose or a page, with no columns to choose. */
const MIN_TABLE_ROWS = 3;

export function tablePreview(table: SourceTable): TablePreview {
  const filled = (r: SourceRow): number => r.cells.filter((c) => c.trim() !== '').length;
  if (table.rows.filter((r) => filled(r) >= 2).length < MIN_TABLE_ROWS) return { rows: [], width: 0, guess: null };
  // Page furniture above the table (a site's menu, the notice's paragraphs) is one cell a line: the preview starts where rows have cells.
  const first = Math.max(0, table.rows.findIndex((r) => filled(r) >= 2) - 2);
  const rows = table.rows.slice(first).filter((r) => filled(r) > 0).slice(0, PREVIEW_ROWS).map((r) => ({ row: r.row, cells: r.cells.map((c) => c.trim()) }));
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const found = findAnyHeader(table.rows);
  const guess = found ? { headerRow: table.rows[found.index].row, columns: found.columns } : guessByContent(table.rows);
  return { rows, width, guess: guess && table.sheet ? { ...guess, sheet: table.sheet } : guess };
}

/** How many rows with cells the guess by content looks at. */
const GUESS_ROWS = 30;

/**
 * Columns guessed from the cells alone, for a table whose header names nothing the importer knows
 * (`编码 | 条目 | 哪家办 | 几时办结`): the roles its rows show (placeUnknownColumns, as for a header's
 * unknown columns), and the header the row right above the first row reading as a task's (null when
 * there is none above it). Only a guess, for a person to confirm: null unless it finds a task column
 * and a column of units or deadlines.
 */
function guessByContent(all: readonly SourceRow[]): ChosenColumns | null {
  const rows = all.filter((r) => r.cells.filter((c) => c.trim() !== '').length >= 2).slice(0, GUESS_ROWS);
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const unknown = Array.from({ length: width }, (_, index) => ({ index, name: `第${index + 1}列` }));
  const roughly = placeUnknownColumns({}, unknown, rows).columns;
  const first = rows.findIndex((r) => readsAsTaskRow(r, roughly));
  if (first < 0) return null;
  // Placed again on the rows from the first task on: a header's names no longer count against a column of numbers.
  const columns = placeUnknownColumns({}, unknown, rows.slice(first)).columns;
  if (!readsAsTaskRow(rows[first], columns)) return null;
  return { headerRow: first > 0 ? rows[first - 1].row : null, columns };
}

/** A task's sentence in the task column, and units or a deadline where the guess put them. */
function readsAsTaskRow(row: SourceRow, columns: ColumnMap): boolean {
  const cell = (column: number | undefined) => (column === undefined ? '' : (row.cells[column] ?? '').trim());
  const task = cell(columns.task ?? columns.requirement);
  if (task.length < 4 || isUnitLike(task) || isDeadlineLike(task)) return false;
  return isUnitLike(cell(columns.lead)) || isUnitLike(cell(columns.co)) || isDeadlineLike(cell(columns.deadline));
}

/**
 * The header the chosen columns make: the rows after the chosen header row are data; a table
 * without one gets a header of the roles' names above its first row. A choice that cannot be read
 * (no task column, a column given two roles, a column or row the table lacks) is an error finding.
 */
export function chosenHeader(table: SourceTable, chosen: ChosenColumns): { table: SourceTable; header: HeaderMatch } | Finding {
  const width = Math.max(0, ...table.rows.map((r) => r.cells.length));
  const problem = chosenProblem(chosen, width);
  if (problem) return { level: 'error', code: 'import.columns-chosen-bad', field: 'file', message: problem, suggestion: msg.chosenColumnsSuggestion() };
  const rows = chosen.headerRow === null ? [namedRow(chosen.columns, width, table.rows[0]?.row ?? 1), ...table.rows] : table.rows;
  const index = chosen.headerRow === null ? 0 : rows.findIndex((r) => r.row === chosen.headerRow);
  if (index < 0) {
    return { level: 'error', code: 'import.columns-chosen-bad', field: 'file', message: msg.chosenHeaderRowMissing(chosen.headerRow ?? 0), suggestion: msg.chosenColumnsSuggestion() };
  }
  const named = new Set(Object.values(chosen.columns));
  const names = rows[index].cells;
  const others: UnknownColumn[] = [];
  for (let i = 0; i < width; i++) {
    if (named.has(i)) continue;
    // Kept in 备注 under its header's name: a column no role was chosen for may hold what the ledger needs.
    others.push({ index: i, name: (names[i] ?? '').replace(/\s+/g, '') || `第${i + 1}列` });
  }
  return { table: { ...table, rows }, header: { start: index, index, columns: chosen.columns, ...(others.length > 0 ? { others } : {}) } };
}

/** A choice names where the tasks stand: a 工作任务 or a 具体要求 column (the form says so before the import does). */
export function namesTaskColumn(columns: ColumnMap): boolean {
  return columns.task !== undefined || columns.requirement !== undefined;
}

function chosenProblem(chosen: ChosenColumns, width: number): string | null {
  const entries = Object.entries(chosen.columns) as Array<[ColumnRole, number]>;
  if (!namesTaskColumn(chosen.columns)) return msg.chosenNoTask();
  const outside = entries.find(([, column]) => !Number.isInteger(column) || column < 0 || column >= width);
  if (outside) return msg.chosenColumnMissing(outside[1] + 1, width);
  const twice = entries.find(([role, column]) => entries.some(([other, c]) => other !== role && c === column));
  if (twice) return msg.chosenColumnTwice(twice[1] + 1);
  return null;
}

/** A header row naming the chosen roles, for a table that has none. */
function namedRow(columns: ColumnMap, width: number, before: number): SourceRow {
  const cells = Array.from({ length: width }, () => '');
  for (const [role, column] of Object.entries(columns) as Array<[ColumnRole, number]>) cells[column] = ROLE_LABELS[role];
  return { row: before, cells, breakBefore: false };
}

/** The choice in words for the 提示 an import by chosen columns gives: `工作任务＝第2列`. */
export function describeChosen(chosen: ChosenColumns): string {
  return CHOSEN_ROLES.filter((r) => chosen.columns[r] !== undefined).map((r) => `${ROLE_LABELS[r]}＝第${chosen.columns[r]! + 1}列`).join('，');
}
