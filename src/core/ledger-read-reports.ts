/**
 * The 单位报送 sheet of the ledger: one row per (task, unit) report, so a task with several lead
 * units keeps each unit's own words in the workbook. Pure reading from a grid, for both adapters.
 */
import type { Ledger, Status, UnitReport } from '../ledger';
import type { GridValue, SheetGrid } from '../ledger-grid';
import { parseStatus } from './fields';

export const UNIT_REPORT_SHEET = '单位报送';

/** Column order of the sheet; header texts are what the reader looks for. */
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

type Key = keyof typeof UNIT_REPORT_HEADERS;
const KEYS = Object.keys(UNIT_REPORT_HEADERS) as Key[];

function text(value: GridValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Reports by task ID and unit. Rows without a task ID, unit or round are not reports and are skipped. */
export function readUnitReports(grid: SheetGrid): Map<string, Record<string, UnitReport>> {
  const header = grid.rows[0] ?? [];
  const col = Object.fromEntries(KEYS.map((k) => [k, header.findIndex((v) => text(v).trim() === UNIT_REPORT_HEADERS[k])])) as Record<Key, number>;
  const byTask = new Map<string, Record<string, UnitReport>>();
  for (const row of grid.rows.slice(1)) {
    const get = (k: Key) => (col[k] < 0 ? '' : text(row[col[k]]));
    const taskId = get('taskId').trim();
    const unit = get('unit').trim();
    const round = get('round').trim();
    if (taskId === '' || unit === '' || round === '') continue;
    const reports = byTask.get(taskId) ?? {};
    reports[unit] = {
      unit,
      status: (parseStatus(get('status')) ?? '') as Status | '',
      progress: get('progress'),
      evidence: get('evidence'),
      contact: get('contact'),
      phone: get('phone'),
      round,
      reportedAt: get('reportedAt'),
    };
    byTask.set(taskId, reports);
  }
  return byTask;
}

/** The ledger with the reports of the 单位报送 grid attached to their tasks (unknown task IDs are dropped). */
export function attachUnitReports(ledger: Ledger, grid: SheetGrid | undefined): Ledger {
  if (!grid) return ledger;
  const byTask = readUnitReports(grid);
  return { ...ledger, tasks: ledger.tasks.map((t) => (byTask.has(t.id) ? { ...t, unitReports: byTask.get(t.id)! } : t)) };
}

/** Each task's reports: its lead units first, in 牵头单位 order, then units that no longer lead it. */
export function unitReportRows(ledger: Ledger): Array<{ taskId: string; report: UnitReport }> {
  return ledger.tasks.flatMap((task) => {
    const units = Object.keys(task.unitReports);
    const ordered = [...task.leadUnits.filter((u) => units.includes(u)), ...units.filter((u) => !task.leadUnits.includes(u))];
    return ordered.map((unit) => ({ taskId: task.id, report: task.unitReports[unit] }));
  });
}
