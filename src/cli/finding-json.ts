/** A finding in every command's `--json` output: one shape (level, code, where, message, suggestion). */
import type { Finding, FindingFix } from '../core/finding';
import type { FixChange, UnappliedFix } from '../core/ledger';

export interface FindingJson {
  level: Finding['level'];
  code: Finding['code'];
  taskId: string | null;
  field: string | null;
  message: string;
  suggestion: string | null;
  /** The suggestion as a change `check --fix` (and the pane's 采用建议) can make. */
  fix: FindingFix | null;
  file?: string;
  sheet?: string;
  /** A PDF's page; `row` is then the row of the table on that page. */
  page?: number;
  row?: number;
  cell?: string;
}

export function findingJson(f: Finding): FindingJson {
  return {
    level: f.level,
    code: f.code,
    taskId: f.taskId ?? null,
    field: f.field ?? null,
    message: f.message,
    suggestion: f.suggestion ?? null,
    fix: f.fix ?? null,
    ...(f.file !== undefined ? { file: f.file } : {}),
    ...(f.sheet !== undefined ? { sheet: f.sheet } : {}),
    ...(f.page !== undefined ? { page: f.page } : {}),
    ...(f.row !== undefined ? { row: f.row } : {}),
    ...(f.cell !== undefined ? { cell: f.cell } : {}),
  };
}

/** A field `check --fix` changed. */
export function fixChangeJson(c: FixChange): { taskId: string; field: string; oldValue: string; newValue: string; message: string } {
  return { taskId: c.taskId, field: c.field, oldValue: c.oldValue, newValue: c.newValue, message: c.message };
}

/** A fix `check --fix` left, with why. */
export function unappliedFixJson(u: UnappliedFix): { taskId: string; reason: UnappliedFix['reason']; message: string; fix: FindingFix } {
  return { taskId: u.fix.taskId, reason: u.reason, message: u.message, fix: u.fix };
}
