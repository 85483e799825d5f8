import { LIGHTS, taskLight, type Light } from '../../core/report';
import { buildUnitSummary, type UnitCounts } from '../../core/report';
import type { PaneContext, StepView } from '../context';
import { el, replace } from '../dom';
import { button, stepFrame } from './step-frame';

/** Columns per unit: the counts the office acts on. */
const UNIT_COLUMNS: Array<[Light, keyof UnitCounts]> = [['overdue', 'overdue'], ['due-soon', 'dueSoon'], ['done', 'done']];

/** 状态: counts by light, and by lead unit (most overdue first; a shared task counts for each of its units). */
export function createStatusStep(ctx: PaneContext): StepView {
  const { t, store } = ctx;
  const asOf = el('p', { class: 'intro' });
  const lights = el('ul', { class: 'light-counts', 'aria-label': t.stepTitles.status });
  const units = el('div', { class: 'table-wrap' });
  const refreshButton = button(t.refresh, () => void reread(), 'secondary');
  const element = stepFrame(t.stepTitles.status, asOf, el('div', { class: 'actions' }, refreshButton), lights, el('h3', {}, t.byUnit), units);

  async function reread(): Promise<void> {
    const ledger = await ctx.run(() => store.load());
    if (ledger !== undefined) ctx.setLedger(ledger);
  }

  function refresh(): void {
    const ledger = ctx.ledger();
    const today = ctx.today();
    refreshButton.hidden = store.mode !== 'excel';
    replace(asOf, t.statusIntro(today));
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

function countLights(lights: Light[]): Record<Light, number> {
  const counts = Object.fromEntries(LIGHTS.map((l) => [l, 0])) as Record<Light, number>;
  for (const light of lights) counts[light] += 1;
  return counts;
}
