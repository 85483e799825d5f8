import { opensParagraph } from './paragraph-start';

/** Lines shorter than this (in characters) say nothing of the measure: titles, signatures, dates. */
const MIN_MEASURED = 12;

/**
 * Text copied from a PDF keeps the PDF's printed lines: each paragraph wrapped at the measure.
 * When many lines are of one width (the measure), a line that fills it goes on on the next line
 * (joined), unless the next opens a paragraph by its words (opensParagraph). Text with a paragraph a line (a web page, a
 * .docx) has no such width and is returned as it is.
 */
export function joinWrappedLines<T extends { text: string }>(lines: readonly T[]): T[] {
  const measure = commonWidth(lines.map((l) => printedWidth(l.text)));
  if (measure === null) return [...lines];
  const paragraphs: Array<{ first: T; parts: string[] }> = [];
  for (const line of lines) {
    const open = paragraphs[paragraphs.length - 1];
    const above = open?.parts[open.parts.length - 1];
    // The whole paragraph so far says whether a bracket is still open (`（牵头单` / `位：X；完成` / `时限：…）`).
    if (open && above !== undefined && fills(above, open.parts.length === 1, measure) && !opensParagraph(line.text, open.parts.join(''))) open.parts.push(line.text.trim());
    else paragraphs.push({ first: line, parts: [line.text.trim()] });
  }
  return paragraphs.map(({ first, parts }) => (parts.length === 1 ? first : { ...first, text: parts.reduce(joinPrinted) }));
}

/**
 * A printed line reaching the measure (digits and spaces make widths inexact: within three
 * characters); a paragraph's first line, set in two characters, within four and a half.
 */
function fills(line: string, first: boolean, measure: number): boolean {
  return printedWidth(line) >= measure - (first ? 4.5 : 3);
}

/** Two printed lines of one paragraph: no space between, but for two Latin words or numbers. */
function joinPrinted(text: string, line: string): string {
  return text + (/[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(line) ? ' ' : '') + line;
}

/** A line's printed width in Chinese characters: a Latin letter or digit half one, spaces none. */
export function printedWidth(text: string): number {
  let w = 0;
  for (const ch of text) if (!/\s/.test(ch)) w += /[\x21-\x7e]/.test(ch) ? 0.5 : 1;
  return w;
}

/** The narrowest measure a page of a notice is printed at (A4, 16 pt: 28 characters). */
const MIN_MEASURE = 16;

/**
 * The measure: the width the longest lines reach (nine lines in ten no wider), when many lines
 * (more than a third, three at least) come within three characters of it — a page's lines wrapped
 * there; null for text whose lines are its paragraphs, of all lengths.
 */
function commonWidth(widths: readonly number[]): number | null {
  const measured = widths.filter((w) => w >= MIN_MEASURED).sort((a, b) => a - b);
  if (measured.length < 3) return null;
  const measure = measured[Math.floor((measured.length - 1) * 0.9)];
  const near = measured.filter((w) => w >= measure - 3 && w <= measure + 1.5).length;
  return measure >= MIN_MEASURE && near >= 3 && near * 3 > measured.length ? measure : null;
}
