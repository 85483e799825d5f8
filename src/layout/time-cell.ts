/** The cell of a time column (更新时间, 报送时间, 时间) in a DATE_TIME column. */
import { isIsoDateTime } from '../core/deadline';
import type { CellContent } from './types';

/**
 * A date-time the ledger wrote is a real date-time cell (filterable, shown `2026-12-06 05:08`);
 * any other text (typed by hand, from an older tool) stays text, kept as text by the `@` format.
 */
export function timeCell(value: string): CellContent {
  if (value === '') return { value: null };
  if (isIsoDateTime(value)) return { dateTime: value };
  return { value, style: { numFmt: '@' } };
}
