/** Workbook names (`workbook.names.add`, ExcelApi 1.4): unique workbook-wide, shared with table names. */
import { formatSheetAddress } from './address';
import { StandinClientObject, type LoadOption } from './client-object';
import type { StandinRequestContextCore } from './context';
import { fail } from './errors';
import type { StandinRange } from './range';
import type { NamedItemState, WorkbookState } from './state';
import { checkTableName } from './table';

export class StandinNamedItem extends StandinClientObject implements Pick<Excel.NamedItem, 'name' | 'formula' | 'visible' | 'comment'> {
  protected readonly scalarNames = ['name', 'formula', 'visible', 'comment', 'type', 'value'];
  constructor(core: StandinRequestContextCore, path: string, private readonly find: () => NamedItemState | undefined) {
    super(core, path);
  }
  private item(): NamedItemState {
    return this.find() ?? fail('ItemNotFound', `name not found: ${this.path}`);
  }
  get name(): string { return this.loaded('name'); }
  get formula(): string { return this.loaded('formula'); }
  set formula(v: string) { this.core.host.requireApi('1.7', 'NamedItem.formula (set)'); this.write('formula', v, () => { this.item().formula = v; }); }
  get visible(): boolean { return this.loaded('visible'); }
  set visible(v: boolean) { this.write('visible', v, () => { this.item().visible = v; }); }
  get comment(): string { return this.loaded('comment'); }
  set comment(v: string) { this.write('comment', v, () => { this.item().comment = v; }); }
  delete(): void {
    this.core.host.requireApi('1.4', 'NamedItem.delete');
    this.call('delete', [], () => {
      const state = this.core.host.state;
      state.names.splice(state.names.indexOf(this.item()), 1);
    });
  }
  protected override readNullness(): boolean {
    return this.find() === undefined;
  }
  protected readScalar(name: string): unknown {
    const item = this.item();
    if (name === 'type') return 'Range';
    if (name === 'value') return item.formula.replace(/^=/, '');
    return (item as unknown as Record<string, unknown>)[name];
  }
}

export class StandinNamedItemCollection extends StandinClientObject {
  protected readonly scalarNames = [];
  private loadedItems?: StandinNamedItem[];

  constructor(core: StandinRequestContextCore, path: string) {
    super(core, path);
  }
  private get state(): WorkbookState { return this.core.host.state; }

  get items(): StandinNamedItem[] {
    return this.loadedItems ?? fail('PropertyNotLoaded', `The property 'items' is not available: load it and sync first`, this.path);
  }

  add(name: string, reference: StandinRange | string, comment?: string): StandinNamedItem {
    this.core.host.requireApi('1.4', 'NamedItemCollection.add');
    this.call('add', [name, typeof reference === 'string' ? reference : reference.path, comment ?? ''], () => {
      checkTableName(this.state, name);
      const formula = typeof reference === 'string' ? (reference.startsWith('=') ? reference : `=${reference}`) : absolute(reference);
      this.state.names.push({ name, formula, comment: comment ?? '', visible: true });
    });
    return this.getItem(name);
  }

  getItem(name: string): StandinNamedItem {
    return new StandinNamedItem(this.core, `names[${name}]`, () => this.find(name) ?? fail('ItemNotFound', `name ${name} not found`));
  }
  getItemOrNullObject(name: string): StandinNamedItem {
    return new StandinNamedItem(this.core, `names[${name}]?`, () => this.find(name));
  }

  override load(option?: LoadOption): this {
    const names = typeof option === 'string' ? option.split(',').map((n) => n.trim()) : Array.isArray(option) ? option : ['items'];
    const itemProps = names.filter((n) => n.startsWith('items/')).map((n) => n.slice(6));
    this.core.enqueue({
      payload: { load: this.path, select: names },
      run: () => {
        this.loadedItems = this.state.names.map((n) => new StandinNamedItem(this.core, `names[${n.name}]`, () => (this.state.names.includes(n) ? n : undefined)));
        return this.loadedItems.map((item) => item.capture(itemProps.length ? itemProps : ['name', 'formula', 'visible', 'comment']));
      },
    });
    return this;
  }

  private find(name: string): NamedItemState | undefined {
    const lower = name.toLowerCase();
    return this.state.names.find((n) => n.name.toLowerCase() === lower);
  }
  protected readScalar(name: string): unknown {
    return fail('InvalidArgument', `NamedItemCollection has no property ${name}`);
  }
}

function absolute(range: StandinRange): string {
  const { sheet, rect } = range.resolve();
  const plain = formatSheetAddress(sheet.name, rect);
  return `=${plain.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
}
