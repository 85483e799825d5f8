/**
 * The stand-in workbook as a renderer-neutral WorkbookSnapshot (test/support/workbook-snapshot.ts),
 * so the layout contract can compare the Office.js renderer with the ExcelJS one.
 */
import { charactersFromPoints } from '../../../src/excel/column-width';
import type { SheetSnapshot, SnapshotCell, SnapshotFont, WorkbookSnapshot } from '../workbook-snapshot';
import { columnLetters, formatRect } from './address';
import { keyToCell, layerValue, type SheetState, type WorkbookState } from './state';

const H_ALIGN: Record<string, SnapshotCell['hAlign']> = { Left: 'left', Center: 'center', Right: 'right' };
const V_ALIGN: Record<string, SnapshotCell['vAlign']> = { Top: 'top', Center: 'middle', Bottom: 'bottom' };
const LOWER: Record<string, 'stop' | 'warning' | 'information'> = { Stop: 'stop', Warning: 'warning', Information: 'information' };

function colour(value: unknown): string | undefined {
  return typeof value === 'string' ? value.replace(/^#/, '').toUpperCase() : undefined;
}

function stripEquals(formula: string): string {
  return formula.replace(/^=/, '');
}

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight';
const INSIDE: Record<Edge, 'InsideHorizontal' | 'InsideVertical'> = { EdgeTop: 'InsideHorizontal', EdgeBottom: 'InsideHorizontal', EdgeLeft: 'InsideVertical', EdgeRight: 'InsideVertical' };

/** The colour of one edge of a cell: from the last layer that draws it (an edge of the range, or an inside line). */
function edgeColour(sheet: SheetState, row: number, column: number, edge: Edge): string | undefined {
  for (let i = sheet.formats.length - 1; i >= 0; i--) {
    const l = sheet.formats[i];
    const { rect } = l;
    if (!l.key.startsWith('borders.') || !l.key.endsWith('.style')) continue;
    if (row < rect.row || row >= rect.row + rect.rowCount || column < rect.column || column >= rect.column + rect.columnCount) continue;
    const onEdge = { EdgeTop: row === rect.row, EdgeBottom: row === rect.row + rect.rowCount - 1, EdgeLeft: column === rect.column, EdgeRight: column === rect.column + rect.columnCount - 1 }[edge];
    const index = onEdge ? edge : INSIDE[edge];
    if (l.key !== `borders.${index}.style`) continue;
    if (l.value === 'None') return undefined;
    return colour(layerValue(sheet.formats, `borders.${index}.color`, row, column)) ?? '000000';
  }
  return undefined;
}

function cellStyle(sheet: SheetState, row: number, column: number, cell: SnapshotCell): void {
  const at = (key: string): unknown => layerValue(sheet.formats, key, row, column);
  const font: SnapshotFont = {};
  if (at('font.name') !== undefined) font.name = at('font.name') as string;
  if (at('font.size') !== undefined) font.size = at('font.size') as number;
  if (at('font.bold') === true) font.bold = true;
  if (at('font.color') !== undefined) font.color = colour(at('font.color'));
  if (Object.keys(font).length > 0) cell.font = font;
  if (at('fill.color') !== undefined) cell.fill = colour(at('fill.color'));
  if (at('wrapText') === true) cell.wrap = true;
  const h = H_ALIGN[at('horizontalAlignment') as string];
  if (h) cell.hAlign = h;
  const v = V_ALIGN[at('verticalAlignment') as string];
  if (v) cell.vAlign = v;
  const edges = (['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const).map((e) => edgeColour(sheet, row, column, e));
  if (edges[0] !== undefined && edges.every((e) => e === edges[0])) cell.border = edges[0];
  if (at('protection.locked') === false) cell.locked = false;
}

function cellsOf(sheet: SheetState): Record<string, SnapshotCell> {
  const cells: Record<string, SnapshotCell> = {};
  const keys = [...sheet.cells.keys()].sort((a, b) => a - b);
  for (const key of keys) {
    const state = sheet.cells.get(key)!;
    if (state.formula === undefined && state.value === '') continue;
    const { row, column } = keyToCell(key);
    const cell: SnapshotCell = state.formula !== undefined ? { formula: stripEquals(state.formula) } : { value: state.value };
    if (state.numberFormat !== undefined) cell.numFmt = state.numberFormat;
    cellStyle(sheet, row, column, cell);
    cells[`${columnLetters(column)}${row + 1}`] = cell;
  }
  return cells;
}

function rowHeightsOf(sheet: SheetState): Record<number, number> {
  const heights: Record<number, number> = {};
  for (const l of sheet.formats) {
    if (l.key !== 'rowHeight' || l.rect.rowCount > 10_000) continue;
    for (let r = l.rect.row; r < l.rect.row + l.rect.rowCount; r++) heights[r + 1] = l.value as number;
  }
  return heights;
}

function printOf(sheet: SheetState): SheetSnapshot['print'] {
  const p = sheet.pageLayout;
  const points = (v: number): number => Math.round((v / 72) * 10_000) / 10_000;
  return {
    orientation: p.orientation === 'Landscape' ? 'landscape' : 'portrait',
    paperSize: p.paperSize,
    fitToWidth: p.zoom.horizontalFitToPages,
    fitToHeight: p.zoom.verticalFitToPages,
    printTitleRows: p.printTitleRows?.replace(/\$/g, ''),
    margins: { left: points(p.margins.left), right: points(p.margins.right), top: points(p.margins.top), bottom: points(p.margins.bottom), header: points(p.margins.header), footer: points(p.margins.footer) },
    centerHeader: p.headersFooters.centerHeader,
    centerFooter: p.headersFooters.centerFooter,
  };
}

function sheetSnapshot(state: WorkbookState, sheet: SheetState): SheetSnapshot {
  const columnWidths: Record<string, number> = {};
  for (const [c, w] of [...sheet.columnWidths].sort((a, b) => a[0] - b[0])) columnWidths[columnLetters(c)] = charactersFromPoints(w);
  const options = sheet.protection.options ?? {};
  return {
    name: sheet.name,
    visibility: sheet.visibility === 'Visible' ? 'visible' : 'hidden',
    cells: cellsOf(sheet),
    columnWidths,
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b).map(columnLetters),
    rowHeights: rowHeightsOf(sheet),
    merges: sheet.merges.map(formatRect),
    validations: sheet.validations.map((v) => {
      const type = v.rule.list ? 'list' : 'custom';
      const formula = v.rule.list ? String(v.rule.list.source) : v.rule.custom?.formula ?? '';
      return { range: formatRect(v.rect), type, formula: stripEquals(formula), allowBlank: v.ignoreBlanks, errorStyle: LOWER[v.errorAlert?.style ?? 'Stop'], errorTitle: v.errorAlert?.title, error: v.errorAlert?.message };
    }),
    conditionalFormats: [...sheet.conditionalFormats]
      .sort((a, b) => a.priority - b.priority)
      .map((cf) => ({ range: formatRect(cf.rect), formula: stripEquals(cf.formula), fill: colour(cf.fillColor), fontColor: colour(cf.fontColor), priority: cf.priority + 1, stopIfTrue: cf.stopIfTrue })),
    freeze: sheet.freeze.rows === 0 && sheet.freeze.columns === 0 ? null : { ...sheet.freeze },
    print: printOf(sheet),
    protection: sheet.protection.protected
      ? { protected: true, allowSort: options.allowSort, allowAutoFilter: options.allowAutoFilter, allowFormatColumns: options.allowFormatColumns, allowFormatRows: options.allowFormatRows, allowInsertRows: options.allowInsertRows }
      : null,
    tables: [...state.tables.values()].filter((t) => t.sheetId === sheet.id).map((t) => ({ name: t.name, ref: formatRect(t.rect), style: t.style, headerRow: t.hasHeaders })),
    tabColor: sheet.tabColor ? colour(sheet.tabColor) : undefined,
  };
}

export function toWorkbookSnapshot(state: WorkbookState): WorkbookSnapshot {
  return {
    sheets: state.sheets.map((s) => sheetSnapshot(state, s)),
    definedNames: state.names.map((n) => ({ name: n.name, ref: stripEquals(n.formula) })),
  };
}
