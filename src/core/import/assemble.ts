import { isRepeatedHeader, readSubHeader, type ColumnMap } from './header';
import { endsWithClosingPunctuation, endsWithSeparator, joinAcrossBreak, joinUnitText } from './join-text';
import { refineColumns } from './column-layout';
import { inferCategoryColumn, toLine, type Line } from './lines';
import { parseSectionHeading, parseSectionNumber, type SectionHeading } from './section-heading';
import type { SourceRow } from './types';

export interface CategoryDraft {
  no: number;
  title: string;
  /** Whether the table numbered it (`一、`); unnumbered ones come from a 类别 column. */
  numbered: boolean;
}

/** One task being rebuilt from one or more rows (a page break may cut it). */
export interface TaskDraft {
  row: number;
  /** Index of the source row of the first line, for A1 addresses. */
  seq: string;
  category: CategoryDraft;
  subcategory?: CategoryDraft;
  task: string;
  requirement: string;
  lead: string;
  co: string;
  deadline: string;
}

export interface Assembly {
  drafts: TaskDraft[];
  columns: ColumnMap;
  notes: string[];
}

const NOTE = /^(注|备注|说明|附注)\s*[:：]/;
/** `－ 2 －`, `- 12 -`, `第 3 页`, `3/10`: a page number the PDF text kept. */
const PAGE_NUMBER = /^(?:[-－—–]\s*\d+\s*[-－—–]|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;
const NO_CATEGORY: CategoryDraft = { no: 0, title: '', numbered: false };

/**
 * The shared steps after the header: skip repeated headers, rebuild what page breaks cut, open
 * sections and subsections, and collect one draft per task. Works on rows of any reader.
 */
export function assembleTasks(dataRows: readonly SourceRow[], headerColumns: ColumnMap, headerCells: readonly string[]): Assembly {
  const columns = inferCategoryColumn(refineColumns(headerCells, headerColumns, dataRows), dataRows);
  const state = new AssemblyState();
  let pendingBreak = false;
  let afterHeader = false;
  let above: Line | undefined;
  for (const source of dataRows) {
    if (source.cells.every((c) => c.trim() === '')) continue;
    if (isPageNumber(source)) {
      pendingBreak = true;
      continue;
    }
    // A header repeated on a later page, with its sub-header row when it has one.
    if (isRepeatedHeader(source) || (afterHeader && readSubHeader(source))) {
      pendingBreak = true;
      afterHeader = true;
      continue;
    }
    afterHeader = false;
    above = toLine(source, columns, pendingBreak || source.breakBefore, above);
    state.take(above);
    pendingBreak = false;
  }
  return { drafts: state.drafts, columns, notes: state.notes };
}

function isPageNumber(row: SourceRow): boolean {
  const filled = row.cells.map((c) => c.trim()).filter((c) => c !== '');
  return filled.length === 1 && PAGE_NUMBER.test(filled[0]);
}

class AssemblyState {
  drafts: TaskDraft[] = [];
  notes: string[] = [];
  private category: CategoryDraft = { ...NO_CATEGORY };
  private subcategory: CategoryDraft | undefined;
  private highestNo = 0;

  take(line: Line): void {
    const filled = line.source.cells.map((c) => c.trim()).filter((c) => c !== '');
    if (filled.length === 1 && this.takeLoneCell(filled[0], line)) return;
    if (this.takeSectionNumber(line)) return;
    const heading = line.category ? parseSectionHeading(line.category, true) : null;
    const subHeading = line.subcategory ? parseSectionHeading(line.subcategory, true) : null;
    const previous = this.drafts[this.drafts.length - 1];
    if (previous && this.isMergedTaskSubRow(line)) {
      this.drafts.push({ ...this.draft(line), task: previous.task, requirement: line.requirement, seq: previous.seq });
      return;
    }
    if (!heading && !subHeading && previous && this.continues(line, previous)) {
      this.merge(previous, line);
      return;
    }
    if (heading) this.open(heading);
    else if (line.category && line.category !== this.category.title && line.category !== this.subcategory?.title) {
      this.open({ level: 1, no: this.highestNo + 1, title: line.category }, false);
    }
    if (subHeading) this.open({ ...subHeading, level: 2 });
    if (line.task || line.requirement) this.drafts.push(this.draft(line));
    else if (!line.category) this.notes.push(`第 ${line.row} 行没有工作任务，已跳过：${line.source.cells.filter(Boolean).join(' ')}`);
  }

  /** A row holding one cell only: a section of its own spanning the table, or a note under it. */
  private takeLoneCell(text: string, line: Line): boolean {
    const heading = parseSectionHeading(text);
    if (heading) {
      this.open(heading);
      return true;
    }
    if (NOTE.test(text)) {
      this.notes.push(`第 ${line.row} 行是表注：${text}`);
      return true;
    }
    return false;
  }

  /** A 序号 cell such as `一` or `（二）` with no unit or deadline numbers a section row. */
  private takeSectionNumber(line: Line): boolean {
    const number = line.seq ? parseSectionNumber(line.seq) : null;
    if (!number || line.lead || line.co || line.deadline) return false;
    const title = line.category || line.task || line.requirement;
    this.open({ ...number, title });
    return true;
  }

  /** A grid row under a vertically merged task cell: its own requirement and unit or deadline. */
  private isMergedTaskSubRow(line: Line): boolean {
    return !line.task && !line.breakBefore && Boolean(line.requirement) && Boolean(line.lead || line.co || line.deadline);
  }

  private continues(line: Line, previous: TaskDraft): boolean {
    if (line.seq && line.seq !== previous.seq) return false;
    if (!line.task) {
      const sectionFragment = Boolean(line.category) && line.breakBefore && previous.category.numbered;
      return Boolean(line.lead || line.co || line.deadline || line.requirement) || sectionFragment;
    }
    if (line.deadline) return false;
    const taskOpen = !endsWithClosingPunctuation(previous.task) && this.mostTasksEndClosed(previous);
    // `县工信局、县发改委、` then `县财政局` on the next line: the unit list was cut too.
    const unitsOpen = endsWithSeparator(previous.lead) || endsWithSeparator(previous.co);
    if (line.lead || line.co) return unitsOpen && (taskOpen || (!line.seq && previous.seq !== ''));
    return line.breakBefore || taskOpen;
  }

  private mostTasksEndClosed(previous: TaskDraft): boolean {
    const others = this.drafts.filter((d) => d !== previous);
    if (others.length === 0) return false;
    return others.filter((d) => endsWithClosingPunctuation(d.task)).length * 2 >= others.length;
  }

  private merge(draft: TaskDraft, line: Line): void {
    draft.task = joinAcrossBreak(draft.task, line.task);
    draft.requirement = joinAcrossBreak(draft.requirement, line.requirement);
    draft.lead = joinUnitText(draft.lead, line.lead);
    draft.co = joinUnitText(draft.co, line.co);
    draft.deadline = joinAcrossBreak(draft.deadline, line.deadline);
    if (line.category && line.category !== draft.category.title) {
      const target = draft.subcategory ?? draft.category;
      target.title = joinAcrossBreak(target.title, line.category);
    }
  }

  private open(heading: SectionHeading, numbered = true): void {
    const category: CategoryDraft = { no: heading.no, title: heading.title, numbered };
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
    };
  }
}
