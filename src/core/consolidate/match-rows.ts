/**
 * Rows of a return matched to ledger tasks: by task ID, and — for a row whose ID is gone (a
 * return rebuilt by hand) — by its task text, which must match exactly one task once white
 * space is ignored (tasks the unit leads are tried first).
 */
import type { Finding } from '../finding';
import type { LedgerTask } from '../ledger';
import { comparableText } from './fields';
import { MSG, finding } from './messages';
import type { TaskIndex } from './task-index';
import type { ReadableReturn, ReturnRow } from './types';

export interface MatchedRow {
  task: LedgerTask;
  row: ReturnRow;
  byText: boolean;
}

export interface RowMatch {
  matched: MatchedRow[];
  findings: Finding[];
  /** Tasks the unit leads that no row of the return names. */
  deleted: string[];
}

export function matchRows(index: TaskIndex, unit: string, ret: ReadableReturn): RowMatch {
  const findings: Finding[] = [];
  const byTask = new Map<string, MatchedRow>();
  const led = index.ledBy(unit);
  for (const row of ret.rows) {
    if (isBlankRow(row)) continue;
    const place = { file: ret.file, sheet: ret.sheet, row: row.row };
    const found = findTask(index, unit, row, place, findings);
    if (!found) continue;
    if (!found.task.leadUnits.includes(unit)) {
      findings.push(finding('warning', 'row.not-lead', MSG.notLead(place, found.task.id, unit), place, { taskId: found.task.id }));
      continue;
    }
    const earlier = byTask.get(found.task.id);
    if (earlier) {
      findings.push(finding('warning', 'row.duplicate', MSG.duplicateRow(place, found.task.id, earlier.row.row), place, { taskId: found.task.id }));
    }
    byTask.set(found.task.id, { task: found.task, row, byText: found.byText });
  }
  const matched = [...byTask.values()].sort((a, b) => a.task.seq - b.task.seq);
  const deleted = led.filter((t) => !byTask.has(t.id)).map((t) => t.id);
  return { matched, findings, deleted };
}

function isBlankRow(row: ReturnRow): boolean {
  return Object.values(row.fields).every((c) => c === undefined || c.text.trim() === '');
}

function findTask(
  index: TaskIndex,
  unit: string,
  row: ReturnRow,
  place: { file: string; sheet: string; row: number },
  findings: Finding[],
): { task: LedgerTask; byText: boolean } | undefined {
  const idCell = row.fields.id;
  const id = idCell?.text.trim() ?? '';
  if (id !== '') {
    const task = index.byId.get(id);
    if (task) return { task, byText: false };
    const at = { ...place, cell: idCell!.cell };
    findings.push(finding('warning', 'row.unknown-id', MSG.unknownId(at, id), at));
    return undefined;
  }
  const text = comparableText(row.fields.task?.text ?? '');
  const candidates = text === '' ? [] : sameText(index, unit, text);
  if (candidates.length === 1) {
    const at = { ...place, cell: row.fields.task!.cell };
    findings.push(finding('info', 'row.matched-by-text', MSG.matchedByText(at, candidates[0].id), at, { taskId: candidates[0].id }));
    return { task: candidates[0], byText: true };
  }
  if (candidates.length > 1) {
    findings.push(finding('warning', 'row.ambiguous-text', MSG.ambiguousText(place, candidates.map((t) => t.id)), place));
  } else {
    findings.push(finding('warning', 'row.unmatched', MSG.unmatched(place), place));
  }
  return undefined;
}

/** Tasks with this text: those the unit leads if any, else all of them. */
function sameText(index: TaskIndex, unit: string, text: string): readonly LedgerTask[] {
  const all = index.withText(text);
  const led = all.filter((t) => t.leadUnits.includes(unit));
  return led.length > 0 ? led : all;
}
