import type { StatusGrouping } from '../../core/report';
import type { PaneContext, StepView } from '../context';
import { el, replace, uid } from '../dom';
import { downloadBytes, XLSX_MIME } from '../download';
import { button, resultRegion, showNeedLedger, stepFrame } from './step-frame';

/** 打印: builds the 推进情况表; Office.js cannot print, so the user prints with the host's own dialog. */
export function createPrintStep(ctx: PaneContext): StepView {
  const { t, store } = ctx;
  const result = resultRegion(t.stepTitles.print);
  const groupingId = uid('grouping');
  const grouping = el('select', { id: groupingId },
    el('option', { value: 'category' }, t.groupByCategory),
    el('option', { value: 'unit' }, t.groupByUnit));
  const buildButton = button(store.mode === 'excel' ? t.buildStatusTable : t.buildAndDownload, () => void build());
  const element = stepFrame(t.stepTitles.print, t.printIntro,
    el('div', { class: 'field inline' }, el('label', { for: groupingId }, t.groupingLabel), grouping),
    el('div', { class: 'actions' }, buildButton),
    el('p', { class: 'hint print-hint' }, store.mode === 'excel' ? t.printHintExcel : t.printHintFile),
    result);

  async function build(): Promise<void> {
    const today = ctx.today();
    const by = grouping.value as StatusGrouping;
    const done = await ctx.run(async () => {
      const { file, notices } = await store.buildStatusTable(today, by);
      if (file) downloadBytes(file.name, file.bytes, XLSX_MIME);
      return { message: file ? t.statusTableDownloaded(file.name) : t.statusTableBuilt, notices };
    });
    if (!done) return;
    replace(result, ...done.notices.map((n) => el('p', { class: 'notice' }, n)));
    ctx.announce(done.message);
  }

  function refresh(): void {
    buildButton.disabled = !ctx.ledger();
    showNeedLedger(result, !ctx.ledger(), t.needLedger);
  }

  return { element, refresh };
}
