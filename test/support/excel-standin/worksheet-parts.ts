/** Worksheet parts: freeze panes (1.7), protection (1.2, options 1.7). */
import { parseAddress, type Rect } from './address';
import { StandinClientObject } from './client-object';
import type { StandinRequestContextCore } from './context';
import { fail } from './errors';
import type { SheetState } from './state';
import type { StandinRange } from './range';

export type SheetResolver = () => SheetState;

export function rectOf(target: StandinRange | string, sheet: SheetState): Rect {
  if (typeof target === 'string') {
    const parsed = parseAddress(target);
    if (parsed.sheet !== undefined && parsed.sheet !== sheet.name) fail('InvalidArgument', `${target} is on another sheet`);
    return parsed.rect;
  }
  const { sheet: other, rect } = target.resolve();
  if (other !== sheet) fail('InvalidArgument', 'the range is on another sheet');
  return rect;
}


export class StandinFreezePanes extends StandinClientObject {
  protected readonly scalarNames = [];
  constructor(core: StandinRequestContextCore, path: string, private readonly sheet: SheetResolver) {
    super(core, path);
  }
  /** Each freeze call replaces the panes: freezeRows after freezeColumns unfreezes the columns. */
  freezeRows(count = 1): void {
    this.call('freezeRows', [count], () => { this.sheet().freeze = { rows: count, columns: 0 }; });
  }
  freezeColumns(count = 1): void {
    this.call('freezeColumns', [count], () => { this.sheet().freeze = { rows: 0, columns: count }; });
  }
  /** Freezes the rows above and the columns left of the range's bottom-right corner. */
  freezeAt(frozen: StandinRange | string): void {
    this.call('freezeAt', [typeof frozen === 'string' ? frozen : frozen.path], () => {
      const sheet = this.sheet();
      const rect = rectOf(frozen, sheet);
      sheet.freeze = { rows: rect.row + rect.rowCount, columns: rect.column + rect.columnCount };
    });
  }
  unfreeze(): void {
    this.call('unfreeze', [], () => { this.sheet().freeze = { rows: 0, columns: 0 }; });
  }
  protected readScalar(name: string): unknown {
    return fail('InvalidArgument', `freezePanes has no property ${name}`);
  }
}

export class StandinWorksheetProtection extends StandinClientObject implements Pick<Excel.WorksheetProtection, 'protected'> {
  protected readonly scalarNames = ['protected', 'options'];
  constructor(core: StandinRequestContextCore, path: string, private readonly sheet: SheetResolver) {
    super(core, path);
  }
  get protected(): boolean { return this.loaded('protected'); }
  get options(): Excel.WorksheetProtectionOptions { return this.loaded('options'); }

  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    if (options) this.core.host.requireApi('1.7', 'WorksheetProtection.protect(options)');
    this.call('protect', [options ?? {}, password ? '***' : undefined], () => {
      const sheet = this.sheet();
      if (sheet.protection.protected) fail('InvalidOperation', `the sheet ${sheet.name} is already protected`);
      sheet.protection = { protected: true, options: { ...options }, password };
    });
  }
  unprotect(password?: string): void {
    this.call('unprotect', [password ? '***' : undefined], () => {
      const sheet = this.sheet();
      if (!sheet.protection.protected) fail('InvalidOperation', `the sheet ${sheet.name} is not protected`);
      if (sheet.protection.password !== undefined && sheet.protection.password !== password) fail('InvalidArgument', 'wrong password');
      sheet.protection = { protected: false };
    });
  }
  protected readScalar(name: string): unknown {
    const p = this.sheet().protection;
    return name === 'protected' ? p.protected : p.options ?? {};
  }
}
