/**
 * The task pane's entry. office.js is loaded here, after the page has painted, and
 * Office.onReady tells whether we run inside Excel; outside (a plain browser, WPS users) the
 * same page works on .xlsx files. The store is chosen here, once.
 */
import { startApp } from './app';
import { STEP_IDS, type HostCaps, type StepId } from './context';
import { langAttr, stringsFor } from './i18n';
import type { LedgerStore } from './store/ledger-store';
import { ExcelLedgerStore } from './store/excel-store';
import { FileLedgerStore } from './store/file-store';

/** How long an Office host has to answer before the pane starts on files. */
const OFFICE_WAIT_MS = 3_000;

// office.js may be unreachable (no network, a blocked CDN, a network that silently drops the
// request): the file mode needs none of it, so it never waits longer than OFFICE_WAIT_MS. If
// Excel answers later (a slow network inside Excel) and nothing was done on files yet, the pane
// starts again, in Excel.
let started: { inExcel: boolean; store: LedgerStore } | null = null;
whenOfficeAnswers(officeJsUrl(), OFFICE_WAIT_MS, (inExcel) => {
  if (!started) started = start(inExcel);
  else if (inExcel && !started.inExcel) void started.store.load().then((ledger) => { if (!ledger) started = start(true); });
});
// In a browser the ledger lives only in the page until it is downloaded: ask before leaving.
window.addEventListener('beforeunload', (event) => {
  if (started?.store.hasUnsavedChanges?.()) event.preventDefault();
});

function officeJsUrl(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="office-js"]')?.content ?? '';
}

/**
 * Loads office.js without blocking the page. `answer` is called once with whether Excel
 * answered within `waitMs` (false on a timeout or a load error), and once more with true should
 * Excel answer after the timeout.
 */
function whenOfficeAnswers(url: string, waitMs: number, answer: (inExcel: boolean) => void): void {
  let timedOut = false;
  let answered = false;
  const timer = setTimeout(() => { timedOut = true; answer(false); }, waitMs);
  const settle = (inExcel: boolean) => {
    if (answered) return;
    answered = true;
    clearTimeout(timer);
    if (!timedOut || inExcel) answer(inExcel);
  };
  if (!url) return settle(false);
  const script = document.createElement('script');
  script.src = url;
  script.async = true;
  script.addEventListener('error', () => settle(false));
  script.addEventListener('load', () => {
    if (typeof Office === 'undefined') return settle(false);
    void Office.onReady((info) => settle(info.host === Office.HostType.Excel));
  });
  document.head.appendChild(script);
}

function start(inExcel: boolean): { inExcel: boolean; store: LedgerStore } | null {
  const root = document.getElementById('app');
  if (!root) return null;
  const language = inExcel ? Office.context.displayLanguage : null;
  document.documentElement.lang = langAttr(language);
  const t = stringsFor(language);
  document.title = t.appTitle;
  const store: LedgerStore = inExcel ? new ExcelLedgerStore() : new FileLedgerStore();
  const ctx = startApp({ root, t, store, host: hostCaps(inExcel), firstStep: stepFromUrl() });
  if (inExcel) void ctx.run(() => store.load()).then((ledger) => ledger && ctx.setLedger(ledger));
  return { inExcel, store };
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
