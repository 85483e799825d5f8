/**
 * Sheets of the open workbook as plain grids (`rows[0]` is row 1), read whole: one sync for
 * all of them. A read Excel refuses as too large (over 5 MB) is read again in row blocks,
 * halving until each block fits.
 */
import type { GridValue, SheetGrid } from '../core/ledger';
import { linkedText } from '../core/text';

interface UsedArea {
  name: string;
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
  values?: GridValue[][];
}

type Links = Excel.CellProperties[][];

/** A hyperlink cell reads as its text and address, as src/xlsx/cell-text.ts reads it (src/core/text/links.ts). */
function withLinks(values: GridValue[][], links: Links | undefined): GridValue[][] {
  if (!links) return values;
  return values.map((row, i) => row.map((value, j) => {
    const address = links[i]?.[j]?.hyperlink?.address;
    return address ? linkedText(value === null ? '' : String(value), address) : value;
  }));
}

function isTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}

async function usedAreas(context: Excel.RequestContext, names: readonly string[], withValues: boolean): Promise<UsedArea[]> {
  const ranges = names.map((name) => {
    const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    return used.load(withValues ? 'rowIndex,columnIndex,rowCount,columnCount,values' : 'rowIndex,columnIndex,rowCount,columnCount');
  });
  // Hyperlinks in the same sync: getUsedRange (A1 on an empty sheet) covers the same cells.
  const links = withValues ? names.map((name) => context.workbook.worksheets.getItem(name).getUsedRange(true).getCellProperties({ hyperlink: true })) : [];
  await context.sync();
  return names.map((name, i) => {
    const r = ranges[i];
    if (r.isNullObject) return { name, row: 0, column: 0, rowCount: 0, columnCount: 0, values: [] };
    return { name, row: r.rowIndex, column: r.columnIndex, rowCount: r.rowCount, columnCount: r.columnCount, values: withValues ? withLinks(r.values as GridValue[][], links[i]?.value) : undefined };
  });
}

async function readBlock(context: Excel.RequestContext, area: UsedArea, first: number, count: number): Promise<GridValue[][]> {
  const range = context.workbook.worksheets.getItem(area.name).getRangeByIndexes(area.row + first, area.column, count, area.columnCount).load('values');
  const links = range.getCellProperties({ hyperlink: true });
  try {
    await context.sync();
    return withLinks(range.values as GridValue[][], links.value);
  } catch (error) {
    if (!isTooLarge(error) || count < 2) throw error;
    const half = Math.ceil(count / 2);
    return [...(await readBlock(context, area, first, half)), ...(await readBlock(context, area, first + half, count - half))];
  }
}

function toGrid(area: UsedArea, values: GridValue[][]): SheetGrid {
  const padding: GridValue[] = new Array(area.column).fill(null);
  const rows: GridValue[][] = Array.from({ length: area.row }, () => []);
  for (const row of values) rows.push(area.column > 0 ? [...padding, ...row] : row);
  return { name: area.name, rows };
}

export async function readSheetGrids(context: Excel.RequestContext, names: readonly string[]): Promise<SheetGrid[]> {
  try {
    const areas = await usedAreas(context, names, true);
    return areas.map((a) => toGrid(a, a.values ?? []));
  } catch (error) {
    if (!isTooLarge(error)) throw error;
  }
  const grids: SheetGrid[] = [];
  for (const area of await usedAreas(context, names, false)) {
    grids.push(toGrid(area, area.rowCount === 0 ? [] : await readBlock(context, area, 0, area.rowCount)));
  }
  return grids;
}
