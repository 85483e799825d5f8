import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { rightIn, roundDocuments, type Expected } from '../cli/blind-round';
import { loadPdfjs } from '../../src/pdf/load-pdfjs';

/**
 * A 分工方案 in prose received as the notice's PDF: the blind rounds' real prose breakdowns, printed
 * (scripts/render-prose-pdfs.js) a paragraph a line of text, lines wrapped at the measure, paragraphs
 * cut by page breaks — once flat, once with each first line set in as 公文 are. Each PDF must read as
 * its text does: every task right against the round's expected result (text start, lead units,
 * deadline); so must the text copied out of it (pdftotext), which keeps the printed lines. Before
 * paragraphs were rebuilt from the printed lines: the PDFs (flat set) 27 of 95 tasks right, 5 of 19
 * documents; the copied text 55 of 190 (both sets). The twenty prose breakdowns of blind round 7 and
 * development round 7p, printed the same way after the paragraph rebuilding was written (2026-12-07):
 * 80 tasks: 160 of 160 right on the first run in the PDFs (both sets), 160 of 160 in the copied text.
 * Blind round 8's nine (after its fixes): 148 of 152 on the first run, PDFs and copied text alike —
 * 徐州's `牵头单位：X；责` / `任单位：Y`, a common label cut by the line end, read as a label of its own.
 * Blind round 9's seven (27 tasks; printed after the round was measured and its fixes made): 108 of
 * 108 on the first run in the four forms. Blind round 10's seven (32 tasks, 30 of them right in the
 * text): the four forms as the text on the first run but for 宁波 2014 (see KNOWN_MISSES); a progress
 * label (`实际完成情况：`) now ends the unit list before it, which its copied text needed. Blind
 * rounds 11 and 12's eight (printed after round 12 was measured and round 11's fixes made): as the
 * text on the first run but for 成都's indented PDF, 7 of 8 — a bracket opened two lines up (`（牵头` …
 * `…；数据` / `提供单位：成调队）`) did not keep a line opening as a label in its paragraph; it does now.
 * Blind round 13's six (printed after its fixes): as the text on the first run but for 安顺's copied
 * text, 0 of 4 (its wrapped lines cut the sections' unit brackets over lines, the items shifted by
 * one); 4 of 4 since a sentence running on after a `（责任单位：X）` bracket is cut there (round 15).
 * Blind rounds 14 and 15's prose (printed 2026-12-08, after both rounds were measured and fixed), but
 * for 平潭's five pages, stored with their line breaks lost: printed, each would be one paragraph of a
 * whole notice, which no office receives. Seven documents, 15 tasks: as the text on the first run (楚雄
 * 2021 0 of 1 in every form, as its text) but for 南昌 2020's flat copied text (see KNOWN_MISSES).
 */
const DIR = join(__dirname, '..', 'fixtures', 'prose-pdf');
const pdfs = readdirSync(DIR).filter((f) => f.endsWith('.pdf')).sort();
const copied = readdirSync(DIR).filter((f) => f.endsWith('.copied.txt')).sort();
const expectedOf = (pdf: string): { dir: string; doc: Expected } => {
  const [round, name] = pdf.replace(/(?:\.indented)?(?:\.pdf|\.copied\.txt)$/, '').split('--');
  const { dir, documents } = roundDocuments(round);
  return { dir, doc: documents.find((d) => d.document === name)! };
};

beforeAll(async () => {
  await loadPdfjs();
});

it('holds the eighty-three prose breakdowns of blind rounds 4–15 and round 7p, each set flat and with first lines set in', () => {
  expect(pdfs).toHaveLength(166);
  expect(pdfs.filter((p) => p.endsWith('.indented.pdf'))).toHaveLength(83);
  expect(new Set(pdfs.map((p) => p.split('--')[0]))).toEqual(new Set(['blind-4', 'blind-5', 'blind-6', 'blind-7', 'blind-8', 'blind-9', 'blind-10', 'blind-11', 'blind-12', 'blind-13', 'blind-14', 'blind-15', 'dev-7p']));
  expect(pdfs.every((p) => expectedOf(p).doc !== undefined)).toBe(true);
});

/**
 * Known misses (blind round 10's 宁波 2014, printed after the round was measured: its labels run on
 * one line, `…圆满完成。 1.轨道` / `交通…`, `牵头领导:王仁洲 责任` / `单位:市交通委`, `市财政局` / `实际完成
 * 情况:…` broken at the measure): the PDF loses item 1 and item 3's lead and runs item 2's co units
 * into the next label; the copied text loses item 1 (its number at the end of the notice's line).
 */
const KNOWN_MISSES: Record<string, string> = {
  'blind-10--ningbo-2014-minshi-prose.pdf': '0/3',
  'blind-10--ningbo-2014-minshi-prose.indented.pdf': '0/3',
  'blind-10--ningbo-2014-minshi-prose.copied.txt': '2/3',
  // 南昌 2020 (a dataset page's row: the viewer's `|` column header, then the id and the whole document
  // in one cell), its flat PDF copied out, the notice wrapped a line earlier than the indented one: read
  // as a `|` table whose header is not found, refused ("没有找到表头行"); the indented form and both PDFs
  // read 8 of 8.
  'blind-15--nanchang-2020-wenzeng-prose.copied.txt': '0/8',
};

/** What the document's own text reads right (every task but where the text itself is read wrong), or its known miss. */
async function asTheText(files: readonly string[]): Promise<Record<string, string>> {
  const right: Record<string, string> = {};
  for (const file of files) {
    const { dir, doc } = expectedOf(file);
    right[file] = KNOWN_MISSES[file] ?? `${await rightIn(dir, doc, doc.form)}/${doc.count}`;
  }
  return right;
}

it('reads every task of each prose PDF as the text reads it', async () => {
  const right: Record<string, string> = {};
  for (const pdf of pdfs) {
    const { doc } = expectedOf(pdf);
    right[pdf] = `${await rightIn(DIR, doc, pdf)}/${doc.count}`;
  }
  expect(right).toEqual(await asTheText(pdfs));
});

it('reads the text copied out of each PDF (its printed lines) as the text reads it', async () => {
  expect(copied).toEqual(pdfs.map((p) => p.replace(/\.pdf$/, '.copied.txt')).sort());
  const right: Record<string, string> = {};
  for (const text of copied) {
    const { doc } = expectedOf(text);
    right[text] = `${await rightIn(DIR, doc, text)}/${doc.count}`;
  }
  expect(right).toEqual(await asTheText(copied));
});
