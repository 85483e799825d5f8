import type { UnitField } from '../finding';
import type { Task, Unit } from '../ledger';
import { resolveUnit } from './unit-resolve';

/** One name written as the 单位名录 writes it. */
export interface AliasReplacement {
  field: UnitField;
  from: string;
  to: string;
}

/**
 * The task with every name the directory holds as an alias written as its unit (`城管局` →
 * `区城管局`, when the 单位名录 lists `城管局` under `区城管局`); a unit then written twice in
 * one field is kept once. Only aliases: a guess (a typo, a fragment) stays for the user. Pure.
 */
export function applyUnitAliases(task: Task, directory: readonly Unit[]): { task: Task; replaced: AliasReplacement[] } {
  const replaced: AliasReplacement[] = [];
  const rewrite = (field: UnitField): string[] => {
    const names = task[field].map((name) => {
      const r = resolveUnit(name, directory);
      if (r.kind !== 'alias') return name;
      replaced.push({ field, from: name, to: r.canonical });
      return r.canonical;
    });
    return [...new Set(names)];
  };
  const leadUnits = rewrite('leadUnits');
  const coUnits = rewrite('coUnits');
  return replaced.length === 0 ? { task, replaced } : { task: { ...task, leadUnits, coUnits }, replaced };
}
