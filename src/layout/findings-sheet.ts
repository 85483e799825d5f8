/** Sheet 校验: the findings, each pointing at the 任务台账 cell it is about, with a link there. */
import { ledgerTitle } from '../core/report';
import { findingRowPlace, type Finding, type FindingField, type FindingLevel } from '../core/finding';
import { currentFindings, type Ledger } from '../core/ledger';
import { formulaString, sheetRef } from './a1';
import { SHEETS } from './ledger-names';
import { HEADER_HEIGHT, HEADER_STYLE, SHORT_TEXT, TEXT, printSetup } from './style';
import { taskColumnLetter, type TaskColumnKey } from './task-columns';
import type { CellContent, SheetLayout } from './types';

export const LEVEL_LABELS: Record<FindingLevel, string> = { error: '错误', warning: '警告', info: '提示' };

const FIELD_COLUMNS: Record<FindingField, TaskColumnKey> = {
  leadUnits: 'leadUnits',
  coUnits: 'coUnits',
  deadline: 'deadline',
  task: 'task',
  requirement: 'requirement',
  category: 'category',
  status: 'status',
  id: 'id',
  file: 'id',
};

/** The 任务台账 cell a finding is about (`E5`), when it names a task of the ledger. */
export function ledgerCellOf(finding: Finding, ledger: Ledger): string | null {
  if (finding.taskId === undefined) return null;
  const index = ledger.tasks.findIndex((t) => t.id === finding.taskId);
  if (index < 0) return null;
  return `${taskColumnLetter(FIELD_COLUMNS[finding.field ?? 'id'])}${index + 2}`;
}

/** Where the finding came from in its own file (the breakdown, a return): `文件 第12行 C12`. */
export function sourcePlace(finding: Finding): string {
  const parts = [finding.file, finding.sheet, findingRowPlace(finding), finding.cell];
  return parts.filter((p) => p !== undefined && p !== '').join(' ');
}

function findingRow(finding: Finding, ledger: Ledger): CellContent[] {
  const cell = ledgerCellOf(finding, ledger);
  const target = cell === null ? null : `${SHEETS.tasks}!${cell}`;
  const place = sourcePlace(finding);
  return [
    { value: LEVEL_LABELS[finding.level] },
    { value: finding.code },
    { value: finding.taskId ?? null },
    { value: target },
    { value: place === '' ? null : place },
    { value: finding.message },
    { value: finding.suggestion ?? null },
    cell === null ? { value: null } : { formula: `HYPERLINK(${formulaString(`#${sheetRef(SHEETS.tasks)}!${cell}`)},${formulaString(`转到 ${cell}`)})` },
  ];
}

export function findingsSheet(ledger: Ledger): SheetLayout {
  return {
    name: SHEETS.findings,
    visibility: 'visible',
    headerRow: 1,
    headerStyle: HEADER_STYLE,
    headerHeight: HEADER_HEIGHT,
    columns: [
      { key: 'level', header: '级别', width: 7, style: SHORT_TEXT },
      { key: 'code', header: '问题代码', width: 18, style: SHORT_TEXT },
      { key: 'taskId', header: '任务编号', width: 10, style: SHORT_TEXT },
      { key: 'ledgerCell', header: '台账位置', width: 14, style: SHORT_TEXT },
      { key: 'source', header: '原表位置', width: 24, style: TEXT },
      { key: 'message', header: '说明', width: 44, style: TEXT },
      { key: 'suggestion', header: '修改建议', width: 30, style: TEXT },
      { key: 'link', header: '跳转', width: 10, style: { ...SHORT_TEXT, font: { name: '宋体', size: 11, color: '0563C1' } } },
    ],
    rows: currentFindings(ledger).map((f) => findingRow(f, ledger)),
    validations: [],
    conditionalFormats: [],
    freeze: { rows: 1, columns: 0 },
    rowHeights: {},
    print: printSetup(`${ledgerTitle(ledger.meta.title)} 校验结果`, true),
  };
}
