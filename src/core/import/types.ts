import type { Finding } from '../finding';
import type { Unit } from '../ledger';
import type { Task } from '../ledger';
import type { PdfPage } from './pdf-page';
import type { ChosenColumns } from './chosen-columns';

export type { ChosenColumns } from './chosen-columns';

/** What a breakdown arrives as. Each kind has a reader that turns it into rows of cells. */
export type BreakdownInput =
  | { kind: 'text'; text: string }
  | { kind: 'grid'; rows: string[][]; sheet?: string; merges?: GridMerge[] }
  | { kind: 'docx'; documentXml: string }
  /** A PDF's pages as src/pdf reads them: text with positions and the lines drawn. */
  | { kind: 'pdf'; pages: PdfPage[] };

/** A merged range of a grid, 0-based and inclusive (as the sheet's merge list gives it). */
export interface GridMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ImportOptions {
  /** Overrides the year found in the document (the CLI's --year). */
  planYear?: number;
  /** Named in every finding. */
  file?: string;
  /** The user's 单位名录: when given, unit names are checked against it. */
  directory?: Unit[];
  /** The columns a person chose (指定列): the table is read by them instead of by its header's names. */
  columns?: ChosenColumns;
}

export interface ImportResult {
  /** null when neither the document nor the options name one (an error finding says so). */
  planYear: number | null;
  title: string;
  tasks: Task[];
  findings: Finding[];
  units: Unit[];
  /** What the importer decided that a person may want to know (skipped rows, conventions used). */
  notes: string[];
}

/** One row as a reader delivers it: cells in column order, its 1-based source row. */
export interface SourceRow {
  row: number;
  cells: string[];
  /** A page or table break comes right before this row (a blank line, a new w:tbl). */
  breakBefore: boolean;
  /** Columns whose cell continues a vertical merge from the row above (blank here, same value). */
  continued?: number[];
  /** Columns covered by a cell merged across from their left (blank here: the text is the left cell's). */
  spanned?: number[];
  /**
   * A `|` row ending in blank cells: a page store pads a row lacking merged cells to the header's
   * width with them, so they may stand for cells it lacks (see alignCopiedRows).
   */
  padded?: boolean;
  /** A PDF's row: its page, and its row in the table drawn on that page (see PdfRowPlace). */
  place?: { page: number; row?: number };
}

/** The reader's output: rows, plus text around the table (title lines) already included as rows. */
export interface SourceTable {
  rows: SourceRow[];
  sheet?: string;
  /** Whether a finding can name an A1 cell (true for grids). */
  hasCellAddresses: boolean;
}
