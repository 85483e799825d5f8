/**
 * An in-memory stand-in for the Excel JavaScript API, for testing src/excel without Excel.
 *
 *   const standin = createExcelStandin({ maxApiVersion: '1.8' });   // Office 2019
 *   await withStandin(standin, () => renderLedger(ledger));         // globals Excel, Office, restored after
 *   standin.host.stats.syncs / .largestRequestBytes / .highestApiUsed
 *   toWorkbookSnapshot(standin.host.state)                          // for the layout contract
 *   await standin.Excel.run(async (ctx) => { … })                   // a user's edits
 *
 * Like Excel: reads before load + sync throw PropertyNotLoaded; writes land at sync, in order;
 * wrong-shaped arrays, requests over 5 MB, newer APIs than the host has, writes to locked cells
 * of protected sheets are refused with Excel's error codes. Unlike Excel: formulas are not
 * calculated (a formula cell reads as ''), and only the members our code uses exist.
 * No Node-only APIs: test/e2e bundles it for the browser.
 */
export { createExcelStandin, type ExcelStandin } from './globals';
export { withStandin } from './with-standin';
export { StandinHost, EXCEL_WEB_PAYLOAD_LIMIT, jsonBytes, type StandinOptions, type StandinStats } from './host';
export { StandinError, type StandinErrorCode } from './errors';
export { newWorkbook, findSheet, cellKey, type WorkbookState, type SheetState, type CellState } from './state';
export { parseAddress, formatRect, columnLetters } from './address';
export { effectiveFormat } from './range-format';
export { toWorkbookSnapshot } from './snapshot';
