/** Sheet 变更记录: every value consolidation overwrote (empty until the first merge). */
import type { ChangeRecord, Ledger } from '../core/ledger';
import { CHANGE_HEADERS } from '../core/ledger-fields';
import { HEADER_HEIGHT, HEADER_STYLE, SHORT_TEXT, TEXT, printSetup } from './style';
import { SHEETS } from './ledger-names';
import type { ColumnSpec, SheetLayout } from './types';

export const CHANGE_COLUMNS: Array<ColumnSpec & { key: keyof ChangeRecord }> = [
  { key: 'time', header: CHANGE_HEADERS.time, width: 18, style: SHORT_TEXT },
  { key: 'round', header: CHANGE_HEADERS.round, width: 10, style: SHORT_TEXT },
  { key: 'unit', header: CHANGE_HEADERS.unit, width: 16, style: TEXT },
  { key: 'taskId', header: CHANGE_HEADERS.taskId, width: 10, style: SHORT_TEXT },
  { key: 'field', header: CHANGE_HEADERS.field, width: 10, style: SHORT_TEXT },
  { key: 'oldValue', header: CHANGE_HEADERS.oldValue, width: 30, style: TEXT },
  { key: 'newValue', header: CHANGE_HEADERS.newValue, width: 30, style: TEXT },
  { key: 'sourceFile', header: CHANGE_HEADERS.sourceFile, width: 24, style: TEXT },
  { key: 'batchId', header: CHANGE_HEADERS.batchId, width: 16, style: SHORT_TEXT },
];

export function changesSheet(ledger: Ledger): SheetLayout {
  return {
    name: SHEETS.changes,
    visibility: 'visible',
    headerRow: 1,
    headerStyle: HEADER_STYLE,
    headerHeight: HEADER_HEIGHT,
    columns: CHANGE_COLUMNS,
    rows: ledger.changes.map((c) => CHANGE_COLUMNS.map((col) => ({ value: c[col.key] === '' ? null : c[col.key] }))),
    validations: [],
    conditionalFormats: [],
    freeze: { rows: 1, columns: 0 },
    rowHeights: {},
    print: printSetup(`${ledger.meta.title} 变更记录`, true),
  };
}
