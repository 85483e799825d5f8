import { importBreakdown } from './import-breakdown';
import type { GridMerge, ImportOptions, ImportResult } from './types';

export interface SheetRows {
  sheet: string;
  rows: string[][];
  merges?: GridMerge[];
}

const STOPPING_CODES = new Set(['import.no-table', 'import.no-header', 'import.no-tasks']);

/** True when the import found a table with tasks (findings about the tasks do not count). */
export function importedTable(result: ImportResult): boolean {
  return result.tasks.length > 0 && !result.findings.some((f) => STOPPING_CODES.has(f.code));
}

/**
 * A workbook's breakdown is the first sheet, in tab order, that holds a table with tasks: offices
 * often put a cover or notes sheet first. With none, the first sheet's result says why.
 */
export function importWorkbook(sheets: readonly SheetRows[], options: ImportOptions = {}): ImportResult | null {
  let first: ImportResult | null = null;
  for (const s of sheets) {
    const result = importBreakdown({ kind: 'grid', rows: s.rows, sheet: s.sheet, merges: s.merges }, options);
    if (importedTable(result)) return result;
    first ??= result;
  }
  return first;
}
