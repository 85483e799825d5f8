import { el, replace, type Child } from '../dom';

/** A step's panel: heading, intro text and its own body. */
export function stepFrame(title: string, intro: HTMLElement | string, ...body: Child[]): HTMLElement {
  return el('section', { class: 'step' },
    el('h2', {}, title),
    typeof intro === 'string' ? el('p', { class: 'intro' }, intro) : intro,
    ...body);
}

/** Where a step's outcome is shown. Not a live region: the status line already says it once. */
export function resultRegion(label: string): HTMLElement {
  return el('div', { class: 'result', role: 'region', 'aria-label': label });
}

export function button(label: string, onClick: () => void, kind: 'primary' | 'secondary' = 'primary', attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', class: kind, ...attrs }, label);  // attrs.class, when given, replaces the kind's class
  b.addEventListener('click', onClick);
  return b;
}

/** A finished step's outcome: scrolled into view and focused (its first focusable heading or line), so neither eyes nor screen reader are left at the top. */
export function bringIntoView(region: HTMLElement): void {
  const target = region.querySelector<HTMLElement>('[tabindex="-1"]') ?? region;
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.scrollIntoView?.({ block: 'start' });
  target.focus({ preventScroll: true });
}

/** Shows "open a ledger first" in `region` while `needed`; takes it away (and only it) once a ledger is open. */
export function showNeedLedger(region: HTMLElement, needed: boolean, text: string): void {
  const shown = region.querySelector('.need-ledger');
  if (needed && !shown) replace(region, el('p', { class: 'need-ledger' }, text));
  else if (!needed && shown) replace(region);
}
