import { IMPORT_FIELDS } from '../fields';
import { PERSON_WORDS } from './header-words';

/**
 * The label before a list of units or a deadline, in a unit cell (`牵头单位：X；责任单位：Y`) or on a
 * line of a prose 分工方案: `牵头单位`, `牵头责任单位`, `协同责任单位`, `市级配合部门`, `责任科室` — any
 * short phrase ending in a unit word — and the persons' labels that name no unit
 * (`牵头负责领导：张三`, `责任领导`, `分管领导`, `责任人`), which are kept as a note, never units.
 */
export type LabelKind = 'lead' | 'co' | 'deadline' | 'person';

/**
 * A few words before the unit word (`牵头责任`, `市级配合`): Chinese characters only, no punctuation,
 * and not a sentence addressing units (`各责任单位：要…`, `有关责任单位：`).
 */
const PREFIX = String.raw`(?![各全有相])[\u4e00-\u9fa5]{0,6}?`;
/** What a unit label ends in: a role and a word for units, or the bare role (`牵头：X`, `配合：Y`). */
export const UNIT_LABEL = String.raw`${PREFIX}(?:牵头|主责|主办|责任|配合|协同|参与|协办|协助|承办|实施)(?:单位|部门|科室|处室)|牵头|配合|协办`;
/** A person's label: a leader, a person in charge, a contact. */
const PERSON_LABEL = String.raw`${PREFIX}${PERSON_WORDS}`;
const DEADLINE_WORDS = IMPORT_FIELDS.filter((f) => f.role === 'deadline').flatMap((f) => f.words);
const DEADLINE_LABEL = [...DEADLINE_WORDS].sort((a, b) => b.length - a.length).join('|');

/** Any label (unit, person or deadline), as a regular expression source: for patterns that look for one. */
export const LABEL_WORDS = String.raw`(?:${DEADLINE_LABEL}|${UNIT_LABEL}|${PERSON_LABEL})`;

const WHOLE_LABEL = new RegExp(String.raw`^(?:${LABEL_WORDS})$`);
const WHOLE_UNIT_LABEL = new RegExp(String.raw`^(?:${UNIT_LABEL})$`);
const LEAD_WORD = /牵头|主责|主办|主要责任/;

/** What a label names, or null when the phrase is no label. */
export function labelKind(label: string): LabelKind | null {
  const phrase = label.replace(/\s+/g, '');
  if (!WHOLE_LABEL.test(phrase)) return null;
  if (DEADLINE_WORDS.includes(phrase)) return 'deadline';
  if (!WHOLE_UNIT_LABEL.test(phrase)) return 'person';
  return LEAD_WORD.test(phrase) ? 'lead' : 'co';
}

/** `牵头责任单位：X`, `责任领导: 张三`: a label, what it names and its value; null when the text opens with none. */
export function readLabel(text: string): { label: string; kind: LabelKind; value: string } | null {
  const m = LEADING_LABEL.exec(text);
  if (!m) return null;
  const label = m[1] ?? m[2];
  const kind = labelKind(label);
  return kind ? { label, kind, value: m[3] } : null;
}

/** `牵头单位：X`, or the label in brackets, with or without a colon (`【责任单位】X`, `[牵头单位]：X`). */
const LEADING_LABEL = new RegExp(String.raw`^\s*(?:(${LABEL_WORDS})\s*[:：]|[【〔［\[]\s*(${LABEL_WORDS})\s*[】〕］\]]\s*[:：]?)\s*(.*)$`, 's');
