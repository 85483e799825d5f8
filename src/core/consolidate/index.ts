export { consolidate } from './consolidate';
export { undoLastConsolidation, type UndoResult } from './undo';
export { missingReturns } from './missing-returns';
export { deriveStatus, deriveTaskRow } from './derive';
export { fieldForHeader, FIELD_HEADERS, OWNED_FIELDS, WATCHED_FIELDS, parseStatus } from './fields';
export { LEDGER_ROW_UNIT } from './change-fields';
export { RETURN_META_SHEET, RETURN_SHEET, SUPPORTED_RETURN_SCHEMA } from './schema';
export { MSG as CONSOLIDATE_MESSAGES } from './messages';
export * from './types';
