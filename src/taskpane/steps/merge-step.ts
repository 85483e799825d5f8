import type { PaneContext, StepView } from '../context';
import { el, replace } from '../dom';
import { copyText } from '../clipboard';
import { filePicker } from '../files';
import { CONSOLIDATE_MESSAGES, RETURN_FILE_ACCEPT, fileExtension, returnFileKind } from '../../core/consolidate';
import type { MergeFileResult, MergeOutcome, PickedFile } from '../store/ledger-store';
import { bringIntoView, button, resultRegion, showNeedLedger, stepFrame } from './step-frame';

/**
 * 合并报送: picking the returns merges them (the file dialog is the one click), with progress
 * per file; then the report with conflicts and 催报名单, and undo.
 */
export function createMergeStep(ctx: PaneContext): StepView {
  const { t, store } = ctx;
  const fileList = el('ol', { class: 'file-list', 'aria-label': t.pickReturns });
  const undoButton = button(t.undo, () => void undo(), 'secondary');
  const report = resultRegion(t.mergeReport);
  const picker = filePicker(t.pickReturns, RETURN_FILE_ACCEPT, true, (files) => void merge(files));
  const element = stepFrame(t.stepTitles.merge, t.mergeIntro,
    el('div', { class: 'actions' }, picker.element), fileList, report, el('div', { class: 'actions' }, undoButton));
  let rows: HTMLElement[] = [];

  let results: MergeFileResult[] = [];

  function fileRow(name: string, r: MergeFileResult): HTMLElement {
    const state = r.state === 'merged' ? t.mergedTasks(r.changes) : r.state === 'partial' ? t.partlyMerged(r.changes) : t.fileStates[r.state];
    return el('li', { class: `file-row state-${r.state}` },
      el('span', { class: 'file-name' }, name),
      el('span', { class: 'file-state' }, state),
      ...(r.notes ?? []).map((n) => el('span', { class: `file-message note-${n.level}` }, n.message)));
  }

  function onFile(index: number, r: MergeFileResult): void {
    results[index] = r;
    const row = fileRow(r.file, r);
    rows[index]?.replaceWith(row);
    rows[index] = row;
  }

  /**
   * Every picked file is accounted for: a workbook is merged; another spreadsheet format is named
   * with 请另存为 .xlsx (the pane has no LibreOffice to convert it); a lock file or a file that is
   * not a spreadsheet is named and ignored.
   */
  function notMerged(file: PickedFile): MergeFileResult | null {
    const kind = returnFileKind(file.name);
    if (kind === 'workbook') return null;
    if (kind === 'convertible') {
      return { file: file.name, state: 'failed', changes: 0, notes: [{ level: 'error', message: CONSOLIDATE_MESSAGES.needsConversion(file.name, fileExtension(file.name)) }] };
    }
    const message = kind === 'lock-file' ? CONSOLIDATE_MESSAGES.lockFile(file.name) : CONSOLIDATE_MESSAGES.notReturnFile(file.name);
    return { file: file.name, state: 'ignored', changes: 0, notes: [{ level: 'info', message }] };
  }

  async function merge(picked: PickedFile[]): Promise<void> {
    if (!ctx.ledger()) return ctx.showError(t.needLedger);
    const skipped = picked.map(notMerged);
    const files = picked.filter((_, i) => skipped[i] === null);
    const slot = picked.map((_, i) => i).filter((i) => skipped[i] === null);
    results = picked.map((f, i) => skipped[i] ?? { file: f.name, state: 'waiting', changes: 0 });
    rows = results.map((r) => fileRow(r.file, r));
    replace(fileList, ...rows);
    replace(report);
    const unconverted = skipped.filter((r) => r?.state === 'failed').length;
    if (files.length === 0) {
      const message = t.nothingToMerge;
      replace(report, el('p', { tabindex: '-1', class: 'warning' }, message));
      ctx.announce(message);
      return bringIntoView(report);
    }
    const merged = await ctx.run(async (progress) => {
      let read = 0;
      progress(0, files.length);
      return store.consolidate(files, ctx.today(), (i, r) => {
        onFile(slot[i], r);
        if (r.state === 'read') progress(++read, files.length);
      });
    });
    if (!merged) return;
    const outcome = { ...merged, rejected: merged.rejected + unconverted };
    const ledger = await ctx.run(() => store.load());
    if (ledger) ctx.setLedger(ledger);
    showReport(outcome);
    ctx.announce(mergeSummary(outcome));
    bringIntoView(report);
  }

  function mergeSummary(outcome: MergeOutcome): string {
    return t.mergeApplied(outcome.merged, outcome.rejected, outcome.tasksUpdated, outcome.changes);
  }

  function showReport(outcome: MergeOutcome): void {
    replace(report,
      el('h3', { tabindex: '-1' }, t.mergeReport),
      el('p', {}, mergeSummary(outcome)),
      el('h4', {}, t.conflicts),
      outcome.conflicts.length === 0 ? el('p', {}, t.noConflicts) : el('ul', { class: 'conflicts' },
        ...outcome.conflicts.map((c) => el('li', {},
          el('span', { class: 'unit-name' }, c.unit), ' ',
          el('span', { class: 'task-id' }, c.taskId), ' ',
          el('span', { class: 'message' }, c.message),
          el('span', { class: 'where' }, c.file)))),
      el('h4', {}, t.chaseList),
      outcome.chase.length === 0 ? el('p', {}, t.noChase) : el('ul', { class: 'chase' }, ...outcome.chase.map((u) => el('li', {}, u))),
      outcome.chase.length === 0 ? null : el('div', { class: 'actions' }, button(t.copyChase, () => void copyChase(outcome.chase), 'secondary')));
  }

  /** The 催报名单 as one line of unit names joined by 、, ready to paste into a notice or a message. */
  async function copyChase(units: readonly string[]): Promise<void> {
    if (await copyText(units.join('、'))) ctx.announce(t.chaseCopied(units.length));
    else ctx.showError(t.copyFailed);
  }

  async function undo(): Promise<void> {
    const undone = await ctx.run(() => store.undoLastMerge(ctx.today()));
    if (undone === undefined) return;
    const message = undone.restored === 0 ? t.nothingToUndo : t.undone(undone.recorded);
    replace(report, el('p', { tabindex: '-1' }, message), ...undone.messages.map((m) => el('p', { class: 'warning' }, m)));
    if (undone.restored > 0) markUndone();
    ctx.announce(message);
    bringIntoView(report);
    const ledger = await ctx.run(() => store.load());
    if (ledger) ctx.setLedger(ledger);
  }

  /** After undo the files' rows no longer say 已合并: what they brought is taken out again. */
  function markUndone(): void {
    results.forEach((r, i) => {
      if (r.state === 'merged' || r.state === 'partial') onFile(i, { file: r.file, state: 'undone', changes: 0 });
    });
  }

  function refresh(): void {
    const ledger = ctx.ledger();
    undoButton.disabled = !ledger || ledger.changes.length === 0;
    picker.button.disabled = !ledger;
    showNeedLedger(report, !ledger && rows.length === 0, t.needLedger);
  }

  return { element, refresh };
}
