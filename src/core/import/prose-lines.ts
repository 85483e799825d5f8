import { isGroupName } from '../units';
import { endsLikeUnit } from './join-text';
import { CIRCLED_NUMBER } from './seq-number';
import { splitUnitList } from './unit-cells';
import { FIXED_LABEL_WORDS, LABEL_WORDS, UNIT_LABEL, readLabel, type LabelKind } from './unit-label';

/** The labels naming units, whose value is a list of names. */
const UNIT_KINDS: readonly LabelKind[] = ['lead', 'co', 'units'];

/**
 * `1.`, `1、`, `1﹒` (a small full stop), `1）`, `①`, `（1）`, `（一）`: the numbering of an item (or, for `（一）`, of a subsection);
 * also `第一条`, `第3项`, `实事一：` (a 民生实事 notice's, `项目二：`, `任务3：` alike), `【1】`, `[1]`, and an item numbered by its section (`1.1 `, `1.1.1`, `1-1`) — a
 * decimal only before a space or a third level, so an amount opening a line (`2.5万户`, `3.5公里`) is none.
 */
export const ITEM_NUMBER = new RegExp(String.raw`^(?:${[
  String.raw`\d{1,2}(?:[.．]\d{1,2}){2}(?![.．]?\d)`,
  String.raw`\d{1,2}[.．]\d{1,2}(?=[ 　\t])`,
  String.raw`\d{1,2}[-－]\d{1,2}(?![\d.．%]|\s*[年月日号万亿千百倍个元亩吨])`,
  String.raw`\d{1,2}\s*(?:[.．、﹒](?!\d{1,2}(?:[.．]\d|%|\s*[万亿千百倍个元亩吨]))|[）)])`,
  CIRCLED_NUMBER,
  String.raw`[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]+)\s*[）)]`,
  String.raw`第(?:\d{1,3}|[一二三四五六七八九十百]+)[条项](?![款])[：:]?`,
  String.raw`(?:实事|项目|任务|事项)(?:\d{1,2}|[一二三四五六七八九十]+)\s*[：:、]`,
  String.raw`[【\[［]\d{1,2}[】\]］]`,
].join('|')})\s*`);

/** `１．`, `（１２）`: an item's number in full-width digits, at the line's start or after a sentence ends. */
const FULL_WIDTH_NUMBER = /(?<=(?:^|[。；;：:！!？?）)\]］〕】])\s*[（(]?\s*)[０-９]{1,2}(?=\s*[.．、﹒）)])/g;

/** `⒈`, `⒉` … `⒛`: an item's number and its full stop in one character, a list's mark wherever it stands. */
const DOTTED_NUMBER = /[⒈-⒛]/g;

/** The line with its items' numbers in ASCII digits (`１．` → `1．`, `⒉` → `2.`), the rest as written. */
export function asciiItemNumbers(line: string): string {
  return line.replace(FULL_WIDTH_NUMBER, (digits) => String.fromCharCode(...[...digits].map((d) => d.charCodeAt(0) - 0xfee0)))
    .replace(DOTTED_NUMBER, (n) => `${n.charCodeAt(0) - '⒈'.charCodeAt(0) + 1}.`);
}

/** `1。…`: an item's number closed by a full stop (a news copy's `1.`), at the line's start. */
const FULL_STOP_NUMBER = /^(\d{1,2})。(?=\S)/;
/**
 * `1推进…`, `1 推进…`: an item's number with no mark before its text, or only spaces — never an amount
 * (`3家`, `2024年`, `5万亩`, `1 季度`, `2 个`), whose counter word follows the digits.
 */
const BARE_NUMBER = /^(\d{1,2})[ \t\u3000]*(?=\p{Script=Han})(?![年月日号时点分秒个项万亿千百十元人名家户所座条台套批次位届期倍米亩吨天周岁级类件场处只辆栋间株头公平立千斤里度成季版轮部支本篇张份种组对班层])/u;

/**
 * The lines with their items' numbers marked as `1.`: a number closed by `。` (`1。扩大…`), and a
 * number written with no mark at all (`1推进…`, `1 推进…`) when such lines go on 1, 2, 3 … from 1.
 */
export function markedItemNumbers(lines: readonly string[]): string[] {
  let next = 1;
  return lines.map((line) => {
    const opening = FULL_STOP_NUMBER.exec(line);
    if (opening !== null) return runOnFullStopNumbers(line.replace(FULL_STOP_NUMBER, '$1.'), Number(opening[1]) + 1);
    const m = BARE_NUMBER.exec(line);
    if (m === null || Number(m[1]) !== next) return line;
    next += 1;
    return `${m[1]}.${line.slice(m[0].length)}`;
  });
}

/** `1.…。(X负责) 2。…`: the items run on after a line's own `1。`, numbered on, marked as it is. */
function runOnFullStopNumbers(line: string, from: number): string {
  let out = line;
  for (let no = from; ; no++) {
    const next = new RegExp(String.raw`(?<=[。；;）)\]]\s*)${no}。(?=\S)`).exec(out);
    if (next === null) return out;
    out = `${out.slice(0, next.index)}${no}.${out.slice(next.index + String(no).length + 1)}`;
  }
}

/** One clause of a heading's short title: no space, no punctuation, no bracket. */
const TITLE_CLAUSE = String.raw`[^\s，,。；;：:！!？?（）()]{2,20}`;
/** A heading's short title: one clause, or two joined by a comma (`优化办事流程，提升服务效能`). */
const SHORT_TITLE = String.raw`${TITLE_CLAUSE}(?:[，,]${TITLE_CLAUSE})?`;

/**
 * The lines of a prose 分工方案 as items and label lines: a line running several items together
 * (`…意见。1.对…。责任单位：X。2.对…`, `（一）…（二）…`) is cut before each item, and an item's
 * label written after its sentence (`…资助。责任单位：X、Y。`) goes on a line of its own.
 */
export function proseLines(line: string): string[] {
  return splitSections(line.trim()).flatMap(splitItems).flatMap(splitLabels).flatMap(splitAfterLabelValue);
}

/**
 * `部门分工：X牵头，Y配合。 推进…建设 部门分工：…`: a label's value closes with `。` and, after
 * spaces, the next item's title follows on the same line; the title goes on a line of its own.
 */
function splitAfterLabelValue(segment: string): string[] {
  const label = readLabel(segment);
  if (label === null) return [segment];
  // `牵头部门：市交通局。建设进度较慢的县区为…`: a unit list ends at its full stop; what follows is a sentence of its own.
  const m = (UNIT_KINDS.includes(label.kind) ? /。(?=\S)|[。；;]\s+(?=\S)/ : /[。；;]\s+(?=\S)/).exec(segment);
  if (m === null || bracketDepth(segment.slice(0, m.index)) > 0) return [segment];
  const end = m.index + 1;
  return [segment.slice(0, end), ...splitAfterLabelValue(segment.slice(end).trim())];
}

/**
 * `…本方案。一、总体目标…。二、工作安排…。（一）媒体宣传1、开设专栏。…`: a page whose line breaks were
 * lost runs its headings on in one paragraph. Cut before each `一、` heading that follows a sentence,
 * numbering on (two at least, or one after the line's own `一、`); in each section so cut, before its
 * `（一）` subsections; and a subsection's short title run into its first item (`（一）媒体宣传1、…`)
 * before that item. A `一、` after a colon or semicolon is a list inside a sentence and stays, and so
 * does a line holding one section only.
 */
function splitSections(line: string): string[] {
  const starts = afterSentenceOrUnits(line, SECTION_AFTER_SENTENCE, SECTION_AFTER_NAME).map((m) => ({ index: m.index ?? 0, no: chineseNumber(m[1]) }));
  const cuts = numberingOn(starts);
  if (cuts.length === 0) return [line];
  return cutAt(line, cuts).flatMap((section) => {
    const subsections = numberingOn(openingSubsection(section, itemNumbers(section).filter((n) => n.kind === 2)), 1);
    return cutAt(section, subsections).flatMap((part) => {
      const m = TITLE_RUN_INTO_ITEM.exec(part) ?? titleOverItems(part) ?? SECTION_TITLE_OVER_TEXT.exec(part);
      return m ? [m[1], part.slice(m[0].length)] : [part];
    });
  });
}

/**
 * `一、` right after a sentence ends, or at the line's start; or after a colon or a closing bracket
 * and a space (`…如下： 一、`, `…（责任单位：X） 三、`), where a page's lost line break fell.
 */
const SECTION_AFTER_SENTENCE = /(?<=^|。\s*|[:：）)]\s+)([一二三四五六七八九十]{1,3})、/g;
/** `一、` right after a name's last character: a section's only when a unit list ends there (endsInUnitList). */
const SECTION_AFTER_NAME = /(?<=[\u4e00-\u9fa5）)]\s*)([一二三四五六七八九十]{1,3})、/g;
/** `（一）媒体宣传1、`, `（一）抓好“三美”建设 1、`: a subsection's title, short and without punctuation but quotes, run into its first item. */
const TITLE_RUN_INTO_ITEM = /^([（(][一二三四五六七八九十]{1,3}[）)][\u4e00-\u9fa5“”]{2,14})\s*(?=1\s*[、.．](?!\d))/;
/**
 * `（一）种植环节 `, `（三）建立制度。 `, `（二）严格源头管控，防范风险产生 `: a subsection's short title (a clause or
 * two) and the space where the page's line broke after it.
 */
const TITLE_BEFORE_BREAK = /^([（(][一二三四五六七八九十]{1,3}[）)][\u4e00-\u9fa5“”]{2,20}(?:[，,][\u4e00-\u9fa5“”]{2,20})?。?)\s+(?=\S)/;

/**
 * `（一）种植环节 监管指标：…。 工作任务： 1.…`, `（三）建立制度。 5.…`: a subsection's title, the page's
 * line break lost after it, over the items that follow (numbered from 1, or on from the section
 * before, right below the title) — the title goes on a line of its own.
 */
function titleOverItems(part: string): RegExpExecArray | null {
  const m = TITLE_BEFORE_BREAK.exec(part);
  const below = m ? itemNumbers(part.slice(m[0].length)) : [];
  return below.some((n) => n.kind < 2 && (n.no === 1 || n.index === 0)) ? m : null;
}

/** `二、推进信用建设 `: a section heading's number and short title, the page's line break lost after it. */
const SECTION_TITLE_BREAK = new RegExp(String.raw`^[一二三四五六七八九十]{1,3}、(?:[^\s，,。；;：:！!？?]{2,30}|${SHORT_TITLE})\s+$`);

/** `一、整治收费问题 全面清理…`: a section's short title, the page's line break lost after it, over its text. */
const SECTION_TITLE_OVER_TEXT = /^([一二三四五六七八九十]{1,3}、[^\s，,。；;：:！!？?（）()]{2,30})\s+(?=[\u4e00-\u9fa5“])/;

/**
 * A section's `（一）` subsections, counted on from the first when it stands right after the
 * section's title (`二、… （三）…`: subsections numbered on through the sections), as if at its start.
 */
function openingSubsection(section: string, subsections: Numbering[]): Numbering[] {
  const first = subsections[0];
  if (first === undefined || first.no === 1 || !SECTION_TITLE_BREAK.test(section.slice(0, first.index))) return subsections;
  return [{ ...first, no: 1 }, ...subsections.slice(1).map((n) => ({ ...n, no: n.no - first.no + 1 }))];
}

/**
 * Where a line is cut before numbers that go on one by one: from the line's own opening number, or
 * from one (`min` numbers at least then).
 */
function numberingOn(numbers: ReadonlyArray<{ index: number; no: number | null }>, min = 2): number[] {
  const opening = numbers.find((n) => n.index === 0);
  const cuts: number[] = [];
  let next = (opening?.no ?? 0) + 1;
  for (const n of numbers) {
    if (n.index === 0 || n.no !== next) continue;
    next += 1;
    cuts.push(n.index);
  }
  return opening || cuts.length >= min ? cuts : [];
}

function cutAt(line: string, cuts: number[]): string[] {
  return [0, ...cuts].map((from, i, all) => line.slice(from, all[i + 1]).trim()).filter((t) => t !== '');
}

/**
 * `1.守护耕地质量 `, `二、重点任务 `, `一、优化办事流程，提升服务效能 `: a numbered short title and the space where a
 * page's lost line break fell after it — a number after them opens a line as after a sentence.
 */
export const TITLE_BREAK = String.raw`(?:[一二三四五六七八九十]{1,3}、|[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]+)\s*[）)]|\d{1,2}[.．、]|${CIRCLED_NUMBER})${SHORT_TITLE}\s+`;

/**
 * An item number right after a sentence, a colon or a bracket ends, after a short numbered title and a space (TITLE_BREAK), or at
 * the line's start, or after a part's short heading run into its first item (`：一、优服务、提效能1.…`): arabic `1.`,
 * `1﹒`, `（1）`, `（一）`, points counted in words (`一是`, `第一，`) — not a sentence opening with an amount (`。2.5万户…`), nor `①` (a
 * paragraph's own points: `措施：①…；②…`).
 */
const NUMBER = /(?:(\d{1,2})\s*[.．、﹒](?!\d{1,2}(?:[.．]\d|%|\s*[万亿千百倍个元亩吨]))|[（(]\s*(\d{1,2})\s*[）)]|[（(]\s*([一二三四五六七八九十]+)\s*[）)]|([一二三四五六七八九十]+)是(?=[^\s，,；;。])|第([一二三四五六七八九十]+)[，,、](?=\S))/.source;
const NUMBER_AFTER_SENTENCE = new RegExp(String.raw`(?<=(?:^|[。；;：:！!？?）)\]］〕】]\s*)(?:${TITLE_BREAK})?|(?:^|[。；;：:）)])[一二三四五六七八九十]{1,3}、[\u4e00-\u9fa5、]{2,15})` + NUMBER, 'g');
/** A number right after a name's last character (and any spaces): an item's only when a unit list ends there (endsInUnitList). */
const NUMBER_AFTER_NAME = new RegExp(String.raw`(?<=[\u4e00-\u9fa5）)]\s*)` + NUMBER, 'g');

/**
 * `参加单位：县工信局，相关乡镇 2.封堵…`, `责任部门：宣传办、东山村（二）抓好…`: a label's list of units ends the
 * text, a page's lost line break after it (no `。` closes a list) — what follows opens a line as after a sentence.
 * Not a list ending in a numeral (`…十` before `三、`: one number, `十三、`).
 */
function endsInUnitList(before: string): boolean {
  const list = UNIT_LIST_AT_END.exec(before.slice(-MAX_UNIT_LIST - MAX_LABEL))?.[1];
  return list !== undefined && !/[一二三四五六七八九十]$/.test(list) && splitUnitList(list).some((name) => endsLikeUnit(name) || isGroupName(name));
}
const MAX_UNIT_LIST = 120;
const MAX_LABEL = 20;
const UNIT_LIST_AT_END = new RegExp(String.raw`(?:${UNIT_LABEL})\s*[:：]([\u4e00-\u9fa5（）()、，,]{2,${MAX_UNIT_LIST}})\s*$`);

/** The matches of `after` (right after a sentence), with those of `afterName` where a unit list ends before them, in order. */
function afterSentenceOrUnits(line: string, after: RegExp, afterName: RegExp): RegExpMatchArray[] {
  const matches = [...line.matchAll(after)];
  const seen = new Set(matches.map((m) => m.index));
  const afterUnits = [...line.matchAll(afterName)].filter((m) => !seen.has(m.index) && endsInUnitList(line.slice(0, m.index)));
  return [...matches, ...afterUnits].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
}
const CHINESE_DIGITS = '一二三四五六七八九';

export interface Numbering {
  index: number;
  /** 0 for `1.`, 1 for `（1）`, 2 for `（一）`, 3 for `一是`, 4 for `第一，`, 5 for `①`. */
  kind: number;
  no: number;
}

/** The item numbers a line holds at its start or right after a sentence, a colon or a bracket ends. */
export function itemNumbers(line: string): Numbering[] {
  return afterSentenceOrUnits(line, NUMBER_AFTER_SENTENCE, NUMBER_AFTER_NAME).map(numbering).filter((n): n is Numbering => n !== null);
}

/**
 * Cuts a line before each item it runs together: the numbers must follow one another (1, 2, 3 …,
 * from the line's own first number or from 1), each right after a sentence, all of one kind — so a
 * `1.` … `2.` list inside an item numbered `（一）` stays in it. With no number of its own, the line's
 * list is the longest so numbered (`…（一）消费增长。 1.… 2.…`: a heading's `（一）` over its `1.` items).
 */
function splitItems(line: string): string[] {
  const numbers = itemNumbers(line);
  const opening = numbers.find((n) => n.index === 0);
  const kinds = opening ? [opening.kind] : [...new Set(numbers.map((n) => n.kind))];
  const cuts = kinds.map((kind) => numberedOn(numbers, kind, opening ? opening.no + 1 : 1)).reduce((a, b) => (b.length > a.length ? b : a), []);
  if (cuts.length === 0 || (!opening && cuts.length < 2)) return [line];
  return [0, ...cuts].map((at, i, all) => line.slice(at, all[i + 1]).trim()).filter((t) => t !== '');
}

/** Where the numbers of one kind go on one by one from `from` (the line's start left out). */
function numberedOn(numbers: readonly Numbering[], kind: number, from: number): number[] {
  const cuts: number[] = [];
  let next = from;
  for (const n of numbers) {
    if (n.index === 0 || n.kind !== kind || n.no !== next) continue;
    next += 1;
    cuts.push(n.index);
  }
  return cuts;
}

function numbering(m: RegExpMatchArray): Numbering | null {
  const index = m.index ?? 0;
  if (m[1] !== undefined) return { index, kind: 0, no: Number(m[1]) };
  if (m[2] !== undefined) return { index, kind: 1, no: Number(m[2]) };
  const kind = m[3] !== undefined ? 2 : m[4] !== undefined ? 3 : 4;
  const no = chineseNumber(m[3] ?? m[4] ?? m[5]);
  return no === null ? null : { index, kind, no };
}

/** `一` … `十九`: the numbers of items. */
function chineseNumber(text: string): number | null {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!m || text === '') return null;
  const digit = (d: string) => CHINESE_DIGITS.indexOf(d) + 1;
  if (m[2] === '') return m[1] !== '' && m[3] === '' ? digit(m[1]) : null;
  return (m[1] === '' ? 1 : digit(m[1])) * 10 + (m[3] === '' ? 0 : digit(m[3]));
}

/** A label (`责任单位：`, `牵头负责领导:`) right after a sentence ends, or after spaces (`牵头单位：X  配合单位：Y`). */
const LABEL_AFTER_SENTENCE = new RegExp(String.raw`(?<=[。；;]\s*|\s)${LABEL_WORDS}\s*[:：]`, 'g');

/** A label written in brackets of its own (`【牵头单位】X【配合单位】Y`), wherever it stands. */
const BRACKETED_LABEL = new RegExp(String.raw`[【〔［\[]\s*${LABEL_WORDS}\s*[】〕］\]]`, 'g');

/**
 * `1、农村公路提档工程，牵头部门：县交通局。…`: an item's title, one clause (brackets of its own allowed: `（二期）`), with
 * its label after a comma on its line.
 * Not after a label of the line's own (`牵头单位：X，配合单位：Y`, read as one line's labels).
 */
const LABEL_AFTER_TITLE = new RegExp(String.raw`^((?:[^，,。；;：:（）()]|[（(][^（）()，,。；;：:]*[）)]){2,40})[，,]\s*(?=${LABEL_WORDS}\s*[:：])`);

/** `责任单位：X镇任务目标：…`: a label in fixed words run into the value of the label before it. */
const LABEL_RUN_INTO_VALUE = new RegExp(String.raw`(?<=[\u4e00-\u9fa5）)])(?:${FIXED_LABEL_WORDS})\s*[:：]`, 'g');

/** Puts each label written after a sentence on a line of its own; never inside brackets (`（牵头单位：X；责任单位：Y）`). */
function splitLabels(line: string): string[] {
  const label = readLabel(line);
  const title = label === null ? LABEL_AFTER_TITLE.exec(line) : null;
  if (title !== null) return [title[1].trim(), ...splitLabels(line.slice(title[0].length))];
  const runIn = label !== null && UNIT_KINDS.includes(label.kind) ? [...line.matchAll(LABEL_RUN_INTO_VALUE)] : [];
  const cuts = [...new Set([...line.matchAll(LABEL_AFTER_SENTENCE), ...line.matchAll(BRACKETED_LABEL), ...runIn].map((m) => m.index ?? 0))]
    .filter((at) => at > 0 && bracketDepth(line.slice(0, at)) === 0).sort((a, b) => a - b);
  if (cuts.length === 0) return [line];
  return [0, ...cuts].map((at, i, all) => line.slice(at, all[i + 1]).trim()).filter((t) => t !== '');
}

/** How many brackets are open at the end of `text`. */
function bracketDepth(text: string): number {
  let depth = 0;
  for (const ch of text) {
    if ('（([［〔【'.includes(ch)) depth += 1;
    else if ('）)]］〕】'.includes(ch) && depth > 0) depth -= 1;
  }
  return depth;
}
