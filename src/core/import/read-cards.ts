import { stageDates } from './column-content';
import { IMPORT_FIELDS } from '../fields';
import { PROGRESS_WORDS } from './header-words';
import { ITEM_NUMBER } from './prose-lines';
import { PROSE_HEADER, addTo, goOn, goesOn, labelledItemCells, type Labels } from './read-prose';
import { parseCategoryHeading } from './section-heading';
import { labelKind, readLabels, type LabelKind } from './unit-label';
import type { SourceRow, SourceTable } from './types';

/**
 * Task cards: 重点工作 published one task a card of labelled fields (`重点工作：…` / `牵头单位：X` /
 * `年度阶段性工作目标：` over a stage a quarter / `进展落实情况：` over the reports), several cards
 * possibly one after another, under `一、` headings — as `label：value` lines (or spaces for the
 * colon), a label's line with its value on the lines below, or `| label： | value |` rows (a sheet of
 * two columns). A task label opens a card; a unit, person, deadline or stage label adds to it (the
 * last stage's date its deadline); a report's label (`进展情况`, `存在问题`, `下一步…`) ends its fields,
 * the report below it read into nothing. Read into the rows prose items are (PROSE_HEADER), the lines above
 * the first card as the title's; null when the text is no such page: no card, a card naming no
 * units, or one naming a field twice (a notice's `主要任务：` line over a prose list of items).
 */
export function readCards(table: SourceTable): (SourceTable & { leadByConvention: boolean }) | null {
  const entries: Array<Card | Heading> = [];
  const title: SourceRow[] = [];
  let card: Card | null = null;
  let reporting = false;
  for (const row of table.rows) {
    for (const field of rowFields(row)) {
      if (field.kind === 'task') {
        card = { row: row.row, task: field.value, fields: [], last: null };
        entries.push(card);
        reporting = false;
      } else if (card === null && entries.length === 0) {
        if (!title.includes(row)) title.push(row);
      } else if (field.kind === null && parseCategoryHeading(field.value)?.level === 1) {
        // `二、社会事业` between cards: the next cards' section.
        entries.push({ row: row.row, heading: field.value });
        card = null;
      } else if (field.kind === 'report') {
        reporting = true;
      } else if (reporting || card === null) {
        continue;
      } else if (field.kind === null) {
        addLine(card, field.value);
      } else {
        card.last = { kind: field.kind, label: field.label, value: field.value };
        card.fields.push(card.last);
      }
    }
  }
  const cards = entries.filter((e): e is Card => 'task' in e);
  if (cards.length === 0 || !cards.every(isWhole)) return null;
  const read = cards.map((c) => labelledItemCells(c.task.replace(TASK_NUMBER, '').trim(), cardLabels(c)));
  const rows: SourceRow[] = title.map((r) => ({ row: r.row, cells: [r.cells.filter((c) => c.trim() !== '').join(' ')], breakBefore: false }));
  rows.push({ row: cards[0].row, cells: [...PROSE_HEADER], breakBefore: false });
  for (const e of entries) rows.push({ row: e.row, cells: 'task' in e ? read[cards.indexOf(e)].cells : [e.heading], breakBefore: false });
  return { rows, sheet: table.sheet, hasCellAddresses: false, leadByConvention: read.some((r) => r.leadByConvention) };
}

interface Heading {
  row: number;
  heading: string;
}

/** What a card's label names: its task, its stages (`年度阶段性工作目标`), a report, or a unit, person, deadline or requirement label. */
type CardKind = 'task' | 'stages' | 'report' | LabelKind;

interface CardField {
  kind: Exclude<CardKind, 'task' | 'report'>;
  label: string;
  value: string;
}

interface Card {
  row: number;
  task: string;
  fields: CardField[];
  /** The field a line with no label of its own goes on; null: the task's text. */
  last: CardField | null;
}

/** The task column's words, and a task's name (`任务名称`, `事项名称`). */
const TASK_WORDS = [...IMPORT_FIELDS.filter((f) => f.role === 'task').flatMap((f) => f.words), '任务名称', '事项名称', '工作名称', '项目名称'];
/** 备注's words: a note kept, as a person's label is, in 备注. */
const NOTE_WORDS = IMPORT_FIELDS.filter((f) => f.role === 'note').flatMap((f) => f.words);
/** A report on the work (`进展落实情况`, `进展情况、存在问题及下一步工作建议`, `下一步工作计划`): no field of the task. */
const REPORT = new RegExp(String.raw`${PROGRESS_WORDS}|存在问题|下一步`);
/** `年度阶段性工作目标`, `季度目标`, `进度安排`: the stages the year's work is to reach, each set a date. */
const STAGES = /(?:阶段|季度|进度|节点)[\u4e00-\u9fa5]{0,4}(?:目标|安排|计划|任务|要求)$/;
/** The longest label a card's field has (`进展情况、存在问题及下一步工作建议`). */
const MAX_LABEL = 24;

function cardKind(label: string): CardKind | null {
  const phrase = label.replace(/\s+/g, '');
  if (phrase.length < 2 || phrase.length > MAX_LABEL) return null;
  if (TASK_WORDS.includes(phrase)) return 'task';
  if (NOTE_WORDS.includes(phrase)) return 'person';
  if (STAGES.test(phrase)) return 'stages';
  return REPORT.test(phrase) ? 'report' : labelKind(phrase);
}

/** `label：value` at a cell's start, its label before the first colon (no sentence's punctuation in it). */
const LEADING_LABEL = /^([^:：。；;，,！？!?]{2,30}?)\s*[:：]\s*([^]*)$/;
/** `重点工作  推进…` (page text with spaces where the colon was): a label of four characters or more (not a bare `牵头`) before spaces. */
const SPACED_LABEL = /^([\u4e00-\u9fa5、]{4,24})[ \t\u3000]+(\S[^]*)$/;

type RowField = { kind: CardKind | null; label: string; value: string };

/** The label a cell opens with (`牵头单位：X`, `牵头单位  X`) or is (`牵头单位`, its value in the cells or lines after it), and its value. */
function cellLabel(cell: string): RowField | null {
  for (const pattern of [LEADING_LABEL, SPACED_LABEL]) {
    const m = pattern.exec(cell);
    const kind = m ? cardKind(m[1]) : null;
    if (m && kind !== null) return { kind, label: m[1].replace(/\s+/g, ''), value: m[2].trim() };
  }
  const kind = cardKind(cell);
  return kind === null ? null : { kind, label: cell.replace(/\s+/g, ''), value: '' };
}

/** A row's labelled fields in order, each label's value the cells after it; a row opening with no label goes on the field above (kind null). */
function rowFields(row: SourceRow): RowField[] {
  const fields: RowField[] = [];
  for (const cell of row.cells.map((c) => c.trim()).filter((c) => c !== '')) {
    const labelled = cellLabel(cell);
    const last = fields[fields.length - 1];
    if (labelled !== null) fields.push(labelled);
    else if (last) last.value = [last.value, cell].filter(Boolean).join(' ');
    else fields.push({ kind: null, label: '', value: cell });
  }
  return fields;
}

/**
 * A line with no label: the task's text going on, or the last field's value (a stage a line, a unit
 * list going on as a prose label's does); a line going on no unit list or date (`年度目标：…` below
 * the units) is a field of its own, kept in 备注.
 */
function addLine(card: Card, line: string): void {
  const field = card.last;
  if (field === null) {
    card.task += line;
    return;
  }
  const { kind, value } = field;
  // Text fields take any line below; so does a deadline's list of stages.
  if (value === '') field.value = line;
  else if (kind === 'stages' || kind === 'requirement' || kind === 'person' || (kind === 'deadline' && lastStage(`${value}\n${line}`) !== null)) field.value += `\n${line}`;
  else if (goesOn(kind, value, line)) field.value = goOn(kind, value, line);
  else card.fields.push(card.last = { kind: 'person', label: '', value: line });
}

/** A card names its task and its units, each field once (a person's label may come again). */
function isWhole(card: Card): boolean {
  const kinds = card.fields.map((f) => f.kind).filter((k) => k !== 'person');
  return card.task.trim() !== '' && new Set(kinds).size === kinds.length && kinds.some((k) => k === 'lead' || k === 'co' || k === 'units');
}

/**
 * The card's fields as a prose item's labels (each unit label's value read as readLabels reads one,
 * so that `牵头单位：X，配合单位：Y` gives both). The stages are kept as its requirement; the last
 * stage's date is its deadline when no deadline label gives one.
 */
function cardLabels(card: Card): Labels {
  const labels: Labels = {};
  const staged: string[] = [];
  for (const f of card.fields) {
    const line = f.label === '' ? f.value : `${f.label}：${f.value}`;
    const stage = f.kind === 'stages' || f.kind === 'deadline' ? lastStage(f.value) : null;
    if (stage !== null) staged.push(stage);
    const kind = f.kind;
    if (kind === 'stages' || stage !== null) addTo(labels, 'requirement', f.value, line);
    else if (f.label === '') addTo(labels, 'person', '', line);
    else for (const p of readLabels(line) ?? [{ ...f, kind }]) addTo(labels, p.kind, p.value, `${p.label}：${p.value}`);
  }
  if (labels.deadline === undefined && staged.length > 0) labels.deadline = staged[staged.length - 1];
  return labels;
}

/**
 * The date of the stages' last (the work is done when its last stage is), as written — the deadline's
 * text then says which stage it is (`第四季度`), not the whole schedule; null when the text sets no stages.
 */
function lastStage(text: string): string | null {
  return stageDates(text).pop() ?? null;
}

/** `135.统筹…`: the task's number on the page, three digits and more (an item number has at most two, ITEM_NUMBER). */
const TASK_NUMBER = new RegExp(String.raw`^(?:\d{1,4}[.．、](?!\d)\s*|${ITEM_NUMBER.source.replace(/^\^/, '')})`);

