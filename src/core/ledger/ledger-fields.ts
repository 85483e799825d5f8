/**
 * The ledger workbook's headers and labels: the layout writes them, readers find columns and
 * settings by them (never by position), so a user may move columns.
 */
import type { LedgerFieldKey } from '../fields';
import type { ChangeRecord, LedgerMeta } from './ledger';

export const LEDGER_SHEETS = {
  tasks: '任务台账',
  summary: '汇总',
  findings: '校验',
  units: '单位名录',
  /** Each lead unit's own report on each task (ledger.tasks[i].unitReports), one row per (task, unit). */
  reports: '单位报送',
  changes: '变更记录',
  settings: '设置',
  /** Hidden: every change of every merge (bookkeeping included), which undo replays. */
  undo: '撤销数据',
} as const;

/** 任务台账's headers: the field registry's ledger columns. */
export { TASK_HEADERS } from '../fields';
export type TaskField = LedgerFieldKey;

/** Columns a ledger cannot be read without. */
export const REQUIRED_TASK_FIELDS: readonly TaskField[] = ['id', 'task', 'leadUnits', 'deadline', 'status'];

export const UNIT_HEADERS = { name: '单位名称', aliases: '别名', contact: '联系人', phone: '联系电话' } as const;

export const CHANGE_HEADERS: Record<keyof ChangeRecord, string> = {
  time: '时间',
  round: '轮次',
  unit: '单位',
  taskId: '任务编号',
  field: '字段',
  oldValue: '原值',
  newValue: '新值',
  sourceFile: '来源文件',
  batchId: '批次',
};

/** Columns of the 单位报送 sheet, in order; the reader finds them by these headers. */
export const UNIT_REPORT_HEADERS = {
  taskId: '任务编号',
  unit: '单位',
  status: '完成状态',
  progress: '进展情况',
  evidence: '佐证材料',
  contact: '联系人',
  phone: '联系电话',
  round: '报送轮次',
  reportedAt: '报送时间',
} as const;

export type SettingKey = Exclude<keyof LedgerMeta, never>;

/** Labels of the 设置 sheet's rows (column A), in row order. */
export const SETTING_LABELS: Record<SettingKey, string> = {
  ledgerId: '台账标识',
  title: '标题',
  planYear: '计划年度',
  schemaVersion: '结构版本',
  createdAt: '创建时间',
  dueSoonDays: '临期天数',
};

/** Aliases in a 单位名录 cell, and units in a 牵头单位 cell, are joined by this. */
export const LIST_SEPARATOR = '、';
