/**
 * Merging one unit's return into (copied) tasks: each matched row becomes that unit's report
 * on the task. A report is rewritten only when an owned field or the round differs, so
 * merging the same file twice changes nothing.
 */
import type { Finding } from '../finding';
import type { ChangeRecord, UnitReport } from '../ledger';
import { UNIT_REPORT_FIELD_ORDER, UNIT_REPORT_LABELS } from './change-fields';
import { OWNED_FIELDS } from './fields';
import { emptyFileReport, sortFindings } from './file-report';
import { matchRows, type MatchedRow, type RowMatch } from './match-rows';
import { MSG, finding } from './messages';
import { readRow, type RevisedAway, type RowReading } from './read-row';
import { isOlderRound } from './rounds';
import { REPORT_FIELDS, sentFingerprint, sentValues } from './sent-values';
import type { AcceptedReturn } from './resolve-returns';
import type { TaskIndex } from './task-index';
import type { FileReport, ReadableReturn } from './types';

export interface BatchContext {
  round: string;
  time: string;
  batchId: string;
  /** The batch's task copies, indexed once for all files. */
  index: TaskIndex;
  /** What the office's revisions replaced (from 变更记录), so the old text in an earlier return is no edit. */
  revisedAway?: RevisedAway;
}

/** Codes of findings that mean part of the file was not taken: the file is `partial`. */
const PARTIAL_CODES = new Set([
  'row.invalid-status',
  'row.unknown-id',
  'row.not-lead',
  'row.unmatched',
  'row.ambiguous-text',
  'row.deleted',
  'consolidate.older-round',
  'consolidate.copy-sheet-ignored',
  'consolidate.cell-too-long',
]);

/** What one table of a return would do, worked out before anything is changed. */
interface Assessment {
  ret: ReadableReturn;
  match: RowMatch;
  /** Rows to apply, with what they say. */
  rows: Array<{ m: MatchedRow; reading: RowReading }>;
  /** Rows whose stored report is from a newer round, and that round. */
  older: Array<{ taskId: string; round: string }>;
  /** Some row says something the form did not carry when sent (or the unit already reported this round). */
  touched: boolean;
}

function assess(ret: ReadableReturn, unit: string, ctx: BatchContext): Assessment {
  const match = matchRows(ctx.index, unit, ret);
  const rows: Assessment['rows'] = [];
  const older: Assessment['older'] = [];
  let touched = false;
  for (const m of match.matched) {
    const previous = m.task.unitReports[unit];
    if (previous && isOlderRound(ctx.round, previous.round)) {
      older.push({ taskId: m.task.id, round: previous.round });
      continue;
    }
    const reading = readRow(ret, m, previous, ctx.revisedAway);
    rows.push({ m, reading });
    if (!touched) touched = previous?.round === ctx.round || rowTouched(m, unit, reading, ret.meta?.sent);
  }
  return { ret, match, rows, older, touched };
}

/**
 * A row is touched when it says something in 完成状态, 进展情况 or 佐证材料 that the form did not
 * carry when sent: what the return's metadata keeps of it (so a ledger changed since does not
 * count), or, for a return written before it kept that, what the ledger would prefill now.
 */
function rowTouched(m: MatchedRow, unit: string, reading: RowReading, sent: Record<string, string> | undefined): boolean {
  if (reading.findings.some((f) => f.code === 'row.invalid-status')) return true;
  const fingerprint = sent?.[m.task.id];
  if (fingerprint !== undefined) return sentFingerprint(reading.values) !== fingerprint;
  const now = sentValues(m.task, unit);
  return REPORT_FIELDS.some((f) => reading.values[f] !== now[f]);
}

/** The main sheet, unless it was left untouched and a copy of it (「报送表 (2)」) was filled in. */
function chooseTable(accepted: AcceptedReturn, ctx: BatchContext): { chosen: Assessment; notes: Finding[] } {
  const { ret, unit } = accepted;
  const main = assess(ret, unit, ctx);
  const copies = (ret.copies ?? []).map((t) => assess({ ...ret, sheet: t.sheet, columns: t.columns, rows: t.rows, findings: t.findings, copies: [] }, unit, ctx));
  const filled = copies.filter((c) => c.touched);
  if (filled.length === 0) return { chosen: main, notes: [] };
  const at = (a: Assessment) => ({ file: ret.file, sheet: a.ret.sheet });
  if (!main.touched) {
    const [chosen, ...rest] = filled;
    const notes = [finding('warning', 'consolidate.copy-sheet-read', MSG.copySheetRead(ret.file, chosen.ret.sheet, ret.sheet), at(chosen))];
    for (const other of rest) notes.push(finding('error', 'consolidate.copy-sheet-ignored', MSG.copySheetIgnored(ret.file, other.ret.sheet, chosen.ret.sheet), at(other)));
    return { chosen, notes };
  }
  const notes = filled.map((c) => finding('error', 'consolidate.copy-sheet-ignored', MSG.copySheetIgnored(ret.file, c.ret.sheet, ret.sheet), at(c)));
  return { chosen: main, notes };
}

/** Changes the batch's task copies (ctx.index) in place; returns the file's report and the 变更记录 rows. */
export function mergeUnitReturn(accepted: AcceptedReturn, ctx: BatchContext): { report: FileReport; records: ChangeRecord[] } {
  const { unit } = accepted;
  const { chosen, notes } = chooseTable(accepted, ctx);
  const { ret, match } = chosen;
  const report = emptyFileReport(ret.file, unit);
  const records: ChangeRecord[] = [];
  const findings: Finding[] = [...ret.findings, ...accepted.notes, ...notes, ...match.findings];
  if (chosen.older.length > 0) {
    const newest = chosen.older.map((o) => o.round).sort()[chosen.older.length - 1];
    const ids = chosen.older.map((o) => o.taskId);
    findings.push(finding('warning', 'consolidate.older-round', MSG.olderRound(ret.file, ctx.round, newest, ids), { file: ret.file, sheet: ret.sheet }));
  }
  const problems = [...ret.findings, ...match.findings].some((f) => PARTIAL_CODES.has(f.code));
  if (!chosen.touched && !problems && (chosen.rows.length > 0 || chosen.older.length > 0)) {
    if (chosen.older.length === 0) findings.push(finding('warning', 'consolidate.blank-return', MSG.blankReturn(ret.file, unit), { file: ret.file, sheet: ret.sheet }));
    report.findings = sortFindings(findings);
    report.status = 'rejected';
    report.reason = chosen.older.length > 0 ? 'older-round' : 'blank';
    return { report, records };
  }
  for (const { m, reading } of chosen.rows) {
    if (m.byText) report.matchedByText.push({ taskId: m.task.id, row: m.row.row });
    const previous = m.task.unitReports[unit];
    findings.push(...reading.findings);
    report.conflicts.push(...reading.conflicts);
    const next: UnitReport = { unit, ...reading.values, round: ctx.round, reportedAt: ctx.time };
    const changedOwned = OWNED_FIELDS.filter((f) => next[f] !== (previous?.[f] ?? ''));
    if (changedOwned.length === 0 && previous?.round === ctx.round) {
      report.unchanged.push(m.task.id);
      continue;
    }
    m.task.unitReports = { ...m.task.unitReports, [unit]: next };
    records.push(...reportRecords(m.task.id, unit, previous, next, ret.file, ctx));
    if (changedOwned.length === 0) {
      report.unchanged.push(m.task.id);
      continue;
    }
    report.updated += 1;
    for (const f of changedOwned) {
      report.merged.push({ taskId: m.task.id, field: f, oldValue: previous?.[f] ?? '', newValue: next[f] });
    }
  }
  report.deleted = match.deleted;
  if (match.deleted.length > 0) {
    findings.push(finding('warning', 'row.deleted', MSG.deletedRows(ret.file, match.deleted), { file: ret.file, sheet: ret.sheet }));
  }
  report.findings = sortFindings(findings);
  const incomplete = report.conflicts.length > 0 || findings.some((f) => PARTIAL_CODES.has(f.code));
  report.status = incomplete ? 'partial' : 'merged';
  return { report, records };
}

function reportRecords(
  taskId: string,
  unit: string,
  previous: UnitReport | undefined,
  next: UnitReport,
  file: string,
  ctx: BatchContext,
): ChangeRecord[] {
  return UNIT_REPORT_FIELD_ORDER.filter((f) => (previous?.[f] ?? '') !== next[f]).map((f) => ({
    time: ctx.time,
    round: ctx.round,
    unit,
    taskId,
    field: UNIT_REPORT_LABELS[f],
    oldValue: previous?.[f] ?? '',
    newValue: next[f],
    sourceFile: file,
    batchId: ctx.batchId,
  }));
}
