/**
 * Deadline checks: each rule a small function that returns findings for one task. Kind and due
 * come from the task's deadline; how its text was read (range, several dates, `立行立改` …)
 * from reading the text again, so that nothing read loosely is silent.
 */
import type { Finding, FindingLevel } from '../finding';
import type { Task } from '../ledger';
import { readDeadline, type DeadlineRead } from './deadline';
import { splitIsoDate } from './iso-date';
import { deadlineMessages as msg } from '../finding';

type DeadlineRule = (task: Task, read: DeadlineRead, planYear: number) => Finding[];

function finding(task: Task, level: FindingLevel, code: `deadline.${string}`, message: string, suggestion?: string): Finding {
  const f: Finding = { level, code, taskId: task.id, field: 'deadline', message: msg.forTask(task.id, task.task, message) };
  if (suggestion !== undefined) f.suggestion = suggestion;
  return f;
}

/** No deadline: a blank cell, or words setting no date (`进一步完善服务`), which the message quotes rather than calling the cell empty. */
const missing: DeadlineRule = (task) => {
  if (task.deadline.kind !== 'none') return [];
  const text = task.deadline.text.trim();
  // `/`, `—`: a cell left blank on purpose.
  const words = /[\p{L}\p{N}]/u.test(text);
  return [finding(task, 'warning', 'deadline.missing', words ? msg.noDate(text) : msg.missing(), msg.missingSuggestion())];
};

const unknown: DeadlineRule = (task, read) => {
  if (task.deadline.kind !== 'unknown') return [];
  const { text } = task.deadline;
  const message = read.reading.kind === 'invalid-date' ? msg.invalidDate(text) : msg.unknown(text);
  return [finding(task, 'error', 'deadline.unknown', message, msg.unknownSuggestion())];
};

/** Before the plan year is likely a typo (warning); after it, `次年3月底前`, is usually meant (info). */
const outsidePlanYear: DeadlineRule = (task, _read, planYear) => {
  const { deadline } = task;
  if (deadline.kind !== 'date') return [];
  const { year } = splitIsoDate(deadline.due);
  if (year === planYear) return [];
  const [level, message] =
    year < planYear
      ? (['warning', msg.beforePlanYear(deadline.text, deadline.due, planYear)] as const)
      : (['info', msg.afterPlanYear(deadline.text, deadline.due, planYear)] as const);
  return [finding(task, level, 'deadline.outside-plan-year', message, msg.outsidePlanYearSuggestion())];
};

/** Notes on how the text was read; only when the task's deadline is the one the text gives. */
const reading: DeadlineRule = (task, read) => {
  if (read.deadline.kind !== task.deadline.kind) return [];
  const { text } = task.deadline;
  const r = read.reading;
  switch (r.kind) {
    case 'range':
      return [finding(task, 'info', 'deadline.range', msg.range(text, r.from, r.due))];
    case 'several-dates':
      return [finding(task, 'info', 'deadline.several-dates', msg.severalDates(text, r.dates, r.due))];
    case 'date-in-text':
      return [finding(task, 'info', 'deadline.date-in-text', msg.dateInText(text, r.due))];
    case 'before-period':
      return [finding(task, 'info', 'deadline.before-period', msg.beforePeriod(text, r.due), msg.beforePeriodSuggestion())];
    case 'immediate':
      return [finding(task, 'info', 'deadline.immediate', msg.immediate(text), msg.immediateSuggestion())];
    case 'as-required':
      return [finding(task, 'info', 'deadline.as-required', msg.asRequired(text), msg.asRequiredSuggestion())];
    case 'ongoing-in-text':
      return [finding(task, 'info', 'deadline.ongoing-in-text', msg.ongoingInText(text, r.clause), msg.ongoingInTextSuggestion())];
    case 'plain':
    case 'invalid-date':
      return [];
  }
};

const RULES: readonly DeadlineRule[] = [missing, unknown, outsidePlanYear, reading];

/** Findings on a task's 完成时限 for the plan year (field `deadline`). Pure. */
export function checkDeadline(task: Task, planYear: number): Finding[] {
  const read = readDeadline(task.deadline.text, planYear);
  return RULES.flatMap((rule) => rule(task, read, planYear));
}
