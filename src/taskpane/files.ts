import type { PickedFile } from './store/ledger-store';
import { el, uid } from './dom';

export type FileKind = 'xlsx' | 'docx' | 'pdf' | 'txt' | 'other';

export function fileKind(name: string): FileKind {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'xlsx' || ext === 'docx' || ext === 'pdf' || ext === 'txt') return ext;
  return 'other';
}

export async function readPicked(list: FileList | null): Promise<PickedFile[]> {
  const files = list ? [...list] : [];
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

/** Text files from Windows offices are often GB18030 (ANSI) rather than UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * A labelled file picker: a visible button that opens a hidden <input type=file>. The button is
 * what the keyboard and screen readers reach.
 */
export function filePicker(label: string, accept: string, multiple: boolean, onPick: (files: PickedFile[]) => void): { element: HTMLElement; button: HTMLButtonElement; input: HTMLInputElement } {
  const id = uid('file');
  const input = el('input', { type: 'file', id, accept, multiple, class: 'visually-hidden', tabindex: '-1', 'aria-hidden': 'true' });
  const button = el('button', { type: 'button', class: 'secondary' }, label);
  button.addEventListener('click', () => input.click());
  input.addEventListener('change', async () => {
    const files = await readPicked(input.files);
    input.value = '';
    if (files.length > 0) onPick(files);
  });
  return { element: el('span', { class: 'file-picker' }, button, input), button, input };
}
