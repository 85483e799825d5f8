/** The columns of 任务台账, in order. Readers find them by header; formulas by letter. */
import { TASK_HEADERS } from '../core/ledger';
import { columnLetter } from './a1';
import { DATE, DATE_TIME, INTEGER, SHORT_TEXT, TEXT } from './style';
import type { ColumnSpec } from './types';

export const TASK_COLUMNS = [
  { key: 'seq', header: TASK_HEADERS.seq, width: 6, style: INTEGER },
  { key: 'id', header: TASK_HEADERS.id, width: 10, style: SHORT_TEXT },
  { key: 'category', header: TASK_HEADERS.category, width: 18, style: TEXT },
  { key: 'task', header: TASK_HEADERS.task, width: 48, style: TEXT },
  { key: 'leadUnits', header: TASK_HEADERS.leadUnits, width: 18, style: TEXT },
  { key: 'coUnits', header: TASK_HEADERS.coUnits, width: 14, style: TEXT },
  { key: 'deadline', header: TASK_HEADERS.deadline, width: 11, style: SHORT_TEXT },
  { key: 'due', header: TASK_HEADERS.due, width: 12, style: DATE },
  { key: 'status', header: TASK_HEADERS.status, width: 10, style: SHORT_TEXT },
  { key: 'progress', header: TASK_HEADERS.progress, width: 30, style: TEXT },
  { key: 'evidence', header: TASK_HEADERS.evidence, width: 18, style: TEXT },
  { key: 'updatedAt', header: TASK_HEADERS.updatedAt, width: 17, style: DATE_TIME },
  { key: 'daysLeft', header: TASK_HEADERS.daysLeft, width: 10, style: INTEGER },
  { key: 'light', header: TASK_HEADERS.light, width: 10, style: SHORT_TEXT },
  { key: 'note', header: TASK_HEADERS.note, width: 14, style: TEXT },
  // Last, so that a ledger written before it existed keeps its columns' letters.
  { key: 'requirement', header: TASK_HEADERS.requirement, width: 40, style: TEXT },
] as const satisfies readonly ColumnSpec[];

export type TaskColumnKey = (typeof TASK_COLUMNS)[number]['key'];

/** 1-based column number of a 任务台账 column. */
export function taskColumnNumber(key: TaskColumnKey): number {
  return TASK_COLUMNS.findIndex((c) => c.key === key) + 1;
}

export function taskColumnLetter(key: TaskColumnKey): string {
  return columnLetter(taskColumnNumber(key));
}
