/**
 * How consolidation writes 变更记录 rows, so that undo can replay them backwards.
 *
 * A row whose unit is a real unit changed that unit's report (ledger.unitReports[unit]);
 * a row whose unit is LEDGER_ROW_UNIT changed the task's own row in 任务台账. Every value a
 * consolidation changes gets a row — also empty → something — which is what makes undo exact
 * (the 变更记录 sheet shows the rows people read; see isBookkeepingChange).
 * 报送轮次 '' → round marks a report the batch created (consolidation never stores a report
 * with an empty round), so undo removes it.
 */
import type { ChangeRecord, LedgerTask, UnitReport } from '../ledger';
import { UNIT_REPORT_HEADERS } from '../ledger';

export const LEDGER_ROW_UNIT = '（台账）';

export type UnitReportField = Exclude<keyof UnitReport, 'unit'>;
export type LedgerRowField = 'status' | 'progress' | 'evidence' | 'updatedAt';

/** The 单位报送 sheet's headers, without the task and unit columns. */
export const UNIT_REPORT_LABELS: Record<UnitReportField, string> = (({ taskId: _taskId, unit: _unit, ...labels }) => labels)(UNIT_REPORT_HEADERS);

export const LEDGER_ROW_LABELS: Record<LedgerRowField, string> = {
  status: '完成状态',
  progress: '进展情况',
  evidence: '佐证材料',
  updatedAt: '更新时间',
};

export const UNIT_REPORT_FIELD_ORDER = Object.keys(UNIT_REPORT_LABELS) as UnitReportField[];
export const LEDGER_ROW_FIELD_ORDER = Object.keys(LEDGER_ROW_LABELS) as LedgerRowField[];

/**
 * Bookkeeping changes: a report's 报送轮次/报送时间 and the ledger row's 更新时间. Undo needs them
 * to restore the ledger exactly, people do not: the 变更记录 sheet leaves them out and the hidden
 * 撤销数据 sheet keeps every change (src/layout/changes-sheet.ts).
 */
export function isBookkeepingChange(record: Pick<ChangeRecord, 'unit' | 'field'>): boolean {
  if (record.unit === LEDGER_ROW_UNIT) return record.field === LEDGER_ROW_LABELS.updatedAt;
  return record.field === UNIT_REPORT_LABELS.round || record.field === UNIT_REPORT_LABELS.reportedAt;
}

/** How many of `records` the 变更记录 sheet shows. */
export function recordedCount(records: readonly ChangeRecord[]): number {
  return records.filter((r) => !isBookkeepingChange(r)).length;
}

export function unitReportFieldOf(label: string): UnitReportField | undefined {
  return UNIT_REPORT_FIELD_ORDER.find((f) => UNIT_REPORT_LABELS[f] === label);
}

export function ledgerRowFieldOf(label: string): LedgerRowField | undefined {
  return LEDGER_ROW_FIELD_ORDER.find((f) => LEDGER_ROW_LABELS[f] === label);
}

/** A copy of the task whose unit reports can be changed without touching the original. */
export function cloneTask(task: LedgerTask): LedgerTask {
  const unitReports: Record<string, UnitReport> = {};
  for (const [unit, report] of Object.entries(task.unitReports)) unitReports[unit] = { ...report };
  return { ...task, unitReports };
}
