/** The printable workbook (推进情况表, 单位汇总) as .xlsx: the print layout drawn with the ledger's renderer. */
import JSZip from 'jszip';
import { guardZip } from './zip-guard';
import { LEDGER_ZIP_LIMITS } from './zip-limits';
import type { WorkbookLayout } from '../layout/types';
import { drawSheetExtras } from './print-sheet-extras';
import { renderWorkbook, workbookBuffer } from './render-workbook';

export async function writePrintXlsx(layout: WorkbookLayout): Promise<Buffer> {
  const wb = await renderWorkbook(layout);
  for (const sheet of layout.sheets) {
    const ws = wb.getWorksheet(sheet.name);
    if (!ws) throw new Error(`sheet not rendered: ${sheet.name}`);
    drawSheetExtras(ws, sheet);
  }
  return workbookBuffer(wb);
}

/** Whether `bytes` are a workbook `writePrintXlsx` made (sheets 推进情况表 and 单位汇总 only): print may replace it. */
export async function isPrintWorkbook(bytes: Uint8Array, sheetNames: readonly string[]): Promise<boolean> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const entry = zip.file('xl/workbook.xml');
    if (!entry || (await guardZip(bytes, LEDGER_ZIP_LIMITS, zip)) !== null) return false;
    const xml = await entry.async('string');
    const names = [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
    return names.length === sheetNames.length && names.every((n) => sheetNames.includes(n));
  } catch {
    return false;
  }
}
