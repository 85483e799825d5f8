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
import { matchRows } from './match-rows';
import { MSG, finding } from './messages';
import { readRow } from './read-row';
import type { AcceptedReturn } from './resolve-returns';
import type { TaskIndex } from './task-index';
import type { FileReport } from './types';

export interface BatchContext {
  round: string;
  time: string;
  batchId: string;
  /** The batch's task copies, indexed once for all files. */
  index: TaskIndex;
}

/** Codes of findings that mean part of the file was not taken: the file is `partial`. */
const PARTIAL_CODES = new Set([
  'row.invalidStatus',
  'row.unknownId',
  'row.notLead',
  'row.unmatched',
  'row.ambiguousText',
  'row.deleted',
]);

/** Changes the batch's task copies (ctx.index) in place; returns the file's report and the 变更记录 rows. */
export function mergeUnitReturn(accepted: AcceptedReturn, ctx: BatchContext): { report: FileReport; records: ChangeRecord[] } {
  const { ret, unit } = accepted;
  const report = emptyFileReport(ret.file, unit);
  const records: ChangeRecord[] = [];
  const match = matchRows(ctx.index, unit, ret);
  const findings: Finding[] = [...ret.findings, ...accepted.notes, ...match.findings];
  for (const m of match.matched) {
    if (m.byText) report.matchedByText.push({ taskId: m.task.id, row: m.row.row });
    const previous = m.task.unitReports[unit];
    const reading = readRow(ret, m, previous);
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
