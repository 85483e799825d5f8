/**
 * 完成时限 → Deadline. `parseDeadline` is pure and never throws; text it cannot read is
 * `unknown` (and `checkDeadline` always reports it). How a text was read beyond its kind and due
 * (a range, several dates, `立行立改` …) is the `reading`, which the checks turn into findings.
 *
 * Readings decided here (each one reported by checkDeadline when not plain):
 * - `年底`/`年内`/`全年`/`下半年`/`四季度末` → 31 Dec of the plan year; `年中`/`上半年` → 30 Jun.
 * - `8月`/`8月份`/`8月底`/`8月末` → 31 Aug; `8月中` → 15th; `上旬`/`月初` → 10th; `中旬` → 20th; `下旬` → last day.
 * - `8月前` and `四季度前` are read literally, as before the period starts: 31 Jul, 30 Sep
 *   (`8月底前`, `四季度末前` mean the period's end). Info finding.
 * - Ranges (`3-6月`) → due at the end, `from` at the start. Several dates → the latest. Info.
 * - `次年`/`明年` → plan year + 1. A due outside the plan year gets a finding.
 * - `立行立改`/`即日起` (at once) and `按要求`/`根据上级要求` (date set elsewhere) have no date we
 *   can know: ongoing (never overdue), each with an info finding asking for a date when there is one.
 *   If such a text also names a date, the date wins.
 * - A text of several clauses naming no date, one of them such words (`已上线运行，持续优化`), is
 *   read by that clause: ongoing, with an info finding naming the clause.
 * - `待定`, `尽快`, impossible dates (`12月32日`, `13月底`) → unknown (an error finding).
 */
import type { Deadline } from '../ledger';
import { normalizeDeadline, normalizeDeadlineText } from './deadline-normalize';
import { parseDateTerm, type DateSpan } from './deadline-term';
import { parseDateRange } from './deadline-range';
import { parseDateMentions } from './deadline-mentions';
import { parseRecurring } from './deadline-recurring';
import type { IsoDate } from './iso-date';

export { resolveDue } from './deadline-due';

/** How a text was read, when there is more to say than its kind and due. */
export type DeadlineReading =
  | { kind: 'plain' }
  | { kind: 'range'; from: IsoDate; due: IsoDate }
  | { kind: 'several-dates'; dates: IsoDate[]; due: IsoDate }
  | { kind: 'date-in-text'; due: IsoDate }
  | { kind: 'before-period'; due: IsoDate }
  | { kind: 'immediate' }
  | { kind: 'as-required' }
  | { kind: 'ongoing-in-text'; clause: string }
  | { kind: 'invalid-date' };

export interface DeadlineRead {
  deadline: Deadline;
  reading: DeadlineReading;
}

const NONE = /^(?:[-/\\无]|暂无|不适用|n\/?a)*$/i;
const ONGOING = /^(?:持续|长期|常态|常年|长效|日常|经常|定期|动态|随时|实时|全年持续|全年常态)/;
const IMMEDIATE = /^(?:立行立改|即知即改|立查立改|即查即改|边查边改|立即|马上|即时|(?:自|从)?即日起)/;
/** Clauses of a longer text (`已上线运行，持续优化`), normalised punctuation. */
const CLAUSE_SEPARATOR = /[,;.、]+/;
const AS_REQUIRED = /^(?:按|根据|依据|遵照|视).*(?:要求|部署|安排|规定|通知|时限|时间|需要|情况|进度)/;

const PLAIN: DeadlineReading = { kind: 'plain' };

function dateRead(text: string, span: DateSpan, reading: DeadlineReading, withFrom: boolean): DeadlineRead {
  const deadline: Deadline = withFrom ? { kind: 'date', text, due: span.due, from: span.from } : { kind: 'date', text, due: span.due };
  return { deadline, reading };
}

function unknownRead(text: string, reading: DeadlineReading = PLAIN): DeadlineRead {
  return { deadline: { kind: 'unknown', text, due: null }, reading };
}

/**
 * `持续推进`, `立行立改`, `按要求` …; but when such a text also names a date (`持续推进，年底前见效`), the
 * date wins — not the date the work starts from (`2024年起长期坚持`, `自2024年3月起持续推进`).
 */
function readWords(text: string, body: string, planYear: number): DeadlineRead | null {
  if (NONE.test(body)) return { deadline: { kind: 'none', text, due: null }, reading: PLAIN };
  const since = SINCE.exec(body);
  if (since && since[0].length < body.length) {
    const rest = readOngoingWords(text, body.slice(since[0].length));
    if (rest !== null) return rest;
  }
  if (parseDateMentions(normalizeDeadlineText(text), planYear) !== null) return null;
  return readOngoingWords(text, body);
}
/** `2024年起`, `自2024年3月起`, `从2024年开始`: when the work starts (normalised text), before what says how long it goes on. */
const SINCE = /^(?:自|从)?\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:起|开始)[,;]?/;

/** Words that set no date: at once, ongoing, or as required. */
function readOngoingWords(text: string, body: string): DeadlineRead | null {
  const deadline: Deadline = { kind: 'ongoing', text, due: null };
  if (IMMEDIATE.test(body)) return { deadline, reading: { kind: 'immediate' } };
  if (ONGOING.test(body)) return { deadline, reading: PLAIN };
  if (AS_REQUIRED.test(body)) return { deadline, reading: { kind: 'as-required' } };
  return null;
}

/** `已上线运行，持续优化`: no date anywhere, but a later clause says ongoing, at once or as required. */
function readClauses(text: string, body: string): DeadlineRead | null {
  const clauses = body.split(CLAUSE_SEPARATOR).filter((c) => c !== '');
  if (clauses.length < 2) return null;
  for (const clause of clauses) {
    const read = readOngoingWords(text, clause);
    if (read === null) continue;
    return read.reading.kind === 'plain' ? { deadline: read.deadline, reading: { kind: 'ongoing-in-text', clause } } : read;
  }
  return null;
}

function readRecurring(text: string, body: string): DeadlineRead | null {
  const recurring = parseRecurring(text, body);
  if (recurring === 'invalid') return unknownRead(text, { kind: 'invalid-date' });
  return recurring === null ? null : { deadline: recurring, reading: PLAIN };
}

function readDates(text: string, planYear: number): DeadlineRead | null {
  const { body, before } = normalizeDeadline(text);
  const single = parseDateTerm(body, planYear, before);
  if (single === 'invalid') return unknownRead(text, { kind: 'invalid-date' });
  if (single !== null) {
    const reading: DeadlineReading = single.readAsBefore ? { kind: 'before-period', due: single.due } : PLAIN;
    return dateRead(text, single, reading, false);
  }
  const range = parseDateRange(body, planYear);
  if (range === 'invalid') return unknownRead(text, { kind: 'invalid-date' });
  if (range !== null) return dateRead(text, range, { kind: 'range', from: range.from, due: range.due }, true);
  const mentions = parseDateMentions(normalizeDeadlineText(text), planYear);
  if (mentions === 'invalid') return unknownRead(text, { kind: 'invalid-date' });
  if (mentions === null) return null;
  const latest = mentions.reduce((a, b) => (b.due > a.due ? b : a));
  const reading: DeadlineReading =
    mentions.length > 1 ? { kind: 'several-dates', dates: mentions.map((m) => m.due), due: latest.due } : { kind: 'date-in-text', due: latest.due };
  return dateRead(text, latest, reading, false);
}

/** `年内持续推进`, `年底前常态开展`: a period of the plan year run into ongoing words, which it bounds. */
const PERIOD_THEN_ONGOING = /^(年内|年底前?|年末前?)(?=持续|长期|常态)/;

/** The period written before ongoing words is the date (as when a clause of its own names it). */
function readPeriodThenOngoing(text: string, body: string, planYear: number): DeadlineRead | null {
  const m = PERIOD_THEN_ONGOING.exec(body);
  const period = m === null ? null : normalizeDeadline(m[1]);
  const span = period === null ? null : parseDateTerm(period.body, planYear, period.before);
  return span === null || span === 'invalid' ? null : dateRead(text, span, { kind: 'date-in-text', due: span.due }, false);
}

/** Reads a 完成时限 with how it was read. Pure; never throws. */
export function readDeadline(text: string, planYear: number): DeadlineRead {
  const source = typeof text === 'string' ? text : '';
  const { body } = normalizeDeadline(source);
  return readPeriodThenOngoing(source, body, planYear) ?? readWords(source, body, planYear) ?? readRecurring(source, body) ?? readDates(source, planYear)
    ?? readClauses(source, body) ?? unknownRead(source);
}

/** 完成时限 → Deadline for the plan year (`年底前` → `${planYear}-12-31`). Pure; never throws. */
export function parseDeadline(text: string, planYear: number): Deadline {
  return readDeadline(text, planYear).deadline;
}
