import { CHOSEN_ROLES, headerRole, ROLE_LABELS, type ChosenColumns, type TablePreview } from '../core/import';
import { columnLetter, columnNumber } from '../layout/a1';
import { CliError } from './cli-error';
import { halfWidth } from './options';

/** How the option is written, for its help and its errors. */
export const COLUMNS_EXAMPLE = '表头=2,任务=B,牵头=C,时限=D';

/**
 * `--columns 表头=2,任务=B,牵头=C,配合=D,时限=E`: the columns of a table the importer could not
 * read by itself (指定列). A key is a column's name as a header would write it (工作任务, 牵头单位,
 * 时限, 备注 …, read by the importer's own header words), or 表头 (the header's row; 无 when the table
 * has none) or 工作表 (a workbook's sheet); a column is its letter or its number from 1.
 */
export function parseColumnsOption(value: string): ChosenColumns {
  const columns: ChosenColumns['columns'] = {};
  let headerRow: number | null | undefined;
  let sheet: string | undefined;
  for (const part of value.split(/[,，;；]/).map((p) => p.trim()).filter((p) => p !== '')) {
    const m = /^([^=＝:：]+)[=＝:：](.+)$/.exec(part);
    if (!m) throw bad(value, `“${part}”应写成“名称=列”`);
    const [key, given] = [m[1].trim(), m[2].trim()];
    if (key === '工作表') {
      sheet = given;
      continue;
    }
    if (key === '表头' || key === '表头行') {
      headerRow = headerRowValue(value, given);
      continue;
    }
    const role = headerRole(key);
    if (role === null || role === 'other' || !CHOSEN_ROLES.includes(role)) throw bad(value, `不认识“${key}”，可用：表头、${CHOSEN_ROLES.map((r) => ROLE_LABELS[r]).join('、')}、工作表`);
    if (columns[role] !== undefined) throw bad(value, `“${ROLE_LABELS[role]}”指定了两次`);
    columns[role] = columnIndex(value, given);
  }
  if (headerRow === undefined) throw bad(value, '须写明表头所在的行，如“表头=2”（表中没有表头时写“表头=无”）');
  return { headerRow, columns, ...(sheet !== undefined ? { sheet } : {}) };
}

function headerRowValue(value: string, given: string): number | null {
  if (given === '无' || given === '0') return null;
  const n = Number(halfWidth(given));
  if (!Number.isInteger(n) || n < 1) throw bad(value, `表头行“${given}”应为行号，如“表头=2”`);
  return n;
}

/** `B` or `2` → 1 (0-based). */
function columnIndex(value: string, given: string): number {
  const text = halfWidth(given).toUpperCase();
  if (/^[A-Z]{1,2}$/.test(text)) return columnNumber(text) - 1;
  const n = Number(text.replace(/^第|列$/g, ''));
  if (!Number.isInteger(n) || n < 1) throw bad(value, `列“${given}”应为列字母或从1起的列号，如“B”或“2”`);
  return n - 1;
}

function bad(value: string, why: string): CliError {
  return new CliError(`--columns“${value}”无法读取：${why}。写法如 --columns ${COLUMNS_EXAMPLE}`);
}

/** The preview as the terminal shows it: each row's number, then its cells under their column letters. */
export function previewText(preview: TablePreview): string {
  if (preview.rows.length === 0 || preview.width < 2) return '';
  const cell = (text: string): string => (text.length > 16 ? `${text.slice(0, 15)}…` : text);
  const lines = preview.rows.map((r) => `  第${r.row}行  ${r.cells.map((c, i) => `${columnLetter(i + 1)}:${cell(c)}`).filter((c) => !c.endsWith(':')).join(' | ')}`);
  const guess = preview.guess ? `\n（本程序猜测：--columns ${guessText(preview.guess)}）` : '';
  return `\n表格的前几行如下，可用 --columns 指定各列后再导入，如 --columns ${COLUMNS_EXAMPLE}：\n${lines.join('\n')}${guess}`;
}

function guessText(guess: ChosenColumns): string {
  const parts = CHOSEN_ROLES.filter((r) => guess.columns[r] !== undefined).map((r) => `${ROLE_LABELS[r]}=${columnLetter(guess.columns[r]! + 1)}`);
  return [`表头=${guess.headerRow ?? '无'}`, ...parts].join(',');
}
