import type { ConsolidationReport, FileReport } from '../core/consolidate';
import type { ConflictView, FileNote, MergeFileResult, MergeOutcome } from './store/ledger-store';

const LEVELS: FileNote['level'][] = ['error', 'warning', 'info'];

/** What the pane shows of a consolidation report: per-file state, counts, conflicts, 催报名单. */
export function mergeOutcome(report: ConsolidationReport, fileOrder: readonly string[]): MergeOutcome {
  const byFile = new Map(report.files.map((f) => [f.file, f]));
  const files = fileOrder.map((name) => fileResult(name, byFile.get(name)));
  const conflicts: ConflictView[] = report.files.flatMap((f) => f.conflicts.map((c) => ({
    file: f.file, unit: f.unit, taskId: c.taskId ?? '', message: c.message,
  })));
  const tasksUpdated = report.files.reduce((n, f) => n + (f.status === 'rejected' ? 0 : f.updated), 0);
  const rejected = files.filter((f) => f.state === 'failed').length;
  return {
    files, merged: files.length - rejected, rejected,
    changes: report.recorded, tasksUpdated, conflicts, chase: report.missingUnits, batchId: report.changes > 0 ? report.batchId : null,
  };
}

/**
 * One file's line. A file the core merged only in part — or merged with an error noted — is
 * `partial`, never shown as merged over its error; notes keep their level (a 提示 is not an error).
 */
export function fileResult(name: string, report: FileReport | undefined): MergeFileResult {
  if (!report) return { file: name, state: 'failed', changes: 0 };
  const notes: FileNote[] = [...report.findings]
    .sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level))
    .map((f) => ({ level: f.level, message: f.message }));
  const withNotes = notes.length > 0 ? { notes } : {};
  if (report.status === 'rejected') return { file: name, state: 'failed', changes: 0, ...withNotes };
  const partial = report.status === 'partial' || notes.some((n) => n.level === 'error');
  const state = partial ? 'partial' : report.updated === 0 ? 'unchanged' : 'merged';
  return { file: name, state, changes: report.updated, ...withNotes };
}
