/**
 * Sheet 单位报送 of the ledger: every lead unit's own report on every task (what consolidation
 * keeps in ledger.tasks[i].unitReports), one row each, so a task with several lead units keeps
 * each unit's words and the 任务台账 sheet can show them composed as `【单位】…` lines.
 * Read back by src/core/ledger-read-reports.ts.
 */
import { ledgerTitle } from '../core/report';
import type { Ledger, UnitReport } from '../core/ledger';
import { LEDGER_SHEETS, UNIT_REPORT_HEADERS } from '../core/ledger';
import { absoluteColumnRange, columnLetter } from './a1';
import { linkedTextCell } from './link-cell';
import { SHEETS, taskAreaLastRow } from './ledger-names';
import { DATE, DATE_TIME, HEADER_HEIGHT, HEADER_STYLE, INTEGER, SHORT_TEXT, TEXT, printSetup } from './style';
import { timeCell } from './time-cell';
import { taskColumnLetter, type TaskColumnKey } from './task-columns';
import type { CellContent, ColumnSpec, SheetLayout } from './types';

type Key = keyof typeof UNIT_REPORT_HEADERS;

const WIDTHS: Record<Key, [number, 'short' | 'text' | 'time']> = {
  taskId: [10, 'short'],
  unit: [16, 'text'],
  status: [10, 'short'],
  progress: [46, 'text'],
  evidence: [24, 'text'],
  contact: [10, 'short'],
  phone: [14, 'short'],
  round: [10, 'short'],
  reportedAt: [20, 'time'],
};

export const UNIT_REPORT_COLUMNS: Array<ColumnSpec & { key: Key }> = (Object.keys(UNIT_REPORT_HEADERS) as Key[]).map((key) => ({
  key,
  header: UNIT_REPORT_HEADERS[key],
  width: WIDTHS[key][0],
  style: { short: SHORT_TEXT, text: TEXT, time: DATE_TIME }[WIDTHS[key][1]],
}));

/**
 * Two formula columns after the reports, for the 汇总 sheet's per-unit counts (the rule of
 * src/core/report/unit-part.ts): whether the report is that unit's part of a task it leads with
 * others (1/0), and that task's 截止日期 as 任务台账 shows it today.
 */
export const REPORT_FORMULA_HEADERS = { counts: '计入单位汇总', due: '任务截止日期' } as const;
type FormulaKey = keyof typeof REPORT_FORMULA_HEADERS;

export function reportColumnLetter(key: Key | FormulaKey): string {
  const formulaKeys = Object.keys(REPORT_FORMULA_HEADERS) as FormulaKey[];
  const index = UNIT_REPORT_COLUMNS.findIndex((c) => c.key === key);
  return columnLetter(index >= 0 ? index + 1 : UNIT_REPORT_COLUMNS.length + formulaKeys.indexOf(key as FormulaKey) + 1);
}

export function unitReportCount(ledger: Ledger): number {
  return ledger.tasks.reduce((n, task) => n + Object.keys(task.unitReports).length, 0);
}

/** The last row the 汇总 formulas read on 单位报送 (at least row 2, so a range is never empty). */
export function reportAreaLastRow(reportCount: number): number {
  return Math.max(reportCount, 1) + 1;
}

function formulaCells(row: number, taskLastRow: number): CellContent[] {
  const task = (key: TaskColumnKey) => absoluteColumnRange(SHEETS.tasks, taskColumnLetter(key), 2, taskLastRow);
  const at = `MATCH($${reportColumnLetter('taskId')}${row},${task('id')},0)`;
  const unit = `$${reportColumnLetter('unit')}${row}`;
  const lead = `INDEX(${task('leadUnits')},${at})`;
  const due = `INDEX(${task('due')},${at})`;
  return [
    { formula: `IFERROR(IF(AND(${lead}<>${unit},ISNUMBER(FIND("、"&${unit}&"、","、"&${lead}&"、"))),1,0),0)` },
    { formula: `IFERROR(IF(${due}="","",${due}),"")` },
  ];
}

const FORMULA_COLUMNS: ColumnSpec[] = [
  { key: 'counts', header: REPORT_FORMULA_HEADERS.counts, width: 12, style: INTEGER },
  { key: 'due', header: REPORT_FORMULA_HEADERS.due, width: 12, style: DATE },
];

/**
 * Each task's reports: its lead units first, in 牵头单位 order, then units that no longer lead it;
 * then the reports of tasks deleted from 任务台账 (kept, below the rows the 汇总 formulas read).
 */
function unitReportRows(ledger: Ledger): Array<{ taskId: string; report: UnitReport }> {
  const rows = ledger.tasks.flatMap((task) => {
    const units = Object.keys(task.unitReports);
    const ordered = [...task.leadUnits.filter((u) => units.includes(u)), ...units.filter((u) => !task.leadUnits.includes(u))];
    return ordered.map((unit) => ({ taskId: task.id, report: task.unitReports[unit] }));
  });
  return [...rows, ...(ledger.orphanReports ?? [])];
}

export function unitReportSheet(ledger: Ledger): SheetLayout {
  const taskLastRow = taskAreaLastRow(ledger.tasks.length);
  return {
    name: LEDGER_SHEETS.reports,
    visibility: 'visible',
    headerRow: 1,
    headerStyle: HEADER_STYLE,
    headerHeight: HEADER_HEIGHT,
    columns: [...UNIT_REPORT_COLUMNS, ...FORMULA_COLUMNS],
    rows: unitReportRows(ledger).map(({ taskId, report }, i) => [
      ...UNIT_REPORT_COLUMNS.map((c): CellContent => {
        if (c.key === 'reportedAt') return timeCell(report.reportedAt);
        const value = c.key === 'taskId' ? taskId : report[c.key];
        if (c.key === 'evidence') return linkedTextCell(value);
        return { value: value === '' ? null : value };
      }),
      ...formulaCells(i + 2, taskLastRow),
    ]),
    validations: [],
    conditionalFormats: [],
    freeze: { rows: 1, columns: 2 },
    rowHeights: {},
    print: printSetup(`${ledgerTitle(ledger.meta.title)} 单位报送情况`, true),
  };
}
