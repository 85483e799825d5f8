import { FIELD_LABELS, IMPORT_TEXT_FIELDS } from '../fields';
import type { UnusedColumn } from './duplicate-columns';
import { TEXT_ROLES } from './header-words';
import { rowPlace } from './finding-place';
import { isHeaderRemnant, isRepeatedHeader, type ColumnMap, type UnknownColumn } from './header';
import { placeUnknownColumns, titleColumnBeforeRequirement, type ColumnByContent } from './column-content';
import { refineColumns } from './column-layout';
import { taskBesideFigures } from './value-column';
import { continuesPrevious, isMergedTaskSubRow } from './continuation';
import { isGroupItem } from './grouped-items';
import type { CategoryDraft, TaskDraft } from './drafts';
import { endsWithSeparator, joinAcrossBreak, joinUnitText } from './join-text';
import { inferCategoryColumn, toLine, type Line } from './lines';
import { parseCategoryHeading, parseCategoryNumber, type CategoryHeading } from './section-heading';
import { isPageIndexRow, isPageNumber, NOTE } from './page-furniture';
import type { SourceRow } from './types';
import { SEQ_NUMBER } from './seq-number';
import { subRowTaskColumn } from './sub-row-tasks';
import { TOTALS, wordBesideFigures } from './sub-header';

export type { CategoryDraft, TaskDraft } from './drafts';

export interface Assembly {
  drafts: TaskDraft[];
  columns: ColumnMap;
  notes: string[];
  /** Rows holding a unit or a deadline but no task text, skipped: each is said in a warning. */
  skipped: Array<{ row: number; text: string }>;
  /** Columns of unknown name read by content, and those kept as text beside the task. */
  byContent: ColumnByContent[];
  kept: UnknownColumn[];
  /** Columns the ledger has no field for (`责任领导`) holding text, kept in the tasks' 备注. */
  inNote: UnknownColumn[];
  /** Sections opened with no task under them: each is said in a warning (a task read as a heading is lost otherwise). */
  emptySections: Array<{ row: number; title: string }>;
  /**
   * A role's further columns holding text (`工作要求` beside `具体要求` and `工作任务`), kept beside
   * the task: in its 具体要求, or for a plain text field (a second 备注) in that field.
   */
  merged: UnusedColumn[];
  /** The columns kept as text whose cells each task keeps apart (see Line.remarks), with their names. */
  remarkColumns: UnknownColumn[];
}

const NO_CATEGORY: CategoryDraft = { no: 0, title: '', numbered: false };

/**
 * Columns holding text that no role, kept column or note reads — under a blank header cell (a header
 * name merged over two columns, `项目名称` over a project and its sub-items), or a named column whose
 * role another took: kept, under their name (or the name to their left), never dropped silently.
 */
function unreadColumnsWithText(headerCells: readonly string[], dataRows: readonly SourceRow[], read: ReadonlySet<number>): UnknownColumn[] {
  const width = Math.max(headerCells.length, ...dataRows.map((r) => r.cells.length));
  const out: UnknownColumn[] = [];
  for (let index = 0; index < width; index++) {
    const cells = dataRows.map((r) => (r.cells[index] ?? '').trim()).filter((c) => c !== '');
    // Numbers only (a 序号 column the rows' numbering did not need) hold no text to keep.
    if (read.has(index) || cells.length === 0 || cells.every((c) => SEQ_NUMBER.test(c))) continue;
    const name = (headerCells[index] ?? '').trim() || headerCells.slice(0, index).map((c) => c.trim()).filter((c) => c !== '').pop();
    out.push({ index, name: name ?? `第${index + 1}列` });
  }
  return out;
}

/**
 * The shared steps after the header: skip repeated headers, rebuild what page breaks cut, open
 * sections and subsections, and collect one draft per task. Works on rows of any reader.
 */
export function assembleTasks(allRows: readonly SourceRow[], headerColumns: ColumnMap, headerCells: readonly string[], moreCo: readonly number[] = [], unknown: readonly UnknownColumn[] = [], spare: readonly UnusedColumn[] = [], others: readonly UnknownColumn[] = []): Assembly {
  // The page's index block under the table (`索引号: | …`) ends it: nothing below is the table's.
  const indexRow = allRows.findIndex(isPageIndexRow);
  const dataRows = indexRow < 0 ? allRows : allRows.slice(0, indexRow);
  const titles = titleColumnBeforeRequirement(headerColumns, unknown, dataRows);
  const named = titles?.columns ?? headerColumns;
  const unnamed = titles ? unknown.filter((c) => c !== titles.column) : unknown;
  const refined = inferCategoryColumn(taskBesideFigures(refineColumns(headerCells, named, dataRows), dataRows), dataRows);
  let placed = placeUnknownColumns(refined, unnamed, dataRows, spare);
  if (titles) placed = { ...placed, byContent: [{ ...titles.column, role: 'task' }, ...placed.byContent] };
  // Every task-like column held headings and no other column holds the tasks: read as the header says.
  if (placed.columns.task === undefined) placed = placeUnknownColumns(inferCategoryColumn(named, dataRows), unnamed, dataRows);
  const { byContent } = placed;
  let columns = placed.columns;
  const read = new Set([...Object.values(columns), ...moreCo, ...[...unknown, ...others, ...spare].map((c) => c.index)]);
  let kept = [...placed.kept, ...unreadColumnsWithText(headerCells, dataRows, read)];
  // A task cell merged over sub-rows names a group: each row's own text is its task.
  const taskLike = spare.filter((c) => c.role === 'task' || c.role === 'requirement');
  const subRows = subRowTaskColumn(columns, [...taskLike, ...kept], dataRows);
  if (subRows?.kept) {
    columns = { ...columns, requirement: subRows.index };
    kept = kept.filter((k) => k !== subRows.kept);
  }
  const roleColumns = new Set(Object.values(columns));
  const holdsText = (c: { index: number }) => !roleColumns.has(c.index) && dataRows.some((r) => (r.cells[c.index] ?? '').trim() !== '');
  const inNote = others.filter(holdsText);
  const merged = spare.filter(holdsText);
  const mergedInNote = merged.filter((c) => TEXT_ROLES.has(c.role));
  const mergedInRequirement = merged.filter((c) => !TEXT_ROLES.has(c.role));
  const remarkColumns = [
    ...(columns.note === undefined ? [] : [{ index: columns.note, name: (headerCells[columns.note] ?? '').trim() || FIELD_LABELS.note }]),
    ...mergedInNote, ...kept,
  ];
  const state = new AssemblyState(subRows !== null, columns.category !== undefined);
  const lines: Line[] = [];
  let pendingBreak = false;
  let afterHeader = false;
  for (const source of dataRows) {
    if (source.cells.every((c) => c.trim() === '')) continue;
    if (isPageNumber(source)) {
      pendingBreak = true;
      continue;
    }
    // A header repeated on a later page, with its sub-header row or the wrapped rest of its names.
    if (isRepeatedHeader(source) || (afterHeader && isHeaderRemnant(source, headerCells))) {
      pendingBreak = true;
      afterHeader = true;
      continue;
    }
    afterHeader = false;
    lines.push(toLine(source, columns, pendingBreak || source.breakBefore, lines[lines.length - 1], moreCo, [...mergedInRequirement, ...kept], [...inNote, ...mergedInNote], remarkColumns.map((c) => c.index)));
    pendingBreak = false;
  }
  const numbered = columns.seq !== undefined;
  lines.forEach((line, i) => state.take(line, numbered ? lines[i + 1] : undefined));
  return { drafts: state.drafts, columns, notes: state.notes, skipped: state.skipped, emptySections: state.emptySections(), byContent, kept, inNote, merged, remarkColumns };
}

/**
 * In a table numbering its tasks in 序号, a row of text only — no 序号, unit, deadline, person or
 * other cell — right above a numbered row (a task's, or a section's `（一）`) is a section's title
 * spanning the table's rows (`强化…能力。` over `（一）…` and `1`), not a task lacking its units.
 */
function isUnnumberedHeading(line: Line, next: Line): boolean {
  const textOnly = !line.seq && Boolean(line.task || line.requirement) && !(line.task && line.requirement) && !line.category && !line.subcategory
    && !line.lead && !line.co && !line.deadline && !line.notes && Object.keys(line.texts).length === 0;
  return textOnly && next.seq !== '';
}

/** Two whole cells of one field, as a list (`建设局`, `城投集团` → `建设局、城投集团`). */
function joinCells(before: string, after: string): string {
  if (before === '' || after === '') return before || after;
  return endsWithSeparator(before) ? before + after : `${before}、${after}`;
}

class AssemblyState {
  drafts: TaskDraft[] = [];
  notes: string[] = [];
  skipped: Array<{ row: number; text: string }> = [];
  private category: CategoryDraft = { ...NO_CATEGORY };
  private subcategory: CategoryDraft | undefined;
  private highestNo = 0;
  /** The last task was an item of a group (see takeGroup). */
  private inGroup = false;
  /** Every section and subsection opened, with the row that opened it. */
  private opened: Array<{ row: number; section: CategoryDraft }> = [];
  private row = 0;

  /**
   * `subRowTasks`: the task column names groups merged over sub-rows (see subRowTaskColumn), each
   * row's own text its task; `categoryColumn`: the table has sections of its own, so a group is a
   * subsection.
   */
  constructor(private readonly subRowTasks = false, private readonly categoryColumn = false) {}

  /** `next`: the row below, in a table numbering its tasks in 序号 (see isUnnumberedHeading). */
  take(source: Line, next?: Line): void {
    this.row = source.source.row;
    const filled = source.source.cells.map((c) => c.trim()).filter((c) => c !== '');
    if (filled.length === 1 && this.takeLoneCell(filled[0], source)) return;
    if (this.takeFiguresRow(filled, source)) return;
    if (this.takeCategoryNumber(source)) return;
    // Groups of numbered items are groups over sub-rows too, when the table has such.
    const line = this.subRowTasks ? source : this.takeGroup(source);
    const heading = line.category ? parseCategoryHeading(line.category, true) : null;
    const subHeading = line.subcategory ? parseCategoryHeading(line.subcategory, true) : null;
    const previous = this.drafts[this.drafts.length - 1];
    if (this.subRowTasks && line.requirement && isMergedTaskSubRow(line)) {
      this.drafts.push(this.draft({ ...line, task: line.requirement, requirement: '' }));
      return;
    }
    if (previous && isMergedTaskSubRow(line)) {
      this.drafts.push({ ...this.draft(line), task: previous.task, requirement: line.requirement, seq: previous.seq });
      return;
    }
    if (!heading && !subHeading && previous && continuesPrevious(line, previous, this.drafts)) {
      this.merge(previous, line);
      return;
    }
    if (!heading && !subHeading && next && isUnnumberedHeading(line, next)) {
      this.open({ level: 1, no: this.highestNo + 1, title: line.task || line.requirement }, false);
      return;
    }
    if (heading) this.open(heading);
    else if (line.category && line.category !== this.category.title && line.category !== this.subcategory?.title) {
      this.open({ level: 1, no: this.highestNo + 1, title: line.category }, false);
    }
    if (subHeading) this.open({ ...subHeading, level: 2 });
    else if (line.subcategory && line.subcategory !== this.subcategory?.title) {
      this.open({ level: 2, no: (this.subcategory?.no ?? 0) + 1, title: line.subcategory }, false);
    }
    if (this.subRowTasks && line.task) this.drafts.push(this.draft(this.openGroup(line)));
    else if (line.task || line.requirement) this.drafts.push(this.draft(line));
    else if (!line.category) {
      this.notes.push(`${rowPlace(line.source)}没有工作任务，已跳过：${line.source.cells.filter(Boolean).join(' ')}`);
      if (line.lead || line.co || line.deadline) this.skipped.push({ row: line.source.row, text: line.source.cells.map((c) => c.trim()).filter(Boolean).join(' ') });
    }
  }

  /**
   * A task's name beside one numbered item (`(1)…`, `①…`) is a group's name over the items of
   * its rows (see isGroupItem): the name opens a section, the item is the task. The group's
   * further rows, lacking the merged name, are its items too.
   */
  private takeGroup(line: Line): Line {
    const item = !line.category && isGroupItem(line.requirement);
    if (item && line.task) {
      // Under a section of the table's own, the group is its subsection.
      const level = this.category.numbered ? 2 : 1;
      const open = level === 2 ? this.subcategory?.title : this.category.title;
      if (line.task !== open) this.open({ level, no: level === 2 ? 0 : this.highestNo + 1, title: line.task }, false);
      this.inGroup = true;
    } else if (!(item && this.inGroup && isMergedTaskSubRow(line))) {
      this.inGroup = false;
      return line;
    }
    return { ...line, task: line.requirement, requirement: '' };
  }

  /**
   * A group's first row: its name (the merged task cell) opens a section, or a subsection under the
   * table's own; its own text is the task. A row with no text of its own is a group of one, itself its task.
   */
  private openGroup(line: Line): Line {
    const level = this.categoryColumn || this.category.numbered ? 2 : 1;
    const open = level === 2 ? this.subcategory?.title : this.category.title;
    if (line.task !== open) this.open({ level, no: level === 2 ? 0 : this.highestNo + 1, title: line.task }, false);
    return { ...line, task: line.requirement || line.task, requirement: '' };
  }

  /** A row holding one cell only: a section of its own spanning the table, or a note under it. */
  private takeLoneCell(text: string, line: Line): boolean {
    const heading = parseCategoryHeading(text);
    if (heading) {
      this.open(heading);
      return true;
    }
    if (NOTE.test(text)) {
      this.notes.push(`${rowPlace(line.source)}是表注：${text}`);
      return true;
    }
    return false;
  }

  /**
   * A progress table's row of totals (`合计`, `小计` and figures only) is no task; a section heading
   * beside its section's figures opens the section (see wordBesideFigures).
   */
  private takeFiguresRow(filled: readonly string[], line: Line): boolean {
    const word = wordBesideFigures(filled);
    if (word === null || line.lead || line.co || line.deadline) return false;
    if (TOTALS.test(word)) {
      this.notes.push(`${rowPlace(line.source)}是合计行，不是任务，已跳过：${filled.join(' ')}`);
      return true;
    }
    const heading = parseCategoryHeading(word);
    if (heading) this.open(heading);
    return heading !== null;
  }

  /** A 序号 cell such as `一` or `（二）` with no unit or deadline numbers a section row. */
  private takeCategoryNumber(line: Line): boolean {
    const number = line.seq ? parseCategoryNumber(line.seq) : null;
    if (!number || line.lead || line.co || line.deadline) return false;
    const title = line.category || line.task || line.requirement;
    this.open({ ...number, title });
    return true;
  }

  private merge(draft: TaskDraft, line: Line): void {
    // A row of its own under the task's merged cell (`2021.8 | 城投集团`) adds whole cells; a cut or wrapped row, pieces.
    const ownRow = !line.breakBefore && (line.source.continued?.length ?? 0) > 0;
    draft.task = joinAcrossBreak(draft.task, line.task);
    draft.requirement = joinAcrossBreak(draft.requirement, line.requirement);
    draft.lead = ownRow ? joinCells(draft.lead, line.lead) : joinUnitText(draft.lead, line.lead);
    draft.co = ownRow ? joinCells(draft.co, line.co) : joinUnitText(draft.co, line.co);
    draft.deadline = ownRow ? joinCells(draft.deadline, line.deadline) : joinAcrossBreak(draft.deadline, line.deadline);
    draft.notes = joinAcrossBreak(draft.notes, line.notes);
    for (const field of IMPORT_TEXT_FIELDS) {
      const text = joinAcrossBreak(draft.texts[field] ?? '', line.texts[field] ?? '');
      if (text !== '') draft.texts[field] = text;
    }
    for (const [index, cell] of Object.entries(line.remarks)) draft.remarks[Number(index)] = joinAcrossBreak(draft.remarks[Number(index)] ?? '', cell);
    // A section title cut by the break: the draft's section is the open one, so it grows in place.
    if (line.category && line.category !== draft.category.title) draft.category.title = joinAcrossBreak(draft.category.title, line.category);
    if (line.subcategory && draft.subcategory && line.subcategory !== draft.subcategory.title) {
      draft.subcategory.title = joinAcrossBreak(draft.subcategory.title, line.subcategory);
    }
  }

  /** The sections no task was read under. */
  emptySections(): Array<{ row: number; title: string }> {
    const used = new Set(this.drafts.flatMap((d) => [d.category, d.subcategory]));
    return this.opened.filter((o) => !used.has(o.section)).map((o) => ({ row: o.row, title: o.section.title }));
  }

  private open(heading: CategoryHeading, numbered = true): void {
    const category: CategoryDraft = { no: heading.no, title: heading.title, numbered };
    this.opened.push({ row: this.row, section: category });
    if (heading.level === 2) {
      this.subcategory = category;
      return;
    }
    this.category = category;
    this.subcategory = undefined;
    this.highestNo = Math.max(this.highestNo, heading.no);
  }

  private draft(line: Line): TaskDraft {
    return {
      row: line.row,
      seq: line.seq,
      category: this.category,
      subcategory: this.subcategory,
      task: line.task || line.requirement,
      requirement: line.task ? line.requirement : '',
      lead: line.lead,
      co: line.co,
      deadline: line.deadline,
      notes: line.notes,
      texts: { ...line.texts },
      remarks: { ...line.remarks },
    };
  }
}
