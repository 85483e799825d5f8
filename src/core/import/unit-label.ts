import { IMPORT_FIELDS } from '../fields';
import { PERSON_WORDS, PROGRESS_WORDS } from './header-words';
import { endsLikeUnit } from './join-text';

/**
 * The label before a list of units or a deadline, in a unit cell (`牵头单位：X；责任单位：Y`) or on a
 * line of a prose 分工方案: `牵头单位`, `牵头责任单位`, `协同责任单位`, `市级配合部门`, `责任科室`,
 * `数据提供单位`, `责任主体` — any short phrase ending in a word for units — and `部门分工` /
 * `责任分工`, whose value says who leads (`X牵头，Y配合`); the persons' labels that name no unit
 * (`牵头负责领导：张三`, `责任领导`, `分管领导`, `责任人`), which are kept as a note, never units.
 *
 * What a unit label says about its units:
 * - `lead`: they lead (`牵头`, `主责`, `主办`, `主要责任`);
 * - `co`: they help, or play another part (`配合`, `协同`, `参与`, `协办`, `数据提供`, `督办`) — never the lead;
 * - `units`: they are responsible, with no word on who leads (`责任单位`, `责任部门`, `实施单位`,
 *   `部门分工`): their value may say it (`X牵头，Y配合`, `X★`), else the first listed leads when no
 *   `lead` label is given (the convention the importer states).
 */
export type LabelKind = 'lead' | 'co' | 'units' | 'deadline' | 'person' | 'requirement';

/**
 * A few words before the unit word (`牵头责任`, `市级配合`, `数据提供`): Chinese characters only, no
 * punctuation, and not a phrase addressing units (`各责任单位：要…`, `有关责任单位：`, `县直各单位`), nor a
 * notice's own distribution (`抄送单位：`, `主送单位：`), which names no unit doing a task.
 */
const PREFIX = String.raw`(?:(?!各|有关|相关|其他|其它|以下|下列|所有|全体|抄送|主送)[\u4e00-\u9fa5]){0,8}?`;
/** `责任单位及责任人`: a unit label and a person's in one, its value the units and then the persons. */
const AND_PERSONS = String.raw`(?:及|和|、|\/)${PERSON_WORDS}`;
/** What a unit label ends in: a word for units, `分工`, or a bare role (`牵头：X`, `主办：X`, `协办：Y`). */
export const UNIT_LABEL = String.raw`${PREFIX}(?:单位|部门|科室|处室|主体|分工)(?:${AND_PERSONS})?|牵头|主责|主办|配合|协办|协同|协助|参与`;
/** `（责任单位：X、Y）`: units in a bracket of their own, after their label. */
export const LABELLED_UNITS_BRACKET = new RegExp(String.raw`[（(]\s*(?:${UNIT_LABEL})\s*[:：][^（）()]*[）)]`, 'g');
/** A person's label: a leader, a person in charge, a contact. */
const PERSON_LABEL = String.raw`${PREFIX}${PERSON_WORDS}`;
const DEADLINE_WORDS = IMPORT_FIELDS.filter((f) => f.role === 'deadline').flatMap((f) => f.words);
/** The 完成时限 column's words, and any short phrase ending as they do (`完成时间节点`, `办结时限`, `整改期限`). */
const DEADLINE_LABEL = [...[...DEADLINE_WORDS].sort((a, b) => b.length - a.length), String.raw`${PREFIX}(?:时限|时间|节点|期限)(?:要求)?`].join('|');
const WHOLE_DEADLINE_LABEL = new RegExp(String.raw`^(?:${DEADLINE_LABEL})$`);
/** The 具体要求 column's words, and other names for what an item is to achieve. */
const REQUIREMENT_WORDS = [
  ...IMPORT_FIELDS.filter((f) => f.role === 'requirement').flatMap((f) => f.words),
  '工作成果', '预期成果', '成果形式', '预期目标', '目标要求', '完成标准', '工作标准', '主要内容', '主要举措', '工作举措', '项目内容', '建设内容',
  '任务目标', '目标任务',
];
const REQUIREMENT_LABEL = [...REQUIREMENT_WORDS].sort((a, b) => b.length - a.length).join('|');

/**
 * The labels written in fixed words of four characters (a requirement's, a 完成时限's: `任务目标`, `完成时限`), as a
 * regular expression source: found even run into the value before them (`责任单位：X镇任务目标：…`), where a
 * label with a free prefix (`牵头责任单位`) could not be told from the value's last name, nor a short one
 * (`时限`) from the end of a longer (`完成时限`).
 */
export const FIXED_LABEL_WORDS = [...REQUIREMENT_WORDS, ...DEADLINE_WORDS].filter((w) => w.length >= 4).join('|');

/** A report's progress (`实际完成情况：…`, `进展情况：…`): kept, as a person's label is, in 备注. */
const PROGRESS_LABEL = String.raw`${PREFIX}${PROGRESS_WORDS}`;
/** Any label (unit, person, progress, deadline or requirement), as a regular expression source: for patterns that look for one. */
export const LABEL_WORDS = String.raw`(?:${DEADLINE_LABEL}|${REQUIREMENT_LABEL}|${PERSON_LABEL}|${PROGRESS_LABEL}|${UNIT_LABEL})`;

const WHOLE_LABEL = new RegExp(String.raw`^(?:${LABEL_WORDS})$`);
const WHOLE_UNIT_LABEL = new RegExp(String.raw`^(?:${UNIT_LABEL})$`);
const WITH_PERSONS = new RegExp(String.raw`${AND_PERSONS}$`);
/** The words saying a unit leads. */
export const LEAD_WORD = /牵头|主责|主办|主要责任/;
/** The parts other than leading: helping, or supplying data, supervising. */
const CO_WORD = /配合|协同|参与|协办|协助|协作|支持|提供|来源|督办|督查|监督|汇总/;

/** What a label names, or null when the phrase is no label. */
export function labelKind(label: string): LabelKind | null {
  const phrase = label.replace(/\s+/g, '');
  if (!WHOLE_LABEL.test(phrase)) return null;
  if (WHOLE_DEADLINE_LABEL.test(phrase)) return 'deadline';
  if (REQUIREMENT_WORDS.includes(phrase)) return 'requirement';
  if (!WHOLE_UNIT_LABEL.test(phrase)) return 'person';
  if (LEAD_WORD.test(phrase)) return 'lead';
  return CO_WORD.test(phrase) ? 'co' : 'units';
}

/** `牵头责任单位：X`, `责任领导: 张三`: a label, what it names and its value; null when the text opens with none. */
export function readLabel(text: string): { label: string; kind: LabelKind; value: string } | null {
  const m = LEADING_LABEL.exec(text);
  if (!m) return null;
  const label = m[1] ?? m[2];
  const kind = labelKind(label);
  if (!kind) return null;
  return { label, kind, value: namesPersonsToo(label) ? withoutPersons(m[3]) : m[3] };
}

/** `责任单位及责任人`: a label naming persons too, whose line is also kept as a note. */
export function namesPersonsToo(label: string): boolean {
  return WITH_PERSONS.test(label.replace(/\s+/g, ''));
}

/** `县住建局 张三`, `县住建局（张三）、县财政局（李四）`: the units of a `责任单位及责任人` value, without the persons' names. */
function withoutPersons(value: string): string {
  const isName = (t: string) => /^[\u4e00-\u9fa5]{2,4}$/.test(t) && !endsLikeUnit(t);
  return value.replace(/[（(]([^（）()]*)[）)]/g, (all, inner: string) => (inner.split(/[、，,\s]+/).every(isName) ? '' : all))
    .split(/(\s+|[、，,；;])/).filter((t) => !isName(t.trim()) || /^[\s、，,；;]+$/.test(t)).join('')
    .replace(/(?:\s|[、，,；;])+$/, '').trim();
}

/**
 * `牵头单位（部门）：`, `责任单位(处室)：`: a short note in brackets between a label and its colon saying
 * what kind of units it names — not how to read them (`（列第一位者为牵头）`, `（牵头）`), which stays unread.
 */
const LABEL_NOTE = String.raw`(?:\s*[（(][^（）()牵第:：]{1,6}[）)])?`;

/** `牵头单位：X`, or the label in brackets, with or without a colon (`【责任单位】X`, `[牵头单位]：X`). */
const LEADING_LABEL = new RegExp(String.raw`^\s*(?:(${LABEL_WORDS})${LABEL_NOTE}\s*[:：]|[【〔［\[]\s*(${LABEL_WORDS})\s*[】〕］\]]\s*[:：]?)\s*(.*)$`, 's');

/** Where one labelled part of a text ends: `；`, `。`, a line break, or `，` or spaces before the next label (`牵头单位：X，配合单位：Y`). */
const LABELLED_SEGMENT = new RegExp(String.raw`[；;。\n]+|(?:[，,]\s*|\s+)(?=${LABEL_WORDS}${LABEL_NOTE}\s*[:：])`);

/**
 * `牵头单位：X；配合单位：Y；完成时限：6月底` → its labelled parts, in order; a part with no label
 * of its own goes on the one before (`责任单位：X；Y`). Null when the text holds no label.
 */
export function readLabels(text: string): Array<{ kind: LabelKind; label: string; value: string }> | null {
  const parts: Array<{ kind: LabelKind; label: string; value: string }> = [];
  for (const segment of text.split(LABELLED_SEGMENT)) {
    const label = readLabel(segment);
    if (label) parts.push({ kind: label.kind, label: label.label, value: label.value.trim() });
    else if (parts.length > 0 && segment.trim() !== '') parts[parts.length - 1].value += `；${segment.trim()}`;
  }
  return parts.length > 0 ? parts : null;
}

/** The text before a text's first label (`县住建局牵头，各乡镇配合；完成时限：6月底` → `县住建局牵头，各乡镇配合`), trimmed. */
export function beforeLabels(text: string): string {
  const before: string[] = [];
  for (const segment of text.split(LABELLED_SEGMENT)) {
    if (readLabel(segment)) break;
    if (segment.trim() !== '') before.push(segment.trim());
  }
  return before.join('；');
}
