/** A WorkbookLayout drawn into a new ExcelJS workbook. */
import ExcelJS from 'exceljs';
import type { WorkbookLayout } from '../layout/types';
import { renderSheet } from './render-sheet';

export async function renderWorkbook(layout: WorkbookLayout): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '任务台账助手';
  // Formulas are written without cached results: ask Excel to compute everything on open.
  wb.calcProperties = { fullCalcOnLoad: true };
  for (const sheet of layout.sheets) await renderSheet(wb, sheet);
  for (const name of layout.names) wb.definedNames.add(name.ref, name.name);
  return wb;
}

export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
