/**
 * Findings are expected problems, as values: the UI lists them, the ledger's 校验 sheet shows
 * them, the CLI prints them. Bugs throw; findings never do.
 */
export type FindingLevel = 'error' | 'warning' | 'info';
export type FindingField = 'leadUnits' | 'coUnits' | 'deadline' | 'task' | 'requirement' | 'category' | 'status' | 'id' | 'file';

export interface Finding {
  level: FindingLevel;
  /** Stable machine code, e.g. `unit.unknown`, `deadline.unknown`. */
  code: string;
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
