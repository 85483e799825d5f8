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
  /** The suggestion as a change the program can make itself (采用建议, `check --fix`), when it is one. */
  fix?: FindingFix;
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

/** A unit field of a task: the fields a fix can change. */
export type UnitField = 'leadUnits' | 'coUnits';

/**
 * A finding's suggestion as a change to the ledger (采用建议):
 * - replace-unit: every `from` in the field becomes the units `to` (`城管局` → `区城管局`), a unit
 *   then written twice is kept once;
 * - set-units: the field, when it still reads `from`, becomes `to` (a blank lead unit → the unit above);
 * - choose-units: a group name (`区直各相关单位`) to be replaced by units the user picks from the
 *   单位名录 — not applicable until chosen (see `chooseUnits`).
 */
export type FindingFix =
  | { kind: 'replace-unit'; taskId: string; field: UnitField; from: string; to: string[] }
  | { kind: 'set-units'; taskId: string; field: UnitField; from: string[]; to: string[] }
  | { kind: 'choose-units'; taskId: string; field: UnitField; group: string };

/** A group name's fix once the user picked the units: a replace-unit fix (none picked: the group is removed). */
export function chooseUnits(fix: Extract<FindingFix, { kind: 'choose-units' }>, units: readonly string[]): FindingFix {
  return { kind: 'replace-unit', taskId: fix.taskId, field: fix.field, from: fix.group, to: [...units] };
}
