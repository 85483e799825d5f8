import { deadlineInText, parseDeadline } from '../deadline';
import { RETURN_HEADERS, TASK_HEADERS } from '../fields';
import { toChineseNumeral } from './chinese-numeral';
import { ITEM_NUMBER, TITLE_BREAK, asciiItemNumbers, itemNumbers, markedItemNumbers, proseLines, type Numbering } from './prose-lines';
import { parseCategoryHeading } from './section-heading';
import { CIRCLED_NUMBER, circledValue } from './seq-number';
import { categoryLeadUnits } from './section-lead';
import { namesItsLead, splitUnitList } from './unit-cells';
import { LEAD_WORD, UNIT_LABEL, beforeLabels, labelKind, namesPersonsToo, readLabel, readLabels, type LabelKind } from './unit-label';
import { endsLikeUnit, endsWithCutUnit } from './join-text';
import { joinWrappedLines } from './wrapped-lines';
import { isBarePlace } from './shared-suffix';
import { isPageNumber } from './page-furniture';
import type { SourceRow, SourceTable } from './types';

/**
 * A 分工方案 written as prose, not as a table: numbered items, each followed by `牵头单位：X` /
 * `责任单位：Y` / `完成时限：…` lines (any unit label: `牵头责任单位`, `协同责任单位`; a person's
 * label such as `牵头负责领导：张三` is kept as a note) or ending in `（X牵头，Y按职责分工负责）`, or
 * under a heading that names their lead (`一、县示范区管委会牵头工作（8项）`, its task a numbered item
 * or a paragraph right below it), under `一、` / `（一）` headings; or written as a heading over a
 * paragraph that ends in the units (`二、举办促消费活动` / `全年举办…。（县商务局牵头）`: the title is
 * the task, the paragraph its requirement). Read into the rows of a table (工作任务 | 具体要求 |
 * 牵头单位 | 配合单位 | 完成时限 | 备注) with the
 * section headings as rows of their own and the notice above as the title's lines; null when the
 * text is not such a document (no item naming its units). Lines of cells side by side are allowed
 * only above the items, and only a few: the page's index block (`索引号 | … | 发布机构 | …`).
 * `leadByConvention`: an item named only 责任单位, the first of which was taken as its lead.
 */
export function readProse(table: SourceTable): (SourceTable & { leadByConvention: boolean; unread: Array<{ row: number; text: string }> }) | null {
  // A page number (`- 2 -`) breaks no paragraph: the text goes on from the page before.
  const cellLines = table.rows.filter((r) => !isPageNumber(r)).flatMap((r) => {
    const cells = joinNumberCell(r.cells.map((c) => asciiItemNumbers(c.trim())).filter((c) => c !== ''));
    const doc = documentCell(cells);
    if (doc !== null) return [{ row: r.row, text: cells.filter((_, k) => k !== doc).join(' '), cells: cells.length - 1 }, { row: r.row, text: cells[doc], cells: 1 }];
    return cells.length === 0 ? [] : [{ row: r.row, text: cells.join(' '), cells: cells.length }];
  });
  const marked = markedItemNumbers(cellLines.map((l) => l.text));
  const printed = cellLines.map((l, i) => ({ ...l, text: marked[i] }));
  const lines = subPointsInItems(leadLinesOverItems(unitsAfterSentences(joinWrappedLines(printed).flatMap((l) => proseLines(l.text).flatMap(cutSubItems).flatMap(cutHeadingFromItem).flatMap(cutAfterUnits).map((text) => ({ ...l, text }))))));
  const numberedSections = lines.map((_, i) => numberedSection(lines, i) ?? headingOverItems(lines, i));
  const leadParagraphs = lines.map((_, i) => isLeadParagraph(lines, i));
  // Unnumbered sentences or paragraphs, two or more in a row, each closing in its units: each a task.
  const unitParagraph = lines.map((l) => !isItem(l.text) && !isHeading(l.text) && labelLine(l.text) === null && trailingUnits(l.text) !== null);
  // `12.…（责任单位：X）` / `推动…（责任单位：Y）`: one such sentence after an item closing in its own units is a task too.
  const inRun = unitParagraph.map((u, i) => u && (unitParagraph[i - 1] === true || unitParagraph[i + 1] === true || closesItsItem(lines[i - 1]?.text)));
  // A heading over such a run (`一、稳定经济运行` / `一是…（X牵头）；` / `二是…`) is their section's, no task.
  const firstLost = lines.map((_, i) => firstNumberLost(lines, i));
  const titled = lines.map((l, i) => isHeading(l.text) && !isItem(l.text) && !inRun[i + 1] && !firstLost[i + 1] && paragraphEndsInUnits(lines, i));
  // `一、做好预决算公开。按时公开…。（县财政局负责）`: a heading line closing in its own units is an item,
  // unless it heads numbered items (`一、推进城市更新（县住建局牵头）` / `1.…`), whose lead it names.
  // `一、新建幼儿园2所` / `牵头单位：县教体局`: a heading followed right below by its unit label lines is an item too.
  const unitHeading = lines.map((l, i) => !titled[i] && isHeading(l.text) && !isItem(l.text) && !headsItems(lines, i)
    && (trailingUnits(l.text) !== null || unitLabelsBelow(lines, i)));
  const titleBeforeLabels = lines.map((_, i) => labelsOnItsLine(lines, i) || numberLost(lines, i));
  const ownUnits = lines.map((l, i) => leadParagraphs[i] || titled[i] || firstLost[i] || unitHeading[i] || titleBeforeLabels[i] || (isItem(l.text) && !headsItems(lines, i) && (trailingUnits(l.text) !== null || labelsNameUnits(lines, i) || paragraphEndsInUnits(lines, i) || underLeadHeading(lines, i)
    || unitsByClause(itemParagraph(lines, i)) !== null || unitsAsSubject(l.text) !== null)));
  inRun.forEach((r, i) => { if (r) ownUnits[i] = true; });
  const shares = lines.map((_, i) => !ownUnits[i] && numberedSections[i] === null && sharesLabelsBelow(lines, i, ownUnits));
  const withUnits = lines.map((_, i) => ownUnits[i] || shares[i]);
  const first = withUnits.indexOf(true);
  if (first < 0) return null;
  let start = first;
  while (start > 0 && (isHeading(lines[start - 1].text) || numberedSections[start - 1] !== null)) start -= 1;
  const sideBySide = lines.filter((l) => l.cells > 1).length;
  if (sideBySide > MAX_INDEX_LINES || lines.slice(start).some((l) => l.cells > 1)) return null;

  const rows: SourceRow[] = lines.slice(0, start).map((l) => ({ row: l.row, cells: [l.text], breakBefore: false }));
  rows.push({ row: lines[start].row, cells: [...PROSE_HEADER], breakBefore: false });
  let item: ProseItem | null = null;
  // The items in order, their rows filled in at the end (an item may take the labels of one below it); null where a heading falls.
  const read: Array<{ item: ProseItem; row: SourceRow; shares: boolean } | null> = [];
  const flush = () => {
    if (item) {
      const row: SourceRow = { row: item.row, cells: [], breakBefore: false };
      rows.push(row);
      read.push({ item, row, shares: shares[item.line] });
    }
    item = null;
  };
  const end = endOfItems(lines, withUnits);
  // Text after an item's unit lines that goes on no item: not a task, but never dropped silently.
  const unread: Array<{ row: number; text: string }> = [];
  // A level's heading over `1.` items was read: a heading of that level naming its own units is then a section too.
  const levelsOverItems = new Set<number>();
  for (let i = start; i < end; i++) {
    const { row, text } = lines[i];
    const label = labelLine(text);
    if (label && item) {
      // `牵头单位：X，配合单位：Y，完成时限：…`: each label of the line.
      const parts = readLabels(text.replace(/^[（(]([^]*)[）)]$/, '$1')) ?? [label];
      for (const part of parts) addLabel(item, part.kind, part.value, parts.length > 1 ? `${part.label}：${part.value}` : text);
      // `责任单位及责任人：县住建局 张三`: the persons are kept, with the line, in 备注.
      if (namesPersonsToo(label.label)) addTo(item.labels, 'person', '', text);
      continue;
    }
    if (inRun[i]) {
      // The numbered line above naming no units (`1.主要指标的责任部门。`) heads the run: no task of its own.
      const open: ProseItem | null = item;
      if (open !== null && Object.keys(open.labels).length === 0 && trailingUnits(open.text) === null) item = null;
      else flush();
      item = { row, line: i, text: text.replace(COUNT_WORD, ''), labels: {} };
      continue;
    }
    if (unitHeading[i]) {
      flush();
      // `一、…` over `1.` items, then `二、…（责任单位：X）` with none below: its own section (not 一's), and its one task.
      const level = parseCategoryHeading(text)?.level;
      if (level !== undefined && levelsOverItems.has(level)) {
        read.push(null);
        rows.push({ row, cells: [text.slice(0, trailingUnits(text)?.index).trim()], breakBefore: false });
      }
      item = { row, line: i, text: text.replace(HEADING_NUMBER, ''), labels: {} };
      continue;
    }
    if (titled[i]) {
      flush();
      item = { row, line: i, title: parseCategoryHeading(text)?.title, text: '', labels: {} };
      continue;
    }
    const section = numberedSections[i];
    if (section !== null) {
      flush();
      read.push(null);
      rows.push({ row, cells: [section], breakBefore: false });
      continue;
    }
    if ((isItem(text) && (withUnits[i] || !isHeading(text))) || leadParagraphs[i] || titleBeforeLabels[i] || firstLost[i]) {
      flush();
      item = titleOverClauses(lines, i) ? { row, line: i, title: text.replace(ITEM_NUMBER, ''), text: '', labels: {} }
        : { row, line: i, text: text.replace(ITEM_NUMBER, ''), labels: {} };
      continue;
    }
    if (isHeading(text)) {
      flush();
      if (headsItems(lines, i)) levelsOverItems.add(parseCategoryHeading(text)?.level ?? 0);
      read.push(null);
      rows.push({ row, cells: [text], breakBefore: false });
      continue;
    }
    // A paragraph going on from its item's first line (before its unit lines), or a label's list
    // going on to the next line (`协同责任单位：市经信局、` / `市商务局`).
    const open: ProseItem | null = item;
    if (open !== null && Object.keys(open.labels).length === 0 && trailingUnits(open.text) === null) open.text += text;
    else if (open !== null && open.last !== undefined && goesOn(open.last, open.labels[open.last] ?? '', text)) open.labels[open.last] = goOn(open.last, open.labels[open.last] ?? '', text);
    else if (open !== null && text.trim().length >= UNREAD_LENGTH) unread.push({ row, text: text.trim() });
  }
  flush();
  // Items naming no units of their own, above one whose label lines follow them all, share its labels.
  let below: Labels | null = null;
  for (let k = read.length - 1; k >= 0; k--) {
    const entry = read[k];
    if (entry === null) below = null;
    else if (entry.shares && below !== null) entry.item.labels = { ...below, note: undefined, requirement: undefined };
    else below = entry.shares ? null : entry.item.labels;
  }
  let leadByConvention = false;
  for (const entry of read) {
    if (entry === null) continue;
    entry.row.cells = itemCells(entry.item);
    leadByConvention ||= byConvention(entry.item);
  }
  return { rows, sheet: table.sheet, hasCellAddresses: false, leadByConvention, unread };
}

/** The shortest text a data page's cell holding a whole document has. */
const DOCUMENT_CELL = 200;
/** A row's key beside it: an id, an index (`73b19a…`, `18,416`), no words. */
const ROW_KEY = /^[\w.,:-]{1,40}$/;

/**
 * `73b19a… | 某市人民政府印发…的通知…1.…（责任单位：X）2.…`: a dataset page's row, its id beside the
 * whole document in one cell — the index of that cell, or null when the row is no such pair.
 */
function documentCell(cells: readonly string[]): number | null {
  if (cells.length !== 2) return null;
  const doc = cells.findIndex((c) => c.length >= DOCUMENT_CELL);
  return doc >= 0 && ROW_KEY.test(cells[1 - doc]) ? doc : null;
}

/** A line this long read into no item is said in a warning (a shorter one is a page's stray word). */
const UNREAD_LENGTH = 10;

/** `由X负责`, `由X牵头负责`: a clause naming who does a part of the work. */
const BY_UNITS = /由([^，,。；;：:由]{2,40}?)(?:牵头)?负责/g;

/**
 * `…设计制作由市创建办负责，张贴由各镇街负责。`: an item whose last sentence says which units do its
 * work — the first named leads, the others are co units (lead and co cells); or whose sentence names
 * them in clauses of their own (`由张三副市长负责，市发改委牵头，相关部门配合，…`: the official's
 * 负责 names no unit). Null when no clause names a unit so (`由集体研究负责`).
 */
function unitsByClause(text: string): [string, string] | null {
  const sentences = text.trim().replace(/[。．.；;]$/, '').split(/[。！？]/);
  const last = sentences[sentences.length - 1].trim();
  const clauses = /负责$/.test(last) ? [...last.matchAll(BY_UNITS)].map((m) => m[1]) : [];
  if (clauses.length > 0 && namesUnits(clauses[0])) return [clauses[0], clauses.slice(1).join('、')];
  return sentences.map(unitsInRoleClauses).find((units) => units !== null) ?? null;
}

/** `市发改委牵头`, `由县住建局主办`: a whole clause naming the units that lead; `相关部门配合`: those that help. */
const LEAD_CLAUSE = /^由?([^由，,；;：:（）()]{2,40}?)(?:牵头|主办)(?:负责)?$/;
const CO_CLAUSE = /^([^由，,；;：:（）()]{2,40}?)(?:配合|协办|协助|参与)$/;

/** A sentence's clause naming the units that lead, and those of its other clauses that help. */
function unitsInRoleClauses(sentence: string): [string, string] | null {
  const clauses = sentence.split(/[，,；;]/).map((c) => c.trim());
  const lead = clauses.map((c) => LEAD_CLAUSE.exec(c)?.[1]).find((units) => units !== undefined && namesUnits(units));
  if (lead === undefined) return null;
  const co = clauses.map((c) => CO_CLAUSE.exec(c)?.[1]).filter((units): units is string => units !== undefined && namesUnits(units));
  return [lead, co.join('、')];
}

/** Whether every name of the list ends as a unit's does, and none names people (`全体干部`). */
function namesUnits(list: string): boolean {
  const names = splitUnitList(list);
  return names.length > 0 && names.every((n) => endsLikeUnit(n) && !PEOPLE.test(n));
}

/** `党政办负责…`, `安监站牵头负责…`: the item's subject up to what it is to do. */
const SUBJECT_UNITS = /^([^，,。；;：:（）()]{2,30}?)(?:牵头)?负责/;
/** `全体干部`, `各村党员`: people, not a unit, though `干部` ends as `部` does. */
const PEOPLE = /(?:干部|党员|人员|群众|职工|同志|代表|居民|村民)$/;

/**
 * `1.党政办负责会议场地布置；`, `2.社区服务中心、各社区负责发放资料`: an item opening with the units
 * that do it — the first named leads, the others are co units; null when the subject names no unit.
 */
function unitsAsSubject(text: string): [string, string] | null {
  const m = SUBJECT_UNITS.exec(text.replace(ITEM_NUMBER, '').trim());
  const names = m ? splitUnitList(m[1]) : [];
  if (names.length === 0 || !endsLikeUnit(names[0]) || PEOPLE.test(names[0])) return null;
  return [names[0], names.slice(1).join('、')];
}

/** `（市经委牵头）`, `（X、Y等负责）`: a closing bracket naming the units of the sentence before it. */
/** The words saying what units do, closing an item: `（X牵头）`, `（X负责）`, `（X主办，Y协办）`, `（…配合）`. */
const UNIT_ROLES = '牵头|负责|配合|主办|协办';
const UNITS_BRACKET = new RegExp(String.raw`[（(][^（）()]*(?:${UNIT_ROLES})[^（）()]*[）)]`, 'g');
const WHOLE_UNITS_BRACKET = new RegExp(String.raw`^${UNITS_BRACKET.source}[。；;]?$`);

/**
 * `1.推进…。（1）…。（X牵头）（2）…。（Y负责）`: sub-items run together in their item's paragraph,
 * numbered apart from it and each closing in units of its own, go on lines of their own — the
 * item's sentence before them then heads them, as when they are written on lines below it. A list
 * inside an item whose one bracket at the end names the units of all (`（1）…；（2）…。（X牵头）`) stays whole.
 */
function cutSubItems(line: string): string[] {
  const numbers = [...itemNumbers(line), ...circledPoints(line)].sort((a, b) => a.index - b.index);
  const opening = numbers.find((n) => n.index === 0);
  const inner: Numbering[] = [];
  for (const n of numbers) {
    if (n.index === 0 || n.kind === opening?.kind || n.no !== inner.length + 1 || (inner.length > 0 && n.kind !== inner[0].kind)) continue;
    inner.push(n);
  }
  if (inner.length < 2) return [line];
  const cuts = [0, ...inner.map((n) => n.index)];
  const parts = cuts.map((at, i) => line.slice(at, cuts[i + 1]).trim());
  // `（2）…整治 ①…（X）②…（Y）`: a sub-item so cut may head points of its own, run on in it too.
  return parts.slice(1).every((p) => trailingUnits(p) !== null) ? [parts[0], ...parts.slice(1).flatMap(cutSubItems)].filter((p) => p !== '') : [line];
}

/**
 * `①`, `②` right after a sentence or a bracket ends, or after a short numbered title and a space
 * (`（2）打击违法行为 ①…`): points, numbered kind 5 — cut only when each closes in its own units.
 */
const CIRCLED_POINT = new RegExp(String.raw`(?<=(?:^|[。；;）)\]］〕】]\s*)(?:${TITLE_BREAK})?)${CIRCLED_NUMBER}`, 'g');

function circledPoints(line: string): Numbering[] {
  return [...line.matchAll(CIRCLED_POINT)].map((m) => ({ index: m.index, kind: 5, no: circledValue(m[0]) }));
}

/** Whether the line is an item (`12.…`, `（一）…`) closing in its own units. */
function closesItsItem(text: string | undefined): boolean {
  return text !== undefined && (isItem(text) || isHeading(text)) && trailingUnits(text) !== null;
}

/** A bracket naming units by what they do (`（X牵头）`) or by a label (`（责任单位：X）`). */
const UNITS_OR_LABEL_BRACKET = new RegExp(String.raw`[（(][^（）()]*(?:${UNIT_ROLES}|(?:${UNIT_LABEL})\s*[:：])[^（）()]*[）)]`, 'g');

/** `…20%。（市经委牵头）万元工业…`, `…（责任单位：X） 推动…`: sentences run together, each closing in its units, cut after each. */
function cutAfterUnits(line: string): string[] {
  const out: string[] = [];
  let from = 0;
  const status = STATUS_AFTER_UNITS.exec(line)?.index;
  for (const m of line.matchAll(UNITS_OR_LABEL_BRACKET)) {
    const end = m.index + m[0].length;
    const rest = line.slice(end);
    // `（X负责） 推动…`: a space where the page's line broke before the next sentence; `（X负责）——推动…`: a `——` item.
    if (!/^\s*(?:[\u4e00-\u9fa5“"]|——)/.test(rest) || status === end) continue;
    out.push(line.slice(from, end));
    from = end;
  }
  return [...out, line.slice(from)].map((t) => t.trim()).filter((t) => t !== '');
}

/** `①新建…`: a line opening with a point's number. */
const OPENS_CIRCLED = new RegExp(`^${CIRCLED_NUMBER}`);

/**
 * `3.新建…。` / `①新建…；②改造…。` / `牵头单位：X`: points numbered ①② below an item numbered
 * otherwise, before its labels, are its paragraph, no items of their own — unless the item's line
 * heads them (pointsHeaded): then each point is an item.
 */
function subPointsInItems<T extends { text: string }>(lines: readonly T[]): T[] {
  const out: T[] = [];
  let inItem = false;
  for (const [i, line] of lines.entries()) {
    const text = line.text.trim();
    const last = out[out.length - 1];
    if (OPENS_CIRCLED.test(text) && inItem && last && !(last === lines[i - 1] && pointsHeaded(lines, i - 1))) {
      out[out.length - 1] = { ...last, text: last.text + text };
      continue;
    }
    // Under a `（一）` heading, ① … are its items.
    if (isHeading(text) || labelLine(text) || trailingUnits(text) !== null) inItem = false;
    else if (isItem(text) && !OPENS_CIRCLED.test(text)) inItem = true;
    out.push(line);
  }
  return out;
}

/** `住房安全方面`, `存在问题`: words that end the title of a group of items, never a task. */
const GROUP_TITLE_WORDS = '方面|问题|领域|环节';
const GROUP_TITLE_END = new RegExp(String.raw`(?:${GROUP_TITLE_WORDS})[。.：:]?$`);
/** The longest title a numbered line heading the items below it may have. */
const MAX_HEADING_TITLE = 30;

/** An item's line naming no units (`（2）住房安全方面。`), short and no more than one sentence: its title, else null. */
function headingTitle(lines: ReadonlyArray<{ text: string }>, i: number): string | null {
  const text = lines[i].text.trim();
  if (!isItem(text) || isHeading(text) || trailingUnits(text) !== null || unitLabelsBelow(lines, i)) return null;
  const title = text.replace(ITEM_NUMBER, '').trim().replace(/[。.：:；;]$/, '');
  return title !== '' && title.length <= MAX_HEADING_TITLE && !/[。；;！？!?]/.test(title) ? title : null;
}

/** Whether an item's line (`3.`, `①`, `（1）`) names its units: closing in them, or its unit labels right below it. */
function itemNamesUnits(lines: ReadonlyArray<{ text: string }>, i: number): boolean {
  return isItem(lines[i].text) && (trailingUnits(lines[i].text) !== null || unitLabelsBelow(lines, i));
}

/**
 * `（2）住房安全方面。` / `①有的…。（牵头单位：X）`, `1.推进城市更新：` / `①…（X牵头）` / `②…（Y牵头）`: an item's
 * line naming no units over points ①② that name theirs — the points are items, the line their
 * group's title; when the first point alone names units, only a title's word (GROUP_TITLE_END) says
 * so, or the line being a bare title under another (`1.增收工程` / `（1）增加居民收入` / `①…（X）`: headings
 * four levels deep, a page stopping after the first point).
 */
function pointsHeaded(lines: ReadonlyArray<{ text: string }>, i: number): boolean {
  const title = headingTitle(lines, i);
  if (title === null || lines[i + 1] === undefined || !OPENS_CIRCLED.test(lines[i + 1].text.trim()) || !itemNamesUnits(lines, i + 1)) return false;
  if (GROUP_TITLE_END.test(title) || titleUnderTitle(lines, i)) return true;
  let next = i + 2;
  while (next < lines.length && labelLine(lines[next].text) !== null) next += 1;
  return next < lines.length && OPENS_CIRCLED.test(lines[next].text.trim()) && itemNamesUnits(lines, next);
}

/** `1.增收工程` / `（1）增加居民收入`: a title with no mark at its end right under a title numbered otherwise. */
function titleUnderTitle(lines: ReadonlyArray<{ text: string }>, i: number): boolean {
  const text = lines[i].text.trim();
  const above = lines[i - 1]?.text.trim();
  return above !== undefined && !/[。.：:；;，,]$/.test(text) && headingTitle(lines, i - 1) !== null && numberShape(above) !== numberShape(text);
}

/**
 * `（2）住房安全方面。` / `①…（牵头单位：X）`, `2.推进老旧小区改造。` / `（1）…（X牵头）`: an item's line naming
 * no units, short, right above an item numbered otherwise that names its own (not a `（二）` heading,
 * the next section's) — the title of their group, a subsection (`（二）住房安全方面`), no task.
 */
function headingOverItems(lines: ReadonlyArray<{ text: string }>, i: number): string | null {
  const title = headingTitle(lines, i);
  const no = itemNo(lines[i].text.trim());
  const next = lines[i + 1]?.text.trim();
  if (title === null || Number.isNaN(no) || next === undefined || isHeading(next) || numberShape(next) === numberShape(lines[i].text.trim()) || !itemNamesUnits(lines, i + 1)) return null;
  return `（${toChineseNumeral(no)}）${title}`;
}

const CIRCLED_NUMBERS = new RegExp(CIRCLED_NUMBER, 'g');

/** How an item is numbered, the number left out: `（1）` and `(3)` alike, `1.` and `①` not. */
function numberShape(text: string): string {
  const m = ITEM_NUMBER.exec(text);
  return m === null ? '' : m[0].replace(/\s+/g, '').replace(/\d+/g, '1').replace(CIRCLED_NUMBERS, '①').replace(/[一二三四五六七八九十]+/g, '一').replace(/（/g, '(').replace(/）/g, ')');
}

/** `（2）住房安全方面。①有的…（牵头单位：X）`: a group's title (GROUP_TITLE_END) run into its first item, numbered otherwise. */
const TITLE_INTO_ITEM = new RegExp(String.raw`^((?:${ITEM_NUMBER.source})[^，,。；;：:（）()]{2,${MAX_HEADING_TITLE}}?(?:${GROUP_TITLE_WORDS})[。.：:]?)\s*(?=${ITEM_NUMBER.source.replace(/^\^/, '')})`);

/** `（一）实施垃圾治理行动——加快…`: a group's short title run into its first `——` item. */
const TITLE_INTO_DASH_ITEM = /^([（(][一二三四五六七八九十]{1,3}[）)][^\s，,。；;：:！!？?（）()—]{2,20})(?=——)/;

/** The title goes on a line of its own, when the item after it names its units (then read as headingOverItems says, or a `——` item's run). */
function cutHeadingFromItem(line: string): string[] {
  const dash = TITLE_INTO_DASH_ITEM.exec(line);
  if (dash !== null && trailingUnits(line.slice(dash[0].length)) !== null) return [dash[1], line.slice(dash[0].length)];
  const m = TITLE_INTO_ITEM.exec(line);
  if (m === null) return [line];
  const rest = line.slice(m[0].length);
  return numberShape(rest) !== numberShape(m[1]) && trailingUnits(rest) !== null ? [m[1], rest] : [line];
}

/** `县发改局牵头：`, `县住建局、县城管局负责的工作：`: a line naming the units that lead the items below it. */
const LEAD_LINE = new RegExp(String.raw`^(.+?)(牵头|负责|主办)(?:的?(?:工作|事项|任务))?\s*[：:]$`);

/**
 * Items below a line naming their lead (`县发改局牵头：` / `1.…` / `2.…`), up to the next such line or
 * heading, close in those units as if each ended in `（县发改局牵头）`; an item naming its own keeps them.
 */
function leadLinesOverItems<T extends { text: string }>(lines: readonly T[]): T[] {
  const out: T[] = [];
  let bracket: string | null = null;
  for (const line of lines) {
    const text = line.text.trim();
    const lead = LEAD_LINE.exec(text);
    if (lead !== null && splitUnitList(lead[1]).every((u) => endsLikeUnit(u))) {
      bracket = `（${lead[1]}${lead[2]}）`;
      continue;
    }
    if (isHeading(text) && !isItem(text)) bracket = null;
    const own = trailingUnits(text) !== null || labelLine(text) !== null;
    out.push(bracket !== null && isItem(text) && !own ? { ...line, text: `${text}${bracket}` } : line);
  }
  return out;
}

/** A line that is only a units bracket (`（市国土房管局牵头）`, the sentence's line broken before it) closes the line above. */
function unitsAfterSentences<T extends { text: string }>(lines: readonly T[]): T[] {
  const out: T[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    const whole = WHOLE_UNITS_BRACKET.test(text) || (/^[（(]/.test(text) && bareUnitsBracket(text)?.index === 0);
    const last = out[out.length - 1];
    if (whole && last && !isHeading(last.text) && trailingUnits(last.text) === null) out[out.length - 1] = { ...last, text: last.text + line.text.trim() };
    else out.push(line);
  }
  return out;
}

/** `一是`, `第二，`, `——`: a point counted in words, or marked by a dash, opening a sentence of a run. */
const COUNT_WORD = /^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]|——)\s*/;

/** `一、`, `十二．`: a section heading's number. */
const HEADING_NUMBER = /^[零〇一二两三四五六七八九十百]+\s*[、.．]\s*/;

/**
 * Where the items end: at the first `一、` heading after the last item naming units — the notice's
 * closing sections (`三、工作要求` / `1.各单位每月…报送`), whose numbered lines are no tasks.
 */
function endOfItems(lines: ReadonlyArray<{ text: string }>, withUnits: readonly boolean[]): number {
  const last = withUnits.lastIndexOf(true);
  const after = lines.findIndex((l, i) => i > last && parseCategoryHeading(l.text)?.level === 1);
  return after < 0 ? lines.length : after;
}

/** A number alone before a tab (`1.⇥推进…`, `一、⇥…`: Word's numbered list, copied): it and its text are one line. */
const NUMBER_ALONE = /^(?:\d{1,2}\s*[.．、]|[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]+)\s*[）)]|[一二三四五六七八九十]+\s*、)$/;

function joinNumberCell(cells: string[]): string[] {
  return cells.length > 1 && NUMBER_ALONE.test(cells[0]) ? [cells[0] + cells[1], ...cells.slice(2)] : cells;
}

/**
 * Whether a line goes on from a label's list: the list ends in `、` (`协同责任单位：市经信局、` /
 * `市商务局`), or in a name cut short where the page's line broke (`县财政局、县` / `发改局`), the
 * line short and no sentence or label of its own; or from a deadline cut after its year.
 */
export function goesOn(key: LabelKey, list: string, line: string): boolean {
  // `完成时限：2024年` / `11月底`, `2024年10` / `月底前`, `6月30` / `日前`: a date cut where the line broke.
  if (key === 'deadline') return /[\d０-９年月]$/.test(list) && /^[\d０-９]{0,2}\s*[年月日号底末内前中上下旬]/.test(line) && line.length <= MAX_DATE_REST;
  if (/(?:^|[、，,；;])$/.test(list)) return true;
  // `牵头单位：县住建局` / `县财政局`: the label's units one a line, a line of names only.
  if (key !== 'note' && key !== 'requirement' && list !== '' && line.length <= MAX_CUT_REST && !/[:：。！？!?]/.test(line) && namesUnits(line)) return true;
  return list !== '' && endsWithCutUnit(list) && line.length <= MAX_CUT_REST && !/[:：。]/.test(line) && endsLikeUnit(line.split(/[、，,；;]/)[0]);
}
const MAX_CUT_REST = 20;

/** The label's value with the line that goes on it: a whole name on a line of its own after another is listed (`、`), a cut one joined. */
export function goOn(key: LabelKey, list: string, line: string): string {
  const listed = key !== 'deadline' && list !== '' && !/[、，,；;]$/.test(list) && endsLikeUnit(list) && namesUnits(line);
  return listed ? `${list}、${line}` : list + line;
}
const MAX_DATE_REST = 12;

/** Lines of cells side by side above the items that are still read as the page's metadata, not as a table. */
const MAX_INDEX_LINES = 8;

/** The columns prose items (and task cards, see read-cards.ts) are read into. */
export const PROSE_HEADER = [TASK_HEADERS.task, TASK_HEADERS.requirement, TASK_HEADERS.leadUnits, RETURN_HEADERS.coUnits, TASK_HEADERS.deadline, TASK_HEADERS.note];

/** `牵头单位：X`, `（责任单位：Y）`: the closing bracket is dropped only when the line opens with one (`…政府(管委会)` keeps its own). */
function labelLine(text: string): { label: string; kind: LabelKind; value: string } | null {
  const bracketed = /^[（(]([^]*)[）)]$/.exec(text);
  return (bracketed && readLabel(bracketed[1])) || readLabel(text) || spacedLabel(text);
}

/**
 * `牵头单位  县住建局`, `完成时限 2024年6月底前`: a label line with spaces where its colon would be
 * (a unit label, or a deadline label whose value reads as a 完成时限).
 */
function spacedLabel(text: string): { label: string; kind: LabelKind; value: string } | null {
  const m = SPACED_LABEL.exec(text);
  const label = m && /(?:单位|部门|科室|处室|主体)$/.test(m[1]) ? readLabel(`${m[1]}：${m[2]}`) : null;
  if (label && label.kind !== 'person' && label.kind !== 'requirement') return label;
  const dated = SPACED_WORDS.exec(text);
  return dated && labelKind(dated[1]) === 'deadline' && readsAsTerm(dated[2]) ? { label: dated[1], kind: 'deadline', value: dated[2] } : null;
}
const SPACED_LABEL = new RegExp(String.raw`^\s*(${UNIT_LABEL})[ \t　]+(\S.*)$`, 's');
const SPACED_WORDS = /^\s*([\u4e00-\u9fa5]{2,8})[ \t　]+(\S.*)$/s;

/** A value a 完成时限 cell could hold: a date, or words saying the work goes on or recurs. */
function readsAsTerm(value: string): boolean {
  const kind = parseDeadline(value, 2000).kind;
  return kind === 'date' || kind === 'ongoing' || kind === 'recurring';
}

/**
 * The label lines below an item (`牵头负责领导：…`, `牵头责任单位：…`), after any paragraph going on
 * from it (`工作成果：…`): whether one names units.
 */
function labelsNameUnits(lines: ReadonlyArray<{ text: string }>, item: number): boolean {
  for (let i = item + 1; i < lines.length; i++) {
    const label = labelLine(lines[i].text);
    if (label && (label.kind === 'lead' || label.kind === 'co' || label.kind === 'units')) return true;
    if (!label && (isItem(lines[i].text) || isHeading(lines[i].text) || isLeadParagraph(lines, i))) return false;
  }
  return false;
}

/**
 * `推进高标准农田建设 部门分工：X牵头，Y配合。`: a title with no number written on one line with its
 * label fields, one of which names units — an item (several may run together on that line).
 */
function labelsOnItsLine(lines: ReadonlyArray<{ row: number; text: string }>, i: number): boolean {
  const { row, text } = lines[i];
  if (isItem(text) || isHeading(text) || labelLine(text) !== null) return false;
  for (let j = i + 1; j < lines.length && lines[j].row === row; j++) {
    const label = labelLine(lines[j].text);
    if (label === null || label.value.trim() === '') return false;
    if (label.kind === 'lead' || label.kind === 'co' || label.kind === 'units') return true;
  }
  return false;
}

/**
 * `地区生产总值增长6%。` / `牵头单位：X`: a line with no number (a web page's list copied as text
 * loses its numbers) right above label lines naming units — an item when it follows a heading or
 * the label lines of the item above; a line going on from a numbered item stays part of it.
 */
function numberLost(lines: ReadonlyArray<{ text: string }>, i: number): boolean {
  const text = lines[i].text;
  if (i === 0 || isItem(text) || isHeading(text) || labelLine(text) !== null) return false;
  const above = lines[i - 1].text;
  const label = labelLine(above);
  if (!isHeading(above) && label === null) return false;
  // `牵头单位：县发改局、` / `县财政局`: a label's list going on to this line.
  if (label !== null && goesOn(label.kind === 'person' ? 'note' : label.kind, label.value, text)) return false;
  return unitLabelsBelow(lines, i);
}

/**
 * `一、以公开促发展` / `以抓项目…（牵头单位：X）` / `（二）依法…`: a paragraph under a heading, closing
 * in its units, followed by an item numbered second — the first item, its number lost (a web
 * page's copy); the heading is its section's, not the title of the paragraph.
 */
function firstNumberLost(lines: ReadonlyArray<{ text: string }>, i: number): boolean {
  const text = lines[i].text;
  if (i === 0 || isItem(text) || isHeading(text) || labelLine(text) !== null || !isHeading(lines[i - 1].text)) return false;
  const last = paragraphEnd(lines, i);
  if (trailingUnits(lines.slice(i, last + 1).map((l) => l.text).join('')) === null) return false;
  const second = itemNumbers(lines[last + 1]?.text.trim() ?? '').find((n) => n.index === 0 && n.no === 2);
  // `（一）强化…` / its paragraph / `（二）…`: the heading above is the first item itself, its paragraph below it.
  const above = itemNumbers(lines[i - 1].text.trim()).find((n) => n.index === 0);
  return second !== undefined && above?.kind !== second.kind;
}

/** Whether label lines right below line `i` (a person's or a deadline's among them) name units. */
function unitLabelsBelow(lines: ReadonlyArray<{ text: string }>, i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const below = labelLine(lines[j].text);
    // `各区县人民政府，…直属` / `事业单位：`: a notice's addressees broken before a word ending as a label does.
    if (below === null || below.value.trim() === '') return false;
    if (below.kind === 'lead' || below.kind === 'co' || below.kind === 'units') return true;
  }
  return false;
}

/**
 * An item under a heading that names the units leading its items (`一、县示范区管委会牵头工作（8项）`,
 * `（一）区住建局牵头事项`): the nearest heading above the item's own level that names a lead, up
 * to the `一、` section (a `（一）` subsection naming none leaves its section's).
 */
function underLeadHeading(lines: ReadonlyArray<{ text: string }>, item: number): boolean {
  const level = parseCategoryHeading(lines[item].text)?.level ?? 3;
  // `（一）粮食生产` over `1.…` items is their subsection's heading, no item.
  const next = lines[item + 1]?.text;
  if (level === 2 && next !== undefined && isItem(next) && !parseCategoryHeading(next)) return false;
  for (let i = item - 1; i >= 0; i--) {
    const heading = parseCategoryHeading(lines[i].text);
    if (!heading || heading.level >= level) continue;
    if (categoryLeadUnits(heading.title) !== null) return true;
    if (heading.level === 1) return false;
  }
  return false;
}

/**
 * `1.新开工项目30个。` / `2.竣工项目20个。` / `责任单位：县发改局`: an item naming no units of its own,
 * followed (past its paragraphs) by items the last of which has the label lines: the group's labels.
 */
function sharesLabelsBelow(lines: ReadonlyArray<{ text: string }>, i: number, ownUnits: readonly boolean[]): boolean {
  if (!isItem(lines[i].text) || isHeading(lines[i].text)) return false;
  for (let j = i + 1; j < lines.length; j++) {
    const text = lines[j].text;
    if (labelLine(text) || isHeading(text)) return false;
    if (!isItem(text)) continue;
    // The next of the same list (`1.` then `2.`), not a list starting again (a notice's `1.…2.` above the items).
    if (itemNo(text) !== itemNo(lines[i].text) + 1) return false;
    if (ownUnits[j]) return labelsNameUnits(lines, j) && trailingUnits(text) === null;
    return sharesLabelsBelow(lines, j, ownUnits);
  }
  return false;
}

const ITEM_NO = new RegExp(String.raw`^(?:[（(]\s*)?(\d{1,2})|^(${CIRCLED_NUMBER})`);

/** An item's number (`3.`, `（3）`, `③`), NaN when it has none of these. */
function itemNo(text: string): number {
  const m = ITEM_NO.exec(text);
  return m === null ? NaN : m[1] !== undefined ? Number(m[1]) : circledValue(m[2]);
}

/**
 * `（一）推进城市更新（县住建局牵头）` over `1.…` items: their subsection's heading, which names
 * their lead, not an item of its own.
 */
function headsItems(lines: ReadonlyArray<{ text: string }>, i: number): boolean {
  const next = lines[i + 1]?.text;
  return isHeading(lines[i].text) && next !== undefined && isItem(next) && !isHeading(next);
}

/**
 * A paragraph with no number right below a heading that names its lead (`（一）市财政局牵头的工作` /
 * `深化预算管理制度改革…`): the heading's one task. Not under a heading naming a person
 * (`一、市长负责的工作` / `统筹市政府全面工作。`), which names no unit; nor under a heading that is an
 * item closing in its own units (`一、整治… 严格…。（牵头单位：X）` / the page's signature below it).
 */
function isLeadParagraph(lines: ReadonlyArray<{ text: string }>, i: number): boolean {
  const text = lines[i].text;
  if (i === 0 || isItem(text) || isHeading(text) || labelLine(text)) return false;
  const above = lines[i - 1].text;
  if (/[。；;]/.test(above.slice(0, trailingUnits(above)?.index ?? 0))) return false;
  return categoryLeadUnits(parseCategoryHeading(above)?.title) !== null;
}

/**
 * `…。（市政府办牵头，市级各有关部门按职责分工负责）`: units in brackets closing the item (a name's own
 * brackets inside: `各县〔区〕人民政府`) — round,
 * square (`[牵头单位：X；责任单位：Y]`), hexagonal (`〔责任单位：…〕`) or lenticular (`【X牵头】`).
 */
const BRACKETED = String.raw`(?:[^（）()\[\]［］〔〕【】]|[（(][^（）()]*[）)]|〔[^〔〕（）()]*〕)*`;
const TRAILING_UNITS = [['[（(]', '[）)]'], ['[\\[［]', '[\\]］]'], ['〔', '〕'], ['【', '】']].map(([open, close]) =>
  new RegExp(String.raw`${open}(${BRACKETED}(?:${UNIT_ROLES}|(?:${UNIT_LABEL})\s*[:：])${BRACKETED})${close}\s*[。.；;]?$`, 's'));

/**
 * The units closing an item, and where their bracket opens; null when the item does not end in
 * them. A sentence after `。` in the bracket is a note (`以下任务均需…落实，不再一一列出`), no unit.
 */
function trailingUnits(text: string): { index: number; units: string } | null {
  const status = STATUS_AFTER_UNITS.exec(text);
  if (status !== null) return trailingUnits(text.slice(0, status.index));
  const bare = bareUnitsBracket(text);
  if (bare !== null) return bare;
  for (const pattern of TRAILING_UNITS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const units = m[1].replace(/。.*$/s, '');
    // `（牵头单位：X）（配合单位：Y）`: brackets one after another are one list.
    const before = trailingUnits(text.slice(0, m.index));
    return before && text.slice(before.index, m.index).trim().length > 0 && /[）)\]］〕】]\s*$/.test(text.slice(0, m.index))
      ? { index: before.index, units: `${before.units}；${units}` } : { index: m.index, units };
  }
  return null;
}

/**
 * `…（责任单位：X）该件实事已全面完成`, `（X牵头）已完成`: a report's word on the item's state after its
 * units bracket — the item still closes in those units; the words are its note.
 */
const STATUS_AFTER_UNITS = /(?<=[）)\]］〕】]\s*[。.；;]?)\s*((?:该[件项]?(?:实事|工作|任务|项目)|此项工作|本项工作)?(?:已经?|均已)(?:全面|全部|基本|顺利|提前|超额|按期|如期)?(?:完成|办结|竣工|建成)(?:任务)?)\s*[。.；;]?$/;

/** The report's word on the item's state after its units bracket (STATUS_AFTER_UNITS), '' when none. */
function statusAfterUnits(text: string): string {
  return STATUS_AFTER_UNITS.exec(text)?.[1] ?? '';
}

/** A word saying what units do (UNIT_ROLES). */
const ROLE_WORD = new RegExp(UNIT_ROLES);

/** A round bracket closing the text. */
const CLOSING_BRACKET = new RegExp(String.raw`[（(](${BRACKETED})[）)]\s*[。.；;]?$`, 's');

/**
 * `…增长11%。（市发改委、财政局，市国税局）`: a bracket of bare unit names closing an item, no word
 * saying what they do — the item's 责任单位, the first leading by convention.
 */
function bareUnitsBracket(text: string): { index: number; units: string } | null {
  const m = CLOSING_BRACKET.exec(text);
  if (m === null || ROLE_WORD.test(m[1])) return null;
  const units = splitUnitList(m[1]);
  // `各市（县）、区政府`: places sharing the list's last ending.
  const named = (u: string, i: number) => u.length >= 2 && (endsLikeUnit(u) || (i < units.length - 1 && isBarePlace(u)));
  return units.length > 0 && units.every(named) ? { index: m.index, units: m[1] } : null;
}

/**
 * `（X、Y、Z按职责分工负责）`, `〔责任单位：X，Y〕`: units and no word saying which leads (a 责任单位
 * list), whose first then leads by convention; null when the bracket names its lead or its roles.
 */
function responsibleList(units: string): { units: string[]; byConvention: boolean } | null {
  if (LEAD_WORD.test(units)) return null;
  const label = /^\s*(?:责任单位|责任部门)\s*[:：]/.exec(units);
  const list = label ? units.slice(label[0].length) : units;
  if (/配合|协助|参与|协同|协办|单位[:：]/.test(list)) return null;
  const split = splitUnitList(list);
  return split.length > 0 && (label !== null || split.length > 1) ? { units: split, byConvention: true } : null;
}

/** The last line of the paragraph going on below an item's first line (before its labels, the next item or heading). */
function paragraphEnd(lines: ReadonlyArray<{ text: string }>, item: number): number {
  let last = item;
  while (last + 1 < lines.length && !isItem(lines[last + 1].text) && !isHeading(lines[last + 1].text) && !labelLine(lines[last + 1].text)) {
    last += 1;
    // `…。（牵头单位：X）` / `某局 二〇一三年三月一日 来源：…`: a line below the item's closing units (a page's signature) is no more of it.
    if (last > item && trailingUnits(lines[last].text) !== null) break;
  }
  return last;
}

/** An item's line with its paragraph below (`1、…事宜` / `由…负责，X牵头，…`), as one text. */
function itemParagraph(lines: ReadonlyArray<{ text: string }>, item: number): string {
  return lines.slice(item, paragraphEnd(lines, item) + 1).map((l) => l.text).join('');
}

/**
 * `1、…项目事宜` / `由张三副市长负责，市发改委牵头，…`: an item's line, no sentence, naming no units,
 * whose paragraph below names them in its clauses — the line is the task's title, the paragraph its requirement.
 */
function titleOverClauses(lines: ReadonlyArray<{ text: string }>, item: number): boolean {
  const text = lines[item].text;
  return isItem(text) && !/[。．；;]$/.test(text) && paragraphEnd(lines, item) > item && trailingUnits(text) === null
    && unitsByClause(text) === null && unitsAsSubject(text) === null && unitsByClause(itemParagraph(lines, item)) !== null;
}

/** An item's first line (`（一）强化…公开`) whose paragraph, on the lines below it, ends in the units. */
function paragraphEndsInUnits(lines: ReadonlyArray<{ text: string }>, item: number): boolean {
  const last = paragraphEnd(lines, item);
  // The lines joined: a closing bracket may open on one line and close on the next (`…各乡镇、县直有关` / `部门配合）`).
  return last > item && trailingUnits(lines.slice(item + 1, last + 1).map((l) => l.text).join('')) !== null
    || (isItem(lines[item].text) && last > item && trailingUnits(lines.slice(item, last + 1).map((l) => l.text).join('')) !== null);
}

export type LabelKey = 'lead' | 'co' | 'units' | 'deadline' | 'requirement' | 'note';
export type Labels = { [K in LabelKey]?: string };

interface ProseItem {
  row: number;
  /** The item's first line among the prose lines. */
  line: number;
  /** The title of an item written as a heading over its paragraph (`二、举办促消费活动`): its task, the paragraph its requirement. */
  title?: string;
  text: string;
  labels: Labels;
  /** The label read last, which a line below may go on. */
  last?: LabelKey;
}

/** `1.优化营商环境` / `1.1 推进…`: the section's number and title. */
const SECTION_NUMBER = /^(\d{1,2}(?:[.．]\d{1,2})?)\s*[.．、]?\s*([^\d.．\s][^，,。；;：:（）()]{1,30})$/;

/**
 * `1.优化营商环境` over `1.1 推进…`, `1.1 优化营商环境` over `1.1.1 …`: a short line numbered as the item
 * right below it begins is its section, not an item — as the heading `（一）优化营商环境` it becomes.
 */
function numberedSection(lines: ReadonlyArray<{ text: string }>, i: number): string | null {
  const m = SECTION_NUMBER.exec(lines[i].text.trim());
  const next = lines[i + 1]?.text.trim();
  if (!m || next === undefined || !next.startsWith(`${m[1].replace('．', '.')}.`) || !/^\d/.test(next.slice(m[1].length + 1))) return null;
  const no = Number(m[1].split(/[.．]/).pop());
  return `（${toChineseNumeral(no)}）${m[2].trim()}`;
}

function isItem(text: string): boolean {
  return ITEM_NUMBER.test(text);
}

function isHeading(text: string): boolean {
  return parseCategoryHeading(text) !== null;
}

/** A unit or deadline label adds to its field; a person's label is kept, as written, in 备注, a requirement's in 具体要求. */
function addLabel(item: ProseItem, kind: LabelKind, value: string, line: string): void {
  item.last = addTo(item.labels, kind, value, line);
}

export function addTo(labels: Labels, kind: LabelKind, value: string, line: string): LabelKey {
  const key = kind === 'person' ? 'note' : kind;
  const text = kind === 'person' || kind === 'requirement' ? line : value;
  labels[key] = [labels[key], text].filter(Boolean).join('；');
  return key;
}

/**
 * The item's labels, with those written in its closing bracket (`（牵头单位：X；完成时限：6月底）`);
 * null for the bracket when it holds no label (`（X牵头，Y配合）`).
 */
function allLabels(item: ProseItem): { labels: Labels; bracket: string | null } {
  const trailing = trailingUnits(item.text);
  const parts = trailing && readLabels(trailing.units);
  if (!trailing || !parts) return { labels: item.labels, bracket: trailing ? trailing.units : null };
  const labels = { ...item.labels };
  const before = beforeLabels(trailing.units);
  if (before !== '') addTo(labels, 'units', before, before);
  for (const p of parts) addTo(labels, p.kind, p.value, `${p.label}：${p.value}`);
  return { labels, bracket: null };
}

/**
 * `（县城管局负责，2024年底前完成）`, `（县城管局负责；持续推进）`: the parts of a closing bracket
 * that set a date or say the work goes on or recurs (no unit's name), which are its item's
 * deadline, and the units.
 */
function splitBracketDeadline(bracket: string): { units: string; deadline: string | null } {
  const parts = bracket.split(/[，,；;]/).map((p) => p.trim()).filter((p) => p !== '');
  const dated = parts.filter((p) => (deadlineInText(p) !== null || isTermWords(p)) && !endsLikeUnit(p.replace(/[。.]$/, '')));
  if (dated.length === 0 || dated.length === parts.length) return { units: bracket, deadline: null };
  return { units: parts.filter((p) => !dated.includes(p)).join('，'), deadline: dated.join('，') };
}

/**
 * `持续推进`, `长期坚持`, `每季度`, `年内持续推进`: a short part that is a 完成时限 of its own though it
 * names no work done by a date (the year does not matter to its kind).
 */
function isTermWords(part: string): boolean {
  const kind = parseDeadline(part, 2000).kind;
  return part.length <= MAX_TERM_WORDS && (kind === 'ongoing' || kind === 'recurring' || kind === 'date');
}
const MAX_TERM_WORDS = 8;

/**
 * Lead and co cells from the labels: a `牵头单位` leads and the others help; with none, a
 * `责任单位` / `部门分工` saying who leads (`X牵头，Y配合`) goes whole to the lead cell (read there as
 * in a table), as does one beside a `配合单位`; else its first unit leads by convention. A `配合单位`
 * alone never leads.
 */
function unitCells(labels: Labels): [string, string] {
  const join = (...lists: Array<string | undefined>) => lists.filter(Boolean).join('；');
  if (labels.lead !== undefined) return [labels.lead, join(labels.units, labels.co)];
  if (labels.units === undefined) return ['', labels.co ?? ''];
  if (namesItsLead(labels.units)) return [labels.units, labels.co ?? ''];
  // `责任主体：X、Y` / `配合单位：Z`: beside a list of helpers, the responsible list is the lead, whole (as a table's first unit column is).
  if (labels.co !== undefined) return [labels.units, labels.co];
  const units = splitUnitList(labels.units);
  return [units[0] ?? '', join(units.slice(1).join('、'), labels.co)];
}

/** Whether the item's lead is the first of a 责任单位 list or of units named as its subject (the convention), none saying who leads. */
function byConvention(item: ProseItem): boolean {
  const { labels, bracket } = allLabels(item);
  if (bracket !== null) return responsibleList(splitBracketDeadline(bracket).units) !== null;
  // `X、Y负责…`: units named as the item's subject, no word saying which leads.
  if (labels.lead === undefined && labels.units === undefined && labels.co === undefined) return (unitsAsSubject(item.text)?.[1] ?? '') !== '';
  return labels.lead === undefined && labels.units !== undefined && labels.co === undefined && !namesItsLead(labels.units);
}

/**
 * A table's task cell closing in its units (`…继续交出高分报表。（牵头单位：市卫健委）`), in a table
 * with no unit column: the cell read as a prose item is — its text, lead and co units, and the
 * deadline its bracket sets; null when the cell does not close in units.
 */
export function unitsClosingCell(cell: string): { task: string; lead: string; co: string; deadline: string; leadByConvention: boolean } | null {
  if (trailingUnits(cell) === null) return null;
  const item: ProseItem = { row: 0, line: 0, text: cell, labels: {} };
  const [task, , lead, co, deadline] = itemCells(item);
  return { task, lead, co, deadline, leadByConvention: byConvention(item) };
}

/** A task written with labelled fields (a task card, read-cards.ts): its row's cells as a prose item's, and whether its lead is the convention's. */
export function labelledItemCells(text: string, labels: Labels): { cells: string[]; leadByConvention: boolean } {
  const item: ProseItem = { row: 0, line: 0, text, labels };
  return { cells: itemCells(item), leadByConvention: byConvention(item) };
}

/** The item as cells: its text, requirement, lead, co units, deadline and note. */
function itemCells(item: ProseItem): string[] {
  const trailing = trailingUnits(item.text);
  const body = trailing ? item.text.slice(0, trailing.index).trim() : item.text.trim();
  const { labels, bracket: written } = allLabels(item);
  const { units: bracket, deadline: bracketDeadline } = written === null ? { units: null, deadline: null } : splitBracketDeadline(written);
  const [text, requirement] = item.title !== undefined ? [item.title, [body, labels.requirement].filter(Boolean).join('；')] : [body, labels.requirement ?? ''];
  const deadline = labels.deadline ?? bracketDeadline ?? deadlineInText([text, requirement].filter(Boolean).join('\n')) ?? '';
  const note = [labels.note, statusAfterUnits(item.text)].filter(Boolean).join('；');
  const responsible = bracket !== null && responsibleList(bracket);
  const named = bracket === null && labels.lead === undefined && labels.units === undefined && labels.co === undefined
    ? unitsByClause(body) ?? unitsAsSubject(body) : null;
  const units = responsible ? [responsible.units[0], responsible.units.slice(1).join('、')]
    : bracket !== null ? [bracket.trim(), labels.co ?? ''] : named ?? unitCells(labels);
  return [text, requirement, ...units, deadline, note];
}
