/* eslint-disable @typescript-eslint/no-explicit-any -- mirrors @types/office-js, which types cell grids as any[][] */
/**
 * Range: an address resolved at sync time (a sheet may be added earlier in the same batch),
 * values / formulas / numberFormat as 2-D arrays whose shape must match the range.
 */
import { formatSheetAddress, formatRect, parseAddress, rectsOverlap, type Rect } from './address';
import { StandinClientObject } from './client-object';
import { checkShape, formulaOf, readGrid, valueOf, writeGrid, writeNumberFormats, checkWritable } from './cell-write';
import { StandinConditionalFormatCollection } from './conditional-format';
import type { StandinRequestContextCore } from './context';
import { StandinDataValidation } from './data-validation';
import { fail } from './errors';
import { StandinRangeFormat } from './range-format';
import { cellKey, type SheetState } from './state';

/** Excel's cap on cells in one read: beyond it, values come back null. */
const MAX_READ_CELLS = 5_000_000;

export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

export type RangeResolver = () => RangeTarget;

type RangeScalars = 'address' | 'rowCount' | 'columnCount' | 'rowIndex' | 'columnIndex' | 'values' | 'formulas' | 'numberFormat' | 'cellCount';

export class StandinRange extends StandinClientObject implements Pick<Excel.Range, RangeScalars> {
  protected readonly scalarNames = ['address', 'addressLocal', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', 'cellCount', 'values', 'formulas', 'numberFormat', 'text', 'columnHidden', 'hyperlink'] as const;
  private cachedFormat?: StandinRangeFormat;
  private cachedValidation?: StandinDataValidation;
  private cachedConditionalFormats?: StandinConditionalFormatCollection;

  constructor(core: StandinRequestContextCore, path: string, readonly resolve: RangeResolver, private readonly nullWhen?: () => boolean) {
    super(core, path);
  }

  protected override readNullness(): boolean {
    return this.nullWhen?.() ?? false;
  }

  get address(): string { return this.loaded('address'); }
  get rowCount(): number { return this.loaded('rowCount'); }
  get columnCount(): number { return this.loaded('columnCount'); }
  get rowIndex(): number { return this.loaded('rowIndex'); }
  get columnIndex(): number { return this.loaded('columnIndex'); }
  get cellCount(): number { return this.loaded('cellCount'); }

  get values(): any[][] { return this.loaded('values'); }
  set values(grid: any[][]) {
    this.write('values', grid, () => {
      const { sheet, rect } = this.resolve();
      writeGrid(sheet, rect, checkShape(grid, rect, 'values'), 'values');
    });
  }

  get formulas(): any[][] { return this.loaded('formulas'); }
  set formulas(grid: any[][]) {
    this.write('formulas', grid, () => {
      const { sheet, rect } = this.resolve();
      writeGrid(sheet, rect, checkShape(grid, rect, 'formulas'), 'formulas');
    });
  }

  get numberFormat(): any[][] { return this.loaded('numberFormat'); }
  set numberFormat(grid: any[][]) {
    this.write('numberFormat', grid, () => {
      const { sheet, rect } = this.resolve();
      writeNumberFormats(sheet, rect, isSingle(grid) ? broadcast(grid[0][0], rect) : checkShape(grid, rect, 'numberFormat'));
    });
  }

  /** Excel 1.7: a link on every cell of the range; `textToDisplay` becomes the cells' value. */
  get hyperlink(): Excel.RangeHyperlink { return this.loaded('hyperlink'); }
  set hyperlink(link: Excel.RangeHyperlink) {
    this.core.host.requireApi('1.7', 'Range.hyperlink');
    this.write('hyperlink', link, () => {
      const { sheet, rect } = this.resolve();
      checkWritable(sheet, rect, 'values');
      if (typeof link.address !== 'string') fail('InvalidArgument', 'the stand-in models web links (address) only');
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
        for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
          const key = cellKey(r, c);
          const old = sheet.cells.get(key) ?? { value: '' };
          const text = link.textToDisplay;
          sheet.cells.set(key, { ...old, ...(text !== undefined && { value: text, formula: undefined }), hyperlink: { address: link.address!, ...(text !== undefined && { textToDisplay: text }) } });
        }
      }
    });
  }

  /** Excel 1.9: per-cell properties; the stand-in answers `hyperlink` only. */
  getCellProperties(load: Excel.CellPropertiesLoadOptions): { value: Excel.CellProperties[][] } {
    this.core.host.requireApi('1.9', 'Range.getCellProperties');
    const result = { value: undefined as unknown as Excel.CellProperties[][] };
    this.core.enqueue({
      payload: { call: `${this.path}.getCellProperties`, args: [load] },
      run: () => {
        const { sheet, rect } = this.resolve();
        result.value = readGrid(sheet, rect, (cell) => (load.hyperlink && cell?.hyperlink ? { hyperlink: { ...cell.hyperlink } } : {}));
        return result.value;
      },
    });
    return result;
  }

  get columnHidden(): boolean { return this.loaded('columnHidden'); }
  set columnHidden(hidden: boolean) {
    this.write('columnHidden', hidden, () => {
      const { sheet, rect } = this.resolve();
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        if (hidden) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }

  /** Merges the range into one cell; Excel keeps the top-left cell's content. */
  merge(across = false): void {
    this.call('merge', [across], () => {
      const { sheet, rect } = this.resolve();
      if (across) fail('InvalidArgument', 'the stand-in merges whole ranges only');
      if (sheet.merges.some((m) => rectsOverlap(m, rect))) fail('InvalidOperation', `${formatRect(rect)} overlaps a merged range`);
      sheet.merges.push(rect);
    });
  }

  get format(): StandinRangeFormat {
    return (this.cachedFormat ??= new StandinRangeFormat(this.core, `${this.path}.format`, this.resolve));
  }

  get dataValidation(): StandinDataValidation {
    this.core.host.requireApi('1.8', 'Range.dataValidation');
    return (this.cachedValidation ??= new StandinDataValidation(this.core, `${this.path}.dataValidation`, this.resolve));
  }

  get conditionalFormats(): StandinConditionalFormatCollection {
    this.core.host.requireApi('1.6', 'Range.conditionalFormats');
    return (this.cachedConditionalFormats ??= new StandinConditionalFormatCollection(this.core, `${this.path}.conditionalFormats`, this.resolve));
  }

  /** Selects the range (its sheet becomes active), as the user would see it. */
  select(): void {
    this.call('select', [], () => {
      const { sheet, rect } = this.resolve();
      if (sheet.visibility !== 'Visible') fail('InvalidOperation', `cannot select on the hidden sheet ${sheet.name}`);
      this.core.host.state.activeSheetId = sheet.id;
      this.core.host.selection = formatRect(rect);
    });
  }

  getCell(row: number, column: number): StandinRange {
    return this.derived(`getCell(${row},${column})`, (rect) => ({ row: rect.row + row, column: rect.column + column, rowCount: 1, columnCount: 1 }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): StandinRange {
    this.core.host.requireApi('1.7', 'Range.getResizedRange');
    return this.derived(`getResizedRange(${deltaRows},${deltaColumns})`, (rect) => ({ ...rect, rowCount: rect.rowCount + deltaRows, columnCount: rect.columnCount + deltaColumns }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): StandinRange {
    return this.derived(`getOffsetRange(${rowOffset},${columnOffset})`, (rect) => ({ ...rect, row: rect.row + rowOffset, column: rect.column + columnOffset }));
  }

  /** Removes values, formulas and formats (`All`), or only contents / formats. */
  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this.call('clear', [applyTo], () => {
      const { sheet, rect } = this.resolve();
      checkWritable(sheet, rect, 'values');
      if (applyTo !== 'Formats') clearCells(sheet, rect);
      if (applyTo !== 'Contents') sheet.formats = sheet.formats.filter((l) => !rectsOverlap(l.rect, rect));
    });
  }

  private derived(step: string, change: (rect: Rect) => Rect): StandinRange {
    return new StandinRange(this.core, `${this.path}.${step}`, () => {
      const { sheet, rect } = this.resolve();
      const next = change(rect);
      if (next.row < 0 || next.column < 0 || next.rowCount < 1 || next.columnCount < 1) fail('InvalidArgument', `range outside the sheet: ${this.path}.${step}`);
      return { sheet, rect: next };
    });
  }

  protected override navigation(name: string): StandinClientObject | undefined {
    if (name === 'format') return this.format;
    return undefined;
  }

  protected readScalar(name: string): unknown {
    if (this.readNullness()) return fail('InvalidOperation', `${this.path} is a null object`);
    const { sheet, rect } = this.resolve();
    const tooBig = rect.rowCount * rect.columnCount > MAX_READ_CELLS;
    switch (name) {
      case 'address': return formatSheetAddress(sheet.name, rect);
      case 'addressLocal': return formatSheetAddress(sheet.name, rect);
      case 'rowCount': return rect.rowCount;
      case 'columnCount': return rect.columnCount;
      case 'rowIndex': return rect.row;
      case 'columnIndex': return rect.column;
      case 'cellCount': return rect.rowCount * rect.columnCount;
      case 'columnHidden': return sheet.hiddenColumns.has(rect.column);
      case 'hyperlink': return sheet.cells.get(cellKey(rect.row, rect.column))?.hyperlink ?? null;
      case 'values': return tooBig ? null : readGrid(sheet, rect, valueOf);
      case 'text': return tooBig ? null : readGrid(sheet, rect, (c) => String(valueOf(c)));
      case 'formulas': return tooBig ? null : readGrid(sheet, rect, formulaOf);
      case 'numberFormat': return tooBig ? null : readGrid(sheet, rect, (c) => c?.numberFormat ?? 'General');
      default: return fail('InvalidArgument', `Range has no property ${name}`);
    }
  }
}

/**
 * A 1×1 number-format array applies to every cell of the range (documented for the setters, and
 * confirmed in OfficeDev/office-js-docs-pr#5400); the stand-in models it for number formats only.
 */
function isSingle(grid: unknown): grid is [[unknown]] {
  return Array.isArray(grid) && grid.length === 1 && Array.isArray(grid[0]) && grid[0].length === 1;
}

function broadcast(value: unknown, rect: Rect): unknown[][] {
  if (rect.rowCount * rect.columnCount > MAX_READ_CELLS) fail('InvalidArgument', 'the stand-in broadcasts a number format over at most 5,000,000 cells');
  return Array.from({ length: rect.rowCount }, () => new Array(rect.columnCount).fill(value));
}

function clearCells(sheet: SheetState, rect: Rect): void {
  const cells = rect.rowCount * rect.columnCount;
  if (cells <= sheet.cells.size) {
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) sheet.cells.delete(cellKey(r, c));
    }
    return;
  }
  for (const key of [...sheet.cells.keys()]) {
    const row = Math.floor(key / 16_384);
    const column = key % 16_384;
    if (row >= rect.row && row < rect.row + rect.rowCount && column >= rect.column && column < rect.column + rect.columnCount) sheet.cells.delete(key);
  }
}

/** A range on a sheet by A1 address; an address naming another sheet is refused, as Excel does. */
export function rangeOnSheet(core: StandinRequestContextCore, sheetPath: string, resolveSheet: () => SheetState, address?: string): StandinRange {
  return new StandinRange(core, `${sheetPath}.getRange(${JSON.stringify(address ?? '')})`, () => {
    const sheet = resolveSheet();
    const parsed = address === undefined ? undefined : parseAddress(address);
    if (parsed?.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) fail('InvalidArgument', `address ${address} names another sheet than ${sheet.name}`);
    return { sheet, rect: parsed?.rect ?? { row: 0, column: 0, rowCount: 1_048_576, columnCount: 16_384 } };
  });
}

export { formatRect };
