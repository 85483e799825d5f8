/**
 * Draws a WorkbookLayout into the open workbook: the layout's sheets replace any of the same
 * name, the defined names are re-made, and (for a ledger) a blank workbook's empty sheets make
 * way. Reads once, then writes in as few requests as the 4 MB budget allows (one, up to many
 * thousands of rows).
 */
import type { SheetLayout, WorkbookLayout } from '../layout/types';
import { packRequests, sendRequests, step, type WriteStep } from './request-plan';
import { dataContentSteps, headerContentSteps } from './sheet-content';
import { formatSteps } from './sheet-format';
import { printSteps } from './sheet-print';
import { protectionSteps, ruleSteps } from './sheet-rules';
import { readOpenWorkbook, type OpenWorkbook } from './workbook-state';

/** What the host lacks, so the pane can say what was left out. */
export interface HostFeatures {
  /** ExcelApi 1.8: data validation and grid-line settings. */
  validations: boolean;
  /** ExcelApi 1.9: page layout (print setup). */
  print: boolean;
}

export interface RenderReport {
  sheets: string[];
  syncs: number;
  requests: number;
  features: HostFeatures;
}

export interface RenderOptions {
  /** `first`: the layout's sheets lead the tabs (a ledger); `end`: they follow the others (a printout). */
  placement: 'first' | 'end';
  /** Delete the other sheets when all of them are empty (a new workbook's Sheet1). */
  clearBlankWorkbook: boolean;
}

export function hostFeatures(): HostFeatures {
  const supports = (version: string): boolean => Office.context.requirements.isSetSupported('ExcelApi', version);
  return { validations: supports('1.8'), print: supports('1.9') };
}

const OLD_PREFIX = '~TL-old-';

/** Old sheets are renamed out of the way first, so the new ones (and their table) can take the names. */
function replaceSheetsStep(layout: WorkbookLayout, open: OpenWorkbook, options: RenderOptions): WriteStep {
  const wanted = new Set(layout.sheets.map((s) => s.name.toLowerCase()));
  const old = open.sheets.filter((s) => wanted.has(s.name.toLowerCase()) || s.name.startsWith(OLD_PREFIX));
  const others = open.sheets.filter((s) => !old.includes(s));
  const clearOthers = options.clearBlankWorkbook && others.every((s) => s.empty);
  const firstPosition = options.placement === 'first' || clearOthers ? 0 : others.length;
  const defined = new Set(layout.names.map((n) => n.name.toLowerCase()));
  return step((context) => {
    const sheets = context.workbook.worksheets;
    old.forEach((s, i) => { sheets.getItem(s.name).name = `${OLD_PREFIX}${i + 1}`; });
    for (const name of open.names) if (defined.has(name.toLowerCase())) context.workbook.names.getItem(name).delete();
    for (const sheet of layout.sheets) sheets.add(sheet.name);
    old.forEach((_, i) => sheets.getItem(`${OLD_PREFIX}${i + 1}`).delete());
    if (clearOthers) for (const s of others) sheets.getItem(s.name).delete();
    layout.sheets.forEach((sheet, i) => { sheets.getItem(sheet.name).position = firstPosition + i; });
  });
}

function namesStep(layout: WorkbookLayout): WriteStep {
  return step((context) => {
    for (const n of layout.names) context.workbook.names.add(n.name, `=${n.ref}`);
  }, layout.names);
}

function finishStep(sheets: readonly SheetLayout[]): WriteStep {
  const firstVisible = sheets.find((s) => s.visibility === 'visible');
  return step((context) => {
    const ws = context.workbook.worksheets;
    if (firstVisible) ws.getItem(firstVisible.name).activate();
    for (const s of sheets) if (s.visibility === 'hidden') ws.getItem(s.name).visibility = 'Hidden';
  });
}

/** Every write, in the order Excel needs: sheets, looks and rules first, then the rows, then protection. */
export function planWorkbook(layout: WorkbookLayout, open: OpenWorkbook, features: HostFeatures, options: RenderOptions): WriteStep[] {
  const structure = layout.sheets.flatMap((s) => [
    ...headerContentSteps(s),
    ...formatSteps(s, features.validations),
    ...ruleSteps(s, features.validations),
    ...(features.print ? printSteps(s) : []),
  ]);
  return [
    replaceSheetsStep(layout, open, options),
    ...structure,
    namesStep(layout),
    ...layout.sheets.flatMap(dataContentSteps),
    ...layout.sheets.flatMap(protectionSteps),
    finishStep(layout.sheets),
  ];
}

/** Without options the sheets go after the others and nothing else is touched (safe for printouts). */
export const APPEND: RenderOptions = { placement: 'end', clearBlankWorkbook: false };

export async function renderWorkbookLayout(layout: WorkbookLayout, options: RenderOptions = APPEND): Promise<RenderReport> {
  const features = hostFeatures();
  return Excel.run(async (context) => {
    const open = await readOpenWorkbook(context);
    const requests = packRequests(planWorkbook(layout, open, features, options));
    await sendRequests(context, requests);
    return { sheets: layout.sheets.map((s) => s.name), syncs: 2 + requests.length, requests: requests.length, features };
  });
}
