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
const WORD_CHAR = /[A-Za-z0-9]/;

/** The unbreakable runs of a paragraph, in order; joined they give the paragraph back. */
export function unbreakableRuns(paragraph: string): string[] {
  const runs: string[] = [];
  let glueNext = false;
  for (const ch of paragraph) {
    const last = runs.length - 1;
    const joinsPrevious =
      last >= 0 && (glueNext || CLOSING.has(ch) || QUOTES.has(ch) || (WORD_CHAR.test(ch) && WORD_CHAR.test(runs[last].slice(-1))));
    if (joinsPrevious) runs[last] += ch;
    else runs.push(ch);
    glueNext = OPENING.has(ch) || QUOTES.has(ch);
  }
  return runs;
}

export function runWidthEm(run: string): number {
  let width = 0;
  for (const ch of run) width += charWidthEm(ch);
  return width;
}

/**
 * The lines of a paragraph wrapped in `usableEm`, filled greedily with unbreakable runs; a run
 * wider than a line is cut (a long Latin word or number). Joined they give the paragraph back.
 */
export function breakLines(paragraph: string, usableEm: number): string[] {
  const lines: string[] = [''];
  let used = 0;
  for (const run of unbreakableRuns(paragraph)) {
    const width = runWidthEm(run);
    if (used > 0 && used + width > usableEm) {
      lines.push('');
      used = 0;
    }
    for (const ch of run) {
      const w = charWidthEm(ch);
      if (used > 0 && used + w > usableEm) {
        lines.push('');
        used = 0;
      }
      lines[lines.length - 1] += ch;
      used += w;
    }
  }
  return lines;
}
