import { rightIn, roundDocuments } from './blind-round';
import { loadPdfjs } from '../../src/pdf/load-pdfjs';

/**
 * Blind round 6 (test/fixtures/blind-6/SOURCES.md): twelve real breakdowns the importer had never
 * seen — seven prose, five tables (four received as PDF, one borderless; one as tab text copied
 * from the page in Chromium) — expected results committed before the importer ran on them. Scored
 * as rounds 4 and 5 (see blind-round.ts): text start, lead units and deadline of every task; a
 * document read with the wrong number of tasks has none right.
 */

const { dir: DIR, documents } = roundDocuments('blind-6');

beforeAll(async () => {
  // Loading pdfjs under Jest prints a one-time warning (see load-pdfjs.ts): here, not in a test.
  await loadPdfjs();
});

it('holds twelve real documents, seven prose and five tables (four as PDF, one as copied tab text), 38 tasks', () => {
  expect(documents.map((d) => d.document)).toEqual([
    'chuzhou-2020-prose', 'gangcheng-2021-prose', 'jiayu-2021-prose', 'jinxiang-2025-prose', 'minhang-2022-table',
    'pingdingshan-2018-table', 'putian-shuangzhao-prose', 'qinxian-2025-prose', 'shangcheng-2019-table',
    'sizhoutou-2024-table', 'xiping-2020-prose', 'zhonglou-2021-minsheng-table',
  ]);
  expect(documents.filter((d) => d.form.endsWith('.pdf'))).toHaveLength(4);
  expect(documents.filter((d) => d.form.endsWith('.copied.txt'))).toHaveLength(1);
  expect(documents.reduce((n, d) => n + d.count, 0)).toBe(38);
});

it('reads each document, in the form it is received (tasks right per document)', async () => {
  const right: Record<string, number> = {};
  for (const doc of documents) right[doc.document] = await rightIn(DIR, doc, doc.form);
  // Written before the importer ran: every task right.
  expect(right).toEqual(Object.fromEntries(documents.map((d) => [d.document, d.count])));
});

it('reads the page text of the tables (tasks right per document)', async () => {
  const right: Record<string, number> = {};
  for (const doc of documents.filter((d) => d.alsoText)) right[doc.document] = await rightIn(DIR, doc, doc.alsoText!);
  // Written before the importer ran: every task right.
  expect(right).toEqual(Object.fromEntries(documents.filter((d) => d.alsoText).map((d) => [d.document, d.count])));
});
