/**
 * What the renderer needs to know about the open workbook before writing: its sheets (and
 * which are empty), its defined names and tables. Two syncs, whatever the size.
 */
export interface OpenSheet {
  name: string;
  empty: boolean;
}

export interface OpenWorkbook {
  sheets: OpenSheet[];
  names: string[];
  tables: string[];
}

export async function readOpenWorkbook(context: Excel.RequestContext): Promise<OpenWorkbook> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const names = context.workbook.names;
  names.load('items/name');
  const tables = context.workbook.tables;
  tables.load('items/name');
  await context.sync();
  const used = sheets.items.map((ws) => ws.getUsedRangeOrNullObject(true).load('isNullObject'));
  await context.sync();
  return {
    sheets: sheets.items.map((ws, i) => ({ name: ws.name, empty: used[i].isNullObject })),
    names: names.items.map((n) => n.name),
    tables: tables.items.map((t) => t.name),
  };
}
