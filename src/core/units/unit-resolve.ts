import type { Unit } from '../ledger';
import { STANDARD_UNIT_NAMES, standardUnitName, VERTICAL_UNIT_NAMES } from './unit-names';

/** How a unit name stands against the 单位名录. */
export type UnitResolution =
  | { kind: 'canonical'; name: string }
  | { kind: 'alias'; name: string; canonical: string }
  | { kind: 'suggestion'; name: string; suggestion: string; reason: SuggestionReason }
  | { kind: 'unknown'; name: string };

/** fragment: cut short (`区交通`); prefix: the table's `区` missing or extra; spelling: another
 *  spelling of a known unit (`区卫生健康委`); similar: one character off (`区卫建委`). */
export type SuggestionReason = 'fragment' | 'prefix' | 'spelling' | 'similar';

const PREFIXES = ['区', '县', '市', '省'] as const;
const GROUP = [
  /^等./,
  /^(?:区直|县直|市直|省直)?各/,
  /各(?:有关|相关)?(?:部门|单位|科室|专班|乡镇|街道|县|区|村|社区|委办局|部室|处室|成员单位)/,
  /(?:相关|有关)(?:单位|部门|科室|乡镇|企业)$/,
  /^(?:区直|县直|市直)(?:单位|部门)$/,
  /成员单位$/,
  /县[（(]市、?区[）)]|县市区/,
];

/**
 * A name that names no single unit (`区直各相关单位`, `各乡镇（街道）`, `相关部门`, `市政府各部门`, `县（市、区）政府`,
 * and `等有关部门`, what the importer keeps of `区发改委等有关部门` besides 区发改委).
 */
export function isGroupName(name: string): boolean {
  return GROUP.some((re) => re.test(name));
}

export function splitPrefix(name: string): { prefix: string; bare: string } {
  const prefix = PREFIXES.find((p) => name.startsWith(p) && name.length > p.length + 1);
  return prefix ? { prefix, bare: name.slice(prefix.length) } : { prefix: '', bare: name };
}

/** The prefix most names share (`区` when most units are `区…`), or '' when there is none. */
export function dominantPrefix(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) {
    const { prefix } = splitPrefix(name);
    if (prefix) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  for (const [prefix, count] of counts) if (count >= 2 && count * 2 > names.length) return prefix;
  return '';
}

/** The standard spelling key of a name: `区卫生健康委` → `区|卫健委`; null when not a standard unit. */
export function standardKey(name: string): string | null {
  const { prefix, bare } = splitPrefix(name);
  const standard = standardUnitName(bare);
  return standard === null ? null : `${prefix}|${standard}`;
}

/** Resolves a name against the directory: canonical, alias, the likely intended unit, or unknown. */
export function resolveUnit(name: string, directory: readonly Unit[]): UnitResolution {
  const exact = directory.find((u) => u.name === name);
  if (exact) return { kind: 'canonical', name };
  const byAlias = directory.find((u) => u.aliases.includes(name));
  if (byAlias) return { kind: 'alias', name, canonical: byAlias.name };
  const suggestion = suggestUnit(name, directory);
  return suggestion ? { kind: 'suggestion', name, ...suggestion } : { kind: 'unknown', name };
}

function suggestUnit(name: string, directory: readonly Unit[]): { suggestion: string; reason: SuggestionReason } | null {
  const names = directory.map((u) => u.name);
  const prefix = dominantPrefix(names);
  const has = (n: string) => names.includes(n);
  const { prefix: own, bare } = splitPrefix(name);
  if (VERTICAL_UNIT_NAMES.includes(bare)) return null;

  if (prefix && !own && has(prefix + name)) return { suggestion: prefix + name, reason: 'prefix' };
  if (own && !prefix && has(bare)) return { suggestion: bare, reason: 'prefix' };
  const key = standardKey(own ? name : prefix + name);
  const sameUnit = key && names.find((n) => standardKey(n) === key);
  if (sameUnit) return { suggestion: sameUnit, reason: own ? 'spelling' : 'prefix' };
  const completion = completeFragment(name, names, prefix);
  if (completion) return { suggestion: completion, reason: 'fragment' };
  // One character off is a likely typo, unless the name is itself a real unit (`区民政局`, `区财政局`).
  const close = key ? [] : names.filter((n) => n.length >= 4 && Math.abs(n.length - name.length) <= 1 && editDistance(n, name) === 1);
  if (close.length === 1) return { suggestion: close[0], reason: 'similar' };
  if (prefix && !own && standardUnitName(name)) return { suggestion: prefix + standardUnitName(name), reason: 'prefix' };
  return null;
}

/** `区交通` → `区交通运输局`: the one name (from the directory, else the standard list) it begins. */
export function completeFragment(name: string, names: readonly string[], prefix: string): string | null {
  if (name.length < 2) return null;
  const fromDirectory = names.filter((n) => n.length > name.length && n.startsWith(name));
  if (fromDirectory.length > 0) return shortest(fromDirectory);
  const { prefix: own, bare } = splitPrefix(name);
  const base = own || prefix;
  const standard = STANDARD_UNIT_NAMES.map((u) => u.name).filter((n) => n.length > bare.length && n.startsWith(bare));
  return standard.length > 0 && bare.length >= 2 ? base + shortest(standard) : null;
}

function shortest(names: readonly string[]): string {
  return [...names].sort((a, b) => a.length - b.length || a.localeCompare(b))[0];
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length];
}
