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
  row?: number;
  cell?: string;
}
