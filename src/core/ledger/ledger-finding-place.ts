/**
 * Findings about tasks placed on the ledger sheet: the row the task was read from and the cell
 * of the field (`任务台账 E5`). Findings that already name a sheet are kept as they are.
 */
import type { Finding, FindingField } from '../finding';
import type { Ledger } from './ledger';

export interface LedgerSheetPlace {
  file: string;
  sheet: string;
  /** Column letter of each field's column on that sheet. */
  columns: Partial<Record<FindingField, string>>;
}

export function placeOnLedger(findings: readonly Finding[], ledger: Ledger, place: LedgerSheetPlace): Finding[] {
  const rows = new Map(ledger.tasks.map((t) => [t.id, t.source?.row]));
  return findings.map((f) => {
    if (f.sheet !== undefined) return f;
    const row = f.taskId === undefined ? undefined : rows.get(f.taskId);
    const out: Finding = { ...f, file: place.file };
    if (row === undefined) return out;
    const letter = f.field === undefined ? undefined : place.columns[f.field];
    return { ...out, sheet: place.sheet, row, ...(letter !== undefined && { cell: `${letter}${row}` }) };
  });
}
