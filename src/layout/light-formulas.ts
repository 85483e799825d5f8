/**
 * The status light as worksheet formulas on TODAY(): 剩余天数, 预警, the row colours and the
 * 汇总 counts all use these pieces, so the workbook and src/core/light.ts follow one rule.
 * `row` is the row the formula is written for (conditional formats: the range's first row).
 */
import { DONE_STATUSES } from '../core/ledger';
import { LIGHT_MARKS } from '../core/report';
import { formulaString } from './a1';
import { NAMES } from './ledger-names';
import { taskColumnLetter } from './task-columns';

const STATUS = taskColumnLetter('status');
const DUE = taskColumnLetter('due');
const TASK = taskColumnLetter('task');

function ref(letter: string, row: number): string {
  return `$${letter}${row}`;
}

/** TRUE when the row's 完成状态 is a done status. */
export function doneTest(row: number): string {
  return `OR(${DONE_STATUSES.map((s) => `${ref(STATUS, row)}=${formulaString(s)}`).join(',')})`;
}

export function hasDueTest(row: number): string {
  return `ISNUMBER(${ref(DUE, row)})`;
}

export function dueSoonLimit(): string {
  return `TODAY()+${NAMES.dueSoonDays}`;
}

/** 剩余天数: whole days until the due date; blank when done or without a due date. */
export function daysLeftFormula(row: number): string {
  return `IF(OR(${doneTest(row)},NOT(${hasDueTest(row)})),"",${ref(DUE, row)}-TODAY())`;
}

/** 预警: the light as a text mark (blank on a row with no task text). */
export function lightMarkFormula(row: number): string {
  const due = ref(DUE, row);
  const m = (light: keyof typeof LIGHT_MARKS) => formulaString(LIGHT_MARKS[light]);
  return (
    `IF(${doneTest(row)},${m('done')},` +
    `IF(NOT(${hasDueTest(row)}),IF(${ref(TASK, row)}="","",${m('ongoing')}),` +
    `IF(${due}<TODAY(),${m('overdue')},` +
    `IF(${due}<=${dueSoonLimit()},${m('due-soon')},${m('on-track')}))))`
  );
}

/** Conditional-format tests for the whole-row colours; mutually exclusive, so no rule order matters. */
export function rowLightTests(row: number): { done: string; overdue: string; dueSoon: string; grey: string } {
  const due = ref(DUE, row);
  const notDone = `NOT(${doneTest(row)})`;
  return {
    done: doneTest(row),
    overdue: `AND(${notDone},${hasDueTest(row)},${due}<TODAY())`,
    dueSoon: `AND(${notDone},${hasDueTest(row)},${due}>=TODAY(),${due}<=${dueSoonLimit()})`,
    grey: `AND(${notDone},NOT(${hasDueTest(row)}),${ref(TASK, row)}<>"")`,
  };
}
