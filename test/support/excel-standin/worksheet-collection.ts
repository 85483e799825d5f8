/** The worksheet collection: getItem / getItemOrNullObject (resolved at sync), add, items. */
import { StandinClientObject, type LoadOption } from './client-object';
import type { StandinRequestContextCore } from './context';
import { fail } from './errors';
import { findSheet, newSheet, type SheetState, type WorkbookState } from './state';
import { checkSheetName, StandinWorksheet } from './worksheet';

export class StandinWorksheetCollection extends StandinClientObject {
  protected readonly scalarNames = ['count'];
  private loadedItems?: StandinWorksheet[];

  constructor(core: StandinRequestContextCore, path: string) {
    super(core, path);
  }
  private get state(): WorkbookState { return this.core.host.state; }

  get items(): StandinWorksheet[] {
    return this.loadedItems ?? fail('PropertyNotLoaded', `The property 'items' is not available: load it and sync first`, this.path);
  }

  getItem(key: string): StandinWorksheet {
    return new StandinWorksheet(this.core, `worksheets[${key}]`, this.byKey(key, true));
  }
  getItemOrNullObject(key: string): StandinWorksheet {
    return new StandinWorksheet(this.core, `worksheets[${key}]?`, this.byKey(key, false));
  }
  getActiveWorksheet(): StandinWorksheet {
    const state = this.state;
    return new StandinWorksheet(this.core, 'worksheets.active', () => state.sheets.find((s) => s.id === state.activeSheetId));
  }

  add(name?: string): StandinWorksheet {
    let created: SheetState | undefined;
    this.call('add', [name ?? null], () => {
      const finalName = name ?? freeSheetName(this.state);
      checkSheetName(this.state, finalName);
      created = newSheet(this.state, finalName);
      this.state.sheets.push(created);
    });
    return new StandinWorksheet(this.core, `worksheets.add(${name ?? ''})`, () => (created && this.state.sheets.includes(created) ? created : undefined));
  }

  override load(option?: LoadOption): this {
    const names = typeof option === 'string' ? option.split(',').map((n) => n.trim()) : Array.isArray(option) ? option : ['items'];
    const itemProps = names.filter((n) => n.startsWith('items/')).map((n) => n.slice(6));
    this.core.enqueue({
      payload: { load: this.path, select: names },
      run: () => {
        this.loadedItems = this.state.sheets.map((s) => new StandinWorksheet(this.core, `worksheets[${s.id}]`, () => (this.state.sheets.includes(s) ? s : undefined)));
        return this.loadedItems.map((item) => item.capture(itemProps.length ? itemProps : ['name', 'id', 'position', 'visibility']));
      },
    });
    return this;
  }

  /** A getItem proxy remembers the sheet it first found, so a rename in the same batch keeps it. */
  private byKey(key: string, mustExist: boolean): () => SheetState | undefined {
    let found: SheetState | undefined;
    return () => {
      if (found && this.state.sheets.includes(found)) return found;
      found = findSheet(this.state, key) ?? this.state.sheets.find((s) => s.id === key);
      if (!found && mustExist) fail('ItemNotFound', `The requested resource doesn't exist: worksheet ${key}`);
      return found;
    };
  }

  protected readScalar(): unknown {
    return this.state.sheets.length;
  }
}

function freeSheetName(state: WorkbookState): string {
  for (let i = 1; ; i++) if (!findSheet(state, `Sheet${i}`)) return `Sheet${i}`;
}
