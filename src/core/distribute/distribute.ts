/**
 * 分发 Distribute: one 报送表 (return) per lead unit, holding every task that unit leads — a task
 * with three lead units goes to all three — prefilled with what the unit reported last time.
 * Tasks with no lead unit go to nobody; the plan lists them so the UI can say so.
 */
import type { Finding } from '../finding';
import type { IsoDate } from '../deadline';
import type { Ledger, LedgerTask, Status, UnitReport } from '../ledger';
import { MSG, finding } from '../consolidate';
import { returnFileName, sentFingerprint, sentValues } from '../consolidate';
import { reportingUnits } from '../units';
import { isGroupName } from '../units';

export interface DistributeOptions {
  /** The reporting round, e.g. `2024-09`. */
  round: string;
  /** 报送截止日期 shown above the table. */
  reportBy?: IsoDate;
}

/** One row of a return: the office's fields as they are in the ledger, the unit's prefilled. */
export interface ReturnPlanRow {
  id: string;
  /** `一、聚焦高质量发展推进信息公开` */
  category: string;
  task: string;
  /** 具体要求, locked like the task: units see what is asked. */
  requirement: string;
  leadUnits: string;
  coUnits: string;
  deadline: string;
  status: Status | '';
  progress: string;
  evidence: string;
  contact: string;
  phone: string;
  /**
   * Fingerprint of the 完成状态/进展情况/佐证材料 the row was sent with (sentFingerprint), kept
   * in the return's metadata: a row that comes back still saying this is one the unit left untouched.
   */
  sent?: string;
}

export interface ReturnPlan {
  unit: string;
  fileName: string;
  ledgerId: string;
  title: string;
  round: string;
  reportBy?: IsoDate;
  rows: ReturnPlanRow[];
}

export interface DistributionPlan {
  returns: ReturnPlan[];
  /** IDs of tasks with no lead unit. */
  unassigned: string[];
  /** A lead unit missing from the 单位名录, tasks without a lead unit. */
  findings: Finding[];
}

export function planReturns(ledger: Ledger, options: DistributeOptions): DistributionPlan {
  if (options.round.trim() === '') throw new Error('planReturns: round is required');
  const byUnit = tasksByLeadUnit(ledger.tasks);
  const returns = [...byUnit.entries()].map(([unit, tasks]) => planForUnit(ledger, unit, tasks, options));
  makeFileNamesUnique(returns);
  const unassigned = ledger.tasks.filter((t) => reportingUnits(t).length === 0).map((t) => t.id);
  return { returns, unassigned, findings: distributionFindings(ledger, byUnit, unassigned) };
}

/** Units in order of first appearance in the ledger; each unit's tasks in ledger order. */
function tasksByLeadUnit(tasks: readonly LedgerTask[]): Map<string, LedgerTask[]> {
  const byUnit = new Map<string, LedgerTask[]>();
  for (const task of tasks) {
    for (const unit of reportingUnits(task)) {
      const list = byUnit.get(unit) ?? [];
      list.push(task);
      byUnit.set(unit, list);
    }
  }
  return byUnit;
}

function planForUnit(ledger: Ledger, unit: string, tasks: LedgerTask[], options: DistributeOptions): ReturnPlan {
  const contact = lastContact(ledger, unit, tasks);
  const plan: ReturnPlan = {
    unit,
    fileName: returnFileName(unit, options.round),
    ledgerId: ledger.meta.ledgerId,
    title: ledger.meta.title,
    round: options.round,
    rows: tasks.map((task) => planRow(task, unit, contact)),
  };
  if (options.reportBy !== undefined) plan.reportBy = options.reportBy;
  return plan;
}

function planRow(task: LedgerTask, unit: string, contact: { contact: string; phone: string }): ReturnPlanRow {
  const own = sentValues(task, unit);
  return {
    id: task.id,
    category: `${toChineseOrdinal(task.category.no)}、${task.category.title}`,
    task: task.task,
    requirement: task.requirement ?? '',
    leadUnits: task.leadUnits.join('、'),
    coUnits: task.coUnits.join('、'),
    deadline: task.deadline.text,
    status: own.status,
    progress: own.progress,
    evidence: own.evidence,
    contact: own.contact || contact.contact,
    phone: own.phone || contact.phone,
    sent: sentFingerprint(own),
  };
}

/** Contact person: the unit's latest report on any task, else the 单位名录. */
function lastContact(ledger: Ledger, unit: string, tasks: LedgerTask[]): { contact: string; phone: string } {
  const reports = tasks
    .map((t) => t.unitReports[unit])
    .filter((r): r is UnitReport => r !== undefined && (r.contact !== '' || r.phone !== ''))
    .sort((a, b) => (a.reportedAt < b.reportedAt ? 1 : a.reportedAt > b.reportedAt ? -1 : 0));
  if (reports.length > 0) return { contact: reports[0].contact, phone: reports[0].phone };
  const entry = ledger.units.find((u) => u.name === unit);
  return { contact: entry?.contact ?? '', phone: entry?.phone ?? '' };
}

function distributionFindings(ledger: Ledger, byUnit: Map<string, LedgerTask[]>, unassigned: string[]): Finding[] {
  const findings: Finding[] = [];
  if (ledger.units.length > 0) {
    const known = new Set(ledger.units.map((u) => u.name));
    for (const [unit, tasks] of byUnit) {
      if (!known.has(unit)) {
        findings.push(finding('warning', 'distribute.unknown-unit', MSG.unknownLeadUnit(unit, tasks.map((t) => t.id))));
      }
    }
  }
  for (const [group, ids] of groupLeadUnits(ledger.tasks)) {
    findings.push(finding('warning', 'distribute.group-unit', MSG.groupLeadUnit(group, ids)));
  }
  if (unassigned.length > 0) findings.push(finding('warning', 'distribute.no-lead-unit', MSG.noLeadUnit(unassigned)));
  return findings;
}

/** Group names among the lead units, with the tasks that name them. */
function groupLeadUnits(tasks: readonly LedgerTask[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const task of tasks) {
    for (const unit of new Set(task.leadUnits)) {
      if (isGroupName(unit)) groups.set(unit, [...(groups.get(unit) ?? []), task.id]);
    }
  }
  return groups;
}

/** Two units whose names differ only in characters Windows forbids would share a file: number them. */
function makeFileNamesUnique(returns: ReturnPlan[]): void {
  const seen = new Map<string, number>();
  for (const plan of returns) {
    const key = plan.fileName.toLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count > 1) plan.fileName = plan.fileName.replace(/\.xlsx$/, `（${count}）.xlsx`);
  }
}

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (categories never reach 100). */
export function toChineseOrdinal(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}
