/**
 * Browser entry used instead of office.js in the add-in e2e test: the in-memory Excel stand-in
 * as the `Office` and `Excel` globals, plus the few Office members the pane itself uses
 * (onReady with a callback, displayLanguage, platform, a dialog that records its messages).
 * `window.__standin` lets the test read the workbook model afterwards.
 */
import { createExcelStandin } from '../../support/excel-standin';
import { StandinRange } from '../../support/excel-standin/range';
import { StandinWorkbook } from '../../support/excel-standin/workbook';

declare global {
  interface Window {
    __standin: ReturnType<typeof createExcelStandin>;
    __dialogs: string[];
    __workbooksCreated: string[];
    __actions: Record<string, (event: { completed(): void }) => unknown>;
    /** The A1 address the test "selects" in the active sheet; the paths of ranges the pane selected. */
    __selection: string;
    __selected: string[];
  }
}

// The stand-in has no selection: the pane's two selection calls, recorded for the test.
type Patchable = Record<string, unknown> & { worksheets: { getActiveWorksheet(): { getRange(a: string): unknown } } };
(StandinWorkbook.prototype as unknown as Patchable).getSelectedRange = function (this: Patchable) {
  return this.worksheets.getActiveWorksheet().getRange(window.__selection);
};
(StandinRange.prototype as unknown as Record<string, unknown>).select = function (this: { path: string; call(m: string, a: unknown[], f: () => void): void }) {
  this.call('select', [], () => window.__selected.push(this.path));
};
// `text` is read on load by the stand-in but has no getter yet.
if (!Object.getOwnPropertyDescriptor(StandinRange.prototype, 'text')) {
  Object.defineProperty(StandinRange.prototype, 'text', { get(this: { loaded(n: string): unknown }) { return this.loaded('text'); } });
}
window.__selection = 'A1';
window.__selected = [];

const standin = createExcelStandin({ maxApiVersion: '1.9' });
standin.install(window as unknown as Record<string, unknown>);
const office = window.Office as unknown as Record<string, unknown> & { context: Record<string, unknown> };
/** `?platform=PC` stands in for desktop Excel (no downloads in the pane); Excel on the web otherwise. */
const platform = new URLSearchParams(location.search).get('platform') ?? 'OfficeOnline';
const ready = { host: 'Excel', platform };
office.onReady = (callback?: (info: typeof ready) => void) => {
  if (callback) setTimeout(() => callback(ready), 0);
  return Promise.resolve(ready);
};
office.context.displayLanguage = new URLSearchParams(location.search).get('lang') ?? 'zh-CN';
office.context.platform = platform;
window.__dialogs = [];
office.context.ui = {
  displayDialogAsync: (url: string, _options: unknown, callback: (r: { status: string }) => void) => {
    window.__dialogs.push(url);
    callback({ status: 'failed' });
  },
};
window.__workbooksCreated = [];
(window.Excel as unknown as Record<string, unknown>).createWorkbook = async (base64: string) => {
  window.__workbooksCreated.push(base64);
};
window.__actions = {};
office.actions = { associate: (name: string, fn: (event: { completed(): void }) => unknown) => { window.__actions[name] = fn; } };
window.__standin = standin;
