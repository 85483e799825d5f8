import { rightInEveryForm, roundDocuments } from './blind-round';
import { loadPdfjs } from '../../src/pdf/load-pdfjs';

/**
 * Development round 9t (test/fixtures/dev-9t/SOURCES.md): two real tables — 吉水 10件民生实事 with
 * its 落实情况, 崇川 2023 民生实事 推进情况 (1-11月) — in the forms an office receives them: PDF ruled
 * (崇川) and borderless (吉水) by LibreOffice, PDF printed by Chromium, .docx, .xlsx, text copied from
 * the page, and their page text. Expected results were committed (bbb9e24) before the importer ran;
 * scored as the blind rounds (blind-round.ts). Not blind: the importer is fixed on these as classes.
 * FIRST figure (37bea2a, before any change): 0 of 6 in the forms received, 0 of 36 over every form
 * (吉水 refused everywhere: its page names no year; with `--year 2021`, as the test now gives it,
 * 12 of 36: 吉水's .docx, .xlsx, copied and page text 3 of 3 each). AFTER (branch dev9t): 3 of 6 in
 * the forms received, 27 of 36 over every form — the figures asserted below. Still wrong: 吉水's two
 * PDFs (a unit cell's two lines, `县教体局` / `各相关乡镇政府`, joined into one name), 崇川's page text
 * (one cell a line: no task read).
 */

const { dir: DIR, documents } = roundDocuments('dev-9t');

beforeAll(async () => {
  await loadPdfjs();
});

it('holds two real tables, 6 tasks', () => {
  expect(documents.map((d) => d.document)).toEqual(['chongchuan-2023-minsheng-jindu-table', 'jishui-minsheng-luoshi-table']);
  expect(documents.reduce((n, d) => n + d.count, 0)).toBe(6);
});

it('reads each document in every form (tasks right per file)', async () => {
  expect(await rightInEveryForm(DIR, documents)).toEqual({
    'chongchuan-2023-minsheng-jindu-table.pdf': 3,
    'chongchuan-2023-minsheng-jindu-table.docx': 3,
    'chongchuan-2023-minsheng-jindu-table.xlsx': 3,
    'chongchuan-2023-minsheng-jindu-table.chromium.pdf': 3,
    'chongchuan-2023-minsheng-jindu-table.copied.txt': 3,
    'chongchuan-2023-minsheng-jindu-table.txt': 0,
    'jishui-minsheng-luoshi-table.pdf': 0,
    'jishui-minsheng-luoshi-table.docx': 3,
    'jishui-minsheng-luoshi-table.xlsx': 3,
    'jishui-minsheng-luoshi-table.chromium.pdf': 0,
    'jishui-minsheng-luoshi-table.copied.txt': 3,
    'jishui-minsheng-luoshi-table.txt': 3,
  });
});
