/** One SheetLayout drawn on an ExcelJS worksheet. */
import type ExcelJS from 'exceljs';
import { toExcelDateTimeSerial, toExcelSerial } from '../core/deadline';
import { columnLetter } from '../layout/a1';
import type { CellContent, CellStyle, ConditionalFormatSpec, ProtectionSpec, SheetLayout, ValidationSpec } from '../layout/types';
import { argb, mergeStyles, toExcelStyle } from './exceljs-style';

const A4 = 9;

export function cellValue(content: CellContent): ExcelJS.CellValue {
  if ('formula' in content) return { formula: content.formula } as ExcelJS.CellFormulaValue;
  if ('date' in content) return toExcelSerial(content.date);
  if ('dateTime' in content) return toExcelDateTimeSerial(content.dateTime) ?? content.dateTime;
  if (content.link !== undefined && typeof content.value === 'string') return { text: content.value, hyperlink: content.link };
  return content.value;
}

function drawTable(ws: ExcelJS.Worksheet, sheet: SheetLayout): void {
  if (!sheet.table) return;
  const blankRow = sheet.columns.map(() => null);
  const rows = sheet.rows.length > 0 ? sheet.rows.map((r) => r.map(cellValue)) : [blankRow];
  ws.addTable({
    name: sheet.table.name,
    displayName: sheet.table.name,
    ref: `A${sheet.headerRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: sheet.table.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: sheet.table.showRowStripes },
    columns: sheet.columns.map((c) => ({ name: c.header, filterButton: sheet.table?.showFilterButton ?? false })),
    rows,
  });
}

function drawCells(ws: ExcelJS.Worksheet, sheet: SheetLayout): void {
  const header = ws.getRow(sheet.headerRow);
  const headerStyle = toExcelStyle(sheet.headerStyle);
  sheet.columns.forEach((col, j) => {
    const cell = header.getCell(j + 1);
    if (!sheet.table) cell.value = col.header;
    cell.style = headerStyle;
  });
  header.height = sheet.headerHeight;
  const columnStyles = sheet.columns.map((c) => toExcelStyle(c.style));
  // A cell's own style over its column's, drawn once per (column, style): 100,000 rows of a few
  // styles share their style objects, which ExcelJS then writes once instead of once per cell.
  // Shared like the column styles above (protect() sets `protection` on them for a whole column).
  const cellStyles = sheet.columns.map(() => new Map<string, Partial<ExcelJS.Style>>());
  const styleOf = (j: number, style: CellStyle): Partial<ExcelJS.Style> => {
    // Keys set to undefined count: over the column's style they unset what it sets.
    const key = Object.entries(style).map(([k, v]) => `${k}=${v === undefined ? 'undefined' : JSON.stringify(v)}`).join(';');
    let drawn = cellStyles[j].get(key);
    if (!drawn) {
      drawn = toExcelStyle(mergeStyles(sheet.columns[j].style, style));
      cellStyles[j].set(key, drawn);
    }
    return drawn;
  };
  // A merge's change rows share their time: each date-time is converted once.
  const serials = new Map<string, ExcelJS.CellValue>();
  const valueOf = (content: CellContent): ExcelJS.CellValue => {
    if (!('dateTime' in content)) return cellValue(content);
    let value = serials.get(content.dateTime);
    if (value === undefined) {
      value = cellValue(content);
      serials.set(content.dateTime, value);
    }
    return value;
  };
  const dataRows = sheet.table && sheet.rows.length === 0 ? 1 : sheet.rows.length;
  for (let i = 0; i < dataRows; i++) {
    const row = ws.getRow(sheet.headerRow + 1 + i);
    for (let j = 0; j < sheet.columns.length; j++) {
      const cell = row.getCell(j + 1);
      const content = sheet.rows[i]?.[j];
      if (content && !sheet.table) cell.value = valueOf(content);
      cell.style = content?.style ? styleOf(j, content.style) : columnStyles[j];
    }
  }
  for (const [row, height] of Object.entries(sheet.rowHeights)) ws.getRow(Number(row)).height = height;
}

/** ExcelJS takes a width of exactly 9 for its default and drops it (Excel then shows 8.43). */
function exceljsWidth(width: number): number {
  return width === 9 ? 9.01 : width;
}

function drawColumns(ws: ExcelJS.Worksheet, sheet: SheetLayout): void {
  sheet.columns.forEach((col, j) => {
    const column = ws.getColumn(j + 1);
    column.width = exceljsWidth(col.width);
    if (col.hidden) column.hidden = true;
  });
}

/** ExcelJS keeps range validations here (its typings omit it); one entry per range, written as one sqref. */
interface WithValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

function addValidation(ws: ExcelJS.Worksheet, v: ValidationSpec): void {
  (ws as unknown as WithValidations).dataValidations.add(v.range, {
    type: v.rule.kind,
    allowBlank: v.allowBlank,
    formulae: [v.rule.kind === 'list' ? v.rule.source : v.rule.formula],
    showErrorMessage: true,
    errorStyle: v.errorStyle,
    errorTitle: v.errorTitle,
    error: v.error,
    ...(v.prompt !== undefined && { showInputMessage: true, promptTitle: v.promptTitle, prompt: v.prompt }),
  });
}

/** ExcelJS cannot write stopIfTrue: the ledger's rules are mutually exclusive and do not need it. */
function addConditionalFormats(ws: ExcelJS.Worksheet, formats: ConditionalFormatSpec[]): void {
  for (const f of formats) {
    const style: Partial<ExcelJS.Style> = {};
    if (f.fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(f.fill) } };
    if (f.fontColor || f.bold) style.font = { ...(f.fontColor && { color: { argb: argb(f.fontColor) } }), ...(f.bold && { bold: true }) };
    ws.addConditionalFormatting({
      ref: f.range,
      rules: [{ type: 'expression', formulae: [f.formula], priority: f.priority, style }],
    });
  }
}

function setPrint(ws: ExcelJS.Worksheet, sheet: SheetLayout): void {
  const p = sheet.print;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: p.orientation,
    paperSize: p.paperSize === 'A4' ? A4 : undefined,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
    margins: p.margins,
    ...(p.printTitleRows && { printTitlesRow: p.printTitleRows }),
  };
  ws.headerFooter = {
    differentFirst: false,
    differentOddEven: false,
    ...(p.centerHeader !== undefined && { oddHeader: `&C${p.centerHeader}` }),
    ...(p.centerFooter !== undefined && { oddFooter: `&C${p.centerFooter}` }),
  };
}

async function protect(ws: ExcelJS.Worksheet, sheet: SheetLayout, protection: ProtectionSpec): Promise<void> {
  const unlocked = sheet.columns.flatMap((c, j) => (protection.unlockedColumns.includes(c.key) ? [j + 1] : []));
  for (let r = sheet.headerRow + 1; r <= protection.editableToRow; r++) {
    for (const c of unlocked) {
      const cell = ws.getRow(r).getCell(c);
      cell.protection = { locked: false };
    }
  }
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    sort: protection.allowSort,
    autoFilter: protection.allowAutoFilter,
    formatColumns: protection.allowFormatColumns,
    formatRows: protection.allowFormatRows,
    insertRows: protection.allowInsertRows,
  });
}

export async function renderSheet(wb: ExcelJS.Workbook, sheet: SheetLayout): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.visibility,
    ...(sheet.tabColor && { properties: { tabColor: { argb: argb(sheet.tabColor) } } }),
  });
  const { rows, columns } = sheet.freeze;
  ws.views = rows > 0 || columns > 0
    ? [{ state: 'frozen', xSplit: columns, ySplit: rows, topLeftCell: `${columnLetter(columns + 1)}${rows + 1}` }]
    : [];
  drawColumns(ws, sheet);
  drawTable(ws, sheet);
  drawCells(ws, sheet);
  sheet.validations.forEach((v) => addValidation(ws, v));
  addConditionalFormats(ws, sheet.conditionalFormats);
  setPrint(ws, sheet);
  if (sheet.protection) await protect(ws, sheet, sheet.protection);
}
