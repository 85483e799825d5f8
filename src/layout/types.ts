/**
 * The declarative description of a workbook: what every sheet holds and how it looks.
 * Built by pure functions from a Ledger (src/layout/ledger-*.ts) and drawn by two renderers:
 * src/xlsx (ExcelJS) and src/excel (Office.js). Renderers add nothing of their own.
 *
 * Conventions every renderer follows:
 * - Formulas (cell formulas, conditional-format formulas, custom validation formulas, list
 *   sources, defined-name references) are written WITHOUT the leading `=`, with English
 *   function names and commas. Renderers add `=` where their API wants it (Office.js does).
 * - Conditional-format and validation formulas are relative to the top-left cell of `range`.
 * - Colours are `RRGGBB` hex strings, without `#` or alpha.
 * - A `value` string is always text, even when it starts with `=`: renderers never turn it
 *   into a formula (values from returned files are data).
 * - A cell's `style` is merged shallowly over its column's `style` (a `font` replaces the font).
 * - Rows are 1-based; `rows[0]` of a sheet is the row just below the header row.
 * - Widths are Excel character widths; heights are points; margins are inches.
 */
import type { IsoDate, IsoDateTime } from '../core/deadline';

export type LayoutValue = string | number | boolean | null;

/**
 * What a cell holds. A `date` is a real date (whole days), a `dateTime` a real date-time
 * (`2026-12-06T05:08:43`, to the second): renderers write their serial numbers.
 */
export type CellContent = ({ value: LayoutValue } | { formula: string } | { date: IsoDate } | { dateTime: IsoDateTime }) & {
  /** Overrides of the column's data style for this one cell (e.g. a bold total row). */
  style?: CellStyle;
  /** With a text `value`: the cell is a hyperlink to this address, showing the value (src/layout/link-cell.ts). */
  link?: string;
};

export interface FontSpec {
  name?: string;
  size?: number;
  bold?: boolean;
  color?: string;
}

export type HorizontalAlignment = 'left' | 'center' | 'right';
export type VerticalAlignment = 'top' | 'middle' | 'bottom';

export interface CellStyle {
  /** Excel number format, e.g. `yyyy-mm-dd`, `0`, `0.0%`, `@`. */
  numFmt?: string;
  font?: FontSpec;
  /** Solid fill colour. */
  fill?: string;
  wrap?: boolean;
  hAlign?: HorizontalAlignment;
  vAlign?: VerticalAlignment;
  /** Thin border on all four sides, in this colour. */
  border?: string;
}

export interface ColumnSpec {
  /** Stable machine key (`status`, `due` …); readers find columns by header, code by key. */
  key: string;
  /** Header text in row `headerRow`. */
  header: string;
  /** Width in Excel character units. */
  width: number;
  /** Style of the data cells of this column (header cells use the sheet's `headerStyle`). */
  style: CellStyle;
  hidden?: boolean;
}

/**
 * An Excel table (ListObject) over the header row and the data rows — at least one data row:
 * with no rows, the table covers one blank row (Excel refuses a table of headers only).
 */
export interface TableSpec {
  name: string;
  /** Built-in style name, e.g. `TableStyleMedium2`. LibreOffice ignores it: cells carry explicit styles too. */
  style: string;
  showRowStripes: boolean;
  showFilterButton: boolean;
}

export type ValidationRule =
  /** Drop-down from a range address on a sheet, e.g. `单位名录!$A$2:$A$500` (never an inline list). */
  | { kind: 'list'; source: string }
  | { kind: 'custom'; formula: string };

export interface ValidationSpec {
  /** A1 range on this sheet, e.g. `I2:I5001`. */
  range: string;
  rule: ValidationRule;
  allowBlank: boolean;
  /** `stop` refuses the value; `warning` asks and lets the user keep it. */
  errorStyle: 'stop' | 'warning' | 'information';
  errorTitle: string;
  error: string;
  promptTitle?: string;
  prompt?: string;
}

export interface ConditionalFormatSpec {
  /** A1 range on this sheet; `formula` is relative to its top-left cell. */
  range: string;
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  /** 1 = evaluated first. Our rules are written mutually exclusive, so order never decides colour. */
  priority: number;
  stopIfTrue: boolean;
}

export interface Margins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

export interface PrintSpec {
  orientation: 'landscape' | 'portrait';
  paperSize: 'A4';
  /** Fit to this many pages wide; `fitToHeight` 0 = as many pages tall as needed. */
  fitToWidth: number;
  fitToHeight: number;
  /** Rows repeated on every printed page, e.g. `1:1`; undefined = none. */
  printTitleRows?: string;
  margins: Margins;
  /** Excel header/footer codes (`&C— &P —`). Literal `&` is written `&&`. */
  centerHeader?: string;
  centerFooter?: string;
  /** Centre the printed area between the left and right margins (printed status tables). */
  horizontalCentered?: boolean;
}

/**
 * Sheet protection. Locked cells cannot be edited; `unlockedColumns` (column keys) stay
 * editable from the first data row down to `editableToRow`.
 */
export interface ProtectionSpec {
  unlockedColumns: string[];
  editableToRow: number;
  allowSort: boolean;
  allowAutoFilter: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertRows: boolean;
}

export interface SheetLayout {
  name: string;
  visibility: 'visible' | 'hidden';
  /** Row of the column headers (the first row is 1). Data starts on the next row. */
  headerRow: number;
  headerStyle: CellStyle;
  headerHeight: number;
  columns: ColumnSpec[];
  /** Data rows, `rows[i][j]` is row `headerRow + 1 + i`, column `j` (same order as `columns`). */
  rows: CellContent[][];
  table?: TableSpec;
  validations: ValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  /** Frozen rows above / columns left of the scrolling area. */
  freeze: { rows: number; columns: number };
  /** Fixed heights of given rows (1-based); rows not listed are fitted to their wrapped text. */
  rowHeights: Record<number, number>;
  print: PrintSpec;
  /** Undefined: the sheet is not protected. */
  protection?: ProtectionSpec;
  tabColor?: string;
  /**
   * Rows above the header row (rows 1 … headerRow-1), e.g. a printed title and its date line;
   * `preamble[i][j]` is row i+1, column j. Cells without `style` get no column style.
   */
  preamble?: CellContent[][];
  /** Merged ranges in A1 form (`A1:G1`); the top-left cell holds the content and the style. */
  merges?: string[];
  /** Grid lines on screen; undefined = the host's default (shown). */
  showGridLines?: boolean;
}

/** A workbook-level defined name, e.g. `TL_DUE_SOON_DAYS` → `设置!$B$7`. */
export interface NamedRange {
  name: string;
  /** Absolute reference, no `=`, sheet name quoted when it needs quotes. */
  ref: string;
}

export interface WorkbookLayout {
  sheets: SheetLayout[];
  names: NamedRange[];
}
