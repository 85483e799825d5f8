import { buildPrintLayout } from '../../src/layout/print-layout';
import { columnPoints, columnWidths, EXCEL_COLUMN_METRICS, LIBREOFFICE_DEJAVU_METRICS, libreOfficeMetrics, widthUnits } from '../../src/layout/print-columns';
import { keepHeadingsWithNext, pageArea, pageStarts } from '../../src/layout/print-pages';
import { DEFAULT_PRINT_FONTS } from '../../src/layout/print-style';
import { statusSheet } from '../../src/layout/status-sheet';
import type { SheetLayout } from '../../src/layout/types';
import { buildStatusTable } from '../../src/core/report/status-table';
import { printedFixtureLedger, PRINT_TODAY } from '../xlsx/print-fixture-ledger';

describe('column widths for the renderer', () => {
  it('knows LibreOffice by the font it draws Calibri with', () => {
    expect(libreOfficeMetrics('DejaVu Sans')).toEqual(LIBREOFFICE_DEJAVU_METRICS);
    expect(libreOfficeMetrics('Carlito')).toEqual({ unitPoints: 5.6, paddingPoints: 0 });
    expect(libreOfficeMetrics('Liberation Sans')).toEqual({ unitPoints: 6.1, paddingPoints: 0 });
    expect(libreOfficeMetrics('')).toEqual(LIBREOFFICE_DEJAVU_METRICS);
  });

  it('fills 97% of the printable width at 100%, in Excel and in LibreOffice', () => {
    for (const metrics of [EXCEL_COLUMN_METRICS, LIBREOFFICE_DEJAVU_METRICS]) {
      const widths = columnWidths([5, 28, 13, 9, 9, 24, 12], 637.8, metrics);
      const total = widths.reduce((sum, w) => sum + columnPoints(w, metrics), 0);
      expect(total).toBeLessThanOrEqual(637.8 * 0.97);
      expect(total).toBeGreaterThan(637.8 * 0.95);
    }
    expect(columnWidths([5, 28, 13, 9, 9, 24, 12], 637.8, LIBREOFFICE_DEJAVU_METRICS)).toEqual([4.25, 24.5, 11.25, 7.75, 7.75, 21, 10.5]);
  });

  it('never writes a width of exactly 9 (ExcelJS drops it)', () => {
    expect(widthUnits(9 * 7, LIBREOFFICE_DEJAVU_METRICS)).toBe(8.75);
    expect(widthUnits(9.25 * 7, LIBREOFFICE_DEJAVU_METRICS)).toBe(9.25);
  });
});

describe('page breaks', () => {
  /** Rows 1–3 title, date, header; 4–6 tasks 100 pt; 7 a heading; 8 a task. */
  function sheet(): SheetLayout {
    const layout = statusSheet(buildStatusTable(printedFixtureLedger(), { today: PRINT_TODAY, by: 'category' }), { fonts: DEFAULT_PRINT_FONTS, columns: EXCEL_COLUMN_METRICS });
    return { ...layout, rowHeights: { 1: 42, 2: 24, 3: 30, 4: 100, 5: 100, 6: 100, 7: 22, 8: 100, 9: 100 } };
  }

  it('measures the landscape A4 page inside the GB/T 9704 margins', () => {
    expect(pageArea(sheet())).toEqual({ width: 841.89 - (1.378 + 1.457) * 72, height: 595.28 - (1.102 + 1.024) * 72 });
  });

  it('breaks where the next row does not fit, with the header row repeated on later pages', () => {
    expect(pageStarts(sheet(), 9)).toEqual([8]);
    expect(pageStarts(sheet(), 9, { ...sheet().rowHeights, 8: 300, 9: 200 })).toEqual([8, 9]);
  });

  it('pads the row above a heading that would end a page, so the heading starts the next one', () => {
    const heights = keepHeadingsWithNext(sheet(), [7], 9);
    expect(heights[6]).toBe(Math.floor(100 + (pageArea(sheet()).height - 396) - 3));
    expect(pageStarts(sheet(), 9, heights)).toEqual([7]);
    expect(keepHeadingsWithNext(sheet(), [8], 9)).toEqual(sheet().rowHeights);
  });

  it('leaves no heading at the bottom of a page in the fixture\'s status table', () => {
    const layout = buildPrintLayout(printedFixtureLedger(), { today: PRINT_TODAY, by: 'category' }).sheets[0];
    const lastRow = layout.headerRow + layout.rows.length;
    const headingRows = layout.rows.flatMap((r, i) => ('value' in r[0] && typeof r[0].value === 'string' ? [layout.headerRow + 1 + i] : []));
    expect(headingRows.length).toBe(12);
    const starts = pageStarts(layout, lastRow);
    expect(starts.length).toBeGreaterThan(3);
    expect(headingRows.filter((row) => starts.includes(row + 1))).toEqual([]);
  });
});
