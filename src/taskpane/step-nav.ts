import type { Strings } from './i18n';
import { el } from './dom';
import { STEP_IDS, type StepId } from './context';

/** The steps as a tab list: arrow keys, Home and End move between them (WAI-ARIA tabs pattern). */
export function createStepNav(t: Strings, onSelect: (id: StepId) => void): { element: HTMLElement; select(id: StepId): void } {
  const tabs = STEP_IDS.map((id, i) =>
    el('button', { type: 'button', role: 'tab', id: `tab-${id}`, 'aria-controls': `panel-${id}`, 'aria-selected': 'false', tabindex: '-1', title: t.stepTitles[id] },
      el('span', { class: 'step-no', 'aria-hidden': 'true' }, String(i + 1)), t.steps[id]));
  const element = el('nav', { class: 'step-nav', 'aria-label': t.stepNav }, el('div', { role: 'tablist', 'aria-label': t.stepNav }, ...tabs));

  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => onSelect(STEP_IDS[i]));
    tab.addEventListener('keydown', (event) => {
      const next = keyTarget(event.key, i, tabs.length);
      if (next === null) return;
      event.preventDefault();
      tabs[next].focus();
      onSelect(STEP_IDS[next]);
    });
  });

  return {
    element,
    select(id) {
      for (const [i, tab] of tabs.entries()) {
        const on = STEP_IDS[i] === id;
        tab.setAttribute('aria-selected', String(on));
        tab.tabIndex = on ? 0 : -1;
      }
    },
  };
}

function keyTarget(key: string, i: number, n: number): number | null {
  switch (key) {
    case 'ArrowRight': case 'ArrowDown': return (i + 1) % n;
    case 'ArrowLeft': case 'ArrowUp': return (i - 1 + n) % n;
    case 'Home': return 0;
    case 'End': return n - 1;
    default: return null;
  }
}
