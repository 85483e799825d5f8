/**
 * The ledger's 单位报送 sheet read back: one row per (task, unit) report, attached to its task's
 * `unitReports`, so a task with several lead units keeps each unit's own words through every
 * reader. Pure; a report whose task is no longer in 任务台账 is a finding, not an error.
 */
import { parseStatus } from './status-words';
import type { Finding } from '../finding';
import type { LedgerTask, OrphanReport, UnitReport } from './ledger';
import { LEDGER_SHEETS, UNIT_REPORT_HEADERS } from './ledger-fields';
import { cellName, dateTimeValue, type GridValue, type SheetGrid } from './ledger-grid';
import { ledgerReadMessages as msg } from '../finding';

type Key = keyof typeof UNIT_REPORT_HEADERS;
const KEYS = Object.keys(UNIT_REPORT_HEADERS) as Key[];

/** Values are kept as written (not trimmed): a report read back equals the one written. */
function text(value: GridValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

interface ReportRow {
  taskId: string;
  report: UnitReport;
  /** 1-based sheet row. */
  row: number;
}

function reportRows(grid: SheetGrid): { rows: ReportRow[]; taskIdColumn: number } {
  const header = grid.rows[0] ?? [];
  const col = Object.fromEntries(KEYS.map((k) => [k, header.findIndex((v) => text(v).trim() === UNIT_REPORT_HEADERS[k])])) as Record<Key, number>;
  const rows: ReportRow[] = [];
  grid.rows.slice(1).forEach((values, i) => {
    const get = (k: Key) => (col[k] < 0 ? '' : text(values[col[k]]));
    const taskId = get('taskId').trim();
    const unit = get('unit').trim();
    const round = get('round').trim();
    // Rows without a task ID, unit or round are not reports (a note, a blank line).
    if (taskId === '' || unit === '' || round === '') return;
    const report: UnitReport = {
      unit,
      status: parseStatus(get('status')) ?? '',
      progress: get('progress'),
      evidence: get('evidence'),
      contact: get('contact'),
      phone: get('phone'),
      round,
      reportedAt: col.reportedAt < 0 ? '' : text(dateTimeValue(values[col.reportedAt])),
    };
    rows.push({ taskId, report, row: i + 2 });
  });
  return { rows, taskIdColumn: Math.max(0, col.taskId) };
}

/**
 * `tasks` with the reports of the 单位报送 grid attached (a later row of the same task and unit
 * wins). Reports naming a task ID that 任务台账 does not hold are kept as `orphans` (written back
 * as they were) and add a warning to `findings`.
 */
export function attachUnitReports(
  tasks: LedgerTask[],
  grid: SheetGrid | undefined,
  file: string,
  findings: Finding[],
): { tasks: LedgerTask[]; orphans: OrphanReport[] } {
  if (!grid) return { tasks, orphans: [] };
  const { rows, taskIdColumn } = reportRows(grid);
  const byTask = new Map<string, Record<string, UnitReport>>();
  for (const { taskId, report } of rows) byTask.set(taskId, { ...byTask.get(taskId), [report.unit]: report });
  const known = new Set(tasks.map((t) => t.id));
  const orphanRows = rows.filter((r) => !known.has(r.taskId));
  const orphans = new Map<string, OrphanReport>();
  for (const { taskId, report } of orphanRows) orphans.set(JSON.stringify([taskId, report.unit]), { taskId, report });
  for (const { taskId, report, row } of orphanRows) {
    findings.push({
      level: 'warning',
      code: 'ledger.orphan-report',
      taskId,
      field: 'id',
      message: msg.orphanReport(row, taskId, report.unit),
      suggestion: msg.orphanReportSuggestion(),
      file,
      sheet: grid.name || LEDGER_SHEETS.reports,
      row,
      cell: cellName(row, taskIdColumn),
    });
  }
  return { tasks: tasks.map((t) => (byTask.has(t.id) ? { ...t, unitReports: byTask.get(t.id)! } : t)), orphans: [...orphans.values()] };
}
