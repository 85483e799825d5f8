/**
 * 单位名录 (unit directory): canonical unit names with their aliases, built from the breakdown
 * (and merged into the user's own directory when there is one).
 */
import type { Unit } from '../ledger';
import type { Task } from '../ledger';
import { completeFragment, dominantPrefix, isGroupName, splitPrefix, standardKey } from './unit-resolve';
import { standardUnitName, VERTICAL_UNIT_NAMES } from './unit-names';

export { resolveUnit, isGroupName, type UnitResolution, type SuggestionReason } from './unit-resolve';
export { checkUnits, UNIT_RULES, type UnitCheckContext, type UnitRule } from './unit-rules';

/**
 * Builds the directory from every unit the tasks name. A name spelt against the table's own
 * convention (`城管局` where the others read `区…`, or a rarer spelling of the same standard unit)
 * becomes an alias of the canonical name; group names and cut-off fragments are left out.
 * `existing` (the user's directory) is kept as it is, first; the input is not changed.
 */
export function buildUnitDirectory(tasks: readonly Task[], existing: readonly Unit[] = []): Unit[] {
  const directory: Unit[] = existing.map((u) => ({ ...u, aliases: [...u.aliases] }));
  const counts = countNames(tasks);
  const tableNames = [...counts.keys()];
  const prefix = dominantPrefix([...tableNames, ...existing.map((u) => u.name)]);
  const byFrequency = [...tableNames].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  const known = (name: string) => directory.some((u) => u.name === name || u.aliases.includes(name));

  for (const name of byFrequency) {
    if (known(name) || isFragment(name, tableNames, prefix)) continue;
    const canonical = canonicalFor(name, directory, tableNames, prefix);
    if (canonical === name) {
      directory.push(newUnit(name));
      continue;
    }
    const target = directory.find((u) => u.name === canonical);
    if (target) target.aliases.push(name);
    else directory.push({ ...newUnit(canonical), aliases: [name] });
  }
  const firstSeen = (u: Unit) => {
    const i = tableNames.findIndex((n) => n === u.name || u.aliases.includes(n));
    return i < 0 ? -1 : i;
  };
  const kept = directory.slice(0, existing.length);
  const added = directory.slice(existing.length).sort((a, b) => firstSeen(a) - firstSeen(b));
  return [...kept, ...added];
}

function countNames(tasks: readonly Task[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const task of tasks) {
    for (const name of [...task.leadUnits, ...task.coUnits]) {
      if (isGroupName(name)) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return counts;
}

function isFragment(name: string, tableNames: readonly string[], prefix: string): boolean {
  if (standardKey(name) !== null) return false;
  if (tableNames.some((n) => n.length > name.length && n.startsWith(name))) return true;
  return completeFragment(name, [], prefix) !== null && !/(局|委|办|中心|部|院|所|会|队|站|处|科|(?<!控)股|室|馆|社|厅|镇|乡|街道)$/.test(name);
}

/** The name this one should be written as, in the table's convention. */
function canonicalFor(name: string, directory: readonly Unit[], tableNames: readonly string[], prefix: string): string {
  const { prefix: own } = splitPrefix(name);
  if (VERTICAL_UNIT_NAMES.includes(name)) return name;
  const withPrefix = prefix && !own ? prefix + name : name;
  const key = standardKey(withPrefix);
  const sameUnit = key ? directory.find((u) => standardKey(u.name) === key) : undefined;
  if (sameUnit) return sameUnit.name;
  if (withPrefix !== name && (tableNames.includes(withPrefix) || standardUnitName(name) !== null)) return withPrefix;
  return name;
}

function newUnit(name: string): Unit {
  return { name, aliases: [], contact: '', phone: '' };
}
