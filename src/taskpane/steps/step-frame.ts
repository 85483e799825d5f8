import { el, type Child } from '../dom';

/** A step's panel: heading, intro text and its own body. */
export function stepFrame(title: string, intro: HTMLElement | string, ...body: Child[]): HTMLElement {
  return el('section', { class: 'step' },
    el('h2', {}, title),
    typeof intro === 'string' ? el('p', { class: 'intro' }, intro) : intro,
    ...body);
}

/** A region whose content is replaced as results come in; polite to screen readers. */
export function resultRegion(label: string): HTMLElement {
  return el('div', { class: 'result', 'aria-live': 'polite', 'aria-label': label });
}

export function button(label: string, onClick: () => void, kind: 'primary' | 'secondary' = 'primary', attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', class: kind, ...attrs }, label);
  b.addEventListener('click', onClick);
  return b;
}
