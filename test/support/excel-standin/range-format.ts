/**
 * Range formats. Each write is kept as a layer over the range (`fill.color` = `#C00000`), so a
 * whole-column format costs nothing; a cell's format is the last layer covering it. Reads give
 * the value at the range's top-left cell.
 */
import { StandinClientObject } from './client-object';
import { checkWritable } from './cell-write';
import type { StandinRequestContextCore } from './context';
import { fail } from './errors';
import type { RangeResolver } from './range';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_FONT, DEFAULT_ROW_HEIGHT, layerValue, type SheetState } from './state';
import type { Rect } from './address';

const DEFAULTS: Record<string, unknown> = {
  'fill.color': '#FFFFFF',
  'font.name': DEFAULT_FONT.name,
  'font.size': DEFAULT_FONT.size,
  'font.bold': false,
  'font.italic': false,
  'font.color': '#000000',
  wrapText: false,
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  'protection.locked': true,
  rowHeight: DEFAULT_ROW_HEIGHT,
};

export function effectiveFormat(sheet: SheetState, key: string, row: number, column: number): unknown {
  if (key === 'columnWidth') return sheet.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  return layerValue(sheet.formats, key, row, column) ?? DEFAULTS[key] ?? null;
}

/** A part of a range's format whose properties are stored under `prefix.name`. */
abstract class FormatPart extends StandinClientObject {
  constructor(core: StandinRequestContextCore, path: string, protected readonly resolve: RangeResolver, private readonly prefix: string) {
    super(core, path);
  }

  protected get<T>(name: string): T {
    return this.loaded<T>(name);
  }

  protected set(name: string, value: unknown, check?: (value: unknown) => void): void {
    this.write(name, value, () => {
      check?.(value);
      const { sheet, rect } = this.resolve();
      checkWritable(sheet, rect, 'format');
      applyLayer(sheet, rect, this.key(name), value);
    });
  }

  private key(name: string): string {
    return this.prefix ? `${this.prefix}.${name}` : name;
  }

  protected readScalar(name: string): unknown {
    const { sheet, rect } = this.resolve();
    return effectiveFormat(sheet, this.key(name), rect.row, rect.column);
  }
}

function applyLayer(sheet: SheetState, rect: Rect, key: string, value: unknown): void {
  if (key === 'columnWidth') {
    for (let c = rect.column; c < rect.column + rect.columnCount; c++) sheet.columnWidths.set(c, value as number);
    return;
  }
  if (key === 'rowHeight') sheet.formats.push({ rect: { row: rect.row, column: 0, rowCount: rect.rowCount, columnCount: 16_384 }, key, value });
  else sheet.formats.push({ rect, key, value });
}

function checkColor(value: unknown): void {
  if (typeof value !== 'string' || !/^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/.test(value)) fail('InvalidArgument', `not a colour: ${String(value)}`);
}

function checkPositive(value: unknown): void {
  if (typeof value !== 'number' || !(value >= 0)) fail('InvalidArgument', `not a size: ${String(value)}`);
}

export class StandinRangeFill extends FormatPart implements Pick<Excel.RangeFill, 'color'> {
  protected readonly scalarNames = ['color'];
  get color(): string { return this.get('color'); }
  set color(value: string) { this.set('color', value, checkColor); }
  clear(): void {
    this.call('clear', [], () => {
      const { sheet, rect } = this.resolve();
      applyLayer(sheet, rect, 'fill.color', '#FFFFFF');
    });
  }
}

export class StandinRangeFont extends FormatPart implements Pick<Excel.RangeFont, 'name' | 'size' | 'bold' | 'italic' | 'color'> {
  protected readonly scalarNames = ['name', 'size', 'bold', 'italic', 'color'];
  get name(): string { return this.get('name'); }
  set name(value: string) { this.set('name', value); }
  get size(): number { return this.get('size'); }
  set size(value: number) { this.set('size', value, checkPositive); }
  get bold(): boolean { return this.get('bold'); }
  set bold(value: boolean) { this.set('bold', value); }
  get italic(): boolean { return this.get('italic'); }
  set italic(value: boolean) { this.set('italic', value); }
  get color(): string { return this.get('color'); }
  set color(value: string) { this.set('color', value, checkColor); }
}

export class StandinRangeBorder extends FormatPart implements Pick<Excel.RangeBorder, 'style' | 'color' | 'weight'> {
  protected readonly scalarNames = ['style', 'color', 'weight'];
  get style(): Excel.RangeBorder['style'] { return this.get('style'); }
  set style(value: Excel.RangeBorder['style']) { this.set('style', value); }
  get color(): string { return this.get('color'); }
  set color(value: string) { this.set('color', value, checkColor); }
  get weight(): Excel.RangeBorder['weight'] { return this.get('weight'); }
  set weight(value: Excel.RangeBorder['weight']) { this.set('weight', value); }
}

const BORDER_INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];

export class StandinRangeBorderCollection extends StandinClientObject {
  protected readonly scalarNames = [];
  constructor(core: StandinRequestContextCore, path: string, private readonly resolve: RangeResolver) {
    super(core, path);
  }
  getItem(index: Excel.BorderIndex | (typeof BORDER_INDEXES)[number]): StandinRangeBorder {
    if (!BORDER_INDEXES.includes(index)) fail('InvalidArgument', `no border ${index}`);
    return new StandinRangeBorder(this.core, `${this.path}.getItem(${index})`, this.resolve, `borders.${index}`);
  }
  protected readScalar(name: string): unknown {
    return fail('InvalidArgument', `borders have no property ${name}`);
  }
}

export class StandinFormatProtection extends FormatPart implements Pick<Excel.FormatProtection, 'locked'> {
  protected readonly scalarNames = ['locked'];
  get locked(): boolean { return this.get('locked'); }
  set locked(value: boolean) {
    this.write('locked', value, () => {
      const { sheet, rect } = this.resolve();
      if (sheet.protection.protected) fail('AccessDenied', `cannot change locking on the protected sheet ${sheet.name}`);
      applyLayer(sheet, rect, 'protection.locked', value);
    });
  }
}

type FormatScalars = 'wrapText' | 'horizontalAlignment' | 'verticalAlignment' | 'columnWidth' | 'rowHeight';

export class StandinRangeFormat extends FormatPart implements Pick<Excel.RangeFormat, FormatScalars> {
  protected readonly scalarNames = ['wrapText', 'horizontalAlignment', 'verticalAlignment', 'columnWidth', 'rowHeight'];
  readonly fill: StandinRangeFill;
  readonly font: StandinRangeFont;
  readonly borders: StandinRangeBorderCollection;
  readonly protection: StandinFormatProtection;

  constructor(core: StandinRequestContextCore, path: string, resolve: RangeResolver) {
    super(core, path, resolve, '');
    this.fill = new StandinRangeFill(core, `${path}.fill`, resolve, 'fill');
    this.font = new StandinRangeFont(core, `${path}.font`, resolve, 'font');
    this.borders = new StandinRangeBorderCollection(core, `${path}.borders`, resolve);
    this.protection = new StandinFormatProtection(core, `${path}.protection`, resolve, 'protection');
  }

  get wrapText(): boolean { return this.get('wrapText'); }
  set wrapText(value: boolean) { this.set('wrapText', value); }
  get horizontalAlignment(): Excel.RangeFormat['horizontalAlignment'] { return this.get('horizontalAlignment'); }
  set horizontalAlignment(value: Excel.RangeFormat['horizontalAlignment']) { this.set('horizontalAlignment', value); }
  get verticalAlignment(): Excel.RangeFormat['verticalAlignment'] { return this.get('verticalAlignment'); }
  set verticalAlignment(value: Excel.RangeFormat['verticalAlignment']) { this.set('verticalAlignment', value); }
  get columnWidth(): number { return this.get('columnWidth'); }
  set columnWidth(value: number) { this.set('columnWidth', value, checkPositive); }
  get rowHeight(): number { return this.get('rowHeight'); }
  set rowHeight(value: number) { this.set('rowHeight', value, checkPositive); }

  protected override navigation(name: string): StandinClientObject | undefined {
    return ({ fill: this.fill, font: this.font, protection: this.protection } as Record<string, StandinClientObject>)[name];
  }
}
