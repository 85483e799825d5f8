import { checkDeadline, deadlineInRemark, deadlineInRemarkSentence, deadlineInText } from '../deadline';
import { unifyRadicals } from '../text';
import { FIELD_LABELS, type ImportTextField } from '../fields';
import type { Finding } from '../finding';
import type { Unit } from '../ledger';
import { importMessages as msg, unitMessages as unitMsg } from '../finding';
import type { Task } from '../ledger';
import { applyUnitAliases, buildUnitDirectory, checkUnits } from '../units';
import { assembleTasks, type Assembly } from './assemble';
import { cleanCells } from './clean-cells';
import { preferFilledColumns } from './duplicate-columns';
import { alignCopiedRows } from './copied-rows';
import { readProse, unitsClosingCell } from './read-prose';
import { readCards } from './read-cards';
import { buildTask, promoteSubcategories, undatedSchedule } from './build-task';
import { columnLetter, place, placeOnPdfPage, unitCells } from './finding-place';
import { findHeader, normalise, type HeaderMatch, type UnknownColumn } from './header';
import { findAnyHeader } from './header-by-content';
import { ROLE_LABELS, TEXT_ROLES } from './header-words';
import { chosenHeader, describeChosen, tablePreview, type TablePreview } from './chosen-columns';
import { findTitleAndYear, yearInTasks } from './plan-year';
import { checkCategoryCounts } from './section-count';
import { readDocumentXml } from './read-docx-xml';
import { readGrid } from './read-grid';
import { hasTextLayer, pdfGrid } from './pdf-grid';
import { readText } from './read-text';
import { readRunTogether } from './run-together';
import { implausiblePageText, readCellPerLine, type FilledBelow } from './read-cell-per-line';
import { assignTaskIds } from './task-ids';
import { periodSchedule } from './sub-header';
import { implausibleImport } from './sanity';
import { ANSWERING_CO, partKnownNames } from './unit-cells';
import { parseCategoryHeading } from './section-heading';
import type { TaskDraft } from './drafts';
import type { BreakdownInput, ChosenColumns, ImportOptions, ImportResult, SourceRow, SourceTable } from './types';

/**
 * 任务分解表 → tasks, findings and a unit directory. Every input kind goes through the same
 * steps: read rows of cells, find the header, rebuild page breaks and sections, then units,
 * deadlines, IDs and checks. Pure; never throws on bad input (problems are findings).
 */
export function importBreakdown(given: BreakdownInput, options: ImportOptions = {}): ImportResult {
  const input = withUnifiedRadicals(given);
  if (input.kind === 'pdf' && !hasTextLayer(input.pages)) {
    const finding = place({ level: 'error', code: 'import.no-text-layer', field: 'file', message: msg.noTextLayer(input.pages.length), suggestion: msg.noTextLayerSuggestion() }, { file: options.file });
    return { planYear: options.planYear ?? null, title: '', tasks: [], findings: [finding], units: [...(options.directory ?? [])], notes: [] };
  }
  const read = cleanCells(readInput(input));
  if (options.columns) return importChosen(read, input, options, options.columns);
  // The first reading that gives tasks with units is taken; when every reading fails, the first one's result (and reason) stands.
  let first: ImportResult | undefined;
  for (const reading of readings(read, input)) {
    const result = importReading(reading, read.sheet, input, options);
    if (!readingFailed(result)) return result;
    first ??= result;
  }
  return first ?? unreadResult(read, options);
}

/**
 * The table read by the columns a person chose (指定列), not by the importer's readings: the rows
 * below the chosen header are assembled as a found header's are, with every check after it.
 */
function importChosen(read: SourceTable, input: BreakdownInput, options: ImportOptions, columns: ChosenColumns): ImportResult {
  const chosen = chosenHeader(read, columns);
  if ('code' in chosen) return importReading({ table: read, header: { start: 0, index: 0, columns: {} }, doubt: chosen }, read.sheet, input, options);
  const table = input.kind === 'text' ? alignCopiedRows(chosen.table, chosen.header) : chosen.table;
  const result = importReading({ table, header: chosen.header }, read.sheet, input, options);
  const said = place({ level: 'info', code: 'import.columns-chosen', field: 'file', message: msg.columnsChosen(describeChosen(columns)) }, { file: options.file, sheet: read.sheet });
  return { ...result, findings: [said, ...result.findings] };
}

/** The first rows of a document as the importer reads its cells, for a person to choose its columns from (see ChosenColumns). */
export function previewBreakdown(given: BreakdownInput): TablePreview {
  const input = withUnifiedRadicals(given);
  if (input.kind === 'pdf' && !hasTextLayer(input.pages)) return { rows: [], width: 0, guess: null };
  return tablePreview(cleanCells(readInput(input)));
}

/** Errors that say the reading itself went wrong (no table, no tasks, a result that looks wrong), not the document's content. */
export const READING_FAILED: ReadonlySet<string> = new Set(['import.no-header', 'import.no-table', 'import.no-tasks', 'import.implausible']);

function readingFailed(result: ImportResult): boolean {
  // Tasks read with no unit at all: the units were not where this reading looked (a reading after it may find them).
  const noUnits = result.tasks.length > 0 && result.tasks.every((t) => t.leadUnits.length === 0 && t.coUnits.length === 0);
  return noUnits || result.findings.some((f) => f.level === 'error' && READING_FAILED.has(f.code));
}

/** A document no reading finds a header in: empty, or with no header the message names. */
function unreadResult(read: SourceTable, options: ImportOptions): ImportResult {
  const where = { file: options.file, sheet: read.sheet };
  const empty = read.rows.every((r) => r.cells.every((c) => c.trim() === ''));
  const finding = empty ? place({ level: 'error', code: 'import.no-table', field: 'file', message: msg.noTable() }, where)
    : place({ level: 'error', code: 'import.no-header', field: 'file', message: msg.noHeader(), suggestion: msg.noHeaderSuggestion() }, where);
  const { title, planYear } = findTitleAndYear(read.rows.map(rowText), read.sheet);
  return { planYear: options.planYear ?? planYear, title, tasks: [], findings: [finding], units: [...(options.directory ?? [])], notes: [] };
}

/** One way of reading the document as a table with its header. */
interface Reading {
  table: SourceTable;
  header: HeaderMatch;
  proseLeadByConvention?: boolean;
  /** Prose lines after an item's unit lines read into no item. */
  unread?: ReadonlyArray<{ row: number; text: string }>;
  /** Blank cells of page text read as a cell merged down from the row above (see readCellPerLine). */
  filledBelow?: readonly FilledBelow[];
  doubt?: Finding;
}

function importReading(reading: Reading, sheet: string | undefined, input: BreakdownInput, options: ImportOptions): ImportResult {
  const { table, header, proseLeadByConvention, doubt, unread, filledBelow } = reading;
  const where = { file: options.file, sheet };
  if (doubt) {
    const { title, planYear } = findTitleAndYear(table.rows.map(rowText), table.sheet);
    return { planYear: options.planYear ?? planYear, title, tasks: [], findings: [place(doubt, where)], units: [...(options.directory ?? [])], notes: [] };
  }

  const findings: Finding[] = [];
  const { assembly, titleEnd } = assembleWithHeadingsAbove(table, header);
  const found = findTitleAndYear(table.rows.slice(0, titleEnd).map(rowText), table.sheet);
  // No year above the tasks: the year their own text names (a list cut from its notice), said in a warning.
  const fromTasks = found.planYear === null && options.planYear === undefined ? yearInTasks(table.rows.slice(titleEnd).map(rowText)) : null;
  if (fromTasks !== null) {
    findings.push(place({ level: 'warning', code: 'import.plan-year-from-tasks', field: 'file', message: msg.planYearFromTasks(fromTasks), suggestion: msg.planYearFromTasksSuggestion() }, where));
  }
  const planYear = options.planYear ?? found.planYear ?? fromTasks;
  if (options.planYear !== undefined && found.planYear !== null && found.planYear !== options.planYear) {
    findings.push(place({ level: 'info', code: 'import.plan-year-overridden', field: 'file', message: msg.planYearOverridden(found.planYear, options.planYear) }, where));
  }
  if (planYear === null) {
    findings.push(place({ level: 'error', code: 'import.no-plan-year', field: 'file', message: msg.noPlanYear(), suggestion: msg.noPlanYearSuggestion() }, where));
  }

  const { columns } = assembly;
  // Names as read for their roles: a name spaced out over its cell (`责　任　单　位`) says what `责任单位` says.
  const columnNames = headerCells(table, header).map(normalise);
  const requirementName = columnNames[columns.requirement ?? -1] || FIELD_LABELS.requirement;
  findings.push(...duplicateColumnFindings(header.duplicates, assembly, requirementName).map((f) => place(f, where)));
  const promoted = promoteSubcategories(assembly.drafts);
  const fromCells = columns.lead === undefined && columns.co === undefined ? withUnitsFromTaskCells(promoted) : null;
  const hasLeadColumn = columns.lead !== undefined || fromCells !== null;
  const coName = columnNames[columns.co ?? -1] ?? '';
  const coAnswers = ANSWERING_CO.test(coName);
  const { drafts, fromRemarks } = withDeadlinesFromText(fromCells?.drafts ?? promoted, columns.deadline !== undefined, assembly.remarkColumns);
  for (const r of fromRemarks) {
    findings.push(place({ level: 'info', code: 'import.deadline-from-remark', field: 'deadline',
      message: msg.deadlineFromRemark(r.column, r.count, r.example), suggestion: msg.deadlineFromRemarkSuggestion(r.column) }, where));
  }
  const ids = assignTaskIds(drafts.map((d) => d.category.no));
  const names = partKnownNames(drafts.flatMap((d) => [d.lead, d.co]));
  const hasRequirement = columns.requirement !== undefined || assembly.kept.length > 0 || assembly.merged.some((c) => !TEXT_ROLES.has(c.role));
  const built = drafts.map((d, i) => {
    const seen = names.parted.size;
    const parted = { ...d, lead: names.part(d.lead), co: names.part(d.co) };
    for (const [run, units] of [...names.parted].slice(seen)) {
      findings.push(place({ level: 'info', code: 'import.names-run-together', field: 'leadUnits', row: d.row, message: msg.namesRunTogether(run, units), suggestion: msg.namesRunTogetherSuggestion(run) }, where));
    }
    return buildTask(parted, ids[i], hasLeadColumn, hasRequirement, planYear, coAnswers);
  });
  const deadlineName = columnNames[columns.deadline ?? -1] ?? '';
  for (const b of built) b.task.deadline = undatedSchedule(b.task.deadline, deadlineName);
  findings.push(...unknownColumnFindings(assembly, requirementName).map((f) => place(f, where)));

  if (built.some((b) => b.leadByConvention)) {
    const coHeader = columnNames[columns.co ?? -1] || '责任单位';
    findings.push(place({ level: 'info', code: 'import.lead-by-convention', field: 'leadUnits',
      message: msg.leadByConvention(coHeader), suggestion: msg.leadByConventionSuggestion() }, where));
  }
  if (proseLeadByConvention || fromCells?.leadByConvention) {
    findings.push(place({ level: 'info', code: 'import.lead-by-convention', field: 'leadUnits',
      message: msg.proseLeadByConvention(), suggestion: msg.leadByConventionSuggestion() }, where));
  }
  const fromCoCell = built.flatMap((b) => (b.leadFromCoCell && b.task.source ? [b.task.source.row] : []));
  if (fromCoCell.length > 0) {
    findings.push(place({ level: 'warning', code: 'import.lead-from-co-cell', field: 'leadUnits',
      message: msg.leadFromCoCell(coName, fromCoCell), suggestion: msg.leadFromCoCellSuggestion() }, where));
  }
  if (built.some((b) => b.leadFromCategory)) {
    findings.push(place({ level: 'info', code: 'import.lead-from-section', field: 'leadUnits', message: msg.leadFromCategory(), suggestion: msg.leadFromCategorySuggestion() }, where));
  }
  if (built.length === 0) findings.push(place({ level: 'error', code: 'import.no-tasks', field: 'task', message: msg.noTasks() }, where));
  for (const line of assembly.skipped) {
    findings.push(place({ level: 'warning', code: 'import.row-skipped', field: 'task', row: line.row, message: msg.rowSkipped(line.text), suggestion: msg.rowSkippedSuggestion() }, where));
  }
  for (const section of assembly.emptySections) {
    findings.push(place({ level: 'warning', code: 'import.empty-section', field: 'category', row: section.row, message: msg.emptySection(section.title), suggestion: msg.emptySectionSuggestion() }, where));
  }
  for (const f of filledBelow ?? []) {
    findings.push(place({ level: 'info', code: 'import.merged-cell-below', field: 'file', row: f.rows[0], message: msg.mergedCellBelow(f.name, f.rows), suggestion: msg.mergedCellBelowSuggestion(f.name) }, where));
  }
  for (const line of unread ?? []) {
    findings.push(place({ level: 'warning', code: 'import.text-unread', field: 'task', row: line.row, message: msg.textUnread(line.text), suggestion: msg.textUnreadSuggestion() }, where));
  }

  const implausible = implausibleImport(built.map((b) => b.task), drafts);
  if (implausible) findings.push(place(implausible, where));
  findings.push(...checkCategoryCounts(built.map((b) => b.task)).map((f) => place(f, where)));
  const units = buildUnitDirectory(built.map((b) => b.task), options.directory);
  const reference: readonly Unit[] = options.directory ?? units;
  // An alias of the 单位名录 is written as its unit without asking; a note says so.
  const aliased = built.map((b) => applyUnitAliases(b.task, reference));
  const tasks = aliased.map((a) => a.task);
  built.forEach(({ leadText, leadMarkScope }, i) => {
    const task = tasks[i];
    const row = task.source?.row;
    const above = i > 0 && sameCategory(tasks[i - 1], task) ? { text: built[i - 1].leadText, units: tasks[i - 1].leadUnits } : undefined;
    const cells = table.hasCellAddresses && row !== undefined ? unitCells(columns, hasLeadColumn, row) : undefined;
    for (const r of aliased[i].replaced) {
      findings.push(place({ level: 'info', code: 'import.unit-alias', taskId: task.id, field: r.field, message: unitMsg.aliasApplied(task.id, r.field, r.from, r.to), row, cell: cells?.[r.field] }, where));
    }
    if (leadMarkScope) findings.push(place(leadMarkScopeFinding(task, leadMarkScope, row, cells?.leadUnits), where));
    findings.push(...checkUnits(task, reference, { leadText, leadTextAbove: above?.text, leadUnitsAbove: above?.units, strict: options.directory !== undefined, ...where, row, cells }));
    if (planYear !== null) {
      const deadlineCell = table.hasCellAddresses && row !== undefined && columns.deadline !== undefined ? columnLetter(columns.deadline) + row : undefined;
      findings.push(...checkDeadline(task, planYear).map((f) => place({ ...f, row, cell: deadlineCell }, where)));
    }
  });
  const placed = input.kind === 'pdf' ? findings.map((f) => placeOnPdfPage(f, table.rows)) : findings;
  return { planYear, title: found.title, tasks, findings: placed, units, notes: assembly.notes };
}

/**
 * The ways a document may be read, most likely first: as the table its header heads (text copied
 * from a web page has its rows lined up: rows lacking the cells of merges, a header cell over two
 * columns); as page text with one cell a line or cells separated by single spaces (plain PDF text,
 * a copied page); as task cards (read-cards.ts); as a 分工方案 in prose. A later one is read only when those before it failed.
 */
function* readings(read: SourceTable, input: BreakdownInput): Generator<Reading> {
  // Column names not known well enough to read by name: a row of names whose rows below show the roles.
  const header = findAnyHeader(read.rows);
  if (header) {
    const table = input.kind === 'text' ? alignCopiedRows(read, header) : read;
    const aligned = table === read ? header : findAnyHeader(table.rows);
    if (aligned) yield { table, header: aligned };
  }
  const perLine = input.kind === 'text' ? readCellPerLine(input.text) : null;
  const perLineTable = perLine ? cleanCells(perLine) : null;
  const perLineHeader = perLineTable ? findHeader(perLineTable.rows) : null;
  if (perLine && perLineTable && perLineHeader) {
    // Plain pdftotext of a PDF table interleaves the cells' lines: no reading of them is right.
    const doubt = implausiblePageText(perLine.doubts);
    yield { table: perLineTable, header: perLineHeader, filledBelow: perLine.filledBelow, ...(doubt ? { doubt } : {}) };
  }
  // Page text whose cells run together with nothing between them (`序号工作任务牵头单位…1推进…`).
  const runTogether = input.kind === 'text' && !header ? readRunTogether(input.text) : null;
  const runTogetherHeader = runTogether ? findHeader(runTogether) : null;
  if (runTogether && runTogetherHeader) yield { table: { rows: runTogether, hasCellAddresses: false }, header: runTogetherHeader };
  // A page of task cards (`重点工作：…` / `牵头单位：…`): before prose, which would take a card's labelled task line for an item's text.
  const cards = readCards(read);
  const cardsHeader = cards ? findHeader(cards.rows) : null;
  if (cards && cardsHeader) yield { table: cards, header: cardsHeader, proseLeadByConvention: cards.leadByConvention };
  const prose = readProse(read);
  const proseHeader = prose ? findHeader(prose.rows) : null;
  if (prose && proseHeader) yield { table: prose, header: proseHeader, proseLeadByConvention: prose.leadByConvention, unread: prose.unread };
}

/**
 * The rows after the header, assembled into task drafts. A section heading standing between the
 * title and the header (a document giving each section its own table) opens the first section
 * when the table itself starts with tasks under no section; otherwise it is the notice's own
 * heading (`三、任务分解`) and stays above the table. `titleEnd`: where the title's lines end.
 */
function assembleWithHeadingsAbove(table: SourceTable, named: HeaderMatch): { assembly: Assembly; titleEnd: number } {
  const dataRows = withSchedules(table.rows.slice(named.index + 1), named);
  const header = preferFilledColumns(named, dataRows);
  const cells = headerCells(table, header);
  const moreCo = header.duplicates?.moreCo;
  const spare = header.duplicates?.unused ?? [];
  const assembly = assembleTasks(dataRows, header.columns, cells, moreCo, header.unknown, spare, header.others);
  const first = headingsAbove(table.rows, header.start);
  if (first === header.start || !assembly.drafts.some((d) => d.category.no === 0)) return { assembly, titleEnd: header.start };
  const withHeadings = assembleTasks([...table.rows.slice(first, header.start), ...dataRows], header.columns, cells, moreCo, header.unknown, spare, header.others);
  return { assembly: withHeadings, titleEnd: first };
}

/** Rows whose stages stand in period columns under the deadline's cell: the stages in that cell, as one schedule (see periodSchedule). */
function withSchedules(rows: readonly SourceRow[], header: HeaderMatch): SourceRow[] {
  const { periods } = header;
  const at = header.columns.deadline;
  if (!periods || at === undefined) return [...rows];
  const others = new Set(periods.map((p) => p.index).filter((i) => i !== at));
  return rows.map((r) => (r.cells.length <= at ? r
    : { ...r, cells: r.cells.map((c, i) => (i === at ? periodSchedule(r.cells, periods) : others.has(i) ? '' : c)) }));
}

/** Where the run of lone section-heading rows right above `end` starts (`end` when there is none). */
function headingsAbove(rows: readonly SourceRow[], end: number): number {
  let first = end;
  for (let i = end - 1; i >= 0; i--) {
    const filled = rows[i].cells.map((c) => c.trim()).filter((c) => c !== '');
    if (filled.length === 0) continue;
    if (filled.length !== 1 || !parseCategoryHeading(filled[0])) break;
    first = i;
  }
  return first;
}

/**
 * A table without a 完成时限 column: a 备注 (or other column kept as text) that is a deadline phrase
 * (`11月底前完成`, see deadlineInRemark) states the row's deadline, as a 完成时限 cell would; else a
 * date the row's text sets (`到2020年，…`, `2020年底前完成`) is its deadline — the rule prose items
 * follow (deadlineInText), looked for in the task, then its requirement, then a 备注 sentence
 * (`X负责于年底前制定…`, deadlineInRemarkSentence). `fromRemarks`: the columns that gave deadlines,
 * with the tasks' count and a phrase, for the 提示 saying so.
 */
function withDeadlinesFromText(drafts: TaskDraft[], hasDeadlineColumn: boolean, remarkColumns: readonly UnknownColumn[]): { drafts: TaskDraft[]; fromRemarks: RemarkDeadlines[] } {
  if (hasDeadlineColumn) return { drafts, fromRemarks: [] };
  const fromRemarks = new Map<number, RemarkDeadlines>();
  const inRemarks = (d: TaskDraft, read: (cell: string) => string | null): string | null => {
    for (const column of remarkColumns) {
      const words = read(d.remarks[column.index] ?? '');
      if (words === null) continue;
      const seen = fromRemarks.get(column.index) ?? { column: column.name, count: 0, example: words };
      fromRemarks.set(column.index, { ...seen, count: seen.count + 1 });
      return words;
    }
    return null;
  };
  const read = drafts.map((d) => {
    if (d.deadline) return d;
    const deadline = inRemarks(d, deadlineInRemark) ?? deadlineInText(d.task) ?? deadlineInText(d.requirement) ?? inRemarks(d, deadlineInRemarkSentence);
    return { ...d, deadline: deadline ?? '' };
  });
  return { drafts: read, fromRemarks: [...fromRemarks.values()] };
}

interface RemarkDeadlines {
  column: string;
  count: number;
  example: string;
}

/**
 * A table with no unit column whose task cells close in their units (`…。（牵头单位：市卫健委）`, a
 * progress table keeping the list's wording): each such cell gives its units (and the deadline its
 * bracket sets) as a prose item's bracket does; null when no cell does.
 */
function withUnitsFromTaskCells(drafts: TaskDraft[]): { drafts: TaskDraft[]; leadByConvention: boolean } | null {
  const closing = drafts.map((d) => unitsClosingCell(d.task));
  if (closing.every((c) => c === null)) return null;
  return {
    drafts: drafts.map((d, i) => {
      const c = closing[i];
      return c === null ? d : { ...d, task: c.task, lead: c.lead, co: c.co, deadline: d.deadline || c.deadline };
    }),
    leadByConvention: closing.some((c) => c?.leadByConvention === true),
  };
}

function sameCategory(a: Task, b: Task): boolean {
  return a.category.no === b.category.no && a.subcategory?.no === b.subcategory?.no;
}

/** `区委办、区政府办（牵头）`: read as both leading, but it may mean the last only — a warning asks. */
function leadMarkScopeFinding(task: Task, scope: { list: string[]; marked: string }, row?: number, cell?: string): Finding {
  return { level: 'warning', code: 'import.lead-mark-scope', taskId: task.id, field: 'leadUnits', row, cell,
    message: unitMsg.leadMarkScope(task.id, task.task, scope.list, scope.marked), suggestion: unitMsg.leadMarkScopeSuggestion(scope.list, scope.marked) };
}

/** What the import decided about a header naming a role twice: infos, so that no column is dropped silently. */
function duplicateColumnFindings(duplicates: HeaderMatch['duplicates'], assembly: Assembly, requirementName: string): Finding[] {
  if (!duplicates) return [];
  const found: Finding[] = [];
  const responsible = duplicates.leadFromResponsible;
  if (responsible) {
    found.push({ level: 'info', code: 'import.responsible-as-lead', field: 'leadUnits',
      message: msg.responsibleAsLead(responsible.lead, responsible.co), suggestion: msg.responsibleAsLeadSuggestion(responsible.lead) });
  }
  for (const u of assembly.merged) {
    const into = TEXT_ROLES.has(u.role) ? FIELD_LABELS[u.role as ImportTextField] : requirementName;
    found.push({ level: 'info', code: 'import.column-kept', field: 'file', message: msg.columnMerged(u.name, u.keptName, into), suggestion: msg.columnKeptSuggestion() });
  }
  return found;
}

/**
 * Columns of unknown name and columns the ledger has no field for: how each was read, or where
 * their text was kept — one 提示 per place naming its columns (nothing is dropped silently).
 */
function unknownColumnFindings(assembly: Assembly, requirementName: string): Finding[] {
  const kept = (columns: ReadonlyArray<{ name: string }>, into: string): Finding[] => (columns.length === 0 ? [] : [{
    level: 'info', code: 'import.column-kept', field: 'file', message: msg.columnKept(columns.map((c) => c.name), into), suggestion: msg.columnKeptSuggestion(),
  }]);
  return [
    ...assembly.byContent.map((c): Finding => ({ level: 'info', code: 'import.column-by-content', field: 'file',
      message: msg.columnByContent(c.name, ROLE_LABELS[c.role]), suggestion: msg.columnByContentSuggestion(c.name, ROLE_LABELS[c.role]) })),
    ...kept(assembly.kept, requirementName),
    ...kept(assembly.inNote, FIELD_LABELS.note),
  ];
}

/** The header's cells; with a two-row header, a column is named when either row names it. */
function headerCells(table: SourceTable, header: { start: number; index: number }): string[] {
  const top = table.rows[header.start].cells;
  const sub = table.rows[header.index].cells;
  return Array.from({ length: Math.max(top.length, sub.length) }, (_, i) => (top[i] ?? '').trim() || (sub[i] ?? '').trim());
}

/** The input with radicals standing for Chinese characters (a PDF's fonts, text copied out of one) made those characters: see unifyRadicals. */
function withUnifiedRadicals(input: BreakdownInput): BreakdownInput {
  switch (input.kind) {
    case 'text':
      return { ...input, text: unifyRadicals(input.text) };
    case 'pdf':
      return { ...input, pages: input.pages.map((p) => ({ ...p, items: p.items.map((i) => ({ ...i, text: unifyRadicals(i.text) })) })) };
    case 'docx':
      return { ...input, documentXml: unifyRadicals(input.documentXml) };
    case 'grid':
      return { ...input, rows: input.rows.map((r) => r.map(unifyRadicals)) };
  }
}

function readInput(input: BreakdownInput): SourceTable {
  switch (input.kind) {
    case 'text':
      return readText(input.text);
    case 'grid':
      return readGrid(input.rows, input.sheet, input.merges);
    case 'docx':
      return readDocumentXml(input.documentXml);
    case 'pdf': {
      // Rebuilt cells have no addresses a person could find in the PDF: findings name a page and a row of its table.
      const grid = pdfGrid(input.pages);
      const table = readGrid(grid.rows, undefined, grid.merges);
      return { ...table, rows: table.rows.map((r, i) => ({ ...r, place: grid.places[i] })), hasCellAddresses: false };
    }
  }
}

function rowText(row: { cells: string[] }): string {
  return row.cells.filter((c) => c.trim() !== '').join(' ');
}

