import type { Finding } from '../finding';
import type { FileReport } from './types';

export function emptyFileReport(file: string, unit: string): FileReport {
  return {
    file,
    unit,
    status: 'merged',
    updated: 0,
    merged: [],
    unchanged: [],
    matchedByText: [],
    deleted: [],
    conflicts: [],
    findings: [],
  };
}

export function rejectedFileReport(file: string, unit: string, findings: Finding[]): FileReport {
  return { ...emptyFileReport(file, unit), status: 'rejected', findings };
}

const LEVEL_ORDER: Record<Finding['level'], number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; within a level rows in sheet order, then whole-file notes. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || (a.row ?? Infinity) - (b.row ?? Infinity));
}
