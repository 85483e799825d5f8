/**
 * A returned cell as plain text. Values from returns are data: a formula contributes only its
 * cached result (never the formula, never an external link), rich text its characters, a
 * hyperlink its text and address, a date its ISO day.
 */
import type ExcelJS from 'exceljs';

export interface CellText {
  text: string;
  /** The cell held a formula (its cached value was taken). */
  formula: boolean;
}

function valueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) {
    const text = valueText(value.text as ExcelJS.CellValue);
    return text === '' || text === value.hyperlink ? value.hyperlink : `${text} ${value.hyperlink}`;
  }
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return valueText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  return '';
}

export function cellText(cell: ExcelJS.Cell): CellText {
  const value = cell.value;
  const formula = value !== null && typeof value === 'object' && !(value instanceof Date) && ('formula' in value || 'sharedFormula' in value);
  return { text: valueText(value), formula };
}
