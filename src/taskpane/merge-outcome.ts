import type { ConsolidationReport, FileReport } from '../core/consolidate';
import type { ConflictView, MergeFileResult, MergeOutcome } from './store/ledger-store';

/** What the pane shows of a consolidation report: per-file state, conflicts, 催报名单. */
export function mergeOutcome(report: ConsolidationReport, fileOrder: readonly string[]): MergeOutcome {
  const byFile = new Map(report.files.map((f) => [f.file, f]));
  const files = fileOrder.map((name) => fileResult(name, byFile.get(name)));
  const conflicts: ConflictView[] = report.files.flatMap((f) => f.conflicts.map((c) => ({
    file: f.file, unit: f.unit, taskId: c.taskId ?? '', message: c.message,
  })));
  const tasksUpdated = report.files.reduce((n, f) => n + (f.status === 'rejected' ? 0 : f.updated), 0);
  return { files, changes: report.recorded, tasksUpdated, conflicts, chase: report.missingUnits, batchId: report.changes > 0 ? report.batchId : null };
}

export function fileResult(name: string, report: FileReport | undefined): MergeFileResult {
  if (!report) return { file: name, state: 'failed', changes: 0 };
  const problems = report.findings.filter((f) => f.level !== 'info').map((f) => f.message);
  const message = problems.join('\n') || undefined;
  if (report.status === 'rejected') return { file: name, state: 'failed', changes: 0, message };
  return { file: name, state: report.updated === 0 ? 'unchanged' : 'merged', changes: report.updated, message };
}
