/** The workbook, the application and the request context handed to `Excel.run` batches. */
import { parseAddress } from './address';
import { StandinClientObject, type LoadOption } from './client-object';
import { StandinRange } from './range';
import { StandinRequestContextCore } from './context';
import { fail } from './errors';
import type { StandinHost } from './host';
import { StandinNamedItemCollection } from './names';
import { StandinTableCollection } from './table-collection';
import { StandinWorksheetCollection } from './worksheet-collection';

export class StandinApplication extends StandinClientObject {
  protected readonly scalarNames = ['calculationMode'];
  constructor(core: StandinRequestContextCore) {
    super(core, 'application');
  }
  get calculationMode(): string { return this.loaded('calculationMode'); }
  suspendApiCalculationUntilNextSync(): void {
    this.core.host.requireApi('1.6', 'Application.suspendApiCalculationUntilNextSync');
    this.call('suspendApiCalculationUntilNextSync', [], () => { this.core.host.stats.apiCalculationSuspensions++; });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.core.host.requireApi('1.9', 'Application.suspendScreenUpdatingUntilNextSync');
    this.call('suspendScreenUpdatingUntilNextSync', [], () => undefined);
  }
  protected readScalar(): unknown {
    return 'Automatic';
  }
}

export class StandinWorkbook extends StandinClientObject {
  protected readonly scalarNames = ['name'];
  readonly worksheets: StandinWorksheetCollection;
  readonly names: StandinNamedItemCollection;
  readonly tables: StandinTableCollection;
  readonly application: StandinApplication;

  constructor(core: StandinRequestContextCore, application: StandinApplication) {
    super(core, 'workbook');
    this.worksheets = new StandinWorksheetCollection(core, 'worksheets');
    this.names = new StandinNamedItemCollection(core, 'names');
    this.tables = new StandinTableCollection(core, 'tables');
    this.application = application;
  }
  get name(): string { return this.loaded('name'); }

  /** The user's selection: `host.selection` on the active sheet. */
  getSelectedRange(): StandinRange {
    const host = this.core.host;
    return new StandinRange(this.core, 'workbook.getSelectedRange()', () => {
      const sheet = host.state.sheets.find((s) => s.id === host.state.activeSheetId) ?? fail('ItemNotFound', 'no active sheet');
      return { sheet, rect: parseAddress(host.selection).rect };
    });
  }

  override load(option?: LoadOption): this {
    if (option === 'name' || (Array.isArray(option) && option.includes('name'))) this.core.host.requireApi('1.7', 'Workbook.name');
    return super.load(option);
  }
  protected readScalar(name: string): unknown {
    return name === 'name' ? 'Book1.xlsx' : fail('InvalidArgument', `Workbook has no property ${name}`);
  }
}

/** What a batch receives; adapter code sees it as `Excel.RequestContext`. */
export class StandinRequestContext {
  readonly workbook: StandinWorkbook;
  readonly application: StandinApplication;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  readonly core: StandinRequestContextCore;

  constructor(host: StandinHost) {
    this.core = new StandinRequestContextCore(host);
    this.application = new StandinApplication(this.core);
    this.workbook = new StandinWorkbook(this.core, this.application);
  }

  sync(): Promise<void> {
    return this.core.sync();
  }
}
