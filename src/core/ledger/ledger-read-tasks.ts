/** The 任务台账 sheet's rows back to LedgerTasks, with findings for what a person broke. */
import { parseDeadline } from '../deadline';
import type { Finding } from '../finding';
import { splitUnitList } from '../import';
import { fromExcelSerial, type IsoDate } from '../deadline';
import { STATUSES, type LedgerTask, type Status } from './ledger';
import { parseCategoryLabel } from './ledger-category';
import type { TaskField } from './ledger-fields';
import { cellName, cellText, dateTimeValue, isBlankRow, type GridValue } from './ledger-grid';
import { ledgerReadMessages as msg } from '../finding';
import type { Category, Deadline } from './task';

export interface TaskReadContext {
  file: string;
  planYear: number;
  /** Column index of each field present. */
  columns: Partial<Record<TaskField, number>>;
}

interface RowReader {
  row: number;
  get(field: TaskField): GridValue;
  text(field: TaskField): string;
  cell(field: TaskField): string;
}

function rowReader(values: readonly GridValue[], row: number, ctx: TaskReadContext): RowReader {
  const index = (field: TaskField) => ctx.columns[field];
  const get = (field: TaskField): GridValue => {
    const i = index(field);
    return i === undefined ? null : values[i] ?? null;
  };
  return {
    row,
    get,
    text: (field) => cellText(get(field)),
    cell: (field) => cellName(row, index(field) ?? 0),
  };
}

function place(finding: Finding, ctx: TaskReadContext, sheet: string, r: RowReader, field: TaskField): Finding {
  return { ...finding, file: ctx.file, sheet, row: r.row, cell: r.cell(field) };
}

function readStatus(r: RowReader, findings: Finding[], ctx: TaskReadContext, sheet: string): Status | '' {
  const text = r.text('status');
  if (text === '') return '';
  if ((STATUSES as readonly string[]).includes(text)) return text as Status;
  findings.push(place({ level: 'warning', code: 'ledger.bad-status', field: 'status', message: msg.badStatus(r.cell('status'), text, STATUSES), suggestion: msg.badStatusSuggestion() }, ctx, sheet, r, 'status'));
  return '';
}

/** 截止日期 as the user left it: a date cell wins over the text, except for recurring deadlines (a formula). */
function readDeadline(r: RowReader, findings: Finding[], ctx: TaskReadContext, sheet: string): Deadline {
  const text = r.text('deadline');
  const parsed = parseDeadline(text, ctx.planYear);
  if (parsed.kind === 'recurring') return parsed;
  const due = r.get('due');
  if (typeof due === 'number' && Number.isFinite(due)) {
    const date: IsoDate = fromExcelSerial(due);
    if (parsed.kind === 'date' && parsed.due === date) return parsed;
    if (parsed.kind === 'date') {
      const message = msg.dueMismatch(r.cell('deadline'), text, parsed.due, r.cell('due'), date);
      findings.push(place({ level: 'warning', code: 'ledger.due-mismatch', field: 'deadline', message, suggestion: msg.dueMismatchSuggestion() }, ctx, sheet, r, 'due'));
    }
    return { kind: 'date', text, due: date };
  }
  if (cellText(due) !== '') {
    findings.push(place({ level: 'warning', code: 'ledger.bad-due', field: 'deadline', message: msg.badDue(r.cell('due'), cellText(due)), suggestion: msg.badDueSuggestion() }, ctx, sheet, r, 'due'));
  }
  return parsed;
}

/** A text the ledger may not have (an older ledger without the column): absent rather than ''. */
function optionalText<K extends string>(key: K, text: string): Partial<Record<K, string>> {
  return text === '' ? {} : ({ [key]: text } as Record<K, string>);
}

export interface ReadTaskRow {
  task: LedgerTask;
  /** True when the row had no 任务编号 (a row the user added): the caller numbers it. */
  needsId: boolean;
}

/** One row; `previous` gives a new row without 工作类别 the section of the row above. */
export function readTaskRow(values: readonly GridValue[], row: number, previous: Category | undefined, ctx: TaskReadContext, sheet: string, findings: Finding[]): ReadTaskRow | null {
  if (isBlankRow(values)) return null;
  const r = rowReader(values, row, ctx);
  const categoryText = r.text('category');
  const category = categoryText === '' && previous ? { ...previous } : parseCategoryLabel(categoryText);
  const seq = r.get('seq');
  const task: LedgerTask = {
    id: r.text('id'),
    category,
    task: r.text('task'),
    ...optionalText('requirement', r.text('requirement')),
    leadUnits: splitUnitList(r.text('leadUnits')),
    coUnits: splitUnitList(r.text('coUnits')),
    deadline: readDeadline(r, findings, ctx, sheet),
    seq: typeof seq === 'number' ? seq : 0,
    status: readStatus(r, findings, ctx, sheet),
    progress: r.text('progress'),
    evidence: r.text('evidence'),
    updatedAt: cellText(dateTimeValue(r.get('updatedAt'))),
    note: r.text('note'),
    unitReports: {},
    source: { row },
  };
  return { task, needsId: task.id === '' };
}
