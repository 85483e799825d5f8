/**
 * 催报通知: the notice the office sends to the units that owe a report for a round or have
 * overdue tasks — per unit, the tasks it has not reported on and those overdue, the 报送截止,
 * ready to paste into a message or a document. Pure; `today` is a parameter.
 *
 * Who owes a report is the 催报名单's rule (consolidate/missing-returns.ts); whether a unit's
 * task is overdue is its own part of the task (report/unit-part.ts through statusRow): a unit
 * is never chased for, nor cleared by, another unit's report.
 */
import { missingReturns, owesReport } from '../consolidate';
import type { IsoDate } from '../deadline';
import { chineseDate } from '../finding';
import { toChineseNumeral } from '../import';
import type { Ledger, LedgerTask } from '../ledger';
import { LIGHT_MARKS, reminderTitle, roundLabel, statusRow } from '../report';
import { reportingUnits } from '../units';

export interface ReminderOptions {
  today: IsoDate;
  /** The round chased, `YYYY-MM`. */
  round: string;
  /** 报送截止, when the office set one. */
  reportBy?: IsoDate;
  /** The office sending the notice, signed under it; left out when not given. */
  office?: string;
}

export interface ReminderTask {
  taskId: string;
  /** The task's first sentence, cut to SHORT_TASK_CHARS characters (`…` when cut). */
  task: string;
  /** 完成时限 as written. */
  deadline: string;
  /** `逾期20天` when the unit's part of the task is overdue; '' otherwise. */
  overdue: string;
}

export interface ReminderUnit {
  unit: string;
  /** On the 催报名单: no report from it for the round. */
  unreported: boolean;
  /** Its unreported and overdue tasks, in ledger order, each once. */
  tasks: ReminderTask[];
}

export interface Reminder {
  title: string;
  /** 催报名单: the units without a report for the round, ledger order. */
  chase: string[];
  /** Units on the 催报名单 or with an overdue task, in the order they first appear in the ledger. */
  units: ReminderUnit[];
  /** The notice as plain text, lines ending in `\n`. */
  text: string;
}

export const SHORT_TASK_CHARS = 30;
const SENTENCE_END = /[。；;！？!?]/;
const INDENT = '\u3000\u3000';

export function buildReminder(ledger: Ledger, options: ReminderOptions): Reminder {
  const chase = missingReturns(ledger, options.round);
  const unreported = new Set(chase);
  const byUnit = new Map<string, ReminderTask[]>();
  for (const task of ledger.tasks) {
    for (const unit of reportingUnits(task)) {
      const row = statusRow(task, unit, options.today, ledger.meta.dueSoonDays);
      const overdue = row.light === 'overdue' ? row.mark.replace(LIGHT_MARKS.overdue, '逾期') : '';
      if (!byUnit.has(unit)) byUnit.set(unit, []);
      if (overdue !== '' || (unreported.has(unit) && owesReport(task))) byUnit.get(unit)!.push(reminderTask(task, overdue));
    }
  }
  const units = [...byUnit.entries()]
    .filter(([unit, tasks]) => unreported.has(unit) || tasks.length > 0)
    .map(([unit, tasks]) => ({ unit, unreported: unreported.has(unit), tasks }));
  const title = reminderTitle(ledger.meta.title, options.round);
  return { title, chase, units, text: reminderText(title, units, options) };
}

/** `开展征地信息公开标准化规范化试点。重点…` → `开展征地信息公开标准化规范化试点…`. */
export function shortTaskText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = SENTENCE_END.exec(flat);
  const sentence = end ? flat.slice(0, end.index) : flat;
  const more = end !== null && flat.slice(end.index + 1).trim() !== '';
  return sentence.length > SHORT_TASK_CHARS ? `${sentence.slice(0, SHORT_TASK_CHARS)}…` : more ? `${sentence}…` : sentence;
}

function reminderTask(task: LedgerTask, overdue: string): ReminderTask {
  return { taskId: task.id, task: shortTaskText(task.task), deadline: task.deadline.text.trim(), overdue };
}

function reminderText(title: string, units: readonly ReminderUnit[], options: ReminderOptions): string {
  const asOf = `截至${chineseDate(options.today)}`;
  const round = roundLabel(options.round);
  if (units.length === 0) return `${asOf}，各牵头单位均已报送${round}推进情况，也没有逾期任务，无需催报。\n`;
  const due = options.reportBy ? `报送截止：${chineseDate(options.reportBy)}，请按时报送` : '请尽快报送';
  return [
    title,
    '',
    '各有关单位：',
    `${INDENT}${asOf}，以下${units.length}个单位尚未报送${round}推进情况，或有任务逾期未完成：`,
    '',
    ...units.flatMap((u, i) => [`${toChineseNumeral(i + 1)}、${u.unit}${unitNote(u)}`, ...u.tasks.map(taskLine)]),
    '',
    `${INDENT}${due}；逾期任务请一并说明原因及下一步措施。`,
    '',
    ...(options.office?.trim() ? [options.office.trim()] : []),
    chineseDate(options.today),
  ].join('\n') + '\n';
}

/** `（未报送，逾期1项）`, `（未报送）` or `（逾期2项）`. */
function unitNote(unit: ReminderUnit): string {
  const overdue = unit.tasks.filter((t) => t.overdue !== '').length;
  const notes = [unit.unreported ? '未报送' : '', overdue > 0 ? `逾期${overdue}项` : ''].filter((n) => n !== '');
  return `（${notes.join('，')}）`;
}

/** `　　2-01 开展征地信息公开标准化规范化试点（完成时限：8月底前，逾期20天）`. */
function taskLine(task: ReminderTask): string {
  const notes = [task.deadline ? `完成时限：${task.deadline}` : '', task.overdue].filter((n) => n !== '');
  return `${INDENT}${task.taskId} ${task.task}${notes.length > 0 ? `（${notes.join('，')}）` : ''}`;
}
