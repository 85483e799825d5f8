import type { IsoDate } from '../deadline';
import type { ImportedTextFields } from '../fields';

/** 工作类别 / 板块: a section such as `一、聚焦高质量发展推进信息公开`, kept as number + title. */
export interface Category {
  no: number;
  title: string;
}

/**
 * 完成时限 as written, with what it means.
 * - date: a due date in the plan year (`年底前`, `8月底前`, `6月30日前` …)
 * - ongoing: no due date, never overdue (`持续推进`, `长期坚持`, `常态化` …)
 * - recurring: due at the end of each period (`每季度`, `每月10日前` …); `due` is the end of the
 *   current period when a "today" was given, else null
 * - none: blank or `/` — no deadline (a validation warning)
 * - unknown: text we could not read — never silent: always a finding
 */
export type DeadlineKind = 'date' | 'ongoing' | 'recurring' | 'none' | 'unknown';
export type RecurrencePeriod = 'week' | 'month' | 'quarter' | 'half-year' | 'year';

export type Deadline =
  | { kind: 'date'; text: string; due: IsoDate; from?: IsoDate }
  | { kind: 'ongoing'; text: string; due: null }
  | {
      kind: 'recurring';
      text: string;
      due: IsoDate | null;
      period: RecurrencePeriod;
      /** Day of the month (weeks: weekday, 1 = Monday … 7 = Sunday); absent: the month's last day. */
      dayOfPeriod?: number;
      /** 1-based month within the period (`每季度首月` → 1); absent: the period's last month. */
      monthOfPeriod?: number;
    }
  | { kind: 'none'; text: string; due: null }
  | { kind: 'unknown'; text: string; due: null };

/**
 * 工作任务: one row of work, as imported from the 任务分解表. The plain text fields the importer
 * copies (`note`, 备注) come from the field registry.
 */
export interface Task extends ImportedTextFields {
  /** Stable ID, section-based (`1-03`), unique in the ledger. Merging matches on it. */
  id: string;
  category: Category;
  /** Second-level heading (`（一）…`) when the table has them. */
  subcategory?: Category;
  task: string;
  /** 具体要求 / 工作要求, when the table has such a column. */
  requirement?: string;
  leadUnits: string[];
  coUnits: string[];
  deadline: Deadline;
  /** Where the task came from in the breakdown (1-based line or row), for findings. */
  source?: { row: number };
}
