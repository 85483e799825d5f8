import type { Strings } from './i18n';
import { el, replace } from './dom';
import type { Progress } from './context';

export interface Busy {
  /** The progress bar and error box; their space is always reserved, so nothing jumps. */
  element: HTMLElement;
  progress: Progress;
  start(region: HTMLElement): void;
  stop(region: HTMLElement): void;
  error(message: string): void;
  clearError(): void;
}

const CONTROLS = 'button, input, textarea, select';

export function createBusy(t: Strings): Busy {
  const bar = el('progress', { class: 'busy-bar', 'aria-label': t.working });
  const barRow = el('div', { class: 'busy-row', 'data-busy': 'false' }, bar);
  const errorText = el('p', { class: 'error-text' });
  const dismiss = el('button', { type: 'button', class: 'link-button' }, t.dismiss);
  const errorBox = el('div', { class: 'error-box', role: 'alert', hidden: true },
    el('strong', {}, t.errorTitle), errorText, dismiss);
  dismiss.addEventListener('click', () => { errorBox.hidden = true; });
  let disabled: HTMLElement[] = [];

  return {
    element: el('div', { class: 'busy' }, barRow, errorBox),
    progress(done, total) {
      if (total > 0) {
        bar.max = total;
        bar.value = done;
      } else bar.removeAttribute('value');
    },
    start(region) {
      errorBox.hidden = true;
      bar.removeAttribute('value');
      barRow.dataset.busy = 'true';
      region.setAttribute('aria-busy', 'true');
      disabled = [...region.querySelectorAll<HTMLButtonElement | HTMLInputElement>(CONTROLS)].filter((c) => !c.disabled);
      for (const c of disabled) (c as HTMLButtonElement).disabled = true;
    },
    stop(region) {
      barRow.dataset.busy = 'false';
      region.setAttribute('aria-busy', 'false');
      for (const c of disabled) (c as HTMLButtonElement).disabled = false;
      disabled = [];
    },
    clearError() {
      errorBox.hidden = true;
    },
    error(message) {
      replace(errorText, message);
      errorBox.hidden = false;
      errorBox.scrollIntoView?.({ block: 'nearest' });
    },
  };
}
