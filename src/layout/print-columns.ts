/**
 * Column widths of printed tables, from each column's share of the page. Spreadsheets measure a
 * width in characters of the workbook's default font (Calibri 11), and renderers differ: Excel
 * counts 7 px (5.25 pt) per character plus 5 px, LibreOffice without the Carlito font measures
 * DejaVu Sans (7 pt per character). Given the renderer's metrics, the layout sizes the columns
 * to fill the printable width at 100%, so the text prints at its own size and the row heights
 * (fixed in points) alone decide the page breaks.
 */
export interface ColumnMetrics {
  /** Points per width unit (one character of the default font). */
  unitPoints: number;
  /** Points every column adds to its width. */
  paddingPoints: number;
}

export const EXCEL_COLUMN_METRICS: ColumnMetrics = { unitPoints: 5.25, paddingPoints: 3.75 };
/** LibreOffice on a machine without Carlito: Calibri falls back to DejaVu Sans. */
export const LIBREOFFICE_DEJAVU_METRICS: ColumnMetrics = { unitPoints: 7, paddingPoints: 0 };

/** The part of the printable width the table takes: a little room for rounding and borders. */
const TABLE_SHARE_OF_PAGE = 0.97;

/** Metrics of LibreOffice by the font it uses for Calibri (fontconfig's match); unknown fonts count as DejaVu Sans. */
export function libreOfficeMetrics(calibriSubstitute: string): ColumnMetrics {
  const family = calibriSubstitute.trim().toLowerCase();
  if (family === 'carlito' || family === 'calibri') return { unitPoints: 5.6, paddingPoints: 0 };
  if (family === 'liberation sans' || family === 'arimo' || family === 'arial') return { unitPoints: 6.1, paddingPoints: 0 };
  return LIBREOFFICE_DEJAVU_METRICS;
}

/** Width units for a column `points` wide; never exactly 9 (ExcelJS drops that width). */
export function widthUnits(points: number, metrics: ColumnMetrics): number {
  const units = Math.floor(((points - metrics.paddingPoints) / metrics.unitPoints) * 4) / 4;
  return units === 9 ? 8.75 : units;
}

export function columnPoints(units: number, metrics: ColumnMetrics): number {
  return units * metrics.unitPoints + metrics.paddingPoints;
}

/** Column widths in units for the given shares of a table `printableWidth` points wide. */
export function columnWidths(shares: readonly number[], printableWidth: number, metrics: ColumnMetrics): number[] {
  const total = shares.reduce((a, b) => a + b, 0);
  return shares.map((share) => widthUnits((share / total) * printableWidth * TABLE_SHARE_OF_PAGE, metrics));
}
