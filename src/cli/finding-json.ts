/** A finding in every command's `--json` output: one shape (level, code, where, message, suggestion). */
import type { Finding } from '../core/finding';

export interface FindingJson {
  level: Finding['level'];
  code: Finding['code'];
  taskId: string | null;
  field: string | null;
  message: string;
  suggestion: string | null;
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
    ...(f.file !== undefined ? { file: f.file } : {}),
    ...(f.sheet !== undefined ? { sheet: f.sheet } : {}),
    ...(f.page !== undefined ? { page: f.page } : {}),
    ...(f.row !== undefined ? { row: f.row } : {}),
    ...(f.cell !== undefined ? { cell: f.cell } : {}),
  };
}
