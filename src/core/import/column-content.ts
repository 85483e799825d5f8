import { isDeadlinePhrase, MAX_DEADLINE_PHRASE, parseDeadline } from '../deadline';
import type { ColumnMap, ColumnRole, UnknownColumn } from './header';
import { endsLikeUnit } from './join-text';
import type { SourceRow } from './types';
import { splitUnitList } from './unit-cells';
import { SEQ_NUMBER } from './seq-number';

/** A column of unknown name read by what its cells hold (`时间安排` holding `6月底前`). */
export interface ColumnByContent extends UnknownColumn {
  role: ColumnRole;
}

export interface PlacedColumns {
  columns: ColumnMap;
  /** Read by content as a role the table lacked. */
  byContent: ColumnByContent[];
  /** Kept as text beside the task (`成果形式：平台上线运行`): no column of the ledger holds them. */
  kept: UnknownColumn[];
}

/** The share of a column's filled cells that must look alike for the column to take a role. */
const MOST = 0.6;

/**
 * Columns whose names the importer does not know: one whose cells are deadlines, units or numbers
 * takes that role when the table has no such column; any other column holding text is kept beside
 * the task, so that nothing is dropped silently. `spare`: columns the header named twice (a second
 * 具体要求-like column), taken as the task column when the table has none left.
 */
export function placeUnknownColumns(columns: ColumnMap, unknown: readonly UnknownColumn[], dataRows: readonly SourceRow[], spare: readonly UnknownColumn[] = []): PlacedColumns {
  const placed: PlacedColumns = { columns: { ...columns }, byContent: [], kept: [] };
  // A second 具体要求-like column holds the tasks when the task-like columns turned out to hold headings.
  const taskColumn = placed.columns.task === undefined ? spare.find((c) => dataRows.some((r) => (r.cells[c.index] ?? '').trim().length > 8)) : undefined;
  if (taskColumn) placed.columns.task = taskColumn.index;
  const cellsOf = (column: UnknownColumn) => dataRows.filter((r) => r.cells.filter((c) => c.trim() !== '').length >= 2)
    .map((r) => (r.cells[column.index] ?? '').trim()).filter((c) => c !== '');
  // No column named as the tasks' (`民生实事`, `重点项目`): the unknown column holding sentences holds them.
  const tasksByContent = placed.columns.task === undefined && placed.columns.requirement === undefined ? taskColumnByContent(unknown, cellsOf) : undefined;
  if (tasksByContent) {
    placed.columns.task = tasksByContent.index;
    placed.byContent.push({ ...tasksByContent, role: 'task' });
  }
  for (const column of unknown) {
    if (column === tasksByContent) continue;
    const cells = cellsOf(column);
    if (cells.length === 0) continue;
    const role = roleByContent(cells, placed.columns);
    if (role) {
      placed.columns[role] = column.index;
      placed.byContent.push({ ...column, role });
    } else placed.kept.push(column);
  }
  return placed;
}

/** A task's text is longer than a title, and no unit list, deadline or number. */
const TASK_LENGTH = 6;

/** A task's title beside its requirement may be short (`改造老旧小区`). */
const TITLE_LENGTH = 4;

/**
 * `民生实事 | 建设内容`: a header naming the requirement but no task column; a column of unknown name
 * before the requirement column whose cells are titles names each task. The header's columns with
 * that column as the task's, or null.
 */
export function titleColumnBeforeRequirement(columns: ColumnMap, unknown: readonly UnknownColumn[], dataRows: readonly SourceRow[]): { columns: ColumnMap; column: UnknownColumn } | null {
  const requirementAt = columns.requirement;
  if (columns.task !== undefined || requirementAt === undefined) return null;
  const cellsOf = (column: UnknownColumn) => dataRows.filter((r) => r.cells.filter((c) => c.trim() !== '').length >= 2)
    .map((r) => (r.cells[column.index] ?? '').trim()).filter((c) => c !== '');
  const column = taskColumnByContent(unknown.filter((c) => c.index < requirementAt), cellsOf, TITLE_LENGTH);
  return column ? { columns: { ...columns, task: column.index }, column } : null;
}

/** The unknown column whose cells read most as tasks' sentences (most of them text, the longest on average). */
function taskColumnByContent(unknown: readonly UnknownColumn[], cellsOf: (c: UnknownColumn) => string[], minLength = TASK_LENGTH): UnknownColumn | undefined {
  let best: UnknownColumn | undefined;
  let bestLength = 0;
  for (const column of unknown) {
    const cells = cellsOf(column);
    if (cells.length === 0) continue;
    const texts = cells.filter((c) => c.length >= minLength && !isDeadlineLike(c) && !isUnitLike(c) && !SEQ_NUMBER.test(c));
    if (texts.length / cells.length < MOST) continue;
    const length = texts.reduce((n, c) => n + c.length, 0) / texts.length;
    if (length > bestLength) [best, bestLength] = [column, length];
  }
  return best;
}

function roleByContent(cells: readonly string[], columns: ColumnMap): ColumnRole | null {
  const share = (test: (c: string) => boolean) => cells.filter(test).length / cells.length;
  if (columns.deadline === undefined && share(isDeadlineLike) >= MOST) return 'deadline';
  if (columns.lead === undefined && columns.co === undefined && share(isUnitLike) >= MOST) return 'co';
  if (columns.seq === undefined && share((c) => SEQ_NUMBER.test(c)) === 1) return 'seq';
  return null;
}

/** `1.`, `（2）`, `3、` opening a cell: a numbered item. */
const ITEM_NUMBER = /^(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）])\s*\S/;

/** A cell a 完成时限 column would hold: the deadline module's phrase (one definition with 备注's, deadlineInRemark). */
export const isDeadlineLike = isDeadlinePhrase;

/** A clause opening with a date: `2021年8月公布决算信息`, `10月底完成验收`, `2021.8 投入运营`. */
const DATE_OPENING = /^(?:(?:\d{4}年)?\d{1,2}月|\d{4}[.．/-]\d{1,2}|(?:\d{4}年)?(?:年底|年内|[上下]半年|第?[一二三四]季度))/;

/**
 * A schedule of dates for the work's stages (`2021年2月公布预算信息,2021年8月公布上年度决算信息`):
 * longer than a 完成时限 phrase, but each short clause opens with its date — a 完成时限 cell, no task.
 */
export function isDateSchedule(cell: string): boolean {
  const clauses = cell.trim().split(/[，,；;。\n]/).map((c) => c.trim()).filter((c) => c !== '');
  return clauses.length > 0 && clauses.every((c) => c.length <= MAX_DEADLINE_PHRASE && DATE_OPENING.test(c));
}

/** A stage's words before its colon (`第四季度：…`, `6月底前：…`), a date when parseDeadline reads one. */
const STAGE_WORDS = String.raw`([^\s:：。；;，,（）()]{2,12})\s*[:：]`;
/** A stage opening a line, a sentence or a space. */
const STAGE = new RegExp(String.raw`(?:^|[\s。；;，,）)])${STAGE_WORDS}`, 'g');
const OPENING_STAGE = new RegExp(`^${STAGE_WORDS}`);
const isStageDate = (words: string) => parseDeadline(words, 2000).kind === 'date';

/** The dates of a schedule's stages (`第二季度：…。第四季度：…`, `6月底前：…；10月底前：…`), as written, in order. */
export function stageDates(text: string): string[] {
  return [...text.matchAll(STAGE)].map((m) => m[1]).filter(isStageDate);
}

/** `第二、三季度：…`, `6月底前：…`: a line opening with a stage's date. */
export function opensWithStage(line: string): boolean {
  const words = OPENING_STAGE.exec(line.trim())?.[1];
  return words !== undefined && isStageDate(words);
}

export function isUnitLike(cell: string): boolean {
  const names = unitNames(cell);
  return names.length > 0 && names.every(namesUnit);
}

/**
 * A list of units and places (`市直相关单位、高新区、岳麓区、望城区`, `统计局和市直相关单位、各区县市`:
 * districts end in no unit's word), one of them a unit: a cell of units, never a task's sentence.
 */
export function isMostlyUnits(cell: string): boolean {
  const names = unitNames(cell);
  return names.length >= 2 && names.some(namesUnit) && names.every((u) => namesUnit(u) || (u.length <= 8 && PLACE.test(u)));
}

const PLACE = /[区县市]$/;

/** The longest name read in a list opening with a unit (see opensUnitList). */
const LISTED_NAME = 12;

/**
 * Names listed with `、` only, the first a unit's (`区投促局、园区建设专班`, `县商务局、临港工作指`): a
 * unit cell's list whose later names end in no unit's word (a 专班, a name a page's store cut
 * short), never a task's sentence.
 */
export function opensUnitList(cell: string): boolean {
  const text = cell.trim();
  if (!text.includes('、') || /[，,。；;:：\s]/.test(text)) return false;
  const names = unitNames(text);
  return names.length >= 2 && namesUnit(names[0]) && names.every((n) => n.length <= LISTED_NAME);
}

function unitNames(cell: string): string[] {
  // `1.新建公交首末站。`: a numbered item is a task, whatever its last word.
  if (ITEM_NUMBER.test(cell.trim())) return [];
  // A lead mark (`区农业农村委*`, `★区发改委`) is no part of the name.
  return splitUnitList(cell).map((u) => u.replace(/^[*＊★☆]+|[*＊★☆]+$/g, ''));
}

function namesUnit(name: string): boolean {
  const group = /(单位|部门|科室|机构)$/.test(name);
  return name.length <= 20 && !COUNTED.test(name) && (group || !COUNTED_PLACES.test(name)) && (endsLikeUnit(name) || group);
}

/**
 * `…西溪镇等3家中心敬老院`: the places a task builds in, counted — what is built, no unit (a group
 * counted, `县教育局等3家单位`, is units).
 */
const COUNTED_PLACES = /等\s*(?:\d+|[两几多数一二三四五六七八九十百]+)\s*[家个所座处]/;

/**
 * `新建幼儿园3所`, `改扩建卫生院两所`, `新建公厕12处`: a count ending in a measure word that is also a
 * unit's ending — a task, no unit (a division named by its number, `督查二处`, keeps its single numeral).
 */
const COUNTED = /(?:\d+|[两几多数]|[一二三四五六七八九十百千]+)所$|(?:\d+|[两几多数])处$/;
