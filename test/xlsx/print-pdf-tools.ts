/** poppler-utils wrappers for the print tests: page sizes, text per page, fonts, a PNG of page 1. */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface PdfWord {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

export interface PdfFacts {
  pageSizes: string[];
  /** Words of each page with their boxes (pdftotext -bbox), in points from the top left. */
  words: PdfWord[][];
  /** Text of each page (pdftotext, reading order). */
  pages: string[];
  /** Text of each page with the physical layout kept (pdftotext -layout). */
  layoutPages: string[];
  fonts: string[];
}

function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
}

export function readPdf(pdf: string): PdfFacts {
  const pages = pageCount(pdf);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), pdf], { encoding: 'utf8' });
  const pageSizes = [...info.matchAll(/^Page\s+\d+ size:\s+(.+)$/gm)].map((m) => m[1].trim());
  const split = (text: string) => text.split('\f').slice(0, pages);
  return {
    pageSizes,
    pages: split(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })),
    layoutPages: split(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })),
    words: readWords(pdf),
    fonts: execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).map((l) => l.split(/\s+/)[0]).filter(Boolean),
  };
}

/** Page 1 as `png` (without extension, pdftoppm adds `.png`), at 60 dpi, for a person to look at. */
export function writePageOnePng(pdf: string, pngBase: string, dpi = 60): void {
  mkdirSync(dirname(pngBase), { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf, pngBase]);
}

/** Text with all white space removed, so wrapped cells compare whole. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

export function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

const WORD = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;

function unescapeHtml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

function readWords(pdf: string): PdfWord[][] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return html.split('<page ').slice(1).map((page) =>
    [...page.matchAll(WORD)].map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: unescapeHtml(m[5]) })));
}

/** The words below `fromY` (the footer), left to right, joined. */
export function footerText(words: readonly PdfWord[], fromY: number): string {
  return words.filter((w) => w.y0 >= fromY).sort((a, b) => a.x0 - b.x0).map((w) => w.text).join(' ');
}

/** Below the last table row of an A4 landscape page: the bottom margin (1.024 in, 73.7 pt) holds only the footer. */
const FOOTER_TOP = 595.28 - 73;

/** The word a header is found by: its last line (`完成\n状态` prints as two words, `完成` maybe twice). */
export function headerWord(header: string): string {
  return header.split('\n').pop()!;
}

/**
 * The words of one table column on a page, below its header, top to bottom: words whose left
 * edge lies between the column's edges. Edges come from the header words' centres and the
 * columns' relative widths (a header is centred in its column).
 */
export function columnWords(words: readonly PdfWord[], headers: readonly string[], widths: readonly number[], column: number, clipped = false): PdfWord[] {
  const centres = headers.map((h) => {
    const w = words.find((word) => word.text === headerWord(h));
    if (!w) throw new Error(`header ${h} not on the page`);
    return (w.x0 + w.x1) / 2;
  });
  const edge = (i: number) => centres[i] + ((centres[i + 1] - centres[i]) * widths[i]) / (widths[i] + widths[i + 1]);
  const left = column === 0 ? -Infinity : edge(column - 1);
  const right = column === headers.length - 1 ? Infinity : edge(column);
  const headerY = words.find((w) => w.text === headerWord(headers[column]))!.y1;
  return words
    .filter((w) => w.y0 > headerY && w.y0 < FOOTER_TOP)
    .map((w) => (clipped ? clip(w, left, right) : w.x0 >= left && w.x0 < right ? w : undefined))
    .filter((w): w is PdfWord => w !== undefined)
    .sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}

/**
 * The part of a word between two x positions: pdftotext joins the texts of neighbouring cells
 * into one word when the gap between them is small, so a word is cut at a column edge by its
 * characters' positions (taken as evenly spaced, as full-width text is).
 */
function clip(word: PdfWord, left: number, right: number): PdfWord | undefined {
  const chars = [...word.text];
  const step = (word.x1 - word.x0) / chars.length;
  const kept = chars.map((ch, i) => ({ ch, x: word.x0 + step * (i + 0.5) })).filter((c) => c.x >= left && c.x < right);
  if (kept.length === 0) return undefined;
  if (kept.length === chars.length) return word;
  return { ...word, x0: kept[0].x - step / 2, x1: kept[kept.length - 1].x + step / 2, text: kept.map((c) => c.ch).join('') };
}

/** A column's text on a page without white space, so wrapped cells read whole; words running into the next column are cut at its edge. */
export function columnText(words: readonly PdfWord[], headers: readonly string[], widths: readonly number[], column: number): string {
  return columnWords(words, headers, widths, column, true).map((w) => w.text).join('');
}

/** The word of `candidates` whose vertical centre is nearest `word`'s: the cell of the same row, for vertically centred cells. */
export function sameRow(word: PdfWord, candidates: readonly PdfWord[]): PdfWord | undefined {
  const centre = (w: PdfWord) => (w.y0 + w.y1) / 2;
  return [...candidates].sort((a, b) => Math.abs(centre(a) - centre(word)) - Math.abs(centre(b) - centre(word)))[0];
}
