import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { rightIn, roundDocuments, type Expected } from '../cli/blind-round';
import { loadPdfjs } from '../../src/pdf/load-pdfjs';

/**
 * The blind rounds' real tables as a browser prints them (scripts/print-blind-tables.js: Chromium,
 * A4 landscape): a PDF from another producer than the LibreOffice PDFs of the rounds — rules drawn
 * as filled rectangles, text in other pieces. Each must read as the round's expected result says:
 * every task right (text start, lead units, deadline). Before: 4 of 40 tasks, no document right — the
 * fonts map characters to radicals (`10⽉底`, `⺠政局`), a word cut where the font changes (`重点` `⼯`
 * `作`) hid the header of a table drawn without lines, a row cut by the page's end had no closing rule,
 * and one long line of units let a strip through a column of one row.
 */
const DIR = join(__dirname, '..', 'fixtures', 'browser-pdf');
const pdfs = readdirSync(DIR).filter((f) => f.endsWith('.pdf')).sort();
const expectedOf = (pdf: string): Expected => {
  const [round, name] = pdf.slice(0, -4).split('--');
  return roundDocuments(round).documents.find((d) => d.document === name)!;
};

beforeAll(async () => {
  await loadPdfjs();
});

it('holds the ten tables of blind rounds 4–6', () => {
  expect(pdfs).toHaveLength(10);
  expect(pdfs.every((p) => expectedOf(p) !== undefined)).toBe(true);
});

it('reads every task of each table printed by Chromium', async () => {
  const right: Record<string, string> = {};
  for (const pdf of pdfs) right[pdf] = `${await rightIn(DIR, expectedOf(pdf), pdf)}/${expectedOf(pdf).count}`;
  expect(right).toEqual(Object.fromEntries(pdfs.map((p) => [p, `${expectedOf(p).count}/${expectedOf(p).count}`])));
});
