/**
 * Range.conditionalFormats (ExcelApi 1.6). Only the custom (formula) type is modelled in detail;
 * its formula is relative to the top-left cell of the range, as in Excel. A new format goes to
 * the top priority, as `ConditionalFormatCollection.add` does.
 */
import { rectsOverlap } from './address';
import { StandinClientObject } from './client-object';
import type { StandinRequestContextCore } from './context';
import { fail } from './errors';
import type { RangeResolver } from './range';
import type { ConditionalFormatState, SheetState } from './state';

type Holder = { state: ConditionalFormatState; sheet: () => SheetState };

abstract class CfPart extends StandinClientObject {
  constructor(core: StandinRequestContextCore, path: string, protected readonly holder: Holder) {
    super(core, path);
  }
  protected change(name: string, value: unknown, apply: (state: ConditionalFormatState) => void): void {
    this.write(name, value, () => {
      this.holder.sheet();
      apply(this.holder.state);
    });
  }
}

export class StandinConditionalFill extends CfPart implements Pick<Excel.ConditionalRangeFill, 'color'> {
  protected readonly scalarNames = ['color'];
  get color(): string { return this.loaded('color'); }
  set color(value: string) { this.change('color', value, (s) => { s.fillColor = value; }); }
  protected readScalar(): unknown { return this.holder.state.fillColor ?? null; }
}

export class StandinConditionalFont extends CfPart implements Pick<Excel.ConditionalRangeFont, 'color' | 'bold'> {
  protected readonly scalarNames = ['color', 'bold'];
  get color(): string { return this.loaded('color'); }
  set color(value: string) { this.change('color', value, (s) => { s.fontColor = value; }); }
  get bold(): boolean { return this.loaded('bold'); }
  set bold(value: boolean) { this.change('bold', value, (s) => { s.bold = value; }); }
  protected readScalar(name: string): unknown { return name === 'bold' ? this.holder.state.bold ?? null : this.holder.state.fontColor ?? null; }
}

export class StandinConditionalRangeFormat {
  readonly fill: StandinConditionalFill;
  readonly font: StandinConditionalFont;
  constructor(core: StandinRequestContextCore, path: string, holder: Holder) {
    this.fill = new StandinConditionalFill(core, `${path}.fill`, holder);
    this.font = new StandinConditionalFont(core, `${path}.font`, holder);
  }
}

export class StandinConditionalFormatRule extends CfPart implements Pick<Excel.ConditionalFormatRule, 'formula'> {
  protected readonly scalarNames = ['formula'];
  get formula(): string { return this.loaded('formula'); }
  set formula(value: string) {
    this.change('formula', value, (s) => {
      if (typeof value !== 'string' || !value.startsWith('=')) fail('InvalidArgument', `a conditional-format formula starts with "=": ${String(value)}`);
      s.formula = value;
    });
  }
  protected readScalar(): unknown { return this.holder.state.formula; }
}

export class StandinCustomConditionalFormat {
  readonly rule: StandinConditionalFormatRule;
  readonly format: StandinConditionalRangeFormat;
  constructor(core: StandinRequestContextCore, path: string, holder: Holder) {
    this.rule = new StandinConditionalFormatRule(core, `${path}.rule`, holder);
    this.format = new StandinConditionalRangeFormat(core, `${path}.format`, holder);
  }
}

export class StandinConditionalFormat extends CfPart implements Pick<Excel.ConditionalFormat, 'priority' | 'stopIfTrue' | 'type'> {
  protected readonly scalarNames = ['priority', 'stopIfTrue', 'type'];
  private customPart?: StandinCustomConditionalFormat;

  get custom(): StandinCustomConditionalFormat {
    if (this.holder.state.type !== 'Custom') fail('InvalidOperation', `conditional format is ${this.holder.state.type}, not Custom`);
    return (this.customPart ??= new StandinCustomConditionalFormat(this.core, `${this.path}.custom`, this.holder));
  }
  get type(): Excel.ConditionalFormat['type'] { return this.loaded('type'); }
  get priority(): number { return this.loaded('priority'); }
  set priority(value: number) {
    this.change('priority', value, (s) => {
      const list = this.holder.sheet().conditionalFormats;
      list.splice(list.indexOf(s), 1);
      list.splice(Math.min(value, list.length), 0, s);
      list.forEach((cf, i) => { cf.priority = i; });
    });
  }
  get stopIfTrue(): boolean { return this.loaded('stopIfTrue'); }
  set stopIfTrue(value: boolean) { this.change('stopIfTrue', value, (s) => { s.stopIfTrue = value; }); }
  protected readScalar(name: string): unknown {
    return (this.holder.state as unknown as Record<string, unknown>)[name];
  }
}

export class StandinConditionalFormatCollection extends StandinClientObject {
  protected readonly scalarNames = [];

  constructor(core: StandinRequestContextCore, path: string, private readonly resolve: RangeResolver) {
    super(core, path);
  }

  add(type: Excel.ConditionalFormatType | 'Custom' | 'DataBar' | 'ColorScale' | 'IconSet' | 'TopBottom' | 'PresetCriteria' | 'ContainsText' | 'CellValue'): StandinConditionalFormat {
    const state: ConditionalFormatState = { id: '', rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 }, type, formula: '', priority: 0, stopIfTrue: false };
    let sheet: SheetState | undefined;
    const holder: Holder = { state, sheet: () => sheet ?? fail('InvalidOperation', 'conditional format used before it was added') };
    this.call('add', [type], () => {
      const target = this.resolve();
      sheet = target.sheet;
      state.rect = target.rect;
      state.id = `cf-${sheet.conditionalFormats.length + 1}-${sheet.id}`;
      // Excel adds a new conditional format at the top priority (0), pushing the others down.
      sheet.conditionalFormats.unshift(state);
      sheet.conditionalFormats.forEach((cf, i) => { cf.priority = i; });
    });
    return new StandinConditionalFormat(this.core, `${this.path}.add(${type})`, holder);
  }

  clearAll(): void {
    this.call('clearAll', [], () => {
      const { sheet, rect } = this.resolve();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !rectsOverlap(cf.rect, rect));
      sheet.conditionalFormats.forEach((cf, i) => { cf.priority = i; });
    });
  }

  protected readScalar(name: string): unknown {
    return fail('InvalidArgument', `ConditionalFormatCollection has no property ${name}`);
  }
}
