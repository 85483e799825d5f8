/** Sheet 单位汇总: per lead unit counts and completion rate, most overdue first, with a total row. */
import type { UnitCounts, UnitSummary } from '../core/report';
import { rangeAddress } from './a1';
import {
  BODY_SIZE, bodyStyle, boldBodyStyle, HEADER_ROW_HEIGHT, printHeaderStyle, statusPrintSetup,
  SUBTITLE_HEIGHT, subtitleStyle, TITLE_HEIGHT, titleStyle, type PrintOptions,
} from './print-style';
import { columnPoints, columnWidths } from './print-columns';
import { printableWidth } from './print-pages';
import { rowHeightFor } from './print-row-height';
import { blank } from './status-sheet';
import type { CellContent, CellStyle, ColumnSpec, SheetLayout } from './types';

export const UNIT_SUMMARY_SHEET_NAME = '单位汇总';
const HEADER_ROW = 3;
export const TOTAL_LABEL = '合计';

type CountKey = Exclude<keyof UnitCounts, 'completionRate'>;
const COUNT_COLUMNS: Array<{ key: CountKey; header: string }> = [
  { key: 'total', header: '任务数' },
  { key: 'done', header: '已完成' },
  { key: 'inProgress', header: '推进中' },
  { key: 'notStarted', header: '未开始' },
  { key: 'notReported', header: '未报送' },
  { key: 'onHold', header: '暂缓' },
  { key: 'overdue', header: '逾期' },
  { key: 'dueSoon', header: '临期' },
];

/** Shares of the printed width: the unit's name widest, the counts alike. */
const UNIT_SHARE = 26;
const NO_SHARE = 6;
const COUNT_SHARE = 8;
const RATE_SHARE = 10;

function columns(print: PrintOptions, printableWidth: number): ColumnSpec[] {
  const shares = [NO_SHARE, UNIT_SHARE, ...COUNT_COLUMNS.map(() => COUNT_SHARE), RATE_SHARE];
  const [no, unit, ...rest] = columnWidths(shares, printableWidth, print.columns);
  const { fonts } = print;
  return [
    { key: 'no', header: '序号', width: no, style: bodyStyle(fonts, 'center', '0') },
    { key: 'unit', header: '牵头单位', width: unit, style: bodyStyle(fonts, 'left') },
    ...COUNT_COLUMNS.map((c, i) => ({ key: c.key, header: c.header, width: rest[i], style: bodyStyle(fonts, 'center', '0') })),
    { key: 'rate', header: '完成率', width: rest[COUNT_COLUMNS.length], style: bodyStyle(fonts, 'center', '0.0%') },
  ];
}

function countCells(counts: UnitCounts, style?: (numFmt: string) => CellStyle): CellContent[] {
  const cell = (value: number, numFmt: string): CellContent => (style ? { value, style: style(numFmt) } : { value });
  return [...COUNT_COLUMNS.map((c) => cell(counts[c.key], '0')), cell(counts.completionRate, '0.0%')];
}

export function unitSummarySheet(summary: UnitSummary, print: PrintOptions): SheetLayout {
  const { fonts } = print;
  const setup = statusPrintSetup(HEADER_ROW);
  const cols = columns(print, printableWidth(setup));
  const width = cols.length;
  const rows: CellContent[][] = summary.rows.map((r, i) => [{ value: i + 1 }, { value: r.unit }, ...countCells(r)]);
  const bold = (numFmt: string) => boldBodyStyle(fonts, 'center', numFmt);
  rows.push([{ value: TOTAL_LABEL, style: bold('@') }, { value: null, style: bold('@') }, ...countCells(summary.total, bold)]);
  const totalRow = HEADER_ROW + rows.length;
  const merges = [rangeAddress(1, 1, 1, width), rangeAddress(2, 1, 2, width), rangeAddress(totalRow, 1, totalRow, 2)];
  const rowHeights: Record<number, number> = { 1: TITLE_HEIGHT, 2: SUBTITLE_HEIGHT, [HEADER_ROW]: HEADER_ROW_HEIGHT };
  summary.rows.forEach((r, i) => {
    rowHeights[HEADER_ROW + 1 + i] = rowHeightFor([{ text: r.unit, widthPoints: columnPoints(cols[1].width, print.columns), fontSize: BODY_SIZE }], 22);
  });
  rowHeights[totalRow] = 22;
  if (summary.note !== '') {
    const noteRow = totalRow + 1;
    rows.push([{ value: summary.note, style: { ...bodyStyle(fonts, 'left'), border: undefined } }, ...blank(width - 1).map((c) => ({ ...c, style: {} }))]);
    merges.push(rangeAddress(noteRow, 1, noteRow, width));
    rowHeights[noteRow] = 22;
  }
  return {
    name: UNIT_SUMMARY_SHEET_NAME,
    visibility: 'visible',
    headerRow: HEADER_ROW,
    headerStyle: printHeaderStyle(fonts),
    headerHeight: HEADER_ROW_HEIGHT,
    columns: cols,
    rows,
    preamble: [
      [{ value: summary.title, style: titleStyle(fonts) }, ...blank(width - 1)],
      [{ value: summary.asOf, style: subtitleStyle(fonts) }, ...blank(width - 1)],
    ],
    merges,
    validations: [],
    conditionalFormats: [],
    freeze: { rows: HEADER_ROW, columns: 0 },
    rowHeights,
    print: setup,
    showGridLines: false,
  };
}
