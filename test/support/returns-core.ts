/**
 * Builds ParsedReturns the way read-return would from a filled file, for tests of the pure
 * core: start from the unit's ReturnPlan, change cells as the unit would.
 */
import type { ReturnPlan, ReturnPlanRow } from '../../src/core/distribute';
import type { ParsedReturn, ReturnFieldKey, ReturnRow } from '../../src/core/consolidate/types';

export const PLAN_COLUMNS: ReturnFieldKey[] = ['id', 'category', 'task', 'leadUnits', 'coUnits', 'deadline', 'status', 'progress', 'evidence', 'contact', 'phone'];
const FIRST_DATA_ROW = 6;

export type RowEdits = Partial<Record<keyof ReturnPlanRow, string>>;

export function parsedFromPlan(
  plan: ReturnPlan,
  edits: Record<string, RowEdits> = {},
  options: { file?: string; modifiedAt?: string; columns?: ReturnFieldKey[] } = {},
): ParsedReturn {
  const columns = options.columns ?? PLAN_COLUMNS;
  const rows: ReturnRow[] = plan.rows.map((r, i) => {
    const values = { ...r, ...edits[r.id] } as Record<string, string>;
    const row = FIRST_DATA_ROW + i;
    const fields: ReturnRow['fields'] = {};
    columns.forEach((key, c) => {
      fields[key] = { text: values[key] ?? '', cell: `${String.fromCharCode(65 + c)}${row}` };
    });
    return { row, fields };
  });
  return {
    kind: 'return',
    file: options.file ?? plan.fileName,
    sheet: '报送表',
    ...(options.modifiedAt ? { modifiedAt: options.modifiedAt } : {}),
    meta: { ledgerId: plan.ledgerId, unit: plan.unit, round: plan.round, schemaVersion: 1 },
    columns,
    rows,
    findings: [],
  };
}
