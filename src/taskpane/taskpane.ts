/**
 * The task pane's entry. Office.onReady tells whether we run inside Excel; outside (a plain
 * browser, WPS users) the same page works on .xlsx files. The store is chosen here, once.
 */
import { startApp } from './app';
import { STEP_IDS, type HostCaps, type StepId } from './context';
import { langAttr, stringsFor } from './i18n';
import type { LedgerStore } from './store/ledger-store';
import { ExcelLedgerStore } from './store/excel-store';
import { FileLedgerStore } from './store/file-store';

// office.js may be unreachable (no network, a blocked CDN): the file mode needs none of it.
if (typeof Office === 'undefined') start(false);
else Office.onReady((info) => start(info.host === Office.HostType.Excel));

function start(inExcel: boolean): void {
  const root = document.getElementById('app');
  if (!root) return;
  const language = inExcel ? Office.context.displayLanguage : null;
  document.documentElement.lang = langAttr(language);
  const t = stringsFor(language);
  document.title = t.appTitle;
  const store: LedgerStore = inExcel ? new ExcelLedgerStore() : new FileLedgerStore();
  const ctx = startApp({ root, t, store, host: hostCaps(inExcel), firstStep: stepFromUrl() });
  if (inExcel) void ctx.run(() => store.load()).then((ledger) => ledger && ctx.setLedger(ledger));
  // In a browser the ledger lives only in the page until it is downloaded: ask before leaving.
  window.addEventListener('beforeunload', (event) => {
    if (store.hasUnsavedChanges?.()) event.preventDefault();
  });
}

function hostCaps(inExcel: boolean): HostCaps {
  if (!inExcel) return { canDownload: true, canCreateWorkbook: false };
  const platform = Office.context.platform;
  return {
    // Blob downloads fail in the Mac and iPad panes and show oddly on Windows; Excel on the web is a browser.
    canDownload: platform === Office.PlatformType.OfficeOnline,
    canCreateWorkbook: Office.context.requirements.isSetSupported('ExcelApi', '1.8'),
  };
}

/** `taskpane.html?step=merge` (the ribbon's 合并报送 button) opens the pane on that step. */
function stepFromUrl(): StepId {
  const step = new URLSearchParams(location.search).get('step');
  return (STEP_IDS as readonly string[]).includes(step ?? '') ? (step as StepId) : 'import';
}
