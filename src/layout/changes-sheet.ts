/**
 * Sheets 变更记录 and 撤销数据 (hidden), both from ledger.changes. 变更记录 is for people: the
 * fields units report and the 任务台账 row's status, progress and evidence, a row each. 撤销数据
 * holds every change in order, 报送轮次/报送时间/更新时间 included, which undo replays to restore
 * the ledger exactly, packed a batch at a time into a few long text cells (src/core/ledger/undo-data.ts);
 * readers take the history from it (src/core/ledger/ledger-read.ts).
 */
import { ledgerTitle } from '../core/report';
import { isBookkeepingChange } from '../core/consolidate';
import type { ChangeRecord, Ledger } from '../core/ledger';
import { CHANGE_HEADERS, UNDO_DATA_HEADERS, packChanges } from '../core/ledger';
import { DATE_TIME, HEADER_HEIGHT, HEADER_STYLE, INTEGER, SHORT_TEXT, TEXT, printSetup } from './style';
import { timeCell } from './time-cell';
import { SHEETS } from './ledger-names';
import type { CellStyle, ColumnSpec, SheetLayout } from './types';

export const CHANGE_COLUMNS: Array<ColumnSpec & { key: keyof ChangeRecord }> = [
  { key: 'time', header: CHANGE_HEADERS.time, width: 18, style: DATE_TIME },
  { key: 'round', header: CHANGE_HEADERS.round, width: 10, style: SHORT_TEXT },
  { key: 'unit', header: CHANGE_HEADERS.unit, width: 16, style: TEXT },
  { key: 'taskId', header: CHANGE_HEADERS.taskId, width: 10, style: SHORT_TEXT },
  { key: 'field', header: CHANGE_HEADERS.field, width: 10, style: SHORT_TEXT },
  { key: 'oldValue', header: CHANGE_HEADERS.oldValue, width: 30, style: TEXT },
  { key: 'newValue', header: CHANGE_HEADERS.newValue, width: 30, style: TEXT },
  { key: 'sourceFile', header: CHANGE_HEADERS.sourceFile, width: 24, style: TEXT },
  { key: 'batchId', header: CHANGE_HEADERS.batchId, width: 16, style: SHORT_TEXT },
];

function historySheet(ledger: Ledger, name: string, records: readonly ChangeRecord[], visibility: SheetLayout['visibility']): SheetLayout {
  return {
    name,
    visibility,
    headerRow: 1,
    headerStyle: HEADER_STYLE,
    headerHeight: HEADER_HEIGHT,
    columns: CHANGE_COLUMNS,
    rows: records.map((c) => CHANGE_COLUMNS.map((col) => (col.key === 'time' ? timeCell(c.time) : { value: c[col.key] === '' ? null : c[col.key] }))),
    validations: [],
    conditionalFormats: [],
    freeze: { rows: 1, columns: 0 },
    rowHeights: {},
    print: printSetup(`${ledgerTitle(ledger.meta.title)} ${name}`, true),
  };
}

/** 变更记录: what people read (empty until the first merge). */
export function changesSheet(ledger: Ledger): SheetLayout {
  return historySheet(ledger, SHEETS.changes, ledger.changes.filter((c) => !isBookkeepingChange(c)), 'visible');
}

/** Long text, not wrapped: a packed cell holds up to 30,000 characters, and its row keeps the normal height. */
const PACKED: CellStyle = { ...TEXT, wrap: false };

const UNDO_COLUMNS: ColumnSpec[] = [
  { key: 'batchId', header: UNDO_DATA_HEADERS[0], width: 24, style: SHORT_TEXT },
  { key: 'part', header: UNDO_DATA_HEADERS[1], width: 6, style: INTEGER },
  { key: 'parts', header: UNDO_DATA_HEADERS[2], width: 6, style: INTEGER },
  { key: 'records', header: UNDO_DATA_HEADERS[3], width: 8, style: INTEGER },
  { key: 'checksum', header: UNDO_DATA_HEADERS[4], width: 10, style: SHORT_TEXT },
  { key: 'data', header: UNDO_DATA_HEADERS[5], width: 60, style: PACKED },
];

/** 撤销数据 (hidden): every change, for undo, a few rows per merge. */
export function undoDataSheet(ledger: Ledger): SheetLayout {
  return {
    name: SHEETS.undo,
    visibility: 'hidden',
    headerRow: 1,
    headerStyle: HEADER_STYLE,
    headerHeight: HEADER_HEIGHT,
    columns: UNDO_COLUMNS,
    rows: packChanges(ledger.changes).map((r) => [{ value: r.batchId }, { value: r.part }, { value: r.parts }, { value: r.records }, { value: r.checksum }, { value: r.data }]),
    validations: [],
    conditionalFormats: [],
    freeze: { rows: 1, columns: 0 },
    rowHeights: {},
    print: printSetup(`${ledgerTitle(ledger.meta.title)} ${SHEETS.undo}`, true),
  };
}
