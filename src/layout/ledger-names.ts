/** Names of the ledger's sheets, table and defined names: the contract readers and later issues rely on. */
import { LEDGER_SHEETS } from '../core/ledger';

export const SHEETS = LEDGER_SHEETS;

export const TASK_TABLE_NAME = 'TL_Tasks';

/** Defined names pointing at the 设置 sheet's cells. */
export const NAMES = {
  ledgerId: 'TL_LEDGER_ID',
  title: 'TL_TITLE',
  planYear: 'TL_PLAN_YEAR',
  schemaVersion: 'TL_SCHEMA_VERSION',
  createdAt: 'TL_CREATED_AT',
  dueSoonDays: 'TL_DUE_SOON_DAYS',
  statuses: 'TL_STATUSES',
} as const;

/** Rows below the last task that validations, conditional formats and 汇总 formulas still cover, so rows added at the bottom are included. */
export const GROWTH_ROWS = 1000;
/** Last row of the 单位名录 list that the 牵头单位 drop-down reads, at least. */
export const MIN_UNIT_LIST_ROWS = 500;

/** The last 任务台账 row that formulas, validations and conditional formats cover. */
export function taskAreaLastRow(taskCount: number): number {
  return Math.max(taskCount, 1) + 1 + GROWTH_ROWS;
}
