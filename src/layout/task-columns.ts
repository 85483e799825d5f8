/** The columns of 任务台账, in order. Readers find them by header; formulas by letter. */
import { columnLetter } from './a1';
import { DATE, INTEGER, SHORT_TEXT, TEXT } from './style';
import type { ColumnSpec } from './types';

export const TASK_COLUMNS = [
  { key: 'seq', header: '序号', width: 6, style: INTEGER },
  { key: 'id', header: '任务编号', width: 10, style: SHORT_TEXT },
  { key: 'category', header: '工作类别', width: 18, style: TEXT },
  { key: 'task', header: '工作任务', width: 48, style: TEXT },
  { key: 'leadUnits', header: '牵头单位', width: 18, style: TEXT },
  { key: 'coUnits', header: '责任单位', width: 14, style: TEXT },
  { key: 'deadline', header: '完成时限', width: 11, style: SHORT_TEXT },
  { key: 'due', header: '截止日期', width: 12, style: DATE },
  { key: 'status', header: '完成状态', width: 10, style: SHORT_TEXT },
  { key: 'progress', header: '进展情况', width: 30, style: TEXT },
  { key: 'evidence', header: '佐证材料', width: 18, style: TEXT },
  { key: 'updatedAt', header: '更新时间', width: 17, style: SHORT_TEXT },
  { key: 'daysLeft', header: '剩余天数', width: 10, style: INTEGER },
  { key: 'light', header: '预警', width: 10, style: SHORT_TEXT },
  { key: 'note', header: '备注', width: 14, style: TEXT },
] as const satisfies readonly ColumnSpec[];

export type TaskColumnKey = (typeof TASK_COLUMNS)[number]['key'];

/** 1-based column number of a 任务台账 column. */
export function taskColumnNumber(key: TaskColumnKey): number {
  return TASK_COLUMNS.findIndex((c) => c.key === key) + 1;
}

export function taskColumnLetter(key: TaskColumnKey): string {
  return columnLetter(taskColumnNumber(key));
}
