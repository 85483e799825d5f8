/**
 * Table collections: `tables.add(address, true)` takes the first row as headers (blank ones
 * become `Column1`…, repeats get a number) and a table always keeps at least one data row.
 */
import { parseAddress, rectsOverlap, type Rect } from './address';
import { StandinClientObject } from './client-object';
import type { StandinRequestContextCore } from './context';
import { fail } from './errors';
import type { StandinRange } from './range';
import { cellKey, type SheetState, type WorkbookState } from './state';
import { StandinTable, type StoredTable } from './table';

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
