/**
 * Draws a WorkbookLayout into the open workbook: the layout's sheets replace any of the same
 * name (kept aside until the new ones are written, put back if writing fails), the defined names
 * are re-made, and (for a ledger) a blank workbook's empty sheets make way. Reads once, then
 * writes in as few requests as the 4 MB budget allows (one, up to many thousands of rows).
 */
import type { SheetLayout, WorkbookLayout } from '../layout/types';
import { packRequests, sendRequests, step, type WriteStep } from './request-plan';
import { dataContentSteps, headerContentSteps } from './sheet-content';
import { formatSteps } from './sheet-format';
import { printSteps } from './sheet-print';
import { protectionSteps, ruleSteps } from './sheet-rules';
import { beginReplace, endReplace, planReplace, rollbackReplace, type ReplacePlan } from './replace-plan';
import { readOpenWorkbook } from './workbook-state';

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

function beginStep(layout: WorkbookLayout, plan: ReplacePlan): WriteStep {
  return step((context) => beginReplace(context, layout, plan));
}

function namesStep(layout: WorkbookLayout, plan: ReplacePlan): WriteStep {
  return step((context) => {
    for (const name of plan.names) context.workbook.names.getItem(name).delete();
    for (const n of layout.names) context.workbook.names.add(n.name, `=${n.ref}`);
  }, layout.names);
}

function finishStep(sheets: readonly SheetLayout[], plan: ReplacePlan): WriteStep {
  const firstVisible = sheets.find((s) => s.visibility === 'visible');
  return step((context) => {
    endReplace(context, plan);
    const ws = context.workbook.worksheets;
    if (firstVisible) ws.getItem(firstVisible.name).activate();
    for (const s of sheets) if (s.visibility === 'hidden') ws.getItem(s.name).visibility = 'Hidden';
  });
}

/** Every write, in the order Excel needs: sheets, looks and rules first, then the rows, then protection. */
export function planWorkbook(layout: WorkbookLayout, plan: ReplacePlan, features: HostFeatures): WriteStep[] {
  const structure = layout.sheets.flatMap((s) => [
    ...headerContentSteps(s),
    ...formatSteps(s, features.validations),
    ...ruleSteps(s, features.validations),
    ...(features.print ? printSteps(s) : []),
  ]);
  return [
    beginStep(layout, plan),
    ...structure,
    namesStep(layout, plan),
    ...layout.sheets.flatMap(dataContentSteps),
    ...layout.sheets.flatMap(protectionSteps),
    finishStep(layout.sheets, plan),
  ];
}

/** Without options the sheets go after the others and nothing else is touched (safe for printouts). */
export const APPEND: RenderOptions = { placement: 'end', clearBlankWorkbook: false };

export async function renderWorkbookLayout(layout: WorkbookLayout, options: RenderOptions = APPEND): Promise<RenderReport> {
  const features = hostFeatures();
  let plan: ReplacePlan | undefined;
  try {
    return await Excel.run(async (context) => {
      const open = await readOpenWorkbook(context);
      plan = planReplace(layout, open, { ...options, tag: Date.now().toString(36) });
      const requests = packRequests(planWorkbook(layout, plan, features));
      await sendRequests(context, requests);
      return { sheets: layout.sheets.map((s) => s.name), syncs: 2 + requests.length, requests: requests.length, features };
    });
  } catch (error) {
    if (plan) await rollbackReplace(layout, plan).catch(() => undefined);
    throw error;
  }
}
