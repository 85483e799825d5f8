import type { Finding } from '../finding';
import { importMessages as msg } from '../finding';
import type { Task } from '../ledger';
import type { TaskDraft } from './drafts';
import { itemRun } from './hidden-items';
import { endsLikeUnit } from './join-text';
import { ITEM_NUMBER } from './prose-lines';
import { parseCategoryHeading } from './section-heading';
import { LABELLED_UNITS_BRACKET } from './unit-label';

/** Fewer tasks than this are judged by the other checks (a single odd task proves nothing). */
const MIN_TASKS = 4;
/**
 * A deadline's words inside a unit name: columns run together (`区农业持续推`). `推进` before a unit's
 * own ending names an office (`健康中国行动推进办`, `…推进领导小组`), not a deadline.
 */
const DEADLINE_IN_UNIT = /持续推|推进(?![办组委中处科室局会])|年底|月底|季度|[0-9０-９]+月|前$/;
/** A unit name longer than this is text, not a name. */
const LONG_UNIT = 24;

/**
 * Whether the import plainly went wrong — columns run together (text copied from a PDF with
 * spaces), rows split into pieces, a column of units read as the tasks — judged on the result:
 * - most tasks have neither lead unit nor deadline;
 * - many lead units hold a deadline's words or are too long to be a name;
 * - most tasks are a unit's name;
 * - the table numbers its rows, and the tasks read are far more or fewer than the numbers;
 * - a section heading, or a task, holds a run of numbered items (rows read into one text), or a task
 *   holds an item's units bracket with more text after it (two items read as one) — judged however
 *   few tasks were read, since such a reading gives few.
 * Each reason is said in Chinese; one error finding, which stops the ledger from being written.
 */
export function implausibleImport(tasks: readonly Task[], drafts: readonly TaskDraft[]): Finding | null {
  const n = tasks.length;
  const reasons = hiddenRows(tasks);
  if (n >= MIN_TASKS) reasons.push(...resultReasons(tasks, drafts));
  if (reasons.length === 0) return null;
  return { level: 'error', code: 'import.implausible', field: 'file', message: msg.implausible(n, reasons), suggestion: msg.implausibleSuggestion() };
}

/** The reasons judged on many tasks together. */
function resultReasons(tasks: readonly Task[], drafts: readonly TaskDraft[]): string[] {
  const n = tasks.length;
  const reasons: string[] = [];
  // Blank deadlines alone prove nothing: a deadline merged over a section is copied into its first row only.
  const neither = tasks.filter((t) => t.leadUnits.length === 0 && t.coUnits.length === 0 && t.deadline.text.trim() === '').length;
  if (neither * 2 > n) reasons.push(msg.implausibleNeither(neither, n));
  const oddUnits = tasks.flatMap((t) => t.leadUnits).filter((u) => DEADLINE_IN_UNIT.test(u) || u.length > LONG_UNIT);
  if (oddUnits.length * 4 > n) reasons.push(msg.implausibleUnits(oddUnits.length, [...new Set(oddUnits)].slice(0, 3)));
  const unitTasks = tasks.filter((t) => t.task.length <= 16 && endsLikeUnit(t.task) && !/[，。；]/.test(t.task));
  if (unitTasks.length * 2 > n) reasons.push(msg.implausibleUnitTasks(unitTasks.length, n, unitTasks.slice(0, 3).map((t) => t.task)));
  const numbered = numberedCount(drafts);
  if (numbered !== null && (n > numbered * 1.25 + 2 || n < numbered * 0.75 - 2)) reasons.push(msg.implausibleCount(n, numbered));
  return reasons;
}

/** Headings holding numbered items, and tasks holding items numbered on from elsewhere (a cell's own list starts at 1). */
function hiddenRows(tasks: readonly Task[]): string[] {
  const headings = new Set(tasks.flatMap((t) => [t.category.title, t.subcategory?.title ?? '']));
  const inHeadings = [...headings].flatMap((title) => {
    const run = itemRun(title);
    return run ? [msg.implausibleHeadingItems(title, run.from, run.to)] : [];
  });
  const inTasks = tasks.flatMap((t) => {
    const run = [t.task, t.requirement ?? ''].map((text) => itemRun(text)).find((r) => r !== null && r.from > 1);
    return run ? [msg.implausibleTaskItems(t.id, run.from, run.to)] : [];
  });
  const continued = tasks.filter((t, i) => i > 0 && continuesNumbering(tasks[i - 1], t));
  if (continued.length > 0) inTasks.push(msg.implausibleNumberingContinued(continued.map((t) => t.id)));
  const merged = tasks.filter((t) => [t.task, t.requirement ?? ''].some(unitsBracketInside));
  if (merged.length > 0) inTasks.push(msg.implausibleItemsMerged(merged.map((t) => t.id)));
  return [...inHeadings, ...inTasks];
}

/** A task's own list of two or more items numbered on from the list in the task before it (`1.…3.` then `4.…5.`): items under headings read as one. */
function continuesNumbering(before: Task, task: Task): boolean {
  const list = (t: Task) => itemRun(`${t.task} ${t.requirement ?? ''}`, 2);
  const run = list(task);
  return run !== null && run.from > 1 && list(before)?.to === run.from - 1;
}

/** An item's units bracket with the next item after it; a bracket the task's own words follow (`…（责任单位：X），并…`) is no sign. */
function unitsBracketInside(text: string): boolean {
  return [...text.matchAll(LABELLED_UNITS_BRACKET)].some((m) => {
    const after = text.slice((m.index ?? 0) + m[0].length).replace(/^[\s。；;]+/, '');
    return opensItem(after) && after.replace(/[\s。；;—]/g, '').length >= 8;
  });
}

/** A dash (`——`), an item's number (`2.`, `②`, `（二）`) or a section's (`二、`): the next item opens. */
function opensItem(text: string): boolean {
  return text.startsWith('—') || ITEM_NUMBER.test(text) || parseCategoryHeading(text) !== null;
}

/** How many rows the table's 序号 numbers (per section when it restarts), or null when it numbers too few. */
function numberedCount(drafts: readonly TaskDraft[]): number | null {
  const numbers = drafts.filter((d) => /^\d{1,3}[.、．]?$/.test(d.seq.trim()));
  if (numbers.length * 2 < drafts.length) return null;
  return new Set(numbers.map((d) => `${d.category.no}/${d.subcategory?.no ?? 0}/${parseInt(d.seq, 10)}`)).size;
}
