/**
 * What the stand-in workbook holds. Everything written through the API lands here, so a test
 * can inspect it (and simulate a user's edits by changing it directly).
 */
import type { Rect } from './address';

export type CellValue = string | number | boolean;

export interface CellState {
  value: CellValue;
  /** `=…` when the cell holds a formula (A1 notation, as written). */
  formula?: string;
  /** Absent means `General`. */
  numberFormat?: string;
  /** Set through `Range.hyperlink`; a later write of the value keeps it, as Excel does. */
  hyperlink?: { address: string; textToDisplay?: string };
}

/** One format write on a range ("fill.color" = "#FF0000"); a cell's format is the last layer covering it. */
export interface FormatLayer {
  rect: Rect;
  key: string;
  value: unknown;
}

export interface ValidationState {
  rect: Rect;
  rule: Excel.DataValidationRule;
  errorAlert?: Excel.DataValidationErrorAlert;
  prompt?: Excel.DataValidationPrompt;
  ignoreBlanks: boolean;
}

export interface ConditionalFormatState {
  id: string;
  rect: Rect;
  type: string;
  formula: string;
  fillColor?: string;
  fontColor?: string;
  bold?: boolean;
  priority: number;
  stopIfTrue: boolean;
}

export interface TableState {
  id: string;
  name: string;
  rect: Rect;
  hasHeaders: boolean;
  style: string;
  showBandedRows: boolean;
  showFilterButton: boolean;
}

export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  zoom: Excel.PageLayoutZoomOptions;
  printTitleRows?: string;
  printArea?: string;
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  centerHorizontally: boolean;
  headersFooters: Record<string, string>;
}

export interface SheetState {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<number, CellState>;
  formats: FormatLayer[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  validations: ValidationState[];
  conditionalFormats: ConditionalFormatState[];
  freeze: { rows: number; columns: number };
  hiddenColumns: Set<number>;
  merges: Rect[];
  showGridlines: boolean;
  pageLayout: PageLayoutState;
  protection: { protected: boolean; options?: Excel.WorksheetProtectionOptions; password?: string };
  tabColor: string;
}

export interface NamedItemState {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export interface WorkbookState {
  sheets: SheetState[];
  activeSheetId: string;
  names: NamedItemState[];
  tables: Map<string, TableState & { sheetId: string }>;
  nextId: number;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;
export const DEFAULT_FONT = { name: 'Calibri', size: 11 };

export function cellKey(row: number, column: number): number {
  return row * 16_384 + column;
}

export function keyToCell(key: number): { row: number; column: number } {
  return { row: Math.floor(key / 16_384), column: key % 16_384 };
}

export function newSheet(state: WorkbookState, name: string): SheetState {
  return {
    id: `sheet-${state.nextId++}`,
    name,
    visibility: 'Visible',
    cells: new Map(),
    formats: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    validations: [],
    conditionalFormats: [],
    freeze: { rows: 0, columns: 0 },
    hiddenColumns: new Set(),
    merges: [],
    showGridlines: true,
    pageLayout: {
      orientation: 'Portrait',
      paperSize: 'Letter',
      zoom: { scale: 100 },
      margins: { top: 54, bottom: 54, left: 50.4, right: 50.4, header: 21.6, footer: 21.6 },
      centerHorizontally: false,
      headersFooters: {},
    },
    protection: { protected: false },
    tabColor: '',
  };
}

/** A new workbook as Excel makes one: a single empty sheet `Sheet1`. */
export function newWorkbook(): WorkbookState {
  const state: WorkbookState = { sheets: [], activeSheetId: '', names: [], tables: new Map(), nextId: 1 };
  const first = newSheet(state, 'Sheet1');
  state.sheets.push(first);
  state.activeSheetId = first.id;
  return state;
}

export function findSheet(state: WorkbookState, name: string): SheetState | undefined {
  const lower = name.toLowerCase();
  return state.sheets.find((s) => s.name.toLowerCase() === lower);
}

/** The last layer covering a cell, per key (format layers are few; cells are many). */
export function layerValue(layers: readonly FormatLayer[], key: string, row: number, column: number): unknown {
  for (let i = layers.length - 1; i >= 0; i--) {
    const l = layers[i];
    if (l.key === key && row >= l.rect.row && row < l.rect.row + l.rect.rowCount && column >= l.rect.column && column < l.rect.column + l.rect.columnCount) {
      return l.value;
    }
  }
  return undefined;
}
