/**
 * 采用建议: a finding's fix applied to the ledger. Pure: the ledger given is not changed; the
 * result holds the new ledger, each field that changed (old and new text, for the user) and
 * each fix that could not be applied, with why.
 */
import { fixMessages as msg, type Finding, type FindingFix, type UnitField } from '../finding';
import type { Ledger, LedgerTask } from './ledger';
import { currentFindings } from './ledger-check';

/** A unit field a fix changed, as the user reads it (units joined by `、`). */
export interface FixChange {
  taskId: string;
  field: UnitField;
  oldValue: string;
  newValue: string;
  /** `任务2-06 牵头单位：“城管局”→“区城管局”`. */
  message: string;
}

/** A fix left unapplied: a group name with no units chosen, a task gone, a field changed since the check. */
export interface UnappliedFix {
  fix: FindingFix;
  reason: 'needs-choice' | 'task-gone' | 'changed';
  message: string;
}

export interface FixResult {
  /** The ledger with the fixes made; its findings are the checks run again (what 校验 now lists). */
  ledger: Ledger;
  changes: FixChange[];
  unapplied: UnappliedFix[];
}

/** The fixes of these findings that apply without a choice (all but group names): what 全部采用 and `check --fix` apply. */
export function readyFixes(findings: readonly Finding[]): FindingFix[] {
  return findings.flatMap((f) => (f.fix && f.fix.kind !== 'choose-units' ? [f.fix] : []));
}

/**
 * Applies the fixes in order. A fix already made by an earlier one (the same alias twice, a
 * duplicate that the alias's replacement removed) changes nothing and is not listed.
 */
export function applyFixes(ledger: Ledger, fixes: readonly FindingFix[]): FixResult {
  const tasks = ledger.tasks.map((t) => ({ ...t }));
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const before = new Map<string, { task: LedgerTask; field: UnitField; oldValue: string }>();
  const unapplied: UnappliedFix[] = [];
  for (const fix of fixes) {
    const task = byId.get(fix.taskId);
    if (fix.kind === 'choose-units') {
      unapplied.push({ fix, reason: 'needs-choice', message: msg.needsChoice(fix.taskId, fix.group) });
      continue;
    }
    if (!task) {
      unapplied.push({ fix, reason: 'task-gone', message: msg.taskGone(fix.taskId) });
      continue;
    }
    const next = fixedUnits(task[fix.field], fix);
    if (next === null) {
      unapplied.push({ fix, reason: 'changed', message: msg.changedSince(fix.taskId, fix.field) });
      continue;
    }
    const key = `${task.id}\u0000${fix.field}`;
    if (!before.has(key)) before.set(key, { task, field: fix.field, oldValue: task[fix.field].join('、') });
    task[fix.field] = next;
  }
  const order = (c: { task: LedgerTask; field: UnitField }) => tasks.indexOf(c.task) * 2 + (c.field === 'leadUnits' ? 0 : 1);
  // In the ledger's order, as the user reads it.
  const changes = [...before.values()].sort((a, b) => order(a) - order(b))
    .map(({ task, field, oldValue }) => ({ taskId: task.id, field, oldValue, newValue: task[field].join('、') }))
    .filter((c) => c.oldValue !== c.newValue)
    .map((c) => ({ ...c, message: msg.changed(c.taskId, c.field, c.oldValue, c.newValue) }));
  if (changes.length === 0) return { ledger, changes, unapplied };
  const fixed: Ledger = { ...ledger, tasks };
  return { ledger: { ...fixed, findings: currentFindings(fixed) }, changes, unapplied };
}

/** The field after the fix; null when the fix no longer fits it (a set-units fix on a field someone changed). */
function fixedUnits(units: readonly string[], fix: Exclude<FindingFix, { kind: 'choose-units' }>): string[] | null {
  if (fix.kind === 'set-units') {
    if (sameList(units, fix.to)) return [...units];
    return sameList(units, fix.from) ? [...new Set(fix.to)] : null;
  }
  return [...new Set(units.flatMap((u) => (u === fix.from ? fix.to : [u])))];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
