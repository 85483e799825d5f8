/** A worksheet, with Excel's rules on names, hiding and deleting. */
import { StandinClientObject } from './client-object';
import type { StandinRequestContextCore } from './context';
import { fail } from './errors';
import { rangeOnSheet, StandinRange } from './range';
import { findSheet, keyToCell, type SheetState, type WorkbookState } from './state';
import { StandinTableCollection } from './table-collection';
import { StandinPageLayout } from './page-layout';
import { StandinFreezePanes, StandinWorksheetProtection } from './worksheet-parts';

const BAD_SHEET_CHARS = /[[\]:*?/\\]/;

export function checkSheetName(state: WorkbookState, name: string, self?: SheetState): void {
  if (typeof name !== 'string' || name.trim() === '' || name.length > 31 || BAD_SHEET_CHARS.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === 'history') {
    fail('InvalidArgument', `not a valid sheet name: ${name}`);
  }
  const other = findSheet(state, name);
  if (other && other !== self) fail('ItemAlreadyExists', `a sheet named ${name} already exists`);
}

function visibleSheets(state: WorkbookState): SheetState[] {
  return state.sheets.filter((s) => s.visibility === 'Visible');
}

type SheetScalars = 'name' | 'id' | 'position' | 'visibility' | 'tabColor';

export class StandinWorksheet extends StandinClientObject implements Pick<Excel.Worksheet, SheetScalars> {
  protected readonly scalarNames = ['name', 'id', 'position', 'visibility', 'tabColor', 'showGridlines'];
  private parts: { freeze?: StandinFreezePanes; page?: StandinPageLayout; protection?: StandinWorksheetProtection; tables?: StandinTableCollection } = {};

  constructor(core: StandinRequestContextCore, path: string, private readonly find: () => SheetState | undefined) {
    super(core, path);
  }

  private get state(): WorkbookState { return this.core.host.state; }
  readonly sheet = (): SheetState => this.find() ?? fail('ItemNotFound', `worksheet not found: ${this.path}`);

  get id(): string { return this.loaded('id'); }
  get name(): string { return this.loaded('name'); }
  set name(v: string) { this.write('name', v, () => { const s = this.sheet(); checkSheetName(this.state, v, s); s.name = v; }); }
  get position(): number { return this.loaded('position'); }
  set position(v: number) {
    this.write('position', v, () => {
      const s = this.sheet();
      this.state.sheets.splice(this.state.sheets.indexOf(s), 1);
      this.state.sheets.splice(Math.max(0, Math.min(v, this.state.sheets.length)), 0, s);
    });
  }
  get visibility(): Excel.Worksheet['visibility'] { return this.loaded('visibility'); }
  set visibility(v: Excel.Worksheet['visibility']) {
    this.write('visibility', v, () => {
      const s = this.sheet();
      if (v !== 'Visible' && s.visibility === 'Visible' && visibleSheets(this.state).length === 1) fail('InvalidOperation', 'a workbook must keep at least one visible sheet');
      s.visibility = v as SheetState['visibility'];
      if (v !== 'Visible' && this.state.activeSheetId === s.id) this.state.activeSheetId = visibleSheets(this.state)[0].id;
    });
  }
  get tabColor(): string { return this.loaded('tabColor'); }
  set tabColor(v: string) { this.core.host.requireApi('1.7', 'Worksheet.tabColor'); this.write('tabColor', v, () => { this.sheet().tabColor = v; }); }

  get freezePanes(): StandinFreezePanes {
    this.core.host.requireApi('1.7', 'Worksheet.freezePanes');
    return (this.parts.freeze ??= new StandinFreezePanes(this.core, `${this.path}.freezePanes`, this.sheet));
  }
  get pageLayout(): StandinPageLayout {
    this.core.host.requireApi('1.9', 'Worksheet.pageLayout');
    return (this.parts.page ??= new StandinPageLayout(this.core, `${this.path}.pageLayout`, this.sheet));
  }
  get protection(): StandinWorksheetProtection {
    this.core.host.requireApi('1.2', 'Worksheet.protection');
    return (this.parts.protection ??= new StandinWorksheetProtection(this.core, `${this.path}.protection`, this.sheet));
  }
  get tables(): StandinTableCollection {
    return (this.parts.tables ??= new StandinTableCollection(this.core, `${this.path}.tables`, this.sheet));
  }

  getRange(address?: string): StandinRange {
    return rangeOnSheet(this.core, this.path, this.sheet, address);
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): StandinRange {
    this.core.host.requireApi('1.7', 'Worksheet.getRangeByIndexes');
    return new StandinRange(this.core, `${this.path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1) fail('InvalidArgument', 'getRangeByIndexes: bad indexes');
      return { sheet: this.sheet(), rect: { row: startRow, column: startColumn, rowCount, columnCount } };
    });
  }

  /** The used range; on an empty sheet Excel gives A1 (the OrNullObject form gives a null object). */
  getUsedRange(valuesOnly = false): StandinRange {
    return new StandinRange(this.core, `${this.path}.getUsedRange(${valuesOnly})`, () => {
      const sheet = this.sheet();
      return { sheet, rect: usedRect(sheet, valuesOnly) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
    });
  }

  /** ExcelApi 1.4: a null object on an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): StandinRange {
    this.core.host.requireApi('1.4', 'Worksheet.getUsedRangeOrNullObject');
    return new StandinRange(
      this.core,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
      () => {
        const sheet = this.sheet();
        return { sheet, rect: usedRect(sheet, valuesOnly) ?? fail('ItemNotFound', 'the sheet is empty') };
      },
      () => usedRect(this.sheet(), valuesOnly) === undefined,
    );
  }

  get showGridlines(): boolean { return this.loaded('showGridlines'); }
  set showGridlines(v: boolean) {
    this.core.host.requireApi('1.8', 'Worksheet.showGridlines');
    this.write('showGridlines', v, () => { this.sheet().showGridlines = v; });
  }

  delete(): void {
    this.call('delete', [], () => deleteSheet(this.state, this.sheet()));
  }

  activate(): void {
    this.call('activate', [], () => {
      const s = this.sheet();
      if (s.visibility !== 'Visible') fail('InvalidOperation', `cannot activate the hidden sheet ${s.name}`);
      this.state.activeSheetId = s.id;
    });
  }

  protected override navigation(name: string): StandinClientObject | undefined {
    if (name === 'protection') return this.protection;
    if (name === 'pageLayout') return this.pageLayout;
    return undefined;
  }
  protected override readNullness(): boolean {
    return this.find() === undefined;
  }
  protected readScalar(name: string): unknown {
    const s = this.sheet();
    switch (name) {
      case 'name': return s.name;
      case 'id': return s.id;
      case 'position': return this.state.sheets.indexOf(s);
      case 'visibility': return s.visibility;
      case 'tabColor': return s.tabColor;
      case 'showGridlines': return s.showGridlines;
      default: return fail('InvalidArgument', `Worksheet has no property ${name}`);
    }
  }
}

export function usedRect(sheet: SheetState, valuesOnly: boolean): { row: number; column: number; rowCount: number; columnCount: number } | undefined {
  let r1 = Infinity, c1 = Infinity, r2 = -1, c2 = -1;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.value === '' && !cell.formula) continue;
    const { row, column } = keyToCell(key);
    r1 = Math.min(r1, row); c1 = Math.min(c1, column); r2 = Math.max(r2, row); c2 = Math.max(c2, column);
  }
  return r2 < 0 ? undefined : { row: r1, column: c1, rowCount: r2 - r1 + 1, columnCount: c2 - c1 + 1 };
}

function deleteSheet(state: WorkbookState, sheet: SheetState): void {
  if (sheet.visibility === 'Visible' && visibleSheets(state).length === 1) fail('InvalidOperation', 'a workbook must keep at least one visible sheet');
  state.sheets.splice(state.sheets.indexOf(sheet), 1);
  for (const [id, t] of state.tables) if (t.sheetId === sheet.id) state.tables.delete(id);
  const quoted = new RegExp(`^=('?)${sheet.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1!`);
  for (const n of state.names) if (quoted.test(n.formula)) n.formula = '=#REF!';
  if (state.activeSheetId === sheet.id) state.activeSheetId = visibleSheets(state)[0].id;
}
