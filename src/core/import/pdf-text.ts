import { opensParagraph } from './paragraph-start';
import type { Box, PdfTextItem } from './pdf-page';

/** One visual line of text: pieces on the same baseline, left to right. */
export interface TextLine {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Width of what could not have ended the line above: the first character with the punctuation kept with it. */
  firstWidth: number;
  /** The line was broken at a space (`凝聚合力 ` / `狠抓工作落实`): the space was written. */
  endsWithSpace: boolean;
}

/**
 * The gap a layout puts between Chinese and Latin letters or digits (`从 2024 年`), which the PDF's
 * text keeps as a space; a space between two Chinese characters (`凝聚合力 狠抓`) was written.
 */
const CJK_LATIN_GAP = /(?<=[\u3400-\u9fff\uff01-\uff5e\u3001-\u303f“”‘’])\s+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%])\s+(?=[\u3400-\u9fff\uff01-\uff5e\u3001-\u303f“”‘’])/g;
const LATIN_END = /[A-Za-z0-9]$/;
const LATIN_START = /^[A-Za-z0-9]/;

/** Pieces of text → lines, top to bottom; pieces whose vertical middles are within half a font size share a line. */
export function textLines(items: readonly PdfTextItem[]): TextLine[] {
  const pieces = items.filter((i) => i.text !== '').sort((a, b) => a.top - b.top || a.x - b.x);
  const lines: PdfTextItem[][] = [];
  for (const item of pieces) {
    const middle = item.top + item.height / 2;
    const line = lines.find((l) => Math.abs(l[0].top + l[0].height / 2 - middle) < Math.min(l[0].height, item.height) / 2);
    if (line) line.push(item);
    else lines.push([item]);
  }
  return lines.filter((l) => l.some((i) => i.text.trim() !== '')).map(toLine).sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Punctuation a line may not start with (kept with the character before it), and may not end with. */
const NO_LINE_START = /[，。、；：？！”’）》」』】〕…·,.;:?!)\]%]/;
const NO_LINE_END = /[“‘（《「『【〔(\[]/;

function toLine(pieces: PdfTextItem[]): TextLine {
  const sorted = [...pieces].sort((a, b) => a.x - b.x).filter((p, i) => p.text.trim() !== '' || i > 0);
  let text = '';
  let right = -Infinity;
  for (const p of sorted) {
    const piece = p.text.replace(/\s+/g, ' ');
    const gap = p.x - right;
    if (text !== '' && gap > p.height * 0.25 && LATIN_END.test(text) && LATIN_START.test(piece.trim())) text += ' ';
    text += piece;
    right = Math.max(right, p.x + p.width);
  }
  const first = sorted[0];
  const firstText = first.text.trim();
  const charWidth = firstText.length > 0 ? first.width / [...firstText].length : first.height;
  return {
    text: text.trim().replace(/\s+/g, ' ').replace(CJK_LATIN_GAP, ''),
    left: first.x,
    right,
    top: Math.min(...sorted.map((p) => p.top)),
    bottom: Math.max(...sorted.map((p) => p.top + p.height)),
    firstWidth: charWidth * unbreakableStart(text.trim()),
    endsWithSpace: /\s$/.test(text),
  };
}

/** How many characters a line break could not have come between: `“三` of `“三品一标”`, `程”` of `程”、`, a Latin word. */
function unbreakableStart(text: string): number {
  const chars = [...text];
  let n = 0;
  while (n < chars.length && NO_LINE_END.test(chars[n])) n++;
  const word = /^[A-Za-z0-9]+/.exec(chars.slice(n).join(''));
  n += word ? word[0].length : 1;
  while (n < chars.length && NO_LINE_START.test(chars[n])) n++;
  return Math.min(n, chars.length);
}

/**
 * The text of a cell: its lines joined without a break where a line was wrapped (the next line's
 * first character would not have fitted), with a line break where a paragraph ended early or the
 * next stands apart (a paragraph's spacing: more than half a line's height between them).
 */
export function cellText(lines: readonly TextLine[], cell: Box): string {
  if (lines.length === 0) return '';
  const padding = Math.max(0, Math.min(...lines.map((l) => l.left - cell.left)));
  // Lines standing apart (a paragraph's spacing: more than half a line's height between them) are two paragraphs.
  const apart = (above: TextLine, line: TextLine) => line.top - above.bottom > (line.bottom - line.top) / 2;
  return joinLines(lines, (above, line) => !apart(above, line) && wraps(above, line, cell.right - padding));
}

/** The line above was wrapped: the next line's first character would not have fitted after it. */
function wraps(above: TextLine, line: TextLine, room: number): boolean {
  return above.right + line.firstWidth > room - 0.5;
}

/**
 * Lines joined as one text: without a break where `wrapped` says the line went on, else with a line
 * break. `wrapped` is also given the paragraph so far (a bracket it leaves open goes on in the line).
 */
function joinLines(lines: readonly TextLine[], wrapped: (above: TextLine, line: TextLine, paragraph: string) => boolean): string {
  let text = lines[0].text;
  for (let i = 1; i < lines.length; i++) {
    const paragraph = text.slice(text.lastIndexOf('\n') + 1);
    const between = !wrapped(lines[i - 1], lines[i], paragraph) ? '\n' : lines[i - 1].endsWithSpace || (LATIN_END.test(text) && LATIN_START.test(lines[i].text)) ? ' ' : '';
    text += between + lines[i].text;
  }
  return text;
}

/**
 * The paragraphs of running text (a page with no table): lines joined where one was wrapped, the
 * measure being the text block's edges (`block`, the same on every page); a line set in (a
 * paragraph's first-line indent) or opening as one (an item's number, a label: opensParagraph)
 * starts a paragraph whatever the line above. `open`: the page's
 * last line was wrapped, so its paragraph may go on on the next page; `setIn`: the page's first line
 * starts a paragraph of its own.
 */
export function textParagraphs(lines: readonly TextLine[], block: { left: number; right: number }): { paragraphs: string[]; open: boolean; setIn: boolean } {
  if (lines.length === 0) return { paragraphs: [], open: false, setIn: false };
  const setIn = (line: TextLine) => line.left - block.left > (line.bottom - line.top) * 0.8;
  const text = joinLines(lines, (above, line, paragraph) => !setIn(line) && !opensParagraph(line.text, paragraph) && wraps(above, line, block.right));
  const last = lines[lines.length - 1];
  return { paragraphs: text.split('\n'), open: last.right + last.firstWidth > block.right - 0.5, setIn: setIn(lines[0]) };
}

/** Whether the middle of an item lies in the box. */
export function inBox(item: { x: number; top: number; width: number; height: number }, box: Box): boolean {
  const x = item.x + item.width / 2;
  const y = item.top + item.height / 2;
  return x >= box.left && x < box.right && y >= box.top && y < box.bottom;
}
