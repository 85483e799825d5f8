/**
 * Sheet 单位报送 of the ledger: every lead unit's own report on every task (what consolidation
 * keeps in ledger.unitReports), one row each, so a task with several lead units keeps each
 * unit's words and the 任务台账 sheet can show them composed as `【单位】…` lines.
 */
import { UNIT_REPORT_HEADERS, UNIT_REPORT_SHEET, unitReportRows } from '../core/consolidate/unit-report-grid';
import type { Ledger } from '../core/ledger';
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

export function unitReportSheet(ledger: Ledger): SheetLayout {
  return {
    name: UNIT_REPORT_SHEET,
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
    print: printSetup(`${ledger.meta.title} 单位报送情况`, true),
  };
}

/** The ledger's layout with 单位报送 added before 变更记录, unless the layout already has it. */
export function withUnitReportSheet<T extends { sheets: SheetLayout[] }>(layout: T, ledger: Ledger): T {
  if (layout.sheets.some((s) => s.name === UNIT_REPORT_SHEET)) return layout;
  const at = layout.sheets.findIndex((s) => s.name === '变更记录');
  const sheets = [...layout.sheets];
  sheets.splice(at < 0 ? sheets.length : at, 0, unitReportSheet(ledger));
  return { ...layout, sheets };
}
