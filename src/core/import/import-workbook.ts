import { importBreakdown, previewBreakdown, READING_FAILED } from './import-breakdown';
import type { TablePreview } from './chosen-columns';
import type { GridMerge, ImportOptions, ImportResult } from './types';

export interface SheetRows {
  sheet: string;
  rows: string[][];
  merges?: GridMerge[];
}

/** Errors after which no ledger may be made: no table, no header, no task, a result that looks wrong, columns chosen that cannot be read. */
const STOPPING_CODES = new Set([...READING_FAILED, 'import.columns-chosen-bad']);

/** True when the import found a table with tasks that may become a ledger (findings about the tasks do not count). */
/** A workbook's preview: its first sheet holding a table, rows of two cells or more (see previewBreakdown), with that sheet's name. */
export function previewWorkbook(sheets: readonly SheetRows[]): TablePreview & { sheet?: string } {
  for (const s of sheets) {
    const preview = previewBreakdown({ kind: 'grid', rows: s.rows, sheet: s.sheet, merges: s.merges });
    if (preview.width >= 2) return { ...preview, sheet: s.sheet };
  }
  return { rows: [], width: 0, guess: null };
}

export function importedTable(result: ImportResult): boolean {
  return result.tasks.length > 0 && !result.findings.some((f) => STOPPING_CODES.has(f.code));
}

/**
 * A workbook's breakdown is the first sheet, in tab order, that holds a table with tasks: offices
 * often put a cover or notes sheet first. With none, the first sheet's result says why.
 */
export function importWorkbook(sheets: readonly SheetRows[], options: ImportOptions = {}): ImportResult | null {
  let first: ImportResult | null = null;
  // Columns chosen for a sheet read that sheet only: another sheet's columns are not the same.
  const chosen = options.columns ? sheets.filter((s) => s.sheet === (options.columns!.sheet ?? sheets[0]?.sheet)).slice(0, 1) : sheets;
  for (const s of chosen) {
    const result = importBreakdown({ kind: 'grid', rows: s.rows, sheet: s.sheet, merges: s.merges }, options);
    if (importedTable(result)) return result;
    first ??= result;
  }
  return first;
}
