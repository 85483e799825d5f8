/** Sheet 变更记录: every value consolidation overwrote (empty until the first merge). */
import type { ChangeRecord, Ledger } from '../core/ledger';
import { HEADER_HEIGHT, HEADER_STYLE, SHORT_TEXT, TEXT, printSetup } from './style';
import { SHEETS } from './ledger-names';
import type { ColumnSpec, SheetLayout } from './types';

export const CHANGE_COLUMNS: Array<ColumnSpec & { key: keyof ChangeRecord }> = [
  { key: 'time', header: '时间', width: 18, style: SHORT_TEXT },
  { key: 'round', header: '轮次', width: 10, style: SHORT_TEXT },
  { key: 'unit', header: '单位', width: 16, style: TEXT },
  { key: 'taskId', header: '任务编号', width: 10, style: SHORT_TEXT },
  { key: 'field', header: '字段', width: 10, style: SHORT_TEXT },
  { key: 'oldValue', header: '原值', width: 30, style: TEXT },
  { key: 'newValue', header: '新值', width: 30, style: TEXT },
  { key: 'sourceFile', header: '来源文件', width: 24, style: TEXT },
  { key: 'batchId', header: '批次', width: 16, style: SHORT_TEXT },
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
