import type { IsoDate } from '../deadline';
import type { Finding } from '../finding';
import type { Task } from './task';

/** 完成状态. The first three are the official ones; the others are what offices also use. */
export const STATUSES = ['未开始', '推进中', '已完成', '暂缓', '已销号'] as const;
export type Status = (typeof STATUSES)[number];
/** Statuses that count as finished: never overdue, green. */
export const DONE_STATUSES: readonly Status[] = ['已完成', '已销号'];

/** One lead unit's own report on a task (a task with several lead units keeps one per unit). */
export interface UnitReport {
  unit: string;
  status: Status | '';
  progress: string;
  evidence: string;
  contact: string;
  phone: string;
  /** The round (`2024-09`) and time of the return this came from. */
  round: string;
  reportedAt: string;
}

/** A task as the ledger tracks it. */
export interface LedgerTask extends Task {
  /** 序号: position in the ledger, 1-based. */
  seq: number;
  status: Status | '';
  /** 进展情况: the unit's words; for several lead units, composed from their reports. */
  progress: string;
  evidence: string;
  /** 更新时间 (ISO date-time or date), when the row last changed. */
  updatedAt: string;
  note: string;
  /** Per-unit reports, keyed by unit name (filled by consolidation). */
  unitReports: Record<string, UnitReport>;
}

/** A unit of the 单位名录. */
export interface Unit {
  name: string;
  aliases: string[];
  contact: string;
  phone: string;
}

export interface LedgerMeta {
  /** Identity of this ledger: returns name it, so a return from another ledger is recognised. */
  ledgerId: string;
  /** Title of the breakdown, e.g. `2024年广丰区政务公开工作任务分解表`. */
  title: string;
  planYear: number;
  schemaVersion: number;
  createdAt: string;
  /** 临期 threshold: due within this many days is "due soon". */
  dueSoonDays: number;
}

/** One overwritten value, kept in 变更记录. */
export interface ChangeRecord {
  time: string;
  round: string;
  unit: string;
  taskId: string;
  field: string;
  oldValue: string;
  newValue: string;
  sourceFile: string;
  /** Which consolidation wrote it, so the last one can be undone. */
  batchId: string;
}

/** A unit's report on a task no longer in 任务台账 (deleted by hand): kept in 单位报送, never lost. */
export interface OrphanReport {
  taskId: string;
  report: UnitReport;
}

export interface Ledger {
  meta: LedgerMeta;
  tasks: LedgerTask[];
  /** Reports whose task is gone from 任务台账, kept as read (absent when there are none). */
  orphanReports?: OrphanReport[];
  units: Unit[];
  findings: Finding[];
  changes: ChangeRecord[];
}

export const SCHEMA_VERSION = 1;
export const DEFAULT_DUE_SOON_DAYS = 15;

export type { IsoDate };
