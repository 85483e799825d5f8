import type { PaneContext, StepView } from '../context';
import { el, replace, uid } from '../dom';
import { decodeText, filePicker, fileKind } from '../files';
import type { PickedFile } from '../store/ledger-store';
import { downloadBytes, XLSX_MIME } from '../download';
import { importToLedger, readPickedWorkbook, type BreakdownSource } from '../workflow';
import { button, resultRegion, stepFrame } from './step-frame';

/** 导入分解表: from the selected range (Excel), pasted text, a .docx/.txt file, or (file mode) a ledger .xlsx. */
export function createImportStep(ctx: PaneContext): StepView {
  const { t, store } = ctx;
  const result = resultRegion(t.stepTitles.import);
  const yearId = uid('year');
  const yearHintId = uid('year-hint');
  const year = el('input', { id: yearId, type: 'text', inputmode: 'numeric', maxlength: '4', size: '6', 'aria-describedby': yearHintId, autocomplete: 'off' });
  const pasteId = uid('paste');
  const paste = el('textarea', { id: pasteId, rows: '5', placeholder: t.pastePlaceholder, spellcheck: 'false' });
  let confirmedReplace = false;

  const sources = el('div', { class: 'actions' });
  if (store.readSelection) sources.append(button(t.fromSelection, () => void fromSelection()));
  sources.append(filePicker(t.fromFile, '.docx,.txt,.xlsx', false, (files) => void fromFile(files[0])).element);
  if (store.openLedgerFile) sources.prepend(filePicker(t.openLedger, '.xlsx', false, (files) => void openPicked(files[0])).element);

  const element = stepFrame(t.stepTitles.import, store.mode === 'excel' ? t.importIntroExcel : t.importIntroFile,
    sources,
    el('div', { class: 'field' }, el('label', { for: pasteId }, t.pasteLabel), paste),
    el('div', { class: 'field inline' },
      el('label', { for: yearId }, t.planYearLabel), year,
      el('span', { class: 'hint', id: yearHintId }, t.planYearHint)),
    el('div', { class: 'actions' }, button(t.importPasted, () => void fromPaste(), 'secondary')),
    result);

  function planYear(): number | undefined | 'bad' {
    const text = year.value.trim();
    if (text === '') return undefined;
    return /^\d{4}$/.test(text) ? Number(text) : 'bad';
  }

  /** Importing over an open ledger replaces it: ask once more (inline, no modal). */
  function mayReplace(): boolean {
    if (!ctx.ledger() || confirmedReplace) return true;
    confirmedReplace = true;
    replace(result, el('p', { class: 'warning', role: 'alert' }, t.replaceWarning));
    return false;
  }

  /** The year field as the place to act: focused, marked invalid, in view. */
  function pointAtYear(): void {
    year.setAttribute('aria-invalid', 'true');
    year.scrollIntoView?.({ block: 'center' });
    year.focus();
  }

  async function importFrom(source: BreakdownSource): Promise<void> {
    const y = planYear();
    if (y === 'bad') {
      ctx.showError(t.planYearBad(year.value.trim()));
      return pointAtYear();
    }
    year.removeAttribute('aria-invalid');
    if (!mayReplace()) return;
    // Nothing is saved unless the import made tasks: a failed import leaves the ledger as it was.
    const done = await ctx.run(async () => {
      const made = await importToLedger(source, { planYear: y, today: ctx.today() });
      if (made.kind !== 'ledger') return made;
      const notices = await store.save(made.ledger, { keepPrevious: true });
      return { ...made, notices, previous: store.previousLedgerFile ? await store.previousLedgerFile() : null };
    });
    if (!done) return;
    confirmedReplace = false;
    if (done.kind === 'no-year') {
      replace(result);
      ctx.showError(t.needPlanYear);
      return pointAtYear();
    }
    if (done.kind === 'stopped') {
      replace(result);
      return ctx.showError(t.importStopped(done.finding.message || t.noTasks));
    }
    const { ledger, notices, previous } = done;
    ctx.setLedger(ledger);
    const message = t.imported(ledger.tasks.length, ledger.findings.length);
    replace(result, el('p', {}, message), ...notices.map((n) => el('p', { class: 'notice' }, n)),
      previous ? button(t.downloadPrevious, () => downloadBytes(previous.name, previous.bytes, XLSX_MIME), 'secondary', { id: 'download-previous' }) : null);
    ctx.announce(message);
    ctx.go('check');
  }

  async function fromSelection(): Promise<void> {
    const rows = await ctx.run(() => store.readSelection!());
    if (!rows) return;
    const grid = rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v))));
    if (grid.every((r) => r.every((c) => c.trim() === ''))) return ctx.showError(t.emptySelection);
    await importFrom({ kind: 'grid', rows: grid });
  }

  async function fromPaste(): Promise<void> {
    if (paste.value.trim() === '') return ctx.showError(t.emptyText);
    await importFrom({ kind: 'text', text: paste.value });
  }

  async function fromFile(file: PickedFile): Promise<void> {
    const kind = fileKind(file.name);
    if (kind === 'txt') return importFrom({ kind: 'text', text: decodeText(file.bytes), file: file.name });
    if (kind === 'docx') return importFrom({ kind: 'docx', bytes: file.bytes, file: file.name });
    if (kind === 'xlsx') return fromWorkbook(file);
    ctx.showError(t.unsupportedFile(file.name));
  }

  /** An .xlsx, whichever button picked it: a ledger is opened, a breakdown table imported. */
  async function openPicked(file: PickedFile): Promise<void> {
    if (fileKind(file.name) !== 'xlsx') return ctx.showError(t.unsupportedFile(file.name));
    await fromWorkbook(file);
  }

  async function fromWorkbook(file: PickedFile): Promise<void> {
    const read = await ctx.run(() => readPickedWorkbook(file));
    if (!read) return;
    if (read.kind === 'breakdown') return importFrom({ kind: 'sheets', sheets: read.sheets, file: file.name });
    if (!store.openLedgerFile) return ctx.showError(t.ledgerInExcel(file.name));
    await openLedger(file);
  }

  async function openLedger(file: PickedFile): Promise<void> {
    const opened = await ctx.run(() => store.openLedgerFile!(file));
    if (!opened) return;
    ctx.setLedger(opened.ledger);
    const message = t.opened(file.name, opened.ledger.tasks.length);
    replace(result, el('p', {}, message), ...opened.findings.map((f) => el('p', { class: 'warning' }, f.message)));
    ctx.announce(message);
  }

  return { element, refresh: () => undefined };
}
