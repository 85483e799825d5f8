/**
 * What one matched row says: the unit's own fields (taken), and edits to fields the office
 * owns (reported as conflicts, never applied).
 */
import type { Finding } from '../finding';
import { STATUSES, taskFieldText, type UnitReport } from '../ledger';
import { FIELD_LABELS } from '../fields';
import { FIELD_HEADERS, OWNED_FIELDS, WATCHED_FIELDS, cleanText, comparableText, parseStatus, splitUnits } from './fields';
import { MSG, finding } from './messages';
import type { OwnedField, ReadableReturn, WatchedField } from './types';
import type { MatchedRow } from './match-rows';

export type OwnedValues = Pick<UnitReport, OwnedField>;

export interface RowReading {
  values: OwnedValues;
  conflicts: Finding[];
  findings: Finding[];
}

const EMPTY: OwnedValues = { status: '', progress: '', evidence: '', contact: '', phone: '' };

/** Values the office itself gave a field of a task before revising it (see reimport.ts). */
export type RevisedAway = (taskId: string, fieldLabel: string) => readonly string[];

/**
 * Fields the return has no column for (or that were not understood) keep the previous value.
 * `revisedAway`: a return sent before a revision still shows the office's old text, which is no edit.
 */
export function readRow(ret: ReadableReturn, m: MatchedRow, previous: UnitReport | undefined, revisedAway: RevisedAway = () => []): RowReading {
  const values: OwnedValues = { ...EMPTY, ...pickOwned(previous) };
  const findings: Finding[] = [];
  for (const field of OWNED_FIELDS) {
    const cell = m.row.fields[field];
    if (!cell) continue;
    const text = cleanText(cell.text);
    if (field !== 'status') {
      values[field] = text;
      continue;
    }
    const status = parseStatus(text);
    const at = { file: ret.file, sheet: ret.sheet, row: m.row.row, cell: cell.cell };
    if (status === null) {
      findings.push(finding('error', 'row.invalid-status', MSG.invalidStatus(at, text, STATUSES), at, { taskId: m.task.id, field: 'status' }));
    } else {
      values.status = status;
    }
  }
  return { values, conflicts: watchedConflicts(ret, m, revisedAway), findings };
}

function pickOwned(report: UnitReport | undefined): Partial<OwnedValues> {
  if (!report) return {};
  const { status, progress, evidence, contact, phone } = report;
  return { status, progress, evidence, contact, phone };
}

function sameValue(field: WatchedField, a: string, b: string): boolean {
  if (a === b) return true; // the usual case: the unit left the cell as it was sent
  if (field === 'leadUnits' || field === 'coUnits') return splitUnits(a).join('、') === splitUnits(b).join('、');
  return comparableText(a) === comparableText(b);
}

function watchedConflicts(ret: ReadableReturn, m: MatchedRow, revisedAway: RevisedAway): Finding[] {
  const conflicts: Finding[] = [];
  for (const field of WATCHED_FIELDS) {
    const cell = m.row.fields[field];
    if (!cell) continue;
    const theirs = cleanText(cell.text);
    const ours = taskFieldText(m.task, field);
    // A blank cell in a rebuilt return is not an edit (and a deleted ID column leaves the text to match by).
    if (theirs === '' || sameValue(field, ours, theirs)) continue;
    if (revisedAway(m.task.id, FIELD_LABELS[field]).some((sent) => sameValue(field, sent, theirs))) continue;
    const at = { file: ret.file, sheet: ret.sheet, row: m.row.row, cell: cell.cell };
    const message = MSG.notOwned(at, m.task.id, FIELD_HEADERS[field], ours, theirs);
    conflicts.push(finding('warning', 'field.not-owned', message, at, { taskId: m.task.id, field: conflictField(field) }));
  }
  return conflicts;
}

function conflictField(field: WatchedField): Finding['field'] {
  return field === 'task' ? 'task' : field;
}
