/**
 * Where wrapped Chinese text may break, roughly as renderers do it (ICU line breaking, 禁则):
 * Latin words and numbers stay whole; closing punctuation never starts a line, opening brackets
 * never end one, and quotation marks hold on to both neighbours. The pieces returned are the
 * smallest runs a line break may not split.
 */

/** East Asian wide and full-width characters take a full em; the rest about half. */
export function charWidthEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0x25a0 && code <= 0x27bf) ||
    code >= 0x20000;
  return wide ? 1 : 0.55;
}

const CLOSING = new Set([...'，。、；：！？）》】」』〕…,.;:!?)]%']);
const OPENING = new Set([...'（《【「『〔([']);
const QUOTES = new Set([...'“”‘’"\'']);

/** A Latin letter or digit (`[A-Za-z0-9]`): runs of them stay whole. */
function isWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** A paragraph's characters: where each starts (UTF-16 offset), its width, and the characters that begin an unbreakable run. */
interface Scanned {
  offsets: number[];
  widths: number[];
  /** Indexes into offsets of each run's first character, in order (the first is 0 unless the paragraph is empty). */
  runStarts: number[];
}

function scan(paragraph: string): Scanned {
  const offsets: number[] = [];
  const widths: number[] = [];
  const runStarts: number[] = [];
  let glueNext = false;
  let previousWord = false;
  let offset = 0;
  for (const ch of paragraph) {
    const index = offsets.length;
    const code = ch.codePointAt(0) ?? 0;
    const word = isWordChar(code);
    const joinsPrevious = index > 0 && (glueNext || CLOSING.has(ch) || QUOTES.has(ch) || (word && previousWord));
    if (!joinsPrevious) runStarts.push(index);
    offsets.push(offset);
    widths.push(charWidthEm(ch));
    glueNext = OPENING.has(ch) || QUOTES.has(ch);
    previousWord = word;
    offset += ch.length;
  }
  return { offsets, widths, runStarts };
}

/** The unbreakable runs of a paragraph, in order; joined they give the paragraph back. */
export function unbreakableRuns(paragraph: string): string[] {
  const { offsets, runStarts } = scan(paragraph);
  return runStarts.map((start, r) => paragraph.slice(offsets[start], r + 1 < runStarts.length ? offsets[runStarts[r + 1]] : paragraph.length));
}

export function runWidthEm(run: string): number {
  let width = 0;
  for (const ch of run) width += charWidthEm(ch);
  return width;
}

/**
 * Where the lines of a paragraph wrapped in `usableEm` begin after the first (UTF-16 offsets),
 * filled greedily with unbreakable runs; a run wider than a line is cut (a long Latin word or number).
 */
function lineBreaks(paragraph: string, usableEm: number): number[] {
  const { offsets, widths, runStarts } = scan(paragraph);
  const breaks: number[] = [];
  let used = 0;
  for (let r = 0; r < runStarts.length; r++) {
    const from = runStarts[r];
    const to = r + 1 < runStarts.length ? runStarts[r + 1] : offsets.length;
    let width = 0;
    for (let i = from; i < to; i++) width += widths[i];
    if (used > 0 && used + width > usableEm) {
      breaks.push(offsets[from]);
      used = 0;
    }
    for (let i = from; i < to; i++) {
      const w = widths[i];
      if (used > 0 && used + w > usableEm) {
        breaks.push(offsets[i]);
        used = 0;
      }
      used += w;
    }
  }
  return breaks;
}

/** The lines of a paragraph wrapped in `usableEm` (see lineBreaks). Joined they give the paragraph back. */
export function breakLines(paragraph: string, usableEm: number): string[] {
  const starts = [0, ...lineBreaks(paragraph, usableEm)];
  return starts.map((start, i) => paragraph.slice(start, i + 1 < starts.length ? starts[i + 1] : paragraph.length));
}

/** How many lines breakLines gives (at least 1), without building them. */
export function lineCount(paragraph: string, usableEm: number): number {
  // No character is wider than 1 em, nor more than one UTF-16 unit: a paragraph no longer than
  // the line is one line (its widths add up to at most its length, errors far below the 0.45 em
  // a half-width character leaves).
  if (paragraph.length <= usableEm) return 1;
  return lineBreaks(paragraph, usableEm).length + 1;
}
