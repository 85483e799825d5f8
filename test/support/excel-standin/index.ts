/** An in-memory stand-in for the Excel JavaScript API: see globals.ts for how tests install it. */
export { createExcelStandin, type ExcelStandin } from './globals';
export { StandinHost, EXCEL_WEB_PAYLOAD_LIMIT, jsonBytes, type StandinOptions, type StandinStats } from './host';
export { StandinError, type StandinErrorCode } from './errors';
export { newWorkbook, findSheet, cellKey, type WorkbookState, type SheetState, type CellState } from './state';
export { parseAddress, formatRect, columnLetters } from './address';
export { effectiveFormat } from './range-format';
export { toWorkbookSnapshot } from './snapshot';
