/**
 * Findings are expected problems, as values: the UI lists them, the ledger's 校验 sheet shows
 * them, the CLI prints them. Bugs throw; findings never do.
 */
export type FindingLevel = 'error' | 'warning' | 'info';
export type FindingField = 'leadUnits' | 'coUnits' | 'deadline' | 'task' | 'requirement' | 'category' | 'status' | 'id' | 'file';

/** What a finding is about: the first part of its code. */
export const FINDING_AREAS = ['import', 'ledger', 'unit', 'deadline', 'consolidate', 'return', 'row', 'field', 'cell', 'file', 'distribute', 'undo'] as const;
export type FindingArea = (typeof FINDING_AREAS)[number];
/** `area.kebab-case`, e.g. `unit.not-canonical` (test/core/finding/codes.test.ts holds every code to it). */
export type FindingCode = `${FindingArea}.${string}`;

export interface Finding {
  level: FindingLevel;
  /** Stable machine code, e.g. `unit.unknown`, `deadline.unknown`. */
  code: FindingCode;
  taskId?: string;
  field?: FindingField;
  /** 中文说明, for people. */
  message: string;
  /** 修改建议, when there is one (e.g. the likely intended unit name). */
  suggestion?: string;
  /** Where: file, sheet, 1-based row and A1 cell, when known. */
  file?: string;
  sheet?: string;
  /** A PDF's 1-based page; `row` is then the row of the table as drawn on that page. */
  page?: number;
  row?: number;
  cell?: string;
}

/** A finding's row in words: `第12行`, for a PDF `第2页 表格第5行` (`第2页` for text outside the table). */
export function findingRowPlace(f: Pick<Finding, 'row' | 'page'>): string | undefined {
  if (f.page !== undefined) return f.row !== undefined ? `第${f.page}页 表格第${f.row}行` : `第${f.page}页`;
  return f.row !== undefined ? `第${f.row}行` : undefined;
}
