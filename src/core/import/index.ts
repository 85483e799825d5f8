export { importBreakdown } from './import-breakdown';
export { importWorkbook, importedTable, type SheetRows } from './import-workbook';
export { columnLetter } from './finding-place';
export type { BreakdownInput, GridMerge, ImportOptions, ImportResult } from './types';
export { splitUnitList, readUnitCells, type UnitAssignment } from './unit-cells';
export { parseSectionHeading, type SectionHeading } from './section-heading';
export { findTitleAndYear } from './plan-year';
export { assignTaskIds } from './task-ids';
export { parseChineseNumeral, toChineseNumeral } from './chinese-numeral';
