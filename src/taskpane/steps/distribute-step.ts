import { planReturns, type DistributeOptions, type DistributionPlan, type ReturnPlan } from '../../core/distribute';
import type { PaneContext, StepView } from '../context';
import { el, replace, uid } from '../dom';
import { downloadBytes, toBase64, ZIP_MIME } from '../download';
import { writeReturnFile, zipReturns } from '../workflow';
import { button, resultRegion, stepFrame } from './step-frame';

const ROUND = /^\d{4}-\d{2}$/;

/** 分发: one return workbook per lead unit — a .zip download, or opened in Excel one by one. */
export function createDistributeStep(ctx: PaneContext): StepView {
  const { t, host } = ctx;
  const roundId = uid('round');
  const round = el('input', { id: roundId, type: 'text', size: '8', maxlength: '7', autocomplete: 'off', 'aria-describedby': `${roundId}-hint` });
  const reportById = uid('report-by');
  const reportBy = el('input', { id: reportById, type: 'date', 'aria-describedby': `${reportById}-hint` });
  const summary = el('p', { class: 'counts' });
  const list = el('ul', { class: 'unit-list', 'aria-label': t.stepTitles.distribute });
  const result = resultRegion(t.stepTitles.distribute);
  const zipButton = button(t.makeZip, () => void downloadZip());
  const element = stepFrame(t.stepTitles.distribute, t.distributeIntro,
    el('div', { class: 'field inline' }, el('label', { for: roundId }, t.roundLabel), round, el('span', { class: 'hint', id: `${roundId}-hint` }, t.roundHint)),
    el('div', { class: 'field inline' }, el('label', { for: reportById }, t.reportByLabel), reportBy, el('span', { class: 'hint', id: `${reportById}-hint` }, t.reportByHint)),
    el('div', { class: 'actions' }, zipButton), result, summary, list);
  round.value = ctx.today().slice(0, 7);
  // Redrawn while typing, never on blur: a redraw on `change` would swallow a click on a unit's button.
  round.addEventListener('input', () => refresh());
  reportBy.addEventListener('input', () => refresh());
  let shown: { ledger: unknown; key: string } | null = null;

  /** Round and 报送截止日期 as typed; null when the round is not `year-month`. */
  function options(): DistributeOptions | null {
    if (!ROUND.test(round.value.trim())) return null;
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
    replace(result, el('p', {}, t.zipReady(zip.name)));
    ctx.announce(t.zipReady(zip.name));
  }

  async function openInExcel(unitPlan: ReturnPlan): Promise<void> {
    const done = await ctx.run(async () => {
      const bytes = await writeReturnFile(unitPlan);
      await Excel.createWorkbook(toBase64(bytes));
      return true;
    });
    if (done) ctx.announce(t.workbookOpened(unitPlan.unit));
  }

  function refresh(): void {
    const ledger = ctx.ledger();
    zipButton.hidden = !host.canDownload;
    zipButton.disabled = !ledger;
    const chosen = options();
    const key = JSON.stringify(chosen);
    if (shown && shown.ledger === ledger && shown.key === key) return;
    shown = { ledger, key };
    const plan = ledger && chosen ? planReturns(ledger, chosen) : null;
    if (!plan) {
      replace(summary, ledger ? t.roundBad(round.value) : t.needLedger);
      replace(list);
      return;
    }
    replace(summary, t.returnsPlanned(plan.returns.length), ...plan.findings.map((f) => el('span', { class: 'warning' }, f.message)));
    replace(list, ...plan.returns.map((p) => el('li', {},
      el('span', { class: 'unit-name' }, p.unit),
      el('span', { class: 'count' }, t.unitTasks(p.rows.length)),
      host.canCreateWorkbook ? button(t.openInExcel, () => void openInExcel(p), 'secondary', { class: 'secondary compact', 'aria-label': `${t.openInExcel}：${p.unit}` }) : null)));
  }

  return { element, refresh };
}
