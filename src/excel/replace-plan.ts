/**
 * Replacing the ledger's sheets without losing the old ones: they (and their table) are renamed
 * aside first, the new sheets are written, and only the last request deletes the old ones. If a
 * request fails half-way, rollback() puts the old sheets, table and names back.
 */
import type { WorkbookLayout } from '../layout/types';
import type { OpenWorkbook } from './workbook-state';

export const ASIDE_PREFIX = '~TL-old-';

export interface Renaming {
  from: string;
  to: string;
}

export interface ReplacePlan {
  /** Old sheets of the layout's names, renamed aside until the end. */
  asideSheets: Renaming[];
  /** Tables on them whose names the new sheets need (table names are workbook-wide). */
  asideTables: Renaming[];
  /** Sheets set aside by an earlier run that failed: deleted at the end. */
  leftovers: string[];
  /** Existing defined names the layout defines again. */
  names: string[];
  /** A blank workbook's empty sheets, deleted at the end. */
  blankSheets: string[];
  /** Tab position of the first layout sheet. */
  firstPosition: number;
}

export interface PlanOptions {
  placement: 'first' | 'end';
  clearBlankWorkbook: boolean;
  /** Makes this run's aside names unique. */
  tag: string;
}

export function planReplace(layout: WorkbookLayout, open: OpenWorkbook, options: PlanOptions): ReplacePlan {
  const wanted = new Set(layout.sheets.map((s) => s.name.toLowerCase()));
  const old = open.sheets.filter((s) => wanted.has(s.name.toLowerCase()));
  const leftovers = open.sheets.filter((s) => s.name.startsWith(ASIDE_PREFIX));
  const others = open.sheets.filter((s) => !old.includes(s) && !leftovers.includes(s));
  const clear = options.clearBlankWorkbook && others.every((s) => s.empty);
  const tableNames = new Set(layout.sheets.flatMap((s) => (s.table ? [s.table.name.toLowerCase()] : [])));
  const defined = new Set(layout.names.map((n) => n.name.toLowerCase()));
  return {
    asideSheets: old.map((s, i) => ({ from: s.name, to: `${ASIDE_PREFIX}${options.tag}-${i + 1}` })),
    asideTables: open.tables.filter((t) => tableNames.has(t.toLowerCase())).map((t, i) => ({ from: t, to: `${t}_old_${options.tag}_${i + 1}` })),
    leftovers: leftovers.map((s) => s.name),
    names: open.names.filter((n) => defined.has(n.toLowerCase())),
    blankSheets: clear ? others.map((s) => s.name) : [],
    firstPosition: options.placement === 'first' || clear ? 0 : others.length,
  };
}

/** First: set the old aside, add the new sheets in place. */
export function beginReplace(context: Excel.RequestContext, layout: WorkbookLayout, plan: ReplacePlan): void {
  const sheets = context.workbook.worksheets;
  for (const t of plan.asideTables) context.workbook.tables.getItem(t.from).name = t.to;
  for (const s of plan.asideSheets) sheets.getItem(s.from).name = s.to;
  for (const sheet of layout.sheets) sheets.add(sheet.name);
  layout.sheets.forEach((sheet, i) => { sheets.getItem(sheet.name).position = plan.firstPosition + i; });
}

/** Last: the old sheets go. */
export function endReplace(context: Excel.RequestContext, plan: ReplacePlan): void {
  const sheets = context.workbook.worksheets;
  for (const name of [...plan.asideSheets.map((s) => s.to), ...plan.leftovers, ...plan.blankSheets]) sheets.getItem(name).delete();
}

/** After a failure: drop the half-written sheets, bring the old ones, their table and names back. */
export async function rollbackReplace(layout: WorkbookLayout, plan: ReplacePlan): Promise<void> {
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const fresh = layout.sheets.map((s) => sheets.getItemOrNullObject(s.name).load('isNullObject'));
    const aside = plan.asideSheets.map((s) => sheets.getItemOrNullObject(s.to).load('isNullObject'));
    const tables = plan.asideTables.map((t) => context.workbook.tables.getItemOrNullObject(t.to).load('isNullObject'));
    const names = layout.names.map((n) => context.workbook.names.getItemOrNullObject(n.name).load('isNullObject'));
    await context.sync();
    const restorable = plan.asideSheets.filter((_, i) => !aside[i].isNullObject);
    if (restorable.length === 0 && plan.asideSheets.length > 0) return;
    names.forEach((n) => { if (!n.isNullObject) n.delete(); });
    fresh.forEach((s) => { if (!s.isNullObject) s.delete(); });
    plan.asideTables.forEach((t, i) => { if (!tables[i].isNullObject) tables[i].name = t.from; });
    for (const s of restorable) sheets.getItem(s.to).name = s.from;
    if (restorable.length > 0) for (const n of layout.names) context.workbook.names.add(n.name, `=${n.ref}`);
    await context.sync();
  });
}
