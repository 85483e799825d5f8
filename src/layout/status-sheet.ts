/**
 * Sheet 推进情况表: the printed status table. Title and 截至 line above the header, then each
 * group's heading row (merged across) followed by its tasks. A snapshot for paper: values only,
 * no formulas, the 预警 column holds a text mark so the print reads in black and white.
 */
import type { StatusRow, StatusTable } from '../core/status-table';
import { rangeAddress } from './a1';
import {
  bodyStyle, groupHeadingStyle, HEADER_ROW_HEIGHT, overdueMarkStyle, printHeaderStyle, statusPrintSetup,
  BODY_SIZE, SUBTITLE_HEIGHT, subtitleStyle, TITLE_HEIGHT, titleStyle, type PrintFonts,
} from './print-style';
import { rowHeightFor } from './print-row-height';
import type { CellContent, ColumnSpec, SheetLayout } from './types';

export const STATUS_SHEET_NAME = '推进情况表';
const HEADER_ROW = 3;

type StatusColumnKey = 'seq' | 'task' | 'leadUnits' | 'deadline' | 'status' | 'progress' | 'mark';

export function statusColumns(fonts: PrintFonts): Array<ColumnSpec & { key: StatusColumnKey }> {
  const left = bodyStyle(fonts, 'left');
  const centre = bodyStyle(fonts, 'center');
  return [
    { key: 'seq', header: '序号', width: 6, style: bodyStyle(fonts, 'center', '0') },
    { key: 'task', header: '工作任务', width: 42, style: left },
    { key: 'leadUnits', header: '牵头单位', width: 16, style: centre },
    { key: 'deadline', header: '完成时限', width: 11, style: centre },
    { key: 'status', header: '完成状态', width: 10, style: centre },
    { key: 'progress', header: '进展情况', width: 42, style: left },
    { key: 'mark', header: '预警', width: 11, style: centre },
  ];
}

function rowTexts(row: StatusRow): Record<StatusColumnKey, string> {
  return {
    seq: String(row.seq),
    task: row.task,
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

export function statusSheet(table: StatusTable, fonts: PrintFonts): SheetLayout {
  const columns = statusColumns(fonts);
  const width = columns.length;
  const rows: CellContent[][] = [];
  const merges = [rangeAddress(1, 1, 1, width), rangeAddress(2, 1, 2, width)];
  const rowHeights: Record<number, number> = { 1: TITLE_HEIGHT, 2: SUBTITLE_HEIGHT, [HEADER_ROW]: HEADER_ROW_HEIGHT };
  for (const group of table.groups) {
    const headingRow = HEADER_ROW + 1 + rows.length;
    rows.push(headingRowCells(group.heading, width, fonts));
    merges.push(rangeAddress(headingRow, 1, headingRow, width));
    rowHeights[headingRow] = rowHeightFor([{ text: group.heading, width: totalWidth(columns), fontSize: BODY_SIZE }]);
    for (const row of group.rows) {
      const sheetRow = HEADER_ROW + 1 + rows.length;
      rows.push(taskRowCells(row, columns, fonts));
      const texts = rowTexts(row);
      rowHeights[sheetRow] = rowHeightFor(columns.map((c) => ({ text: texts[c.key], width: c.width, fontSize: BODY_SIZE })));
    }
  }
  return {
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
    print: statusPrintSetup(HEADER_ROW),
    showGridLines: false,
  };
}

export function blank(count: number): CellContent[] {
  return Array.from({ length: count }, (): CellContent => ({ value: null }));
}

function totalWidth(columns: readonly ColumnSpec[]): number {
  return columns.reduce((sum, c) => sum + c.width, 0);
}
