import { IMPORT_FIELDS, RETURN_HEADERS, TASK_HEADERS } from '../fields';
import { parseSectionHeading } from './section-heading';
import { splitUnitList } from './unit-cells';
import type { SourceRow, SourceTable } from './types';

/**
 * A 分工方案 written as prose, not as a table: numbered items, each followed by `牵头单位：X` /
 * `责任单位：Y` / `完成时限：…` lines or ending in `（X牵头，Y按职责分工负责）`, under `一、` / `（一）`
 * headings. Read into the rows of a table (工作任务 | 牵头单位 | 配合单位 | 完成时限) with the section
 * headings as rows of their own and the notice above as the title's lines; null when the text is
 * not such a document (no item naming its units). `leadByConvention`: an item
 * named only 责任单位, the first of which was taken as its lead.
 */
export function readProse(table: SourceTable): (SourceTable & { leadByConvention: boolean }) | null {
  const lines = table.rows.map((r) => ({ row: r.row, text: r.cells.filter((c) => c.trim() !== '').join(' ').trim() })).filter((l) => l.text !== '');
  if (table.rows.some((r) => r.cells.filter((c) => c.trim() !== '').length > 1)) return null;
  const withUnits = lines.map((l, i) => isItem(l.text) && (trailingUnits(l.text) !== null || LABEL_LINE.test(lines[i + 1]?.text ?? '') || paragraphEndsInUnits(lines, i)));
  const first = withUnits.indexOf(true);
  if (first < 0) return null;
  let start = first;
  while (start > 0 && isHeading(lines[start - 1].text)) start -= 1;

  const rows: SourceRow[] = lines.slice(0, start).map((l) => ({ row: l.row, cells: [l.text], breakBefore: false }));
  rows.push({ row: lines[start].row, cells: [...HEADER], breakBefore: false });
  let item: ProseItem | null = null;
  let leadByConvention = false;
  const flush = () => {
    if (item) {
      rows.push({ row: item.row, cells: itemCells(item), breakBefore: false });
      const trailing = trailingUnits(item.text);
      leadByConvention ||= trailing ? responsibleList(trailing.units) !== null : item.labels.lead === undefined && item.labels.co !== undefined;
    }
    item = null;
  };
  for (let i = start; i < lines.length; i++) {
    const { row, text } = lines[i];
    const label = labelLine(text);
    if (label && item) {
      addLabel(item, label[0], label[1]);
      continue;
    }
    if (isItem(text) && (withUnits[i] || !isHeading(text))) {
      flush();
      item = { row, text: text.replace(ITEM_NUMBER, ''), labels: {} };
      continue;
    }
    if (isHeading(text)) {
      flush();
      rows.push({ row, cells: [text], breakBefore: false });
      continue;
    }
    // A paragraph going on from its item's first line (before its unit lines).
    const open: ProseItem | null = item;
    if (open !== null && Object.keys(open.labels).length === 0 && trailingUnits(open.text) === null) open.text += text;
  }
  flush();
  return { rows, sheet: table.sheet, hasCellAddresses: false, leadByConvention };
}

const HEADER = [TASK_HEADERS.task, TASK_HEADERS.leadUnits, RETURN_HEADERS.coUnits, TASK_HEADERS.deadline];

/** `牵头单位：X`, `责任单位：Y`, `完成时限：…`: a label is a header word the field registry gives the unit and deadline fields. */
const LABELS = new Map<string, 'lead' | 'co' | 'deadline'>(IMPORT_FIELDS.flatMap((f) =>
  (f.role === 'lead' || f.role === 'co' || f.role === 'deadline' ? f.words.map((w): [string, 'lead' | 'co' | 'deadline'] => [w, f.role as 'lead' | 'co' | 'deadline']) : [])));
const LABEL_WORDS = [...LABELS.keys()].sort((a, b) => b.length - a.length).join('|');

/** `1.`, `1、`, `（1）`, `（一）`: the numbering of an item (or, for `（一）`, of a subsection). */
const ITEM_NUMBER = /^(?:\d{1,2}\s*[.．、](?!\d{1,2}(?:[.．]\d|%))|[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]+)\s*[）)])\s*/;
/** `牵头单位：X`, `（责任单位：Y）`: the closing bracket is dropped only when the line opens with one (`…政府(管委会)` keeps its own). */
const LABEL_LINE = new RegExp(String.raw`^(?:[（(]\s*(${LABEL_WORDS})\s*[:：]\s*(.*?)\s*[）)]|(${LABEL_WORDS})\s*[:：]\s*(.*?)\s*)$`, 's');

/** The label and value of a `牵头单位：X` line, or null. */
function labelLine(text: string): [string, string] | null {
  const m = LABEL_LINE.exec(text);
  return m ? (m[1] !== undefined ? [m[1], m[2]] : [m[3], m[4]]) : null;
}
/**
 * `…。（市政府办牵头，市级各有关部门按职责分工负责）`: units in brackets closing the item — round,
 * square (`[牵头单位：X；责任单位：Y]`), hexagonal (`〔责任单位：…〕`) or lenticular (`【X牵头】`).
 */
const BRACKETED = String.raw`(?:[^（）()\[\]［］〔〕【】]|[（(][^（）()]*[）)])*`;
const TRAILING_UNITS = [['[（(]', '[）)]'], ['[\\[［]', '[\\]］]'], ['〔', '〕'], ['【', '】']].map(([open, close]) =>
  new RegExp(String.raw`${open}(${BRACKETED}(?:牵头|负责|配合|单位[:：])${BRACKETED})${close}\s*[。.；;]?$`, 's'));

/**
 * The units closing an item, and where their bracket opens; null when the item does not end in
 * them. A sentence after `。` in the bracket is a note (`以下任务均需…落实，不再一一列出`), no unit.
 */
function trailingUnits(text: string): { index: number; units: string } | null {
  for (const pattern of TRAILING_UNITS) {
    const m = pattern.exec(text);
    if (m) return { index: m.index, units: m[1].replace(/。.*$/s, '') };
  }
  return null;
}

/**
 * `（X、Y、Z按职责分工负责）`, `〔责任单位：X，Y〕`: units and no word saying which leads (a 责任单位
 * list), whose first then leads by convention; null when the bracket names its lead or its roles.
 */
function responsibleList(units: string): { units: string[]; byConvention: boolean } | null {
  if (/牵头|主责/.test(units)) return null;
  const label = /^\s*(?:责任单位|责任部门)\s*[:：]/.exec(units);
  const list = label ? units.slice(label[0].length) : units;
  if (/配合|协助|参与|协同|协办|单位[:：]/.test(list)) return null;
  const split = splitUnitList(list);
  return split.length > 0 && (label !== null || split.length > 1) ? { units: split, byConvention: true } : null;
}

/** An item's first line (`（一）强化…公开`) whose paragraph, on the lines below it, ends in the units. */
function paragraphEndsInUnits(lines: ReadonlyArray<{ text: string }>, item: number): boolean {
  let last = item;
  while (last + 1 < lines.length && !isItem(lines[last + 1].text) && !isHeading(lines[last + 1].text) && !LABEL_LINE.test(lines[last + 1].text)) last += 1;
  return last > item && trailingUnits(lines[last].text) !== null;
}
/** A date the item's text sets (`2024年9月底前建成…`, `年底前基本实现…`), when no 完成时限 line does. */
const DATE_IN_TEXT = /(?:\d{4}年)?(?:\d{1,2}月(?:底|末|\d{1,2}日)?|年?底|年末)前/;

interface ProseItem {
  row: number;
  text: string;
  labels: { lead?: string; co?: string; deadline?: string };
}

function isItem(text: string): boolean {
  return ITEM_NUMBER.test(text);
}

function isHeading(text: string): boolean {
  return parseSectionHeading(text) !== null;
}

function addLabel(item: ProseItem, label: string, value: string): void {
  const key = LABELS.get(label) ?? 'co';
  item.labels[key] = [item.labels[key], value].filter(Boolean).join('；');
}

/** The item as cells: its text, lead, co units and deadline. */
function itemCells(item: ProseItem): string[] {
  const trailing = trailingUnits(item.text);
  const text = trailing ? item.text.slice(0, trailing.index).trim() : item.text.trim();
  const deadline = item.labels.deadline ?? DATE_IN_TEXT.exec(text)?.[0] ?? '';
  const responsible = trailing && responsibleList(trailing.units);
  if (responsible) return [text, responsible.units[0], responsible.units.slice(1).join('、'), deadline];
  if (trailing) return [text, trailing.units.trim(), item.labels.co ?? '', deadline];
  if (item.labels.lead !== undefined) return [text, item.labels.lead, item.labels.co ?? '', deadline];
  // Only 责任单位: the first named leads, as in a table with no 牵头单位 column.
  const units = splitUnitList(item.labels.co ?? '');
  return [text, units[0] ?? '', units.slice(1).join('、'), deadline];
}
