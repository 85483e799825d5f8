/**
 * The 报送表 (return workbook) a lead unit receives: a title, the unit, the round, the
 * reporting deadline and short instructions above the table; the unit's own columns unlocked
 * (light yellow), everything else locked by sheet protection without a password; 完成状态 a
 * drop-down; and a hidden sheet 报送表信息 naming the ledger, unit, round and format version,
 * which consolidation checks. Drawn by src/xlsx/write-return.ts (returns are files to send,
 * so only the ExcelJS renderer draws them).
 */
import { FIELD_HEADERS, OWNED_FIELDS } from '../core/consolidate';
import { RETURN_META_SHEET, RETURN_SHEET, SUPPORTED_RETURN_SCHEMA } from '../core/consolidate';
import type { ReturnFieldKey } from '../core/consolidate';
import type { ReturnPlan, ReturnPlanRow } from '../core/distribute';
import { STATUSES } from '../core/ledger';
import { returnTitle as returnTitleFor } from '../core/report';
import { absoluteColumnRange, columnLetter, rangeAddress } from './a1';
import { fitRowHeights } from './fit-rows';
import { returnMetaSheet } from './return-meta-sheet';
import { COLOURS, FONT_HEADER, HEADER_HEIGHT, HEADER_STYLE, SHORT_TEXT, TEXT, printSetup } from './style';
import type { CellContent, CellStyle, ColumnSpec, SheetLayout, WorkbookLayout } from './types';
import { linkedTextCell } from './link-cell';

/** Fill of the cells the unit fills in. */
export const EDITABLE_FILL = 'FFF2CC';
/** The header is on this row; the title, the unit line and the instructions sit above it. */
export const RETURN_HEADER_ROW = 4;

const EDITABLE: CellStyle = { ...TEXT, fill: EDITABLE_FILL };
const EDITABLE_SHORT: CellStyle = { ...SHORT_TEXT, fill: EDITABLE_FILL };

export const RETURN_COLUMNS: Array<ColumnSpec & { key: ReturnFieldKey }> = [
  { key: 'id', header: FIELD_HEADERS.id, width: 9, style: SHORT_TEXT },
  { key: 'category', header: FIELD_HEADERS.category, width: 16, style: TEXT },
  { key: 'task', header: FIELD_HEADERS.task, width: 42, style: TEXT },
  { key: 'requirement', header: FIELD_HEADERS.requirement, width: 30, style: TEXT },
  { key: 'leadUnits', header: FIELD_HEADERS.leadUnits, width: 16, style: TEXT },
  { key: 'coUnits', header: FIELD_HEADERS.coUnits, width: 12, style: TEXT },
  { key: 'deadline', header: FIELD_HEADERS.deadline, width: 10, style: SHORT_TEXT },
  { key: 'status', header: FIELD_HEADERS.status, width: 10, style: EDITABLE_SHORT },
  { key: 'progress', header: FIELD_HEADERS.progress, width: 42, style: EDITABLE },
  { key: 'evidence', header: FIELD_HEADERS.evidence, width: 20, style: EDITABLE },
  { key: 'contact', header: FIELD_HEADERS.contact, width: 10, style: EDITABLE_SHORT },
  { key: 'phone', header: FIELD_HEADERS.phone, width: 14, style: EDITABLE_SHORT },
];

/** A return's columns: 具体要求 only when one of its tasks has one. */
export function returnColumns(plan: ReturnPlan): Array<ColumnSpec & { key: ReturnFieldKey }> {
  const hasRequirement = plan.rows.some((r) => r.requirement !== '');
  return RETURN_COLUMNS.filter((c) => c.key !== 'requirement' || hasRequirement);
}

export const RETURN_INSTRUCTIONS =
  '填报说明：1. 只填写浅黄色的列（完成状态、进展情况、佐证材料、联系人、联系电话），其他列已锁定；' +
  '2. 完成状态请从下拉列表中选择；3. 请勿增删行、勿改任务编号；4. 佐证材料可填文件名或链接；' +
  '5. 填好后保存，按原文件名报送。对任务内容、完成时限有意见的，请另行与办公室联系。';

const TITLE_STYLE: CellStyle = { font: { name: FONT_HEADER, size: 16, bold: true }, hAlign: 'center', vAlign: 'middle' };
const LINE_STYLE: CellStyle = { font: { name: FONT_HEADER, size: 11 }, hAlign: 'left', vAlign: 'middle' };
const NOTE_STYLE: CellStyle = { font: { size: 10, color: '595959' }, wrap: true, hAlign: 'left', vAlign: 'top' };

function returnTitle(plan: ReturnPlan): string {
  return returnTitleFor(plan.title, plan.round);
}

/** `报送截止：2024年9月25日` */
function reportByText(plan: ReturnPlan): string {
  if (!plan.reportBy) return '报送截止：按通知要求';
  const [y, m, d] = plan.reportBy.split('-').map(Number);
  return `报送截止：${y}年${m}月${d}日`;
}

function preamble(plan: ReturnPlan): CellContent[][] {
  const blank = (): CellContent => ({ value: null });
  const row = (cells: Record<number, CellContent>): CellContent[] => returnColumns(plan).map((_, j) => cells[j] ?? blank());
  return [
    row({ 0: { value: returnTitle(plan), style: TITLE_STYLE } }),
    row({
      0: { value: `填报单位：${plan.unit}`, style: LINE_STYLE },
      4: { value: `报送轮次：${plan.round}`, style: LINE_STYLE },
      7: { value: reportByText(plan), style: LINE_STYLE },
    }),
    row({ 0: { value: RETURN_INSTRUCTIONS, style: NOTE_STYLE } }),
  ];
}

function dataRow(r: ReturnPlanRow, columns: ReadonlyArray<{ key: ReturnFieldKey }>): CellContent[] {
  return columns.map((c) => (c.key === 'evidence' ? linkedTextCell(r[c.key]) : { value: r[c.key] === '' ? null : r[c.key] }));
}

export function returnSheet(plan: ReturnPlan): SheetLayout {
  const last = RETURN_HEADER_ROW + Math.max(plan.rows.length, 1);
  const columns = returnColumns(plan);
  const lastCol = columns.length;
  const statusCol = columnLetter(columns.findIndex((c) => c.key === 'status') + 1);
  return {
    name: RETURN_SHEET,
    visibility: 'visible',
    headerRow: RETURN_HEADER_ROW,
    headerStyle: HEADER_STYLE,
    headerHeight: HEADER_HEIGHT,
    columns,
    rows: plan.rows.map((r) => dataRow(r, columns)),
    validations: [
      {
        range: `${statusCol}${RETURN_HEADER_ROW + 1}:${statusCol}${last}`,
        rule: { kind: 'list', source: absoluteColumnRange(RETURN_META_SHEET, 'D', 2, STATUSES.length + 1) },
        allowBlank: true,
        errorStyle: 'stop',
        errorTitle: '完成状态',
        error: `请从下拉列表中选择：${STATUSES.join('、')}`,
        promptTitle: '完成状态',
        prompt: '请从下拉列表中选择',
      },
    ],
    conditionalFormats: [],
    freeze: { rows: RETURN_HEADER_ROW, columns: 0 },
    rowHeights: { 1: 30, 2: 22, 3: 48 },
    print: { ...printSetup(returnTitle(plan), false), printTitleRows: `${RETURN_HEADER_ROW}:${RETURN_HEADER_ROW}` },
    protection: {
      unlockedColumns: [...OWNED_FIELDS],
      editableToRow: last,
      allowSort: false,
      allowAutoFilter: false,
      allowFormatColumns: true,
      allowFormatRows: true,
      allowInsertRows: false,
    },
    tabColor: COLOURS.tab,
    preamble: preamble(plan),
    merges: [
      rangeAddress(1, 1, 1, lastCol),
      rangeAddress(2, 1, 2, 4),
      rangeAddress(2, 5, 2, 7),
      rangeAddress(2, 8, 2, lastCol),
      rangeAddress(3, 1, 3, lastCol),
    ],
  };
}

/** Three lines at least: room to type 进展情况 (a fixed height does not grow as the unit types). */
const MIN_DATA_ROW_HEIGHT = 45;

/** Data rows high enough for their wrapped text (no host fits them on open), and for the unit's own words. */
function withRowHeights(sheet: SheetLayout): SheetLayout {
  const fitted = fitRowHeights(sheet);
  const rowHeights = { ...fitted.rowHeights };
  sheet.rows.forEach((_, i) => {
    const row = sheet.headerRow + 1 + i;
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, MIN_DATA_ROW_HEIGHT);
  });
  return { ...fitted, rowHeights };
}

export function buildReturnLayout(plan: ReturnPlan, generatedAt: string): WorkbookLayout {
  return { sheets: [withRowHeights(returnSheet(plan)), returnMetaSheet(plan, generatedAt)], names: [] };
}

export { SUPPORTED_RETURN_SCHEMA };
