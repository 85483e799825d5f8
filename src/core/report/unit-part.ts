/**
 * A unit's part of a task: the one rule behind every per-unit figure (`status`, the 汇总
 * sheet's formulas, the printed 单位汇总 and 推进情况表 by unit, the pane's 状态).
 *
 * - A task with one lead unit: the unit's part is the task's row (完成状态, 进展情况), whoever
 *   typed it — the unit's return or the office.
 * - A task with several lead units: each unit's part is its own report. A unit that has not
 *   reported is blank (未报送), never credited with another unit's report — except while no
 *   unit has reported on the task at all: then the row is the office's own entry and every
 *   lead unit shares it.
 *
 * A blank status is 未报送: not done, so a past due date makes it overdue.
 */
import type { LedgerTask, Status } from '../ledger';

export interface UnitPart {
  status: Status | '';
  progress: string;
}

export function unitPart(task: LedgerTask, unit: string): UnitPart {
  if (task.leadUnits.length <= 1) return { status: task.status, progress: task.progress };
  const report = task.unitReports[unit];
  if (report) return { status: report.status, progress: report.progress };
  const anyReport = Object.keys(task.unitReports).length > 0;
  return anyReport ? { status: '', progress: '' } : { status: task.status, progress: task.progress };
}
