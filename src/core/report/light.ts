/**
 * The status light (红黄绿灯) of a task on a given day. These are exactly the rules the ledger's
 * own formulas use (src/layout/light-formulas.ts): a task is done when its status is one of
 * DONE_STATUSES; otherwise it is overdue when its due date is before today, due soon when the
 * due date is today or within `dueSoonDays` days, on track when later, and grey (ongoing or
 * no deadline) when it has no due date.
 */
import { daysBetween, type IsoDate } from '../deadline';
import { DONE_STATUSES, type Status } from '../ledger';
import { resolveDue } from '../deadline';
import type { Deadline } from '../ledger';

export const LIGHTS = ['overdue', 'due-soon', 'on-track', 'done', 'ongoing', 'no-deadline'] as const;
export type Light = (typeof LIGHTS)[number];

/** The text mark 预警 shows, so the light reads in black-and-white print too. */
export const LIGHT_MARKS: Record<Light, string> = {
  overdue: '●逾期',
  'due-soon': '▲临期',
  'on-track': '○正常',
  done: '✓完成',
  ongoing: '—',
  'no-deadline': '—',
};

export interface LightInput {
  status: Status | '';
  deadline: Deadline;
}

export function isDone(status: Status | ''): boolean {
  return status !== '' && DONE_STATUSES.includes(status);
}

/**
 * `due` is the date the ledger's 截止日期 shows on `today` (for recurring deadlines, the current
 * period's due date: pass resolveDue's result); null when there is none.
 */
export function lightFor(status: Status | '', due: IsoDate | null, deadlineKind: Deadline['kind'], today: IsoDate, dueSoonDays: number): Light {
  if (isDone(status)) return 'done';
  if (due === null) return deadlineKind === 'ongoing' ? 'ongoing' : 'no-deadline';
  const daysLeft = daysBetween(today, due);
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= dueSoonDays) return 'due-soon';
  return 'on-track';
}

/** 剩余天数 as the workbook shows it: whole days from today to the due date; null when done or without a due date. */
export function daysLeft(status: Status | '', due: IsoDate | null, today: IsoDate): number | null {
  if (isDone(status) || due === null) return null;
  return daysBetween(today, due);
}

/** The light of a task on `today`: its due date is what 截止日期 shows that day (resolveDue). */
export function taskLight(task: LightInput, today: IsoDate, dueSoonDays: number): Light {
  return lightFor(task.status, resolveDue(task.deadline, today), task.deadline.kind, today, dueSoonDays);
}
