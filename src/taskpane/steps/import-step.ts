import type { Ledger } from '../../core/ledger';
import type { PaneContext, StepView } from '../context';
import { el, replace, uid } from '../dom';
import { decodeText, filePicker, fileKind, readPicked } from '../files';
import { convertedTo, type ChosenColumns } from '../../core/import';
import type { PickedFile } from '../store/ledger-store';
import { downloadBytes, XLSX_MIME } from '../download';
import { importToLedger, readPickedWorkbook, taskTable, type BreakdownSource, type UpdateReport } from '../workflow';
import { columnChooser } from './column-chooser';
import { bringIntoView, button, resultRegion, stepFrame } from './step-frame';

/**
 * 导入分解表: from the selected range (Excel), pasted text, a .docx/.pdf/.xlsx/.txt file (picked
 * or dropped), or (file mode) a ledger .xlsx. With a ledger open, a breakdown updates it by
 * default (重新导入, as `import --update`) or, when chosen, replaces it.
 */
export function createImportStep(ctx: PaneContext): StepView {
  const { t, store } = ctx;
  const result = resultRegion(t.stepTitles.import);
  const yearId = uid('year');
  const yearHintId = uid('year-hint');
  const year = el('input', { id: yearId, type: 'text', inputmode: 'numeric', maxlength: '4', size: '6', 'aria-describedby': yearHintId, autocomplete: 'off' });
  const pasteId = uid('paste');
  const paste = el('textarea', { id: pasteId, rows: '5', placeholder: t.pastePlaceholder, spellcheck: 'false' });
  let confirmedReplace = false;

  const modeName = uid('import-mode');
  const updateMode = el('input', { type: 'radio', name: modeName, id: `${modeName}-update`, value: 'update', checked: true });
  const replaceMode = el('input', { type: 'radio', name: modeName, id: `${modeName}-replace`, value: 'replace' });
  const modes = el('fieldset', { class: 'field import-mode', hidden: true },
    el('legend', {}, t.importModeLegend),
    el('div', {}, updateMode, el('label', { for: updateMode.id }, t.importModeUpdate)),
    el('div', {}, replaceMode, el('label', { for: replaceMode.id }, t.importModeReplace)));
  replaceMode.addEventListener('change', () => { confirmedReplace = false; });

  const sources = el('div', { class: 'actions' });
  if (store.readSelection) sources.append(button(t.fromSelection, () => void fromSelection()));
  sources.append(filePicker(t.fromFile, '.docx,.pdf,.txt,.xlsx', false, (files) => void fromFile(files[0])).element);
  if (store.openLedgerFile) sources.prepend(filePicker(t.openLedger, '.xlsx', false, (files) => void openPicked(files[0])).element);

  const element = stepFrame(t.stepTitles.import, store.mode === 'excel' ? t.importIntroExcel : t.importIntroFile,
    modes,
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

  /** With a ledger open and 更新台账 chosen (the default), a breakdown updates it. */
  function updating(): boolean {
    return ctx.ledger() !== null && updateMode.checked;
  }

  /** Importing over an open ledger replaces it when so chosen: ask once more (inline, no modal). */
  function mayReplace(): boolean {
    if (!ctx.ledger() || updating() || confirmedReplace) return true;
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

  /** `columns`: the columns the clerk chose (指定列) after the table could not be read by itself. */
  async function importFrom(source: BreakdownSource, columns?: ChosenColumns): Promise<void> {
    const y = planYear();
    if (y === 'bad') {
      ctx.showError(t.planYearBad(year.value.trim()));
      return pointAtYear();
    }
    year.removeAttribute('aria-invalid');
    if (!mayReplace()) return;
    const updates = updating();
    // Nothing is saved unless the import made tasks: a failed import leaves the ledger as it was.
    const done = await ctx.run(async () => {
      const made = await importToLedger(source, { planYear: y, today: ctx.today(), update: updates ? await store.load() : null, columns });
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
      // A table was there but not read: the clerk may say which column holds what, and import again.
      replace(result, done.preview ? columnChooser(t, done.preview, (chosen) => void importFrom(source, chosen)) : null);
      if (done.preview) bringIntoView(result);
      return ctx.showError(t.importStopped(done.finding.message || t.noTasks));
    }
    const { ledger, notices, previous, update } = done;
    ctx.setLedger(ledger);
    if (update) {
      showUpdate(update, notices, previous);
      return listTasks(ledger);
    }
    const message = t.imported(ledger.tasks.length, ledger.findings.length);
    replace(result, el('p', {}, message), ...notices.map((n) => el('p', { class: 'notice' }, n)),
      previous ? button(t.downloadPrevious, () => downloadBytes(previous.name, previous.bytes, XLSX_MIME), 'secondary', { id: 'download-previous' }) : null);
    ctx.announce(message);
    void listTasks(ledger);
    ctx.go('check');
  }

  /** The tasks imported (具体要求 too, when the table has it), folded under the result. */
  async function listTasks(ledger: Ledger): Promise<void> {
    const table = await taskTable(ledger);
    result.append(el('details', { class: 'task-list' },
      el('summary', {}, t.importedTasks(table.rows.length)),
      el('div', { class: 'table-wrap' }, el('table', { class: 'task-table' },
        el('thead', {}, el('tr', {}, ...table.headers.map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, ...table.rows.map((row) => el('tr', {}, ...row.map((cell, i) => (i === 0 ? el('th', { scope: 'row' }, cell) : el('td', {}, cell))))))))));
  }

  /** 更新台账's outcome: what was added, removed and changed, the old ledger recoverable; the clerk stays here to read it. */
  function showUpdate(report: UpdateReport, notices: string[], previous: PickedFile | null): void {
    const message = report.summary;
    const sections = report.sections.map((s) => el('div', { class: 'update-section' },
      el('h3', {}, s.heading),
      el('ul', {}, ...s.lines.map((line) => el('li', {}, line)))));
    replace(result, el('p', { class: 'update-summary', tabindex: '-1' }, message), ...sections, ...notices.map((n) => el('p', { class: 'notice' }, n)),
      previous ? button(t.downloadBeforeUpdate, () => downloadBytes(previous.name, previous.bytes, XLSX_MIME), 'secondary', { id: 'download-previous' }) : null);
    ctx.announce(message);
    bringIntoView(result);
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
    if (kind === 'pdf') return importFrom({ kind: 'pdf', bytes: file.bytes, file: file.name });
    if (kind === 'xlsx') return fromWorkbook(file);
    const target = convertedTo(file.name);
    ctx.showError(target ? t.saveAsFirst(file.name, target) : t.unsupportedFile(file.name));
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

  // A file dropped on the step is imported as if picked (a ledger .xlsx is opened, in file mode).
  element.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  });
  element.addEventListener('drop', (event) => {
    if (!event.dataTransfer?.files.length) return;
    event.preventDefault();
    void readPicked(event.dataTransfer.files).then((files) => fromFile(files[0]));
  });

  return { element, refresh: () => { modes.hidden = ctx.ledger() === null; } };
}
