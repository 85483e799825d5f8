/** Print setup (ExcelApi 1.9 page layout): paper, orientation, fit to width, titles, margins, header and footer. */
import type { SheetLayout } from '../layout/types';
import { step, type WriteStep } from './request-plan';

export function printSteps(sheet: SheetLayout): WriteStep[] {
  const p = sheet.print;
  return [
    step((context) => {
      const layout = context.workbook.worksheets.getItem(sheet.name).pageLayout;
      layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      layout.paperSize = p.paperSize;
      // Set both: some builds ignore a lone horizontalFitToPages (OFFICE-NOTES).
      layout.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight };
      layout.setPrintMargins('Inches', { ...p.margins });
      if (p.printTitleRows !== undefined) layout.setPrintTitleRows(`$${p.printTitleRows.replace(':', ':$')}`);
      if (p.horizontalCentered !== undefined) layout.centerHorizontally = p.horizontalCentered;
      if (p.centerHeader !== undefined) layout.headersFooters.defaultForAllPages.centerHeader = p.centerHeader;
      if (p.centerFooter !== undefined) layout.headersFooters.defaultForAllPages.centerFooter = p.centerFooter;
    }),
  ];
}
