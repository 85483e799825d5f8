import { parseCategoryHeading } from './section-heading';
import { IMPORT_TEXT_FIELDS, type ImportedTextFields } from '../fields';
import type { ColumnMap, ColumnRole, UnknownColumn } from './header';
import type { SourceRow } from './types';

/** A data row with its cells named by role ('' when the table has no such column). */
export interface Line {
  row: number;
  breakBefore: boolean;
  source: SourceRow;
  seq: string;
  category: string;
  subcategory: string;
  task: string;
  requirement: string;
  lead: string;
  co: string;
  deadline: string;
  /** Kept columns of unknown name, as `名称：内容` lines ('' when none). */
  notes: string;
  /** The registry's plain text fields (`备注`) as their columns hold them. */
  texts: ImportedTextFields;
  /**
   * The cells of the columns kept as text — 备注, columns of unknown name — by column, as written
   * (not the progress or persons' columns kept in 备注): where a table with no 完成时限 column may state one.
   */
  remarks: Record<number, string>;
  /** A unit or deadline taken from a cell merged down from the row above (see FILLED_DOWN). */
  fromAbove?: true;
}

/** The roles with reading rules of their own (the plain text ones are the registry's `text` fields). */
type RuledRole = Exclude<ColumnRole, keyof ImportedTextFields>;
const ROLES: readonly RuledRole[] = ['seq', 'category', 'subcategory', 'task', 'requirement', 'lead', 'co', 'deadline'];
/** Cells a merge spanning several tasks gives to each of them (one lead unit or deadline for a group). */
const FILLED_DOWN: readonly ColumnRole[] = ['lead', 'co', 'deadline'];

/**
 * `moreCo`: further co-unit columns (a 配合单位 beside a 责任单位), their units added to the line's co
 * units. `kept`: columns kept beside the task, as `名称：内容` lines of its 具体要求; `inNote`: columns
 * the ledger has no field for (`责任领导`), as `名称：内容` lines of its 备注; `remarkColumns`: see Line.remarks.
 */
export function toLine(source: SourceRow, columns: ColumnMap, breakBefore: boolean, above?: Line, moreCo: readonly number[] = [], kept: readonly UnknownColumn[] = [], inNote: readonly UnknownColumn[] = [], remarkColumns: readonly number[] = []): Line {
  const line: Line = {
    row: source.row, breakBefore, source,
    seq: '', category: '', subcategory: '', task: '', requirement: '', lead: '', co: '', deadline: '', notes: '', texts: {}, remarks: {},
  };
  for (const field of IMPORT_TEXT_FIELDS) {
    const index = columns[field];
    const cell = index === undefined ? '' : (source.cells[index] ?? '').trim();
    if (cell !== '') line.texts[field] = cell;
  }
  const note = [line.texts.note ?? '', namedLines(source, inNote)].filter((t) => t !== '').join('\n');
  if (note !== '') line.texts.note = note;
  line.notes = namedLines(source, kept);
  for (const index of remarkColumns) {
    const cell = (source.cells[index] ?? '').trim();
    if (cell !== '') line.remarks[index] = cell;
  }
  for (const role of ROLES) {
    const index = columns[role];
    if (index === undefined) continue;
    const cell = (source.cells[index] ?? '').trim();
    // A deadline wrapped in its cell (`2024年6月` / `底前`) is one phrase.
    line[role] = role === 'deadline' ? cell.replace(/\s*\n\s*/g, '') : cell;
    if (line[role] === '' && above && FILLED_DOWN.includes(role) && source.continued?.includes(index) && above[role] !== '') {
      line[role] = above[role];
      line.fromAbove = true;
    }
  }
  // A section cell merged across the task column (a project with no sub-projects, beside projects
  // merged down over theirs) names the row's own task.
  for (const role of ['subcategory', 'category'] as const) {
    if (line.task === '' && line[role] !== '' && spansInto(source, columns[role], columns.task)) line.task = line[role];
  }
  const extra = moreCo.map((i) => (source.cells[i] ?? '').trim()).filter((c) => c !== '');
  if (extra.length > 0) line.co = [line.co, ...extra].filter((c) => c !== '').join('、');
  return line;
}

/** Whether the cell in column `from` is merged across every column up to `to`. */
function spansInto(source: SourceRow, from: number | undefined, to: number | undefined): boolean {
  if (from === undefined || to === undefined || from >= to || !source.spanned) return false;
  for (let i = from + 1; i <= to; i++) if (!source.spanned.includes(i)) return false;
  return true;
}

/** The row's cells in these columns as `名称：内容` lines (blank cells left out). */
function namedLines(source: SourceRow, columns: readonly UnknownColumn[]): string {
  return columns.map((k) => [k.name, (source.cells[k.index] ?? '').trim()]).filter(([, v]) => v !== '').map(([n, v]) => `${n}：${v}`).join('\n');
}

/**
 * A table whose header leaves the first column unnamed (the fixture's `\t工作任务\t牵头单位…`) still
 * has its sections there: an unnamed column before the task column holding `一、…` headings is the
 * category column.
 */
export function inferCategoryColumn(columns: ColumnMap, dataRows: readonly SourceRow[]): ColumnMap {
  if (columns.category !== undefined) return columns;
  const taskColumn = columns.task ?? columns.requirement ?? 0;
  const named = new Set(Object.values(columns));
  for (let index = 0; index < taskColumn; index++) {
    if (named.has(index)) continue;
    const headings = dataRows.filter((r) => {
      const cell = r.cells[index] ?? '';
      const others = r.cells.some((c, i) => i !== index && c.trim() !== '');
      return others && parseCategoryHeading(cell) !== null;
    }).length;
    if (headings > 0) return { ...columns, category: index };
  }
  return columns;
}
