import type { Finding } from '../finding';
import type { Unit } from '../ledger';
import { unitMessages as msg } from '../finding';
import type { Task } from '../ledger';
import { isGroupName, resolveUnit } from './unit-resolve';

/** Where the task came from and how strict to be. */
export interface UnitCheckContext {
  /** The lead unit cell as written (`/`, blank …), for the message. */
  leadText?: string;
  /**
   * The lead unit cell of the task right above in the same section, as written: a blank cell under
   * it may be the rest of a merged cell that a copy or a conversion left only in its first row.
   */
  leadTextAbove?: string;
  /** True when the directory is the user's own: a name missing from it is reported. */
  strict?: boolean;
  file?: string;
  sheet?: string;
  row?: number;
  /** A1 addresses of the unit cells, when the source is a worksheet. */
  cells?: { leadUnits?: string; coUnits?: string };
}

type UnitField = 'leadUnits' | 'coUnits';
export type UnitRule = (task: Task, directory: readonly Unit[], context: UnitCheckContext) => Finding[];

const FIELDS: readonly UnitField[] = ['leadUnits', 'coUnits'];

/** No lead unit: blank or `/`. */
const leadMissing: UnitRule = (task, _directory, context) =>
  task.leadUnits.length > 0
    ? []
    : [finding(task, context, 'leadUnits', 'unit.lead-missing', msg.leadMissing(task.id, task.task, (context.leadText ?? '').trim()), leadMissingSuggestion(context))];

function leadMissingSuggestion({ leadText, leadTextAbove }: UnitCheckContext): string {
  const above = (leadTextAbove ?? '').trim();
  const blank = (leadText ?? '').trim() === '';
  return blank && above !== '' && !/^[/／\\—–-]+$/.test(above) ? msg.leadMissingBelow(above) : msg.leadMissingSuggestion();
}

/**
 * `区直各相关单位`, `各乡镇（街道）`: a group, not a unit one can send a return to. `等有关部门` (what
 * `区发改委等有关部门` leaves beside 区发改委) marks units left unnamed.
 */
const groupName: UnitRule = (task, _directory, context) =>
  eachUnit(task, (name, field) => {
    if (!isGroupName(name)) return [];
    return name.startsWith('等')
      ? [finding(task, context, field, 'unit.group', msg.groupAfterList(task.id, name, msg.fieldName(field)), msg.groupAfterListSuggestion())]
      : [finding(task, context, field, 'unit.group', msg.group(task.id, name), msg.groupSuggestion())];
  });

/** The same unit twice in one cell (also when written two ways: `城管局`, `区城管局`). */
const duplicate: UnitRule = (task, directory, context) =>
  FIELDS.flatMap((field) => {
    const seen = new Set<string>();
    const found: Finding[] = [];
    for (const name of task[field]) {
      const key = sameUnitKey(name, directory);
      if (seen.has(key)) found.push(finding(task, context, field, 'unit.duplicate', msg.duplicate(task.id, name, msg.fieldName(field)), msg.duplicateSuggestion(key)));
      seen.add(key);
    }
    return found;
  });

/** A name the directory does not hold as canonical: an alias, a fragment, a likely misspelling, or unknown. */
const notInDirectory: UnitRule = (task, directory, context) =>
  eachUnit(task, (name, field) => {
    if (isGroupName(name)) return [];
    const r = resolveUnit(name, directory);
    switch (r.kind) {
      case 'canonical':
        return [];
      case 'alias':
        return [finding(task, context, field, 'unit.not-canonical', msg.notCanonical(task.id, name, r.canonical), r.canonical)];
      case 'suggestion':
        return r.reason === 'fragment'
          ? [finding(task, context, field, 'unit.fragment', msg.fragment(task.id, name), r.suggestion)]
          : [finding(task, context, field, r.reason === 'similar' ? 'unit.unknown' : 'unit.not-canonical',
              r.reason === 'similar' ? msg.unknownWithSuggestion(task.id, name) : msg.notCanonical(task.id, name, r.suggestion), r.suggestion)];
      case 'unknown':
        return context.strict ? [finding(task, context, field, 'unit.unknown', msg.unknown(task.id, name), msg.unknownSuggestion())] : [];
    }
  });

/** The unit checks, in the order their findings are listed. */
export const UNIT_RULES: readonly UnitRule[] = [leadMissing, groupName, notInDirectory, duplicate];

/** Runs every unit rule on one task. Pure: neither the task nor the directory is changed. */
export function checkUnits(task: Task, directory: readonly Unit[], context: UnitCheckContext = {}): Finding[] {
  return UNIT_RULES.flatMap((rule) => rule(task, directory, context));
}

/** Two spellings of one unit count as the same unit (`城管局`, `区城管局`); fragments and typos do not. */
function sameUnitKey(name: string, directory: readonly Unit[]): string {
  const r = resolveUnit(name, directory);
  if (r.kind === 'alias') return r.canonical;
  if (r.kind === 'suggestion' && (r.reason === 'prefix' || r.reason === 'spelling')) return r.suggestion;
  return name;
}

function eachUnit(task: Task, check: (name: string, field: UnitField) => Finding[]): Finding[] {
  return FIELDS.flatMap((field) => task[field].flatMap((name) => check(name, field)));
}

function finding(task: Task, context: UnitCheckContext, field: UnitField, code: `unit.${string}`, message: string, suggestion: string): Finding {
  const f: Finding = { level: 'warning', code, taskId: task.id, field, message, suggestion };
  if (context.file !== undefined) f.file = context.file;
  if (context.sheet !== undefined) f.sheet = context.sheet;
  const row = context.row ?? task.source?.row;
  if (row !== undefined) f.row = row;
  const cell = context.cells?.[field];
  if (cell !== undefined) f.cell = cell;
  return f;
}
