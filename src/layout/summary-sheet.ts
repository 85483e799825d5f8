/** Sheet 汇总: per lead unit and per section — total, done, in progress, overdue, due soon, rate. */
import { ledgerTitle } from '../core/report';
import type { Ledger } from '../core/ledger';
import { leadUnitsInOrder, categoriesInOrder } from '../core/report';
import { BOLD, HEADER_HEIGHT, HEADER_STYLE, INTEGER, PERCENT, SHORT_TEXT, TEXT, printSetup } from './style';
import { SHEETS, taskAreaLastRow } from './ledger-names';
import { completionRateFormula, summaryCountFormula, type SummaryMatch, type SummaryMeasure, type SummaryRanges } from './summary-formulas';
import { reportAreaLastRow, unitReportCount } from './unit-report-sheet';
import type { CellContent, SheetLayout } from './types';

export const SUMMARY_GROUPS = { unit: '按牵头单位', category: '按工作类别', all: '合计' } as const;
const MEASURES: SummaryMeasure[] = ['total', 'done', 'inProgress', 'overdue', 'dueSoon'];


function summaryRow(group: string, name: string, match: SummaryMatch, row: number, ranges: SummaryRanges, bold: boolean): CellContent[] {
  const style = bold ? BOLD : undefined;
  const withStyle = (c: CellContent): CellContent => (style ? { ...c, style } : c);
  return [
    withStyle({ value: group }),
    withStyle({ value: name }),
    ...MEASURES.map((m) => withStyle({ formula: summaryCountFormula(match, m, ranges) })),
    withStyle({ formula: completionRateFormula(`C${row}`, `D${row}`) }),
  ];
}

export function summarySheet(ledger: Ledger): SheetLayout {
  const ranges = { taskLastRow: taskAreaLastRow(ledger.tasks.length), reportLastRow: reportAreaLastRow(unitReportCount(ledger)) };
  const rows: CellContent[][] = [];
  const nextRow = () => rows.length + 2;
  for (const unit of leadUnitsInOrder(ledger.tasks)) {
    rows.push(summaryRow(SUMMARY_GROUPS.unit, unit, { kind: 'unit', nameCell: `$B${nextRow()}` }, nextRow(), ranges, false));
  }
  for (const section of categoriesInOrder(ledger.tasks)) {
    rows.push(summaryRow(SUMMARY_GROUPS.category, section, { kind: 'category', nameCell: `$B${nextRow()}` }, nextRow(), ranges, false));
  }
  rows.push(summaryRow(SUMMARY_GROUPS.all, '全部任务', { kind: 'all' }, nextRow(), ranges, true));
  return {
    name: SHEETS.summary,
    visibility: 'visible',
    headerRow: 1,
    headerStyle: HEADER_STYLE,
    headerHeight: HEADER_HEIGHT,
    columns: [
      { key: 'group', header: '分组', width: 12, style: SHORT_TEXT },
      { key: 'name', header: '名称', width: 36, style: { ...TEXT, vAlign: 'middle' } },
      { key: 'total', header: '任务数', width: 10, style: INTEGER },
      { key: 'done', header: '已完成', width: 10, style: INTEGER },
      { key: 'inProgress', header: '推进中', width: 10, style: INTEGER },
      { key: 'overdue', header: '逾期', width: 10, style: INTEGER },
      { key: 'dueSoon', header: '临期', width: 10, style: INTEGER },
      { key: 'rate', header: '完成率', width: 10, style: PERCENT },
    ],
    rows,
    validations: [],
    conditionalFormats: [],
    freeze: { rows: 1, columns: 0 },
    rowHeights: {},
    print: printSetup(`${ledgerTitle(ledger.meta.title)} 汇总`, true),
  };
}
