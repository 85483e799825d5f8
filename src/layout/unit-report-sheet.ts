/**
 * Sheet 单位报送 of the ledger: every lead unit's own report on every task (what consolidation
 * keeps in ledger.tasks[i].unitReports), one row each, so a task with several lead units keeps
 * each unit's words and the 任务台账 sheet can show them composed as `【单位】…` lines.
 * Read back by src/core/ledger-read-reports.ts.
 */
import { ledgerTitle } from '../core/report';
import type { Ledger, UnitReport } from '../core/ledger';
import { LEDGER_SHEETS, UNIT_REPORT_HEADERS } from '../core/ledger';
import { HEADER_HEIGHT, HEADER_STYLE, SHORT_TEXT, TEXT, printSetup } from './style';
import type { ColumnSpec, SheetLayout } from './types';

type Key = keyof typeof UNIT_REPORT_HEADERS;

const WIDTHS: Record<Key, [number, 'short' | 'text']> = {
  taskId: [10, 'short'],
  unit: [16, 'text'],
  status: [10, 'short'],
  progress: [46, 'text'],
  evidence: [24, 'text'],
  contact: [10, 'short'],
  phone: [14, 'short'],
  round: [10, 'short'],
  reportedAt: [20, 'short'],
};

export const UNIT_REPORT_COLUMNS: Array<ColumnSpec & { key: Key }> = (Object.keys(UNIT_REPORT_HEADERS) as Key[]).map((key) => ({
  key,
  header: UNIT_REPORT_HEADERS[key],
  width: WIDTHS[key][0],
  style: WIDTHS[key][1] === 'short' ? SHORT_TEXT : TEXT,
}));

/** Each task's reports: its lead units first, in 牵头单位 order, then units that no longer lead it. */
function unitReportRows(ledger: Ledger): Array<{ taskId: string; report: UnitReport }> {
  return ledger.tasks.flatMap((task) => {
    const units = Object.keys(task.unitReports);
    const ordered = [...task.leadUnits.filter((u) => units.includes(u)), ...units.filter((u) => !task.leadUnits.includes(u))];
    return ordered.map((unit) => ({ taskId: task.id, report: task.unitReports[unit] }));
  });
}

export function unitReportSheet(ledger: Ledger): SheetLayout {
  return {
    name: LEDGER_SHEETS.reports,
    visibility: 'visible',
    headerRow: 1,
    headerStyle: HEADER_STYLE,
    headerHeight: HEADER_HEIGHT,
    columns: UNIT_REPORT_COLUMNS,
    rows: unitReportRows(ledger).map(({ taskId, report }) =>
      UNIT_REPORT_COLUMNS.map((c) => {
        const value = c.key === 'taskId' ? taskId : report[c.key];
        return { value: value === '' ? null : value };
      }),
    ),
    validations: [],
    conditionalFormats: [],
    freeze: { rows: 1, columns: 2 },
    rowHeights: {},
    print: printSetup(`${ledgerTitle(ledger.meta.title)} 单位报送情况`, true),
  };
}
