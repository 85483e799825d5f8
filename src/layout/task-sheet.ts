/** Sheet 任务台账: the Excel table of tasks, live on TODAY(). */
import { ledgerTitle } from '../core/report';
import type { Ledger, LedgerTask } from '../core/ledger';
import { categoryLabel } from '../core/ledger';
import { rangeAddress } from './a1';
import { linkedTextCell } from './link-cell';
import { daysLeftFormula, lightMarkFormula, rowLightTests } from './light-formulas';
import { SHEETS, TASK_TABLE_NAME, taskAreaLastRow } from './ledger-names';
import { dueFormula } from '../core/deadline';
import { COLOURS, HEADER_HEIGHT, HEADER_STYLE, printSetup } from './style';
import { TASK_COLUMNS, taskColumnLetter, type TaskColumnKey } from './task-columns';
import type { CellContent, ConditionalFormatSpec, SheetLayout, ValidationSpec } from './types';
import { statusListSource } from './settings-sheet';
import { unitListSource } from './unit-sheet';
import { timeCell } from './time-cell';

const FIRST_DATA_ROW = 2;

function text(value: string): CellContent {
  return { value: value === '' ? null : value };
}

function dueCell(task: LedgerTask): CellContent {
  const d = task.deadline;
  if (d.kind === 'date') return { date: d.due };
  // The current period's due date on TODAY(): the rule of resolveDue, as a formula.
  if (d.kind === 'recurring') return { formula: dueFormula(d, 'TODAY()') ?? '' };
  return { value: null };
}

function taskCells(task: LedgerTask, row: number): Record<TaskColumnKey, CellContent> {
  return {
    seq: { value: task.seq },
    id: { value: task.id },
    category: text(categoryLabel(task.category)),
    task: text(task.task),
    leadUnits: text(task.leadUnits.join('、')),
    coUnits: text(task.coUnits.join('、')),
    deadline: text(task.deadline.text),
    due: dueCell(task),
    status: text(task.status),
    progress: text(task.progress),
    evidence: linkedTextCell(task.evidence),
    updatedAt: timeCell(task.updatedAt),
    daysLeft: { formula: daysLeftFormula(row) },
    light: { formula: lightMarkFormula(row) },
    note: text(task.note),
    requirement: text(task.requirement ?? ''),
  };
}

export function taskRow(task: LedgerTask, row: number): CellContent[] {
  const cells = taskCells(task, row);
  return TASK_COLUMNS.map((c) => cells[c.key]);
}

function columnRange(key: TaskColumnKey, lastRow: number): string {
  const letter = taskColumnLetter(key);
  return `${letter}${FIRST_DATA_ROW}:${letter}${lastRow}`;
}

function validations(ledger: Ledger, lastRow: number): ValidationSpec[] {
  return [
    {
      range: columnRange('status', lastRow),
      rule: { kind: 'list', source: statusListSource() },
      allowBlank: true,
      errorStyle: 'stop',
      errorTitle: '完成状态',
      error: '请从下拉列表中选择完成状态：未开始、推进中、已完成、暂缓、已销号。',
    },
    {
      // A list rule gives the drop-down of units; `warning` lets a cell keep several units
      // joined by `、` (which no list holds). `task-ledger check` verifies each unit.
      range: columnRange('leadUnits', lastRow),
      rule: { kind: 'list', source: unitListSource(ledger.units.length) },
      allowBlank: true,
      errorStyle: 'warning',
      errorTitle: '牵头单位',
      error: '该单位不在“单位名录”中。多个单位请用“、”分隔，可选“是”保留；新单位请先加入“单位名录”。',
    },
  ];
}

function conditionalFormats(lastRow: number): ConditionalFormatSpec[] {
  const range = rangeAddress(FIRST_DATA_ROW, 1, lastRow, TASK_COLUMNS.length);
  const t = rowLightTests(FIRST_DATA_ROW);
  const rule = (formula: string, fill: string, fontColor: string, priority: number): ConditionalFormatSpec => ({
    range,
    formula,
    fill,
    fontColor,
    priority,
    // The four tests exclude each other, so no rule needs to stop the others (and ExcelJS cannot write stopIfTrue).
    stopIfTrue: false,
  });
  return [
    rule(t.done, COLOURS.doneFill, COLOURS.doneFont, 1),
    rule(t.overdue, COLOURS.overdueFill, COLOURS.overdueFont, 2),
    rule(t.dueSoon, COLOURS.dueSoonFill, COLOURS.dueSoonFont, 3),
    rule(t.grey, COLOURS.greyFill, COLOURS.greyFont, 4),
  ];
}

export function taskSheet(ledger: Ledger): SheetLayout {
  const lastRow = taskAreaLastRow(ledger.tasks.length);
  return {
    name: SHEETS.tasks,
    visibility: 'visible',
    headerRow: 1,
    headerStyle: HEADER_STYLE,
    headerHeight: HEADER_HEIGHT,
    columns: [...TASK_COLUMNS],
    rows: ledger.tasks.map((task, i) => taskRow(task, FIRST_DATA_ROW + i)),
    table: { name: TASK_TABLE_NAME, style: 'TableStyleLight9', showRowStripes: false, showFilterButton: true },
    validations: validations(ledger, lastRow),
    conditionalFormats: conditionalFormats(lastRow),
    freeze: { rows: 1, columns: 2 },
    rowHeights: {},
    print: printSetup(ledgerTitle(ledger.meta.title), true),
    tabColor: COLOURS.tab,
  };
}
