/** A sheet's behaviour as write steps: table, validations, conditional formats, freeze panes, protection. */
import { columnLetter, rangeAddress } from '../layout/a1';
import type { ConditionalFormatSpec, SheetLayout, ValidationSpec } from '../layout/types';
import { hexColour } from './cell-style';
import { styledRowCount } from './sheet-format';
import { step, type WriteStep } from './request-plan';

const ALERT_STYLE = { stop: 'Stop', warning: 'Warning', information: 'Information' } as const;

function tableStep(sheet: SheetLayout): WriteStep[] {
  const table = sheet.table;
  if (!table) return [];
  const address = rangeAddress(sheet.headerRow, 1, sheet.headerRow + styledRowCount(sheet), sheet.columns.length);
  return [
    step((context) => {
      const added = context.workbook.worksheets.getItem(sheet.name).tables.add(address, true);
      added.name = table.name;
      added.style = table.style;
      added.showBandedRows = table.showRowStripes;
      added.showFilterButton = table.showFilterButton;
    }),
  ];
}

function applyValidation(ws: Excel.Worksheet, spec: ValidationSpec): void {
  const validation = ws.getRange(spec.range).dataValidation;
  validation.clear();
  validation.rule = spec.rule.kind === 'list' ? { list: { inCellDropDown: true, source: `=${spec.rule.source}` } } : { custom: { formula: `=${spec.rule.formula}` } };
  validation.ignoreBlanks = spec.allowBlank;
  validation.errorAlert = { showAlert: true, style: ALERT_STYLE[spec.errorStyle], title: spec.errorTitle, message: spec.error };
  if (spec.prompt !== undefined) validation.prompt = { showPrompt: true, title: spec.promptTitle ?? '', message: spec.prompt };
}

/** Excel puts each new conditional format first; setting `priority` afterwards gives the layout's order. */
function applyConditionalFormat(ws: Excel.Worksheet, spec: ConditionalFormatSpec): void {
  const cf = ws.getRange(spec.range).conditionalFormats.add('Custom');
  cf.custom.rule.formula = `=${spec.formula}`;
  if (spec.fill !== undefined) cf.custom.format.fill.color = hexColour(spec.fill);
  if (spec.fontColor !== undefined) cf.custom.format.font.color = hexColour(spec.fontColor);
  if (spec.bold !== undefined) cf.custom.format.font.bold = spec.bold;
  cf.stopIfTrue = spec.stopIfTrue;
  cf.priority = spec.priority - 1;
}

/** `validations`: whether the host has ExcelApi 1.8 (dataValidation). */
export function ruleSteps(sheet: SheetLayout, validations: boolean): WriteStep[] {
  const cfs = [...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority);
  return [
    ...tableStep(sheet),
    step((context) => {
      const ws = context.workbook.worksheets.getItem(sheet.name);
      if (validations) for (const spec of sheet.validations) applyValidation(ws, spec);
      for (const spec of cfs) applyConditionalFormat(ws, spec);
      const { rows, columns } = sheet.freeze;
      if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(ws.getRange(rangeAddress(1, 1, rows, columns)));
      else if (rows > 0) ws.freezePanes.freezeRows(rows);
      else if (columns > 0) ws.freezePanes.freezeColumns(columns);
    }, [sheet.validations, cfs]),
  ];
}

/** Last of all: unlock the editable columns, then protect (a protected sheet refuses further writes). */
export function protectionSteps(sheet: SheetLayout): WriteStep[] {
  const p = sheet.protection;
  if (!p) return [];
  return [
    step((context) => {
      const ws = context.workbook.worksheets.getItem(sheet.name);
      for (const key of p.unlockedColumns) {
        const j = sheet.columns.findIndex((c) => c.key === key);
        if (j < 0) continue;
        const letter = columnLetter(j + 1);
        ws.getRange(`${letter}${sheet.headerRow + 1}:${letter}${Math.max(p.editableToRow, sheet.headerRow + 1)}`).format.protection.locked = false;
      }
      ws.protection.protect({
        allowSort: p.allowSort,
        allowAutoFilter: p.allowAutoFilter,
        allowFormatColumns: p.allowFormatColumns,
        allowFormatRows: p.allowFormatRows,
        allowInsertRows: p.allowInsertRows,
      });
    }),
  ];
}
