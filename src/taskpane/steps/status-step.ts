import { isRound } from '../../core/consolidate';
import type { Ledger } from '../../core/ledger';
import { buildReminder, type Reminder } from '../../core/remind';
import { LIGHTS, taskLight, type Light } from '../../core/report';
import { buildUnitSummary, type UnitCounts } from '../../core/report';
import { copyText } from '../clipboard';
import type { PaneContext, StepView } from '../context';
import { el, replace, uid } from '../dom';
import { button, stepFrame } from './step-frame';

/** Columns per unit: the counts the office acts on. */
const UNIT_COLUMNS: Array<[Light, keyof UnitCounts]> = [['overdue', 'overdue'], ['due-soon', 'dueSoon'], ['done', 'done']];

/** 状态: counts by light, and by lead unit (most overdue first; a shared task counts for each of its units); 催报. */
export function createStatusStep(ctx: PaneContext): StepView {
  const { t, store } = ctx;
  const asOf = el('p', { class: 'intro' });
  const lights = el('ul', { class: 'light-counts', 'aria-label': t.stepTitles.status });
  const units = el('div', { class: 'table-wrap' });
  const refreshButton = button(t.refresh, () => void reread(), 'secondary');
  const remind = createRemindPanel(ctx);
  const element = stepFrame(t.stepTitles.status, asOf, el('div', { class: 'actions' }, refreshButton), lights, el('h3', {}, t.byUnit), units, remind.element);

  async function reread(): Promise<void> {
    const ledger = await ctx.run(() => store.load());
    if (ledger !== undefined) ctx.setLedger(ledger);
  }

  function refresh(): void {
    const ledger = ctx.ledger();
    const today = ctx.today();
    refreshButton.hidden = store.mode !== 'excel';
    replace(asOf, t.statusIntro(today));
    remind.show(ledger);
    if (!ledger) {
      replace(lights, el('li', {}, t.needLedger));
      replace(units);
      return;
    }
    const overall = countLights(ledger.tasks.map((task) => taskLight(task, today, ledger.meta.dueSoonDays)));
    replace(lights, ...LIGHTS.filter((l) => overall[l] > 0 || l !== 'no-deadline').map((l) =>
      el('li', { class: `light light-${l}` }, el('span', { class: 'dot', 'aria-hidden': 'true' }), el('span', { class: 'light-name' }, t.lights[l]), el('strong', {}, String(overall[l])))));
    const byUnit = buildUnitSummary(ledger, today).rows;
    replace(units, el('table', { class: 'unit-table' },
      el('caption', { class: 'visually-hidden' }, t.byUnit),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t.unitColumn), el('th', { scope: 'col' }, t.tasksColumn),
        ...UNIT_COLUMNS.map(([l]) => el('th', { scope: 'col', class: `light-${l}` }, t.lights[l])))),
      el('tbody', {}, ...byUnit.map((row) => el('tr', {}, el('th', { scope: 'row' }, row.unit), el('td', {}, String(row.total)),
        ...UNIT_COLUMNS.map(([l, key]) => el('td', { class: row[key] > 0 ? `light-${l}` : '' }, String(row[key]))))))));
  }

  return { element, refresh };
}

/**
 * 催报: the round and 报送截止 as typed, the 催报名单 and the 催报通知 (core/remind), each with a
 * copy button; the notice also stands in a read-only text box, to read before sending.
 */
function createRemindPanel(ctx: PaneContext): { element: HTMLElement; show(ledger: Ledger | null): void } {
  const { t } = ctx;
  const roundId = uid('remind-round');
  const round = el('input', { id: roundId, type: 'text', size: '8', maxlength: '7', autocomplete: 'off', 'aria-describedby': `${roundId}-hint` });
  const reportById = uid('remind-report-by');
  const reportBy = el('input', { id: reportById, type: 'date', 'aria-describedby': `${reportById}-hint` });
  const officeId = uid('remind-office');
  const office = el('input', { id: officeId, type: 'text', size: '16', autocomplete: 'organization', 'aria-describedby': `${officeId}-hint` });
  const noticeId = uid('notice');
  const notice = el('textarea', { id: noticeId, class: 'notice', rows: '12', readonly: true, spellcheck: 'false' });
  const chase = el('p', { class: 'chase-line' });
  const copyChaseButton = button(t.copyChase, () => void copyChase(), 'secondary');
  const copyNoticeButton = button(t.copyNotice, () => void copyNotice());
  const element = el('section', { class: 'remind', 'aria-labelledby': `${noticeId}-title` },
    el('h3', { id: `${noticeId}-title` }, t.remindTitle),
    el('p', { class: 'hint' }, t.remindIntro),
    el('div', { class: 'field inline' }, el('label', { for: roundId }, t.remindRoundLabel), round, el('span', { class: 'hint', id: `${roundId}-hint` }, t.roundHint)),
    el('div', { class: 'field inline' }, el('label', { for: reportById }, t.remindReportByLabel), reportBy, el('span', { class: 'hint', id: `${reportById}-hint` }, t.remindReportByHint)),
    el('div', { class: 'field inline' }, el('label', { for: officeId }, t.remindOfficeLabel), office, el('span', { class: 'hint', id: `${officeId}-hint` }, t.remindOfficeHint)),
    chase,
    el('div', { class: 'actions' }, copyNoticeButton, copyChaseButton),
    el('div', { class: 'field' }, el('label', { for: noticeId }, t.noticeLabel), notice));
  round.value = ctx.today().slice(0, 7);
  let ledger: Ledger | null = null;
  let reminder: Reminder | null = null;
  round.addEventListener('input', () => draw());
  reportBy.addEventListener('input', () => draw());
  office.addEventListener('input', () => draw());

  function draw(): void {
    const chosen = round.value.trim();
    const signed = office.value.trim();
    reminder = ledger && isRound(chosen)
      ? buildReminder(ledger, { today: ctx.today(), round: chosen, ...(reportBy.value ? { reportBy: reportBy.value } : {}), ...(signed ? { office: signed } : {}) })
      : null;
    copyNoticeButton.disabled = reminder === null || reminder.units.length === 0;
    copyChaseButton.disabled = reminder === null || reminder.chase.length === 0;
    notice.value = reminder?.text ?? '';
    if (!ledger) replace(chase, t.needLedger);
    else if (!reminder) replace(chase, t.roundBad(round.value));
    else replace(chase, reminder.chase.length === 0 ? t.noChase : `${t.chaseList}：${reminder.chase.join('、')}`);
  }

  async function copyChase(): Promise<void> {
    if (!reminder) return;
    if (await copyText(reminder.chase.join('、'))) ctx.announce(t.chaseCopied(reminder.chase.length));
    else ctx.showError(t.copyFailed);
  }

  async function copyNotice(): Promise<void> {
    if (!reminder) return;
    if (await copyText(reminder.text)) {
      ctx.announce(t.noticeCopied(reminder.units.length));
      return;
    }
    notice.focus();
    notice.select();
    ctx.showError(t.noticeCopyFailed);
  }

  return {
    element,
    show(next) {
      ledger = next;
      draw();
    },
  };
}

function countLights(lights: Light[]): Record<Light, number> {
  const counts = Object.fromEntries(LIGHTS.map((l) => [l, 0])) as Record<Light, number>;
  for (const light of lights) counts[light] += 1;
  return counts;
}
