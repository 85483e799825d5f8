import { MAX_DEADLINE_PHRASE, parseDeadline, readDeadline } from '../deadline';
import { IMPORT_TEXT_FIELDS } from '../fields';
import type { Deadline, Task } from '../ledger';
import type { TaskDraft } from './drafts';
import { categoryLeadUnits } from './section-lead';
import { readUnitCells } from './unit-cells';
import { splitPersons } from './unit-persons';

export interface BuiltTask {
  task: Task;
  leadText: string;
  leadByConvention: boolean;
  /** `区委办、区政府办（牵头）`: the list read as leading, and the unit the mark follows. */
  leadMarkScope?: { list: string[]; marked: string };
  leadFromCategory?: true;
  leadFromCoCell?: true;
}

/** A draft as a Task: units read from their cells, the deadline read for the plan year. */
export function buildTask(d: TaskDraft, id: string, hasLeadColumn: boolean, hasRequirement: boolean, planYear: number | null, coAnswers = false): BuiltTask {
  // `市民政局 伍泽国`: the person in charge named after the unit is kept in 备注, never read as a unit.
  const lead = splitPersons(d.lead);
  const co = splitPersons(d.co);
  const units = readUnitCells(lead.units, co.units, hasLeadColumn, categoryLeadUnits(d.subcategory?.title) ?? categoryLeadUnits(d.category.title), coAnswers);
  const task: Task = {
    id,
    category: { no: d.category.no, title: d.category.title },
    task: d.task,
    leadUnits: units.leadUnits,
    coUnits: units.coUnits,
    deadline: planYear === null ? deadlineWithoutPlanYear(d.deadline) : parseDeadline(d.deadline, planYear),
    source: { row: d.row },
  };
  if (d.subcategory) task.subcategory = { no: d.subcategory.no, title: d.subcategory.title };
  if (hasRequirement) task.requirement = [d.requirement, d.notes].filter((t) => t !== '').join('\n');
  for (const field of IMPORT_TEXT_FIELDS) {
    const text = d.texts[field];
    if (text) task[field] = text;
  }
  const persons = [...lead.persons, ...co.persons];
  if (persons.length > 0) task.note = [task.note ?? '', `负责人：${persons.join('、')}`].filter((t) => t !== '').join('\n');
  const built: BuiltTask = { task, leadText: hasLeadColumn ? lead.units : co.units, leadByConvention: units.leadByConvention };
  if (units.leadMarkScope) built.leadMarkScope = units.leadMarkScope;
  if (units.leadFromCategory) built.leadFromCategory = true;
  if (units.leadFromCoCell) built.leadFromCoCell = true;
  return built;
}

/** Without a plan year no date can be fixed: dates stay unread (the no-plan-year error says why). */
function deadlineWithoutPlanYear(text: string): Deadline {
  const deadline = parseDeadline(text, 2000);
  return deadline.kind === 'date' || deadline.kind === 'recurring' ? { kind: 'unknown', text, due: null } : deadline;
}

/** `进度安排`, `时间安排`, `工作进度`: a column of the work's schedule, not of a 完成时限. */
const SCHEDULE_COLUMN = /进度|安排/;

/**
 * A schedule column's cell describing the work in a sentence (longer than a phrase, or of clauses:
 * `已完成整合，进一步完善服务。`) without naming any date:
 * the row sets no deadline (none, the text kept), unlike a 完成时限 cell no one can read (`待定`).
 */
export function undatedSchedule(deadline: Deadline, columnName: string): Deadline {
  const text = deadline.text.trim();
  const sentence = text.length > MAX_DEADLINE_PHRASE || text.split(/[，,；;]/).filter((c) => c.trim() !== '').length >= 2;
  if (deadline.kind !== 'unknown' || !SCHEDULE_COLUMN.test(columnName) || !sentence) return deadline;
  return readDeadline(deadline.text, 2000).reading.kind === 'invalid-date' ? deadline : { kind: 'none', text: deadline.text, due: null };
}

/** A table with only `（一）` headings: those are its sections. */
export function promoteSubcategories(drafts: readonly TaskDraft[]): TaskDraft[] {
  const hasCategories = drafts.some((d) => d.category.no !== 0);
  if (hasCategories || !drafts.some((d) => d.subcategory)) return [...drafts];
  return drafts.map((d) => (d.subcategory ? { ...d, category: d.subcategory, subcategory: undefined } : d));
}
