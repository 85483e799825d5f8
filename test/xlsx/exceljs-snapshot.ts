/** Reads an .xlsx back with ExcelJS into the renderer-neutral WorkbookSnapshot. */
import ExcelJS from 'exceljs';
import { columnLetter, rangeAddress, sheetRef } from '../../src/layout/a1';
import type {
  SheetSnapshot,
  SnapshotCell,
  SnapshotConditionalFormat,
  SnapshotValidation,
  WorkbookSnapshot,
} from '../support/workbook-snapshot';

const MS_PER_DAY = 86_400_000;

function rgb(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  return color?.argb ? color.argb.slice(-6).toUpperCase() : undefined;
}

function dateSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + 25569;
}

function content(cell: ExcelJS.Cell): Pick<SnapshotCell, 'value' | 'formula'> {
  const v = cell.value;
  if (v === null || v === undefined || v === '') return {};
  if (v instanceof Date) return { value: dateSerial(v) };
  if (typeof v === 'object') {
    if ('formula' in v && v.formula) return { formula: v.formula };
    if ('sharedFormula' in v) return { formula: cell.formula };
    if ('richText' in v) return { value: v.richText.map((r) => r.text).join('') };
    if ('text' in v) return { value: String(v.text) };
    return {};
  }
  return { value: v as string | number | boolean };
}

function borderColour(border: Partial<ExcelJS.Borders> | undefined): string | undefined {
  if (!border) return undefined;
  const sides = [border.top, border.left, border.bottom, border.right];
  if (!sides.every((s) => s?.style === 'thin')) return undefined;
  const colours = new Set(sides.map((s) => rgb(s?.color)));
  return colours.size === 1 ? [...colours][0] : undefined;
}

function snapshotCell(cell: ExcelJS.Cell): SnapshotCell {
  const out: SnapshotCell = { ...content(cell) };
  const s = cell.style;
  if (s.numFmt) out.numFmt = s.numFmt;
  if (s.font) {
    const font = { ...(s.font.name && { name: s.font.name }), ...(s.font.size && { size: s.font.size }), ...(s.font.bold && { bold: true }), ...(rgb(s.font.color) && { color: rgb(s.font.color) }) };
    if (Object.keys(font).length > 0) out.font = font;
  }
  if (s.fill?.type === 'pattern' && s.fill.pattern === 'solid') out.fill = rgb(s.fill.fgColor);
  if (s.alignment?.wrapText) out.wrap = true;
  const h = s.alignment?.horizontal;
  if (h === 'left' || h === 'center' || h === 'right') out.hAlign = h;
  const va = s.alignment?.vertical;
  if (va === 'top' || va === 'middle' || va === 'bottom') out.vAlign = va;
  const border = borderColour(s.border);
  if (border) out.border = border;
  if (s.protection?.locked === false) out.locked = false;
  return out;
}

type CellValidation = ExcelJS.DataValidation & { errorStyle?: string; errorTitle?: string; error?: string };

/** ExcelJS expands each validation to every cell it covers (one shared object): fold them back into ranges. */
function validations(ws: ExcelJS.Worksheet): SnapshotValidation[] {
  const model = (ws as unknown as { dataValidations: { model: Record<string, CellValidation | undefined> } }).dataValidations.model;
  const groups = new Map<CellValidation, { top: number; left: number; bottom: number; right: number }>();
  for (const [address, v] of Object.entries(model)) {
    if (!v) continue;
    const cell = ws.getCell(address);
    const row = Number(cell.row);
    const col = Number(cell.col);
    const g = groups.get(v);
    if (!g) groups.set(v, { top: row, left: col, bottom: row, right: col });
    else Object.assign(g, { top: Math.min(g.top, row), left: Math.min(g.left, col), bottom: Math.max(g.bottom, row), right: Math.max(g.right, col) });
  }
  return [...groups].map(([v, g]) => ({
    range: rangeAddress(g.top, g.left, g.bottom, g.right),
    type: v.type === 'list' ? 'list' : 'custom',
    formula: String(v.formulae?.[0] ?? '').replace(/^=/, ''),
    allowBlank: v.allowBlank === true,
    errorStyle: (v.errorStyle ?? 'stop') as SnapshotValidation['errorStyle'],
    ...(v.errorTitle !== undefined && { errorTitle: v.errorTitle }),
    ...(v.error !== undefined && { error: v.error }),
  }));
}

function conditionalFormats(ws: ExcelJS.Worksheet): SnapshotConditionalFormat[] {
  const list = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
  return list.flatMap((cf) =>
    cf.rules.map((rule) => {
      const r = rule as ExcelJS.ExpressionRuleType & { stopIfTrue?: boolean };
      const fill = r.style?.fill?.type === 'pattern' ? rgb(r.style.fill.bgColor) ?? rgb(r.style.fill.fgColor) : undefined;
      const out: SnapshotConditionalFormat = { range: cf.ref, formula: String(r.formulae?.[0] ?? ''), priority: r.priority, stopIfTrue: r.stopIfTrue === true };
      if (fill) out.fill = fill;
      const fontColor = rgb(r.style?.font?.color);
      if (fontColor) out.fontColor = fontColor;
      return out;
    }),
  );
}

function stripCategory(text: string | undefined): string | undefined {
  return text === undefined ? undefined : text.replace(/^&C/, '');
}

function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const cells: Record<string, SnapshotCell> = {};
  const rowHeights: Record<number, number> = {};
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.height !== undefined) rowHeights[rowNumber] = row.height;
    row.eachCell({ includeEmpty: false }, (cell) => {
      const snap = snapshotCell(cell);
      if (snap.value !== undefined || snap.formula !== undefined) cells[cell.address] = snap;
    });
  });
  const columnWidths: Record<string, number> = {};
  const hiddenColumns: string[] = [];
  for (let c = 1; c <= ws.columnCount; c++) {
    const col = ws.getColumn(c);
    if (col.width !== undefined) columnWidths[columnLetter(c)] = col.width;
    if (col.hidden) hiddenColumns.push(columnLetter(c));
  }
  const view = ws.views[0];
  const p = ws.pageSetup;
  const protection = (ws as unknown as { sheetProtection?: Record<string, boolean> | null }).sheetProtection;
  const tables = Object.values((ws as unknown as { tables: Record<string, { model: ExcelJS.TableProperties & { tableRef: string } }> }).tables);
  return {
    name: ws.name,
    visibility: ws.state === 'visible' ? 'visible' : 'hidden',
    cells,
    columnWidths,
    hiddenColumns,
    rowHeights,
    merges: [...((ws.model as unknown as { merges?: string[] }).merges ?? [])],
    validations: validations(ws),
    conditionalFormats: conditionalFormats(ws),
    freeze: view && view.state === 'frozen' ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } : null,
    print: {
      orientation: p.orientation,
      ...(p.paperSize === 9 && { paperSize: 'A4' }),
      ...(p.fitToPage && { fitToWidth: p.fitToWidth, fitToHeight: p.fitToHeight }),
      ...(p.printTitlesRow && { printTitleRows: p.printTitlesRow.replace(/\$/g, '') }),
      ...(p.margins && { margins: { ...p.margins } }),
      ...(ws.headerFooter?.oddHeader && { centerHeader: stripCategory(ws.headerFooter.oddHeader) }),
      ...(ws.headerFooter?.oddFooter && { centerFooter: stripCategory(ws.headerFooter.oddFooter) }),
    },
    protection: protection
      ? {
          protected: protection.sheet === true,
          allowSort: protection.sort === true,
          allowAutoFilter: protection.autoFilter === true,
          allowFormatColumns: protection.formatColumns === true,
          allowFormatRows: protection.formatRows === true,
          allowInsertRows: protection.insertRows === true,
        }
      : null,
    tables: tables.map((t) => ({ name: t.model.name, ref: t.model.tableRef, style: t.model.style?.theme, headerRow: t.model.headerRow !== false })),
    ...(rgb(ws.properties.tabColor) && { tabColor: rgb(ws.properties.tabColor) }),
  };
}

/** `'设置'!$B$2` → `设置!$B$2`: quotes only where a formula needs them (the snapshot's normal form). */
function unquoteSheet(ref: string): string {
  const m = /^'((?:[^']|'')+)'!(.*)$/.exec(ref);
  if (!m) return ref;
  const name = m[1].replace(/''/g, "'");
  return `${sheetRef(name)}!${m[2]}`;
}

export async function snapshotXlsx(buffer: Buffer): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const names = (wb.definedNames.model as Array<{ name: string; ranges: string[] }>)
    .filter((n) => !n.name.startsWith('_xlnm'))
    .map((n) => ({ name: n.name, ref: n.ranges.map(unquoteSheet).join(',') }));
  return { sheets: wb.worksheets.map(sheetSnapshot), definedNames: names };
}
