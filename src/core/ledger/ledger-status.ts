/** Each task's light on a day, with what the workbook's 截止日期, 剩余天数 and 预警 show that day. */
import { resolveDue } from '../deadline';
import type { IsoDate } from '../deadline';
import type { Ledger, Status } from './ledger';
import { daysLeft, LIGHT_MARKS, taskLight, type Light } from '../report';
import { summarize, type LedgerSummary } from '../report';

export interface TaskStatus {
  id: string;
  seq: number;
  task: string;
  leadUnits: string[];
  status: Status | '';
  deadline: string;
  /** 截止日期 on that day (for recurring deadlines, the current period's). */
  due: IsoDate | null;
  /** 剩余天数; null where the sheet shows a blank. */
  daysLeft: number | null;
  light: Light;
  /** 预警 as the sheet shows it. */
  mark: string;
}

export interface LedgerStatus {
  today: IsoDate;
  dueSoonDays: number;
  tasks: TaskStatus[];
  summary: LedgerSummary;
}

export function ledgerStatus(ledger: Ledger, today: IsoDate): LedgerStatus {
  const n = ledger.meta.dueSoonDays;
  const tasks = ledger.tasks.map((t): TaskStatus => {
    const due = resolveDue(t.deadline, today);
    const light = taskLight(t, today, n);
    return {
      id: t.id,
      seq: t.seq,
      task: t.task,
      leadUnits: [...t.leadUnits],
      status: t.status,
      deadline: t.deadline.text,
      due,
      daysLeft: daysLeft(t.status, due, today),
      light,
      mark: LIGHT_MARKS[light],
    };
  });
  return { today, dueSoonDays: n, tasks, summary: summarize(ledger, today) };
}
