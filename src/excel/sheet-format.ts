/** A sheet's look as write steps: column styles and widths, header row, cell overrides, row heights, merges. */
import { cellAddress, columnLetter, rangeAddress } from '../layout/a1';
import type { CellContent, SheetLayout } from '../layout/types';
import { applyCellStyle, hexColour } from './cell-style';
import { pointsFromCharacters } from './column-width';
import { step, type WriteStep } from './request-plan';

/** Rows the column styles cover: the data rows, and the one blank row a table keeps when empty. */
export function styledRowCount(sheet: SheetLayout): number {
  return sheet.table ? Math.max(sheet.rows.length, 1) : sheet.rows.length;
}

function columnSteps(sheet: SheetLayout): WriteStep {
  const rows = styledRowCount(sheet);
  return step((context) => {
    const ws = context.workbook.worksheets.getItem(sheet.name);
    sheet.columns.forEach((column, j) => {
      const letter = columnLetter(j + 1);
      const whole = ws.getRange(`${letter}:${letter}`);
      whole.format.columnWidth = pointsFromCharacters(column.width);
      if (column.hidden) whole.columnHidden = true;
      if (rows > 0) applyCellStyle(ws.getRange(rangeAddress(sheet.headerRow + 1, j + 1, sheet.headerRow + rows, j + 1)), column.style, rows > 1);
    });
  }, sheet.columns);
}

function headerStep(sheet: SheetLayout): WriteStep {
  return step((context) => {
    const ws = context.workbook.worksheets.getItem(sheet.name);
    if (sheet.columns.length === 0) return;
    const header = ws.getRange(rangeAddress(sheet.headerRow, 1, sheet.headerRow, sheet.columns.length));
    applyCellStyle(header, sheet.headerStyle, sheet.columns.length > 1);
    header.format.rowHeight = sheet.headerHeight;
    for (const [row, height] of Object.entries(sheet.rowHeights)) {
      if (Number(row) <= sheet.headerRow) ws.getRange(`${row}:${row}`).format.rowHeight = height;
    }
  });
}

interface StyledCell {
  address: string;
  content: CellContent;
}

/** Cells carrying their own style: in the preamble (no column style), or overriding their column's. */
function styledCells(sheet: SheetLayout): StyledCell[] {
  const cells: StyledCell[] = [];
  (sheet.preamble ?? []).forEach((row, i) => row.forEach((content, j) => content.style && cells.push({ address: cellAddress(i + 1, j + 1), content })));
  sheet.rows.forEach((row, i) => row.forEach((content, j) => content.style && cells.push({ address: cellAddress(sheet.headerRow + 1 + i, j + 1), content })));
  return cells;
}

function cellStyleSteps(sheet: SheetLayout): WriteStep[] {
  const cells = styledCells(sheet);
  if (cells.length === 0) return [];
  return [
    step((context) => {
      const ws = context.workbook.worksheets.getItem(sheet.name);
      for (const { address, content } of cells) applyCellStyle(ws.getRange(address), content.style ?? {}, false);
    }, cells.map((c) => c.content.style)),
  ];
}

function sheetOptionsStep(sheet: SheetLayout, gridlines: boolean): WriteStep {
  return step((context) => {
    const ws = context.workbook.worksheets.getItem(sheet.name);
    for (const merge of sheet.merges ?? []) ws.getRange(merge).merge(false);
    if (sheet.tabColor !== undefined) ws.tabColor = hexColour(sheet.tabColor);
    if (gridlines && sheet.showGridLines !== undefined) ws.showGridlines = sheet.showGridLines;
  }, sheet.merges);
}

/** `gridlines`: whether the host has ExcelApi 1.8 (showGridlines). */
export function formatSteps(sheet: SheetLayout, gridlines: boolean): WriteStep[] {
  return [columnSteps(sheet), headerStep(sheet), ...cellStyleSteps(sheet), sheetOptionsStep(sheet, gridlines)];
}
