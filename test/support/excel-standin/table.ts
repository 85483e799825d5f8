/* eslint-disable @typescript-eslint/no-explicit-any -- mirrors @types/office-js, which types cell grids as any[][] */
/**
 * A table (ListObject) and its rows; names are unique workbook-wide, shared with defined names.
 */
import type { Rect } from './address';
import { StandinClientObject } from './client-object';
import type { StandinRequestContextCore } from './context';
import { fail } from './errors';
import { StandinRange } from './range';
import type { SheetState, TableState, WorkbookState } from './state';
import { writeGrid } from './cell-write';

export type StoredTable = TableState & { sheetId: string };
const TABLE_NAME = /^[A-Za-z_\\\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*)$/;

function sheetOf(state: WorkbookState, table: StoredTable): SheetState {
  return state.sheets.find((s) => s.id === table.sheetId) ?? fail('ItemNotFound', `the sheet of table ${table.name} is gone`);
}

export function checkTableName(state: WorkbookState, name: string, self?: StoredTable): void {
  if (!TABLE_NAME.test(name) || LOOKS_LIKE_CELL.test(name)) fail('InvalidArgument', `not a valid table name: ${name}`);
  const lower = name.toLowerCase();
  const clash = [...state.tables.values()].some((t) => t !== self && t.name.toLowerCase() === lower) || state.names.some((n) => n.name.toLowerCase() === lower);
  if (clash) fail('ItemAlreadyExists', `the name ${name} is already used`);
}

export class StandinTableRowCollection extends StandinClientObject {
  protected readonly scalarNames = ['count'];
  constructor(core: StandinRequestContextCore, path: string, private readonly table: () => StoredTable) {
    super(core, path);
  }
  get count(): number { return this.loaded('count'); }
  add(index?: number | null, values?: any[][]): void {
    if ((values?.length ?? 0) > 1) this.core.host.requireApi('1.4', 'TableRowCollection.add with several rows');
    this.call('add', [index ?? null, values ?? null], () => {
      if (index !== undefined && index !== null) fail('InvalidArgument', 'the stand-in adds table rows at the end only');
      const table = this.table();
      const sheet = sheetOf(this.core.host.state, table);
      const rows = values ?? [new Array(table.rect.columnCount).fill('')];
      const at: Rect = { row: table.rect.row + table.rect.rowCount, column: table.rect.column, rowCount: rows.length, columnCount: table.rect.columnCount };
      writeGrid(sheet, at, rows, 'values');
      table.rect = { ...table.rect, rowCount: table.rect.rowCount + rows.length };
    });
  }
  protected readScalar(): unknown {
    const t = this.table();
    return t.rect.rowCount - (t.hasHeaders ? 1 : 0);
  }
}

type TableScalars = 'name' | 'style' | 'showBandedRows' | 'showFilterButton' | 'id';

export class StandinTable extends StandinClientObject implements Pick<Excel.Table, TableScalars> {
  protected readonly scalarNames = ['name', 'style', 'showBandedRows', 'showFilterButton', 'id'];
  readonly rows: StandinTableRowCollection;

  constructor(core: StandinRequestContextCore, path: string, readonly resolveTable: () => StoredTable | undefined) {
    super(core, path);
    this.rows = new StandinTableRowCollection(core, `${path}.rows`, () => this.table());
  }

  private table(): StoredTable {
    return this.resolveTable() ?? fail('ItemNotFound', `table not found: ${this.path}`);
  }
  private put(name: string, value: unknown, apply: (t: StoredTable) => void): void {
    this.write(name, value, () => apply(this.table()));
  }
  get id(): string { return this.loaded('id'); }
  get name(): string { return this.loaded('name'); }
  set name(v: string) { this.put('name', v, (t) => { checkTableName(this.core.host.state, v, t); t.name = v; }); }
  get style(): string { return this.loaded('style'); }
  set style(v: string) { this.put('style', v, (t) => { t.style = v; }); }
  get showBandedRows(): boolean { return this.loaded('showBandedRows'); }
  set showBandedRows(v: boolean) { this.put('showBandedRows', v, (t) => { t.showBandedRows = v; }); }
  get showFilterButton(): boolean { return this.loaded('showFilterButton'); }
  set showFilterButton(v: boolean) { this.put('showFilterButton', v, (t) => { t.showFilterButton = v; }); }

  getRange(): StandinRange { return this.part('getRange', (r) => r); }
  getHeaderRowRange(): StandinRange { return this.part('getHeaderRowRange', (r) => ({ ...r, rowCount: 1 })); }
  getDataBodyRange(): StandinRange { return this.part('getDataBodyRange', (r) => ({ ...r, row: r.row + 1, rowCount: r.rowCount - 1 })); }

  delete(): void {
    this.call('delete', [], () => { this.core.host.state.tables.delete(this.table().id); });
  }

  private part(method: string, pick: (rect: Rect) => Rect): StandinRange {
    return new StandinRange(this.core, `${this.path}.${method}()`, () => {
      const t = this.table();
      return { sheet: sheetOf(this.core.host.state, t), rect: pick(t.rect) };
    });
  }

  protected override readNullness(): boolean {
    return this.resolveTable() === undefined;
  }

  protected readScalar(name: string): unknown {
    return (this.table() as unknown as Record<string, unknown>)[name];
  }
}
