/**
 * Sheet 推进情况表: the printed status table. Title and 截至 line above the header, then each
 * group's heading row (merged across) followed by its tasks. A snapshot for paper: values only,
 * no formulas, the 预警 column holds a text mark so the print reads in black and white.
 * Columns are narrow enough to print at 100% (see print-pages.ts); a group heading never ends a page.
 */
import { NOT_REPORTED, type StatusRow, type StatusTable } from '../core/report';
import { rangeAddress } from './a1';
import {
  bodyStyle, groupHeadingStyle, HEADER_ROW_HEIGHT, overdueMarkStyle, printHeaderStyle, statusPrintSetup,
  BODY_SIZE, HEADER_SIZE, SUBTITLE_HEIGHT, subtitleStyle, TITLE_HEIGHT, titleStyle, type PrintFonts, type PrintOptions,
} from './print-style';
import { fitColumnPoints } from './print-column-fit';
import { runWidthEm } from './print-line-break';
import { columnPoints, widthUnits } from './print-columns';
import { pageArea, printableWidth } from './print-pages';
import { heightOfLines, PRINT_ROW_PADDING_POINTS, wrappedLines, wrapText } from './print-row-height';
import { paginate } from './print-split';
import type { CellContent, ColumnSpec, SheetLayout } from './types';

export const STATUS_SHEET_NAME = '推进情况表';
const HEADER_ROW = 3;

type StatusColumnKey = 'seq' | 'taskId' | 'task' | 'leadUnits' | 'deadline' | 'status' | 'progress' | 'mark';

const HEADERS: Record<StatusColumnKey, string> = {
  seq: '序号', taskId: '任务编号', task: '工作任务', leadUnits: '牵头单位', deadline: '完成时限', status: '完成状态', progress: '进展情况', mark: '预警',
};
/** The text columns, which share the width the others leave. */
const SHARING: ReadonlySet<StatusColumnKey> = new Set(['task', 'progress']);
/** Columns of set words print each on one line (`推进中`, `持续推进`, `○正常`, `10-01`) as long as they are no wider than this; `●逾期128天` may take two. */
const WHOLE_UP_TO_EM: Partial<Record<StatusColumnKey, number>> = { seq: 3, taskId: 6, deadline: 4, status: 4, mark: 3 };
/** The part of the printable width the table takes: a little room for rounding and borders. */
const TABLE_SHARE_OF_PAGE = 0.995;
/** Room kept free at the bottom of every page, so rounding in the renderer never moves a page break. */
const PAGE_SAFETY_POINTS = 3;

/** A filtered table numbers its rows 1…n and shows each task's 任务编号 to find it in the ledger. */
function columnKeys(table: StatusTable): StatusColumnKey[] {
  const filtered = table.scope !== '';
  return filtered ? ['seq', 'taskId', 'task', 'leadUnits', 'deadline', 'status', 'progress', 'mark'] : ['seq', 'task', 'leadUnits', 'deadline', 'status', 'progress', 'mark'];
}

function printedRows(table: StatusTable): StatusRow[][] {
  if (table.scope === '') return table.groups.map((g) => g.rows);
  let n = 0;
  return table.groups.map((g) => g.rows.map((row) => ({ ...row, seq: ++n })));
}

function rowTexts(row: StatusRow): Record<StatusColumnKey, string> {
  return {
    seq: String(row.seq),
    taskId: row.taskId,
    // 具体要求 under the task, in the same cell: what is asked is read with what is to be done.
    task: row.requirement === '' ? row.task : `${row.task}\n具体要求：${row.requirement}`,
    leadUnits: row.leadUnits,
    deadline: row.deadline,
    status: row.status || NOT_REPORTED,
    progress: row.progress,
    mark: row.mark,
  };
}

/** A header no wider than half its text: `完成状态` may print as `完成` over `状态`. */
function headerHalf(header: string): string {
  return header.length < 4 ? header : header.slice(0, Math.ceil(header.length / 2));
}

/** The header as printed in a column `widthPoints` wide: on one line, or broken in the middle. */
function headerText(header: string, widthPoints: number): string {
  if (wrappedLines({ text: header, widthPoints, fontSize: HEADER_SIZE }) === 1) return header;
  return `${headerHalf(header)}\n${header.slice(headerHalf(header).length)}`;
}

/** Columns sized from the rows they print (see print-column-fit.ts). */
export function statusColumns(
  keys: readonly StatusColumnKey[], rows: readonly StatusRow[], print: PrintOptions, printableWidth: number,
): Array<ColumnSpec & { key: StatusColumnKey }> {
  const texts = rows.map(rowTexts);
  const minimumEm = (key: StatusColumnKey) => {
    const whole = texts.map((t) => runWidthEm(t[key])).filter((w) => w <= (WHOLE_UP_TO_EM[key] ?? 0));
    return Math.max(0, ...whole);
  };
  const fit = fitColumnPoints(keys.map((key) => ({ header: headerHalf(HEADERS[key]), texts: texts.map((t) => t[key]), shares: SHARING.has(key), minimumEm: minimumEm(key) })), printableWidth * TABLE_SHARE_OF_PAGE, BODY_SIZE);
  const style = (key: StatusColumnKey) =>
    key === 'seq' ? bodyStyle(print.fonts, 'center', '0') : key === 'task' || key === 'progress' ? bodyStyle(print.fonts, 'left') : bodyStyle(print.fonts, 'center');
  return keys.map((key, i) => {
    const width = widthUnits(fit[i], print.columns);
    return { key, header: headerText(HEADERS[key], columnPoints(width, print.columns)), width, style: style(key) };
  });
}

function pieceCells(row: StatusRow, lines: string[][], columns: ReadonlyArray<ColumnSpec & { key: StatusColumnKey }>, fonts: PrintFonts, continued: boolean): CellContent[] {
  return columns.map((c, i): CellContent => {
    if (c.key === 'seq') return { value: row.seq };
    const value = lines[i].join('\n') || null;
    if (c.key === 'mark' && row.light === 'overdue' && !continued) return { value, style: overdueMarkStyle(fonts) };
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
  const groups = printedRows(table);
  const keys = columnKeys(table);
  const columns = statusColumns(keys, groups.flat(), print, printableWidth(setup));
  const widths = columns.map((c) => columnPoints(c.width, print.columns));
  const tableWidth = widths.reduce((a, b) => a + b, 0);
  const width = columns.length;
  const area = pageArea({ print: setup });
  const headerHeight = columns.some((c) => c.header.includes('\n')) ? heightOfLines(2, HEADER_SIZE, PRINT_ROW_PADDING_POINTS) : HEADER_ROW_HEIGHT;
  const room = { first: area.height - TITLE_HEIGHT - SUBTITLE_HEIGHT - headerHeight - PAGE_SAFETY_POINTS, later: area.height - headerHeight - PAGE_SAFETY_POINTS };
  const pieces = paginate(
    table.groups.map((group, g) => ({
      headingHeight: heightOfLines(wrappedLines({ text: group.heading, widthPoints: tableWidth, fontSize: BODY_SIZE }), BODY_SIZE, PRINT_ROW_PADDING_POINTS),
      rows: groups[g].map((row) => {
        const texts = rowTexts(row);
        return columns.map((c, i) => wrapText({ text: texts[c.key], widthPoints: widths[i], fontSize: BODY_SIZE }));
      }),
    })),
    room,
    BODY_SIZE,
    keys.indexOf('task'),
  );
  const rows: CellContent[][] = [];
  const merges = [rangeAddress(1, 1, 1, width), rangeAddress(2, 1, 2, width)];
  const rowHeights: Record<number, number> = { 1: TITLE_HEIGHT, 2: SUBTITLE_HEIGHT, [HEADER_ROW]: headerHeight };
  for (const piece of pieces) {
    const sheetRow = HEADER_ROW + 1 + rows.length;
    rowHeights[sheetRow] = piece.height;
    if (piece.kind === 'heading') {
      rows.push(headingRowCells(table.groups[piece.group].heading, width, fonts));
      merges.push(rangeAddress(sheetRow, 1, sheetRow, width));
    } else {
      rows.push(pieceCells(groups[piece.group][piece.row], piece.lines, columns, fonts, piece.continued));
    }
  }
  return {
    name: STATUS_SHEET_NAME,
    visibility: 'visible',
    headerRow: HEADER_ROW,
    headerStyle: printHeaderStyle(fonts),
    headerHeight,
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
}

export function blank(count: number): CellContent[] {
  return Array.from({ length: count }, (): CellContent => ({ value: null }));
}
