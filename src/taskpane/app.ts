import type { Ledger } from '../core/ledger';
import type { Strings } from './i18n';
import { el, replace } from './dom';
import { STEP_IDS, type HostCaps, type PaneContext, type Progress, type StepId, type StepView } from './context';
import { NoLedgerError, type LedgerStore } from './store/ledger-store';
import { createBusy } from './busy';
import { createStepNav } from './step-nav';
import { localToday } from './today';
import { createImportStep } from './steps/import-step';
import { createCheckStep } from './steps/check-step';
import { createDistributeStep } from './steps/distribute-step';
import { createMergeStep } from './steps/merge-step';
import { createStatusStep } from './steps/status-step';
import { createPrintStep } from './steps/print-step';
import { offerLedgerDownload } from './ledger-download';
import { helpHref } from './help-link';

const STEP_FACTORIES: Record<StepId, (ctx: PaneContext) => StepView> = {
  import: createImportStep,
  check: createCheckStep,
  distribute: createDistributeStep,
  merge: createMergeStep,
  status: createStatusStep,
  print: createPrintStep,
};

export interface AppOptions {
  root: HTMLElement;
  t: Strings;
  store: LedgerStore;
  host: HostCaps;
  firstStep: StepId;
  /** Runs once the pane is drawn (e.g. the print step's build when opened from the ribbon). */
  autoRun?: boolean;
}

/** Draws the pane and wires the steps together. */
export function startApp(options: AppOptions): PaneContext {
  const { root, t, store, host } = options;
  let ledger: Ledger | null = null;
  const views = new Map<StepId, StepView>();

  const ledgerLine = el('p', { class: 'ledger-line', id: 'ledger-line' }, t.noLedger);
  const downloadSlot = el('div', { class: 'download-slot' });
  const header = el('header', { class: 'pane-header' },
    el('div', { class: 'title-row' },
      el('h1', {}, t.appTitle),
      el('span', { class: 'title-end' },
        el('span', { class: 'mode-badge', 'data-mode': store.mode }, store.mode === 'excel' ? t.modeExcel : t.modeFile),
        el('a', { class: 'help-link', href: helpHref(), target: '_blank', rel: 'noopener' }, t.help))),
    el('div', { class: 'ledger-row' }, ledgerLine, downloadSlot));
  const busy = createBusy(t);
  const status = el('p', { class: 'status-line', role: 'status', 'aria-live': 'polite', id: 'status-line' });
  const panels = el('div', { class: 'panels' });
  // A step the user moves to starts clean: the last step's message and error do not carry over.
  const nav = createStepNav(t, (id) => {
    replace(status);
    busy.clearError();
    show(id);
  });
  let loading: Promise<void> | null = null;
  let started = false;

  const ctx: PaneContext = {
    t, store, host,
    today: () => localToday(),
    ledger: () => ledger,
    setLedger(next) {
      ledger = next;
      replace(ledgerLine, next ? t.ledgerLine(next.meta.title, next.tasks.length) : t.noLedger);
      if (store.mode === 'file') offerLedgerDownload(ctx, downloadSlot);
      for (const view of views.values()) view.refresh();
    },
    async run<T>(work: (progress: Progress) => Promise<T>): Promise<T | undefined> {
      busy.start(panels);
      try {
        return await work(busy.progress);
      } catch (error) {
        busy.error(error instanceof NoLedgerError ? t.needLedger : errorMessage(error));
        return undefined;
      } finally {
        busy.stop(panels);
      }
    },
    showError: (message) => busy.error(message),
    announce: (message) => replace(status, message),
    go(id) {
      show(id);
      // The button that was used may now be hidden: keep the keyboard focus on the step shown.
      document.getElementById(`tab-${id}`)?.focus();
    },
  };

  for (const id of STEP_IDS) {
    const view = STEP_FACTORIES[id](ctx);
    view.element.id = `panel-${id}`;
    view.element.setAttribute('role', 'tabpanel');
    view.element.setAttribute('aria-labelledby', `tab-${id}`);
    view.element.hidden = true;
    views.set(id, view);
    panels.appendChild(view.element);
  }

  replace(root, header, nav.element, busy.element, status, panels);

  function show(id: StepId): void {
    nav.select(id);
    for (const [viewId, view] of views) view.element.hidden = viewId !== id;
    views.get(id)?.refresh();
    if (!ledger && started) void detectLedger();
  }

  /** In Excel, the workbook may hold a ledger the pane has not read yet (opened, or made by a ribbon button): look when a step is shown. */
  function detectLedger(): Promise<void> {
    if (store.mode !== 'excel') return Promise.resolve();
    loading ??= store.load().then((found) => {
      if (found && !ledger) ctx.setLedger(found);
    }, () => undefined).finally(() => { loading = null; });
    return loading;
  }

  show(options.firstStep);
  started = true;
  return ctx;
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
