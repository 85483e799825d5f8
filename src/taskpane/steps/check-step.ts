import { chooseUnits, findingRowPlace, type Finding, type FindingFix } from '../../core/finding';
import { applyFixes, readyFixes, type FixResult, type Ledger } from '../../core/ledger';
import { ledgerCellOf } from '../../layout/findings-sheet';
import { SHEETS } from '../../layout/ledger-names';
import type { PaneContext, StepView } from '../context';
import { el, replace, uid } from '../dom';
import { NoLedgerError } from '../store/ledger-store';
import { bringIntoView, button, resultRegion, stepFrame } from './step-frame';

const LEVEL_ORDER: Finding['level'][] = ['error', 'warning', 'info'];

/**
 * 校验: the ledger's findings; in Excel, clicking one selects its cell. A finding whose suggestion
 * the program can make itself has 采用建议 (a group name: units picked from the 单位名录 first),
 * and 全部采用 applies every one that needs no choice; the store saves the ledger, 校验 sheet too.
 */
export function createCheckStep(ctx: PaneContext): StepView {
  const { t, store } = ctx;
  const counts = el('p', { class: 'counts' });
  const list = el('ul', { class: 'findings', 'aria-label': t.stepTitles.check });
  const result = resultRegion(t.stepTitles.check);
  const reread = button(t.reread, () => void rereadLedger(), 'secondary');
  const allLabel = el('span', { class: 'visually-hidden' });
  const applyAll = el('button', { type: 'button', class: 'primary' }, t.fixApplyAll, allLabel);
  applyAll.addEventListener('click', () => void apply(readyFixes(ctx.ledger()?.findings ?? [])));
  const element = stepFrame(t.stepTitles.check, store.selectCell ? t.checkIntroExcel : t.checkIntroFile,
    el('div', { class: 'actions' }, applyAll, reread), result, counts, list);

  async function rereadLedger(): Promise<void> {
    const ledger = await ctx.run(() => store.load());
    if (ledger !== undefined) ctx.setLedger(ledger);
  }

  /**
   * The fixes applied to the ledger as it is now (in Excel read again: people edit the sheet) and
   * saved through the store, so the workbook's sheets (校验 too) follow.
   */
  async function apply(fixes: FindingFix[]): Promise<void> {
    const outcome = await ctx.run(async (): Promise<FixResult> => {
      const shown = ctx.ledger();
      const fresh = store.mode === 'excel' ? await store.load() : shown;
      if (!fresh) throw new NoLedgerError();
      // What the pane shows (the import's notes among it) stays the reference for the findings kept.
      const fixed = applyFixes(shown && fresh !== shown ? { ...fresh, findings: shown.findings } : fresh, fixes);
      if (fixed.changes.length > 0) await store.save(fixed.ledger);
      return fixed;
    });
    if (!outcome) return;
    const said = outcome.changes.length > 0 ? t.fixDone(outcome.changes.length) : t.fixNothing;
    if (outcome.changes.length > 0) ctx.setLedger(outcome.ledger);
    replace(result, el('p', { tabindex: '-1' }, said),
      outcome.changes.length > 0 ? el('ul', { class: 'fix-changes' }, ...outcome.changes.map((c) => el('li', {}, c.message))) : null,
      ...outcome.unapplied.filter((u) => u.fix.kind !== 'choose-units').map((u) => el('p', { class: 'warning' }, u.message)));
    ctx.announce(said);
    bringIntoView(result);
  }

  function refresh(): void {
    const ledger = ctx.ledger();
    reread.hidden = store.mode !== 'excel';
    const ready = readyFixes(ledger?.findings ?? []);
    applyAll.hidden = ready.length === 0;
    replace(allLabel, t.fixAllWhat(ready.length));
    if (!ledger) {
      replace(counts, t.needLedger);
      replace(list);
      replace(result);
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
    const fix = f.fix ? fixControl(f.fix, ledger) : null;
    if (!target) return el('li', { class: 'finding' }, el('div', { class: 'finding-body' }, ...body), fix);
    // The accessible name is the visible text, with what a click does said first (hidden from sight):
    // an aria-label of other words would not match what voice-control users read on the button.
    const b = el('button', { type: 'button', class: 'finding-body' }, el('span', { class: 'visually-hidden' }, t.selectFinding('')), ...body);
    b.addEventListener('click', () => void ctx.run(() => store.selectCell!(SHEETS.tasks, target)));
    return el('li', { class: 'finding' }, b, fix);
  }

  /**
   * 采用建议 for a fix that needs no choice; for a group name, the 单位名录 as checkboxes and
   * 采用所选单位. Each button's name begins with its visible words (what it changes follows, hidden).
   */
  function fixControl(fix: FindingFix, ledger: Ledger): HTMLElement {
    if (fix.kind !== 'choose-units') {
      const [from, to] = fix.kind === 'replace-unit' ? [fix.from, fix.to.join('、')] : [fix.from.join('、'), fix.to.join('、')];
      const what = from === to ? t.fixKeepOne(fix.taskId, to) : t.fixWhat(fix.taskId, from, to);
      const b = el('button', { type: 'button', class: 'secondary fix-apply' }, t.fixApply, el('span', { class: 'visually-hidden' }, what));
      b.addEventListener('click', () => void apply([fix]));
      return el('div', { class: 'finding-fix' }, b);
    }
    const boxes = ledger.units.map((u) => {
      const id = uid('pick-unit');
      const box = el('input', { type: 'checkbox', id, value: u.name });
      return { box, row: el('div', { class: 'pick-unit' }, box, el('label', { for: id }, u.name)) };
    });
    const note = el('p', { class: 'pick-note', role: 'status' });
    const go = el('button', { type: 'button', class: 'secondary fix-apply' }, t.pickApply);
    go.addEventListener('click', () => {
      const chosen = boxes.filter(({ box }) => box.checked).map(({ box }) => box.value);
      if (chosen.length === 0) return void replace(note, t.pickNone);
      void apply([chooseUnits(fix, chosen)]);
    });
    return el('details', { class: 'finding-fix pick-units' },
      el('summary', {}, t.pickUnits(fix.group)),
      el('fieldset', {}, el('legend', { class: 'visually-hidden' }, t.pickUnits(fix.group)), ...boxes.map((b) => b.row)),
      go, note);
  }

  return { element, refresh };
}
