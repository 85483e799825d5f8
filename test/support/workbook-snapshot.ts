/**
 * A renderer-neutral picture of a rendered workbook, for the layout contract
 * (test/layout/ledger-layout.contract.ts). The xlsx side fills it by reading the written file
 * back with ExcelJS; the Office.js side from its in-memory stand-in.
 *
 * Normal form (both sides produce exactly this):
 * - formulas without the leading `=`; colours `RRGGBB` upper-case; dates as Excel serial numbers;
 * - only cells that hold a value or formula are listed in `cells`; empty strings are not values;
 * - style properties are present only when set (`wrap: true`, `bold: true`, …).
 */
export type SnapshotValue = string | number | boolean;

export interface SnapshotFont {
  name?: string;
  size?: number;
  bold?: boolean;
  color?: string;
}

export interface SnapshotCell {
  value?: SnapshotValue;
  formula?: string;
  numFmt?: string;
  font?: SnapshotFont;
  fill?: string;
  wrap?: boolean;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
  /** Colour of the thin border, when all four sides have one. */
  border?: string;
  /** False when the cell is unlocked (matters on protected sheets). */
  locked?: boolean;
}

export interface SnapshotValidation {
  /** A1 range, e.g. `I2:I1002`. */
  range: string;
  type: 'list' | 'custom';
  /** The list source or custom formula, without `=`. */
  formula: string;
  allowBlank: boolean;
  errorStyle: 'stop' | 'warning' | 'information';
  errorTitle?: string;
  error?: string;
}

export interface SnapshotConditionalFormat {
  range: string;
  formula: string;
  fill?: string;
  fontColor?: string;
  priority: number;
  stopIfTrue: boolean;
}

export interface SnapshotPrint {
  orientation?: 'landscape' | 'portrait';
  /** `A4` when the paper is A4. */
  paperSize?: string;
  fitToWidth?: number;
  fitToHeight?: number;
  printTitleRows?: string;
  margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Center sections of header and footer, without the `&C` code. */
  centerHeader?: string;
  centerFooter?: string;
}

export interface SnapshotProtection {
  protected: boolean;
  allowSort?: boolean;
  allowAutoFilter?: boolean;
  allowFormatColumns?: boolean;
  allowFormatRows?: boolean;
  allowInsertRows?: boolean;
}

export interface SnapshotTable {
  name: string;
  /** A1 range including the header row, e.g. `A1:O60`. */
  ref: string;
  style?: string;
  headerRow: boolean;
}

export interface SheetSnapshot {
  name: string;
  visibility: 'visible' | 'hidden';
  /** Keyed by A1 address. */
  cells: Record<string, SnapshotCell>;
  /** Column letter → width. */
  columnWidths: Record<string, number>;
  hiddenColumns: string[];
  /** 1-based row → height, for rows with a set height. */
  rowHeights: Record<number, number>;
  merges: string[];
  validations: SnapshotValidation[];
  conditionalFormats: SnapshotConditionalFormat[];
  freeze: { rows: number; columns: number } | null;
  print: SnapshotPrint;
  protection: SnapshotProtection | null;
  tables: SnapshotTable[];
  tabColor?: string;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  definedNames: Array<{ name: string; ref: string }>;
}

export function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name} in snapshot (have ${snapshot.sheets.map((s) => s.name).join(', ')})`);
  return sheet;
}

/** The cell at an address, or an empty cell. */
export function cellOf(sheet: SheetSnapshot, address: string): SnapshotCell {
  return sheet.cells[address] ?? {};
}
