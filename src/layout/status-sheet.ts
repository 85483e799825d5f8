/**
 * Sheet 推进情况表: the printed status table. Title and 截至 line above the header, then each
 * group's heading row (merged across) followed by its tasks. A snapshot for paper: values only,
 * no formulas, the 预警 column holds a text mark so the print reads in black and white.
 * Columns are narrow enough to print at 100% (see print-pages.ts); a group heading never ends a page.
 */
import type { StatusRow, StatusTable } from '../core/report';
import { rangeAddress } from './a1';
import {
  bodyStyle, groupHeadingStyle, HEADER_ROW_HEIGHT, overdueMarkStyle, printHeaderStyle, statusPrintSetup,
  BODY_SIZE, SUBTITLE_HEIGHT, subtitleStyle, TITLE_HEIGHT, titleStyle, type PrintFonts, type PrintOptions,
} from './print-style';
import { columnPoints, columnWidths } from './print-columns';
import { keepHeadingsWithNext, printableWidth } from './print-pages';
import { rowHeightFor } from './print-row-height';
import type { CellContent, ColumnSpec, SheetLayout } from './types';

export const STATUS_SHEET_NAME = '推进情况表';
const HEADER_ROW = 3;

type StatusColumnKey = 'seq' | 'task' | 'leadUnits' | 'deadline' | 'status' | 'progress' | 'mark';

/** Shares of the printed width: the two texts widest, 预警 wide enough for `●逾期128天`. */
const SHARES: Record<StatusColumnKey, number> = { seq: 5, task: 28, leadUnits: 13, deadline: 9, status: 9, progress: 24, mark: 12 };
const HEADERS: Record<StatusColumnKey, string> = {
  seq: '序号', task: '工作任务', leadUnits: '牵头单位', deadline: '完成时限', status: '完成状态', progress: '进展情况', mark: '预警',
};
const KEYS: StatusColumnKey[] = ['seq', 'task', 'leadUnits', 'deadline', 'status', 'progress', 'mark'];

export function statusColumns(print: PrintOptions, printableWidth: number): Array<ColumnSpec & { key: StatusColumnKey }> {
  const widths = columnWidths(KEYS.map((k) => SHARES[k]), printableWidth, print.columns);
  const style = (key: StatusColumnKey) =>
    key === 'seq' ? bodyStyle(print.fonts, 'center', '0') : key === 'task' || key === 'progress' ? bodyStyle(print.fonts, 'left') : bodyStyle(print.fonts, 'center');
  return KEYS.map((key, i) => ({ key, header: HEADERS[key], width: widths[i], style: style(key) }));
}

function rowTexts(row: StatusRow): Record<StatusColumnKey, string> {
  return {
    seq: String(row.seq),
    // 具体要求 under the task, in the same cell: what is asked is read with what is to be done.
    task: row.requirement === '' ? row.task : `${row.task}\n具体要求：${row.requirement}`,
    leadUnits: row.leadUnits,
    deadline: row.deadline,
    status: row.status,
    progress: row.progress,
    mark: row.mark,
  };
}

function taskRowCells(row: StatusRow, columns: readonly ColumnSpec[], fonts: PrintFonts): CellContent[] {
  const texts = rowTexts(row);
  return columns.map((c): CellContent => {
    if (c.key === 'seq') return { value: row.seq };
    const value = texts[c.key as StatusColumnKey] || null;
    if (c.key === 'mark' && row.light === 'overdue') return { value, style: overdueMarkStyle(fonts) };
    return { value };
  });
}

function headingRowCells(heading: string, columnCount: number, fonts: PrintFonts): CellContent[] {
  const style = groupHeadingStyle(fonts);
  return Array.from({ length: columnCount }, (_, i): CellContent => ({ value: i === 0 ? heading : null, style }));
}

function subtitle(table: StatusTable): string {
  return table.scope === '' ? table.asOf : `${table.asOf}（${table.scope}）`;
}

export function statusSheet(table: StatusTable, print: PrintOptions): SheetLayout {
  const { fonts } = print;
  const setup = statusPrintSetup(HEADER_ROW);
  const columns = statusColumns(print, printableWidth(setup));
  const points = (units: number) => columnPoints(units, print.columns);
  const width = columns.length;
  const rows: CellContent[][] = [];
  const merges = [rangeAddress(1, 1, 1, width), rangeAddress(2, 1, 2, width)];
  const rowHeights: Record<number, number> = { 1: TITLE_HEIGHT, 2: SUBTITLE_HEIGHT, [HEADER_ROW]: HEADER_ROW_HEIGHT };
  const headingRows: number[] = [];
  for (const group of table.groups) {
    const headingRow = HEADER_ROW + 1 + rows.length;
    headingRows.push(headingRow);
    rows.push(headingRowCells(group.heading, width, fonts));
    merges.push(rangeAddress(headingRow, 1, headingRow, width));
    rowHeights[headingRow] = rowHeightFor([{ text: group.heading, widthPoints: columns.reduce((sum, c) => sum + points(c.width), 0), fontSize: BODY_SIZE }]);
    for (const row of group.rows) {
      const sheetRow = HEADER_ROW + 1 + rows.length;
      rows.push(taskRowCells(row, columns, fonts));
      const texts = rowTexts(row);
      rowHeights[sheetRow] = rowHeightFor(columns.map((c) => ({ text: texts[c.key], widthPoints: points(c.width), fontSize: BODY_SIZE })));
    }
  }
  const sheet: SheetLayout = {
    name: STATUS_SHEET_NAME,
    visibility: 'visible',
    headerRow: HEADER_ROW,
    headerStyle: printHeaderStyle(fonts),
    headerHeight: HEADER_ROW_HEIGHT,
    columns,
    rows,
    preamble: [
      [{ value: table.title, style: titleStyle(fonts) }, ...blank(width - 1)],
      [{ value: subtitle(table), style: subtitleStyle(fonts) }, ...blank(width - 1)],
    ],
    merges,
    validations: [],
    conditionalFormats: [],
    freeze: { rows: HEADER_ROW, columns: 0 },
    rowHeights,
    print: setup,
    showGridLines: false,
  };
  return { ...sheet, rowHeights: keepHeadingsWithNext(sheet, headingRows, HEADER_ROW + rows.length) };
}

export function blank(count: number): CellContent[] {
  return Array.from({ length: count }, (): CellContent => ({ value: null }));
}
