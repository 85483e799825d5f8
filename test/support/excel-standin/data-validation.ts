/**
 * Range.dataValidation (ExcelApi 1.8). A list source must be an address string (`=单位名录!$A$2:$A$200`)
 * or an inline list of at most 255 characters; a Range object is refused (see OFFICE-NOTES).
 */
import { rectsOverlap, type Rect } from './address';
import { StandinClientObject } from './client-object';
import type { StandinRequestContextCore } from './context';
import { fail } from './errors';
import type { RangeResolver } from './range';
import type { SheetState, ValidationState } from './state';

const INLINE_LIST_LIMIT = 255;
/** Excel's limits on the texts of a validation's messages. */
const TITLE_LIMIT = 32;
const ERROR_MESSAGE_LIMIT = 225;
const PROMPT_MESSAGE_LIMIT = 255;

function checkTexts(title: string | undefined, message: string | undefined, messageLimit: number): void {
  if ((title ?? '').length > TITLE_LIMIT) fail('InvalidArgument', `validation title over ${TITLE_LIMIT} characters: ${title}`);
  if ((message ?? '').length > messageLimit) fail('InvalidArgument', `validation message over ${messageLimit} characters`);
}

export class StandinDataValidation extends StandinClientObject implements Pick<Excel.DataValidation, 'rule' | 'errorAlert' | 'prompt' | 'ignoreBlanks'> {
  protected readonly scalarNames = ['rule', 'errorAlert', 'prompt', 'ignoreBlanks', 'type'];

  constructor(core: StandinRequestContextCore, path: string, private readonly resolve: RangeResolver) {
    super(core, path);
  }

  get rule(): Excel.DataValidationRule { return this.loaded('rule'); }
  set rule(rule: Excel.DataValidationRule) {
    this.write('rule', rule, () => {
      checkRule(rule);
      const { sheet, rect } = this.resolve();
      const same = validationAt(sheet, rect);
      if (same) same.rule = rule;
      else if (sheet.validations.some((v) => rectsOverlap(v.rect, rect))) fail('InvalidOperation', `${sheet.name}: the range already has another data validation; clear() it first`);
      else sheet.validations.push({ rect, rule, ignoreBlanks: true });
    });
  }

  get errorAlert(): Excel.DataValidationErrorAlert { return this.loaded('errorAlert'); }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.write('errorAlert', alert, () => {
      checkTexts(alert.title, alert.message, ERROR_MESSAGE_LIMIT);
      const { sheet, rect } = this.resolve();
      this.existing(sheet, rect).errorAlert = { ...alert };
    });
  }

  get prompt(): Excel.DataValidationPrompt { return this.loaded('prompt'); }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.write('prompt', prompt, () => {
      checkTexts(prompt.title, prompt.message, PROMPT_MESSAGE_LIMIT);
      const { sheet, rect } = this.resolve();
      this.existing(sheet, rect).prompt = { ...prompt };
    });
  }

  get ignoreBlanks(): boolean { return this.loaded('ignoreBlanks'); }
  set ignoreBlanks(value: boolean) {
    this.write('ignoreBlanks', value, () => {
      const { sheet, rect } = this.resolve();
      this.existing(sheet, rect).ignoreBlanks = value;
    });
  }

  clear(): void {
    this.call('clear', [], () => {
      const { sheet, rect } = this.resolve();
      sheet.validations = sheet.validations.filter((v) => !rectsOverlap(v.rect, rect));
    });
  }

  private existing(sheet: SheetState, rect: Rect): ValidationState {
    return validationAt(sheet, rect) ?? fail('InvalidOperation', `${sheet.name}: set the rule before the other validation properties`);
  }

  protected readScalar(name: string): unknown {
    const { sheet, rect } = this.resolve();
    const v = validationAt(sheet, rect);
    switch (name) {
      case 'rule': return v?.rule ?? {};
      case 'errorAlert': return v?.errorAlert ?? { message: '', showAlert: true, style: 'Stop', title: '' };
      case 'prompt': return v?.prompt ?? { message: '', showPrompt: false, title: '' };
      case 'ignoreBlanks': return v?.ignoreBlanks ?? true;
      case 'type': return v ? Object.keys(v.rule)[0] : 'None';
      default: return fail('InvalidArgument', `DataValidation has no property ${name}`);
    }
  }
}

function validationAt(sheet: SheetState, rect: Rect): ValidationState | undefined {
  return sheet.validations.find((v) => v.rect.row === rect.row && v.rect.column === rect.column && v.rect.rowCount === rect.rowCount && v.rect.columnCount === rect.columnCount);
}

function checkRule(rule: Excel.DataValidationRule): void {
  const kinds = Object.keys(rule);
  if (kinds.length !== 1) fail('InvalidArgument', `a data-validation rule has exactly one kind, got ${kinds.join(',') || 'none'}`);
  const list = rule.list;
  if (!list) return;
  if (typeof list.source !== 'string') fail('InvalidArgument', 'list source must be an address string or an inline list, not a Range object');
  if (!list.source.startsWith('=') && list.source.length > INLINE_LIST_LIMIT) {
    fail('InvalidArgument', `inline list of ${list.source.length} characters is over Excel's ${INLINE_LIST_LIMIT}-character limit`);
  }
}
