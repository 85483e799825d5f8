/** The stand-in's workbook as the add-in test reads it back, from inside the page. */
import type { Page } from 'playwright-core';
import { TASK_HEADERS } from '../../../src/core/ledger/ledger-fields';
import { SHEETS } from '../../../src/layout/ledger-names';

/** A sheet of the stand-in's workbook as text rows (0-based), read in the page. */
export async function sheetRows(page: Page, name: string): Promise<string[][] | null> {
  return page.evaluate((sheetName) => {
    const sheet = window.__standin.host.state.sheets.find((s) => s.name === sheetName);
    if (!sheet) return null;
    const rows: string[][] = [];
    for (const [key, cell] of sheet.cells) {
      const r = Math.floor(key / 16_384);
      (rows[r] ??= [])[key % 16_384] = String(cell.value);
    }
    return Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? ''));
  }, name);
}

/** status and progress of a task in the stand-in's 任务台账. */
export async function modelTask(page: Page, taskId: string): Promise<{ status: string; progress: string }> {
  const rows = (await sheetRows(page, SHEETS.tasks))!;
  const header = rows[0];
  const row = rows.find((r) => r[header.indexOf(TASK_HEADERS.id)] === taskId)!;
  return { status: row[header.indexOf(TASK_HEADERS.status)] ?? '', progress: row[header.indexOf(TASK_HEADERS.progress)] ?? '' };
}
