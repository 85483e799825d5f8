import { el, type Child } from '../dom';

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
