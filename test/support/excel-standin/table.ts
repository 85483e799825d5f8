/**
 * Tables (ListObjects): `tables.add(address, true)` takes the first row as headers (blank ones
 * become `Column1`…), a table always keeps at least one data row, names are unique workbook-wide.
 */
import { parseAddress, rectsOverlap, type Rect } from './address';
import { StandinClientObject } from './client-object';
import type { StandinRequestContextCore } from './context';
import { fail } from './errors';
import { StandinRange } from './range';
import { cellKey, type SheetState, type TableState, type WorkbookState } from './state';
import { writeGrid } from './cell-write';

type StoredTable = TableState & { sheetId: string };
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

export class StandinTableCollection extends StandinClientObject {
  protected readonly scalarNames = ['count'];
  private loadedItems?: StandinTable[];

  constructor(core: StandinRequestContextCore, path: string, private readonly sheet?: () => SheetState) {
    super(core, path);
  }

  get items(): StandinTable[] {
    return this.loadedItems ?? fail('PropertyNotLoaded', `The property 'items' is not available: load it and sync first`, this.path);
  }
  get count(): number { return this.loaded('count'); }

  add(address: string | StandinRange, hasHeaders: boolean): StandinTable {
    const state = this.core.host.state;
    let stored: StoredTable | undefined;
    this.call('add', [typeof address === 'string' ? address : address.path, hasHeaders], () => {
      const { sheet, rect } = this.target(address);
      if (!hasHeaders) fail('InvalidOperation', 'the stand-in models tables with a header row only');
      if ([...state.tables.values()].some((t) => t.sheetId === sheet.id && rectsOverlap(t.rect, rect))) fail('InvalidOperation', 'A table can\'t overlap another table.');
      const id = `${state.nextId++}`;
      const full = rect.rowCount < 2 ? { ...rect, rowCount: 2 } : rect;
      stored = { id, sheetId: sheet.id, name: freeTableName(state), rect: full, hasHeaders, style: 'TableStyleMedium2', showBandedRows: true, showFilterButton: true };
      fillHeaders(sheet, full);
      state.tables.set(id, stored);
    });
    return new StandinTable(this.core, `${this.path}.add()`, () => stored);
  }

  getItem(key: string): StandinTable {
    return new StandinTable(this.core, `${this.path}.getItem(${key})`, () => this.find(key) ?? fail('ItemNotFound', `table ${key} not found`));
  }
  getItemOrNullObject(key: string): StandinTable {
    return new StandinTable(this.core, `${this.path}.getItemOrNullObject(${key})`, () => this.find(key));
  }

  override load(option?: Parameters<StandinClientObject['load']>[0]): this {
    const names = typeof option === 'string' ? option.split(',').map((n) => n.trim()) : Array.isArray(option) ? option : ['items'];
    const itemProps = names.filter((n) => n.startsWith('items/')).map((n) => n.slice(6));
    this.core.enqueue({
      payload: { load: this.path, select: names },
      run: () => {
        this.loadedItems = this.members().map((t) => new StandinTable(this.core, `${this.path}.getItem(${t.id})`, () => this.core.host.state.tables.get(t.id)));
        return this.loadedItems.map((item) => item.capture(itemProps.length ? itemProps : ['name', 'style', 'id']));
      },
    });
    return this;
  }

  private members(): StoredTable[] {
    const all = [...this.core.host.state.tables.values()];
    const sheet = this.sheet?.();
    return sheet ? all.filter((t) => t.sheetId === sheet.id) : all;
  }
  private find(key: string): StoredTable | undefined {
    const lower = key.toLowerCase();
    return this.members().find((t) => t.name.toLowerCase() === lower || t.id === key);
  }
  private target(address: string | StandinRange): { sheet: SheetState; rect: Rect } {
    if (typeof address !== 'string') return address.resolve();
    const parsed = parseAddress(address);
    const state = this.core.host.state;
    const sheet = parsed.sheet !== undefined ? state.sheets.find((s) => s.name === parsed.sheet) : this.sheet?.();
    return { sheet: sheet ?? fail('ItemNotFound', `no sheet for table address ${address}`), rect: parsed.rect };
  }
  protected readScalar(): unknown {
    return this.members().length;
  }
}

function freeTableName(state: WorkbookState): string {
  for (let i = 1; ; i++) {
    const name = `Table${i}`;
    if (![...state.tables.values()].some((t) => t.name === name)) return name;
  }
}

function fillHeaders(sheet: SheetState, rect: Rect): void {
  const seen = new Set<string>();
  for (let j = 0; j < rect.columnCount; j++) {
    const key = cellKey(rect.row, rect.column + j);
    const cell = sheet.cells.get(key);
    let header = cell?.formula ? '' : String(cell?.value ?? '');
    if (header === '') header = `Column${j + 1}`;
    let unique = header;
    for (let n = 2; seen.has(unique.toLowerCase()); n++) unique = `${header}${n}`;
    seen.add(unique.toLowerCase());
    sheet.cells.set(key, { value: unique, numberFormat: cell?.numberFormat });
  }
}
