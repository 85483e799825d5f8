import { isRound } from '../../core/consolidate';
import { planReturns, type DistributeOptions, type DistributionPlan, type ReturnPlan } from '../../core/distribute';
import type { PaneContext, StepView } from '../context';
import { el, replace, uid } from '../dom';
import { downloadBytes, toBase64, XLSX_MIME, ZIP_MIME } from '../download';
import { writeReturnFile, zipReturns } from '../workflow';
import { button, resultRegion, stepFrame } from './step-frame';

/** Where a unit's return stands in this session: opened in Excel, saved (downloaded, or ticked by the clerk). */
interface ReturnState {
  opened: boolean;
  saved: boolean;
}

/** A unit's line in the list, redrawn in place when its state changes. */
interface UnitRow {
  plan: ReturnPlan;
  element: HTMLLIElement;
  update(): void;
}

/**
 * 分发: one return workbook per lead unit. Where the host downloads (a browser, Excel on the
 * web): one .zip of all of them, or one unit's file. In desktop Excel, which cannot download:
 * every return opened in Excel in one action, or one by one. Either way the list names the
 * file each return is to be saved as and marks each unit 已保存, so none is missed.
 */
export function createDistributeStep(ctx: PaneContext): StepView {
  const { t, host } = ctx;
  const roundId = uid('round');
  const round = el('input', { id: roundId, type: 'text', size: '8', maxlength: '7', autocomplete: 'off', 'aria-describedby': `${roundId}-hint` });
  const reportById = uid('report-by');
  const reportBy = el('input', { id: reportById, type: 'date', 'aria-describedby': `${reportById}-hint` });
  const summary = el('p', { class: 'counts' });
  const savedLine = el('p', { class: 'saved-count' });
  const list = el('ul', { class: 'unit-list', 'aria-label': t.stepTitles.distribute });
  const result = resultRegion(t.stepTitles.distribute);
  const zipButton = button(t.makeZip, () => void downloadZip());
  const openAllButton = button(t.openAllInExcel(0), () => void openAll());
  const opensAll = !host.canDownload && host.canCreateWorkbook;
  const element = stepFrame(t.stepTitles.distribute, t.distributeIntro,
    el('div', { class: 'field inline' }, el('label', { for: roundId }, t.roundLabel), round, el('span', { class: 'hint', id: `${roundId}-hint` }, t.roundHint)),
    el('div', { class: 'field inline' }, el('label', { for: reportById }, t.reportByLabel), reportBy, el('span', { class: 'hint', id: `${reportById}-hint` }, t.reportByHint)),
    el('div', { class: 'actions' }, zipButton, openAllButton),
    opensAll ? el('p', { class: 'hint' }, t.saveAsHint) : null,
    result, summary, savedLine, list);
  round.value = ctx.today().slice(0, 7);
  // Redrawn while typing, never on blur: a redraw on `change` would swallow a click on a unit's button.
  round.addEventListener('input', () => refresh());
  reportBy.addEventListener('input', () => refresh());
  let shown: { ledger: unknown; key: string } | null = null;
  let rows: UnitRow[] = [];
  /** By file name (unit and round): a return saved for one round is not marked for another. */
  const states = new Map<string, ReturnState>();

  function stateOf(plan: ReturnPlan): ReturnState {
    let state = states.get(plan.fileName);
    if (!state) states.set(plan.fileName, (state = { opened: false, saved: false }));
    return state;
  }

  /** Round and 报送截止日期 as typed; null when the round is not `year-month`. */
  function options(): DistributeOptions | null {
    if (!isRound(round.value.trim())) return null;
    return reportBy.value ? { round: round.value.trim(), reportBy: reportBy.value } : { round: round.value.trim() };
  }

  /** The plan for the current ledger and options; shows an error and returns null when the round is bad. */
  function currentPlan(): DistributionPlan | null {
    const ledger = ctx.ledger();
    if (!ledger) return null;
    const chosen = options();
    if (!chosen) {
      ctx.showError(t.roundBad(round.value));
      return null;
    }
    return planReturns(ledger, chosen);
  }

  async function downloadZip(): Promise<void> {
    const plan = currentPlan();
    const ledger = ctx.ledger();
    if (!plan || !ledger) return;
    const zip = await ctx.run((progress) => zipReturns(ledger, plan, progress));
    if (!zip) return;
    downloadBytes(zip.name, zip.bytes, ZIP_MIME);
    for (const p of plan.returns) stateOf(p).saved = true;
    updateRows();
    replace(result, el('p', {}, t.zipReady(zip.name)));
    ctx.announce(t.zipReady(zip.name));
  }

  async function downloadOne(unitPlan: ReturnPlan): Promise<void> {
    const bytes = await ctx.run(() => writeReturnFile(unitPlan));
    if (!bytes) return;
    downloadBytes(unitPlan.fileName, bytes, XLSX_MIME);
    stateOf(unitPlan).saved = true;
    updateRows();
    ctx.announce(t.returnDownloaded(unitPlan.fileName));
  }

  async function openInExcel(unitPlan: ReturnPlan): Promise<void> {
    const done = await ctx.run(async () => {
      await createWorkbook(unitPlan);
      return true;
    });
    updateRows();
    if (done) ctx.announce(t.workbookOpened(unitPlan.unit, unitPlan.fileName));
  }

  /** Every unit's return opened in Excel, one after the other; each row marked as its workbook opens. */
  async function openAll(): Promise<void> {
    const plan = currentPlan();
    if (!plan) return;
    const opened = await ctx.run(async (progress) => {
      for (const [i, unitPlan] of plan.returns.entries()) {
        progress(i, plan.returns.length);
        await createWorkbook(unitPlan);
        updateRows();
      }
      progress(plan.returns.length, plan.returns.length);
      return plan.returns.length;
    });
    updateRows();
    if (opened !== undefined) {
      replace(result, el('p', {}, t.allOpened(opened)));
      ctx.announce(t.allOpened(opened));
    }
  }

  async function createWorkbook(unitPlan: ReturnPlan): Promise<void> {
    const bytes = await writeReturnFile(unitPlan);
    await Excel.createWorkbook(toBase64(bytes));
    stateOf(unitPlan).opened = true;
  }

  function unitRow(plan: ReturnPlan): UnitRow {
    const badge = el('span', { class: 'file-state' });
    const saved = el('input', { type: 'checkbox', 'aria-label': `${t.savedMark}：${plan.unit}` });
    saved.addEventListener('change', () => {
      stateOf(plan).saved = saved.checked;
      updateRows();
    });
    const download = host.canDownload
      ? button(t.downloadOne, () => void downloadOne(plan), 'secondary', { class: 'secondary compact', 'aria-label': `${t.downloadOne}：${plan.unit}` })
      : null;
    const open = host.canCreateWorkbook
      ? button(t.openInExcel, () => void openInExcel(plan), 'secondary', { class: 'secondary compact', 'aria-label': `${t.openInExcel}：${plan.unit}` })
      : null;
    const element = el('li', { class: 'unit-row' },
      el('span', { class: 'unit-name' }, plan.unit),
      el('span', { class: 'count' }, t.unitTasks(plan.rows.length)),
      badge,
      el('span', { class: 'return-file' }, plan.fileName),
      open,
      download,
      el('label', { class: 'saved-mark' }, saved, t.savedMark));
    const update = () => {
      const state = stateOf(plan);
      saved.checked = state.saved;
      element.className = `unit-row ${state.saved ? 'state-merged' : state.opened ? 'state-read' : 'state-waiting'}`;
      replace(badge, state.saved ? t.savedMark : state.opened ? t.openedMark : t.notSavedMark);
    };
    update();
    return { plan, element, update };
  }

  function updateRows(): void {
    for (const row of rows) row.update();
    const saved = rows.filter((r) => stateOf(r.plan).saved).length;
    replace(savedLine, rows.length === 0 ? '' : t.savedCount(saved, rows.length));
  }

  function refresh(): void {
    const ledger = ctx.ledger();
    zipButton.hidden = !host.canDownload;
    zipButton.disabled = !ledger;
    openAllButton.hidden = !opensAll;
    const chosen = options();
    const key = JSON.stringify(chosen);
    if (shown && shown.ledger === ledger && shown.key === key) return;
    shown = { ledger, key };
    const plan = ledger && chosen ? planReturns(ledger, chosen) : null;
    openAllButton.disabled = !plan || plan.returns.length === 0;
    replace(openAllButton, t.openAllInExcel(plan?.returns.length ?? 0));
    if (!plan) {
      replace(summary, ledger ? t.roundBad(round.value) : t.needLedger);
      rows = [];
      replace(list);
      updateRows();
      return;
    }
    replace(summary, t.returnsPlanned(plan.returns.length), ...plan.findings.map((f) => el('span', { class: 'warning' }, f.message)));
    rows = plan.returns.map(unitRow);
    replace(list, ...rows.map((r) => r.element));
    updateRows();
  }

  return { element, refresh };
}
