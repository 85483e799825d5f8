import type { PaneContext, StepView } from '../context';
import { el, replace } from '../dom';
import { filePicker } from '../files';
import type { MergeFileResult, MergeOutcome, PickedFile } from '../store/ledger-store';
import { button, resultRegion, stepFrame } from './step-frame';

/**
 * 合并报送: picking the returns merges them (the file dialog is the one click), with progress
 * per file; then the report with conflicts and 催报名单, and undo.
 */
export function createMergeStep(ctx: PaneContext): StepView {
  const { t, store } = ctx;
  const fileList = el('ol', { class: 'file-list', 'aria-label': t.pickReturns });
  const undoButton = button(t.undo, () => void undo(), 'secondary');
  const report = resultRegion(t.mergeReport);
  const picker = filePicker(t.pickReturns, '.xlsx', true, (files) => void merge(files));
  const element = stepFrame(t.stepTitles.merge, t.mergeIntro,
    el('div', { class: 'actions' }, picker.element), fileList, report, el('div', { class: 'actions' }, undoButton));
  let rows: HTMLElement[] = [];

  function fileRow(name: string, r: MergeFileResult): HTMLElement {
    return el('li', { class: `file-row state-${r.state}` },
      el('span', { class: 'file-name' }, name),
      el('span', { class: 'file-state' }, r.state === 'merged' ? t.mergedTasks(r.changes) : t.fileStates[r.state]),
      r.message ? el('span', { class: 'file-message' }, r.message) : null);
  }

  function onFile(index: number, r: MergeFileResult): void {
    const row = fileRow(r.file, r);
    rows[index]?.replaceWith(row);
    rows[index] = row;
  }

  async function merge(files: PickedFile[]): Promise<void> {
    if (!ctx.ledger()) return ctx.showError(t.needLedger);
    rows = files.map((f) => fileRow(f.name, { file: f.name, state: 'waiting', changes: 0 }));
    replace(fileList, ...rows);
    replace(report);
    const outcome = await ctx.run(async (progress) => {
      let done = 0;
      progress(0, files.length);
      return store.consolidate(files, ctx.today(), (i, r) => {
        onFile(i, r);
        if (r.state !== 'reading') progress(++done, files.length);
      });
    });
    if (!outcome) return;
    showReport(outcome);
    const ledger = await ctx.run(() => store.load());
    if (ledger) ctx.setLedger(ledger);
    ctx.announce(t.mergeApplied(outcome.files.length, outcome.tasksUpdated, outcome.changes));
  }

  function showReport(outcome: MergeOutcome): void {
    replace(report,
      el('h3', {}, t.mergeReport),
      el('p', {}, t.mergeApplied(outcome.files.length, outcome.tasksUpdated, outcome.changes)),
      el('h4', {}, t.conflicts),
      outcome.conflicts.length === 0 ? el('p', {}, t.noConflicts) : el('ul', { class: 'conflicts' },
        ...outcome.conflicts.map((c) => el('li', {},
          el('span', { class: 'unit-name' }, c.unit), ' ',
          el('span', { class: 'task-id' }, c.taskId), ' ',
          el('span', { class: 'message' }, c.message),
          el('span', { class: 'where' }, c.file)))),
      el('h4', {}, t.chaseList),
      outcome.chase.length === 0 ? el('p', {}, t.noChase) : el('ul', { class: 'chase' }, ...outcome.chase.map((u) => el('li', {}, u))));
  }

  async function undo(): Promise<void> {
    const undone = await ctx.run(() => store.undoLastMerge(ctx.today()));
    if (undone === undefined) return;
    const message = undone.restored === 0 ? t.nothingToUndo : t.undone(undone.restored);
    replace(report, el('p', {}, message), ...undone.messages.map((m) => el('p', { class: 'warning' }, m)));
    ctx.announce(message);
    const ledger = await ctx.run(() => store.load());
    if (ledger) ctx.setLedger(ledger);
  }

  function refresh(): void {
    const ledger = ctx.ledger();
    undoButton.disabled = !ledger || ledger.changes.length === 0;
    picker.button.disabled = !ledger;
    if (!ledger && rows.length === 0) replace(report, el('p', {}, t.needLedger));
  }

  return { element, refresh };
}
