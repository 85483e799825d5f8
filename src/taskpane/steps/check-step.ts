import { findingRowPlace, type Finding } from '../../core/finding';
import type { Ledger } from '../../core/ledger';
import { ledgerCellOf } from '../../layout/findings-sheet';
import { SHEETS } from '../../layout/ledger-names';
import type { PaneContext, StepView } from '../context';
import { el, replace } from '../dom';
import { button, resultRegion, stepFrame } from './step-frame';

const LEVEL_ORDER: Finding['level'][] = ['error', 'warning', 'info'];

/** 校验: the ledger's findings; in Excel, clicking one selects its cell. */
export function createCheckStep(ctx: PaneContext): StepView {
  const { t, store } = ctx;
  const counts = el('p', { class: 'counts' });
  const list = el('ul', { class: 'findings', 'aria-label': t.stepTitles.check });
  const result = resultRegion(t.stepTitles.check);
  const reread = button(t.reread, () => void rereadLedger(), 'secondary');
  const element = stepFrame(t.stepTitles.check, store.selectCell ? t.checkIntroExcel : t.checkIntroFile,
    el('div', { class: 'actions' }, reread), counts, list, result);

  async function rereadLedger(): Promise<void> {
    const ledger = await ctx.run(() => store.load());
    if (ledger !== undefined) ctx.setLedger(ledger);
  }

  function refresh(): void {
    const ledger = ctx.ledger();
    reread.hidden = store.mode !== 'excel';
    if (!ledger) {
      replace(counts, t.needLedger);
      replace(list);
      return;
    }
    const sorted = [...ledger.findings].sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level));
    const n = (level: Finding['level']) => sorted.filter((f) => f.level === level).length;
    replace(counts, sorted.length === 0 ? t.noFindings : t.findingCounts(n('error'), n('warning'), n('info')));
    replace(list, ...sorted.map((f) => findingItem(f, ledger)));
  }

  /** Where it came from (file, sheet, row, cell); in Excel also the 任务台账 cell a click selects. */
  function findingItem(f: Finding, ledger: Ledger): HTMLElement {
    const target = store.selectCell ? ledgerCellOf(f, ledger) : null;
    // A PDF's page and table row are named as the import names them (in Chinese, as the PDF is).
    const row = f.page !== undefined ? findingRowPlace(f) : f.row !== undefined ? t.rowLabel(f.row) : undefined;
    const where = t.where([f.file, f.sheet, row, f.cell, target ? `→ ${SHEETS.tasks}!${target}` : undefined]
      .filter((p): p is string => !!p));
    const body = [
      el('span', { class: `level level-${f.level}` }, t.levels[f.level]),
      el('span', { class: 'message' }, f.message),
      f.suggestion ? el('span', { class: 'suggestion' }, t.suggestion(f.suggestion)) : null,
      where ? el('span', { class: 'where' }, where) : null,
    ];
    if (!target) return el('li', { class: 'finding' }, el('div', { class: 'finding-body' }, ...body));
    // The accessible name is the visible text, with what a click does said first (hidden from sight):
    // an aria-label of other words would not match what voice-control users read on the button.
    const b = el('button', { type: 'button', class: 'finding-body' }, el('span', { class: 'visually-hidden' }, t.selectFinding('')), ...body);
    b.addEventListener('click', () => void ctx.run(() => store.selectCell!(SHEETS.tasks, target)));
    return el('li', { class: 'finding' }, b);
  }

  return { element, refresh };
}
