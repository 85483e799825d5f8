import { CHOSEN_ROLES, namesTaskColumn, ROLE_LABELS, type ChosenColumns } from '../../core/import';
import type { Strings } from '../i18n';
import type { ColumnsPreview } from '../workflow';
import { el, uid } from '../dom';
import { button } from './step-frame';

/** How much of a row the header-row list shows. */
const ROW_TEXT = 30;

/**
 * 指定列: the first rows of a table the importer could not read, a choice of role above each
 * column and of the header row, and a button that imports by them. Starts from the importer's own
 * guess when it had one. A choice without a task column, or with a role twice, is said in place.
 */
export function columnChooser(t: Strings, preview: ColumnsPreview, onChoose: (columns: ChosenColumns) => void): HTMLElement {
  const firstWithCells = preview.rows.find((r) => r.cells.filter((c) => c !== '').length >= 2)?.row ?? null;
  const headerId = uid('header-row');
  const headerRow = el('select', { id: headerId },
    ...preview.rows.map((r) => el('option', { value: String(r.row) }, t.rowOption(r.row, rowText(r.cells)))),
    el('option', { value: '' }, t.noHeaderRow));
  headerRow.value = String(preview.guess ? preview.guess.headerRow ?? '' : firstWithCells ?? '');

  const roles = Array.from({ length: preview.width }, (_, column) => {
    const select = el('select', { 'aria-label': t.columnRoleLabel(column + 1), 'data-column': String(column) },
      el('option', { value: '' }, t.roleOther),
      ...CHOSEN_ROLES.map((r) => el('option', { value: r }, ROLE_LABELS[r])));
    const guessed = preview.guess ? CHOSEN_ROLES.find((r) => preview.guess!.columns[r] === column) : undefined;
    select.value = guessed ?? '';
    return select;
  });

  const problem = el('p', { class: 'warning', role: 'alert', hidden: true });
  const table = el('table', { class: 'task-table column-chooser-table' },
    el('thead', {}, el('tr', {}, el('td', {}), ...roles.map((select) => el('th', { scope: 'col' }, select)))),
    el('tbody', {}, ...preview.rows.map((r) => el('tr', {},
      el('th', { scope: 'row' }, String(r.row)),
      ...Array.from({ length: preview.width }, (_, i) => el('td', {}, r.cells[i] ?? ''))))));

  function choose(): void {
    const columns: ChosenColumns['columns'] = {};
    for (const select of roles) {
      const role = select.value as (typeof CHOSEN_ROLES)[number] | '';
      if (role === '') continue;
      if (columns[role] !== undefined) return say(t.chosenTwice(ROLE_LABELS[role]));
      columns[role] = Number(select.dataset.column);
    }
    if (!namesTaskColumn(columns)) return say(t.chooseTaskColumn);
    problem.hidden = true;
    onChoose({ headerRow: headerRow.value === '' ? null : Number(headerRow.value), columns, ...(preview.sheet ? { sheet: preview.sheet } : {}) });
  }

  function say(text: string): void {
    problem.textContent = text;
    problem.hidden = false;
  }

  return el('div', { class: 'column-chooser' },
    el('p', {}, t.chooseColumnsIntro),
    el('div', { class: 'field inline' }, el('label', { for: headerId }, t.headerRowLabel), headerRow),
    el('div', { class: 'table-wrap' }, table),
    problem,
    el('div', { class: 'actions' }, button(t.importChosen, choose, 'primary', { id: 'import-chosen' })));
}

function rowText(cells: readonly string[]): string {
  const text = cells.filter((c) => c !== '').join(' | ');
  return text.length > ROW_TEXT ? `${text.slice(0, ROW_TEXT - 1)}…` : text;
}
