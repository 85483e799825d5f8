import { rightInEveryForm, roundDocuments } from './blind-round';
import { loadPdfjs } from '../../src/pdf/load-pdfjs';

/**
 * Development round 9t (test/fixtures/dev-9t/SOURCES.md): three real tables — 吉水 10件民生实事 with
 * its 落实情况, 崇川 2023 民生实事 推进情况 (1-11月), 常州 2014 目标 (类别 | 序号 | 项目名称 | 工作标准)
 * — in the forms an office receives them: PDF ruled and borderless by LibreOffice, PDF printed by
 * Chromium, .docx, .xlsx, text copied from the page, and their page text. Expected results were
 * committed before the importer ran (bbb9e24; 常州 830684d); scored as the blind rounds
 * (blind-round.ts). Not blind: the importer is fixed on these as classes.
 * FIRST figure, each as first measured (吉水 and 崇川 at 37bea2a; 常州 at 830684d, the same on main):
 * 4 of 13 in the forms received, 24 of 78 over every form (吉水 refused everywhere: its page names no
 * year; with `--year 2021`, as the test now gives it, 36 of 78). AFTER (branch dev9t): 13 of 13 in the
 * forms received, 78 of 78 over every form — the figures asserted below.
 */

const { dir: DIR, documents } = roundDocuments('dev-9t');

beforeAll(async () => {
  await loadPdfjs();
});

it('holds three real tables, 13 tasks', () => {
  expect(documents.map((d) => d.document)).toEqual(['changzhou-2014-mubiao-table', 'chongchuan-2023-minsheng-jindu-table', 'jishui-minsheng-luoshi-table']);
  expect(documents.reduce((n, d) => n + d.count, 0)).toBe(13);
});

it('reads each document in every form (tasks right per file)', async () => {
  expect(await rightInEveryForm(DIR, documents)).toEqual({
    'changzhou-2014-mubiao-table.docx': 7,
    'changzhou-2014-mubiao-table.pdf': 7,
    'changzhou-2014-mubiao-table.xlsx': 7,
    'changzhou-2014-mubiao-table.chromium.pdf': 7,
    'changzhou-2014-mubiao-table.copied.txt': 7,
    'changzhou-2014-mubiao-table.txt': 7,
    'chongchuan-2023-minsheng-jindu-table.pdf': 3,
    'chongchuan-2023-minsheng-jindu-table.docx': 3,
    'chongchuan-2023-minsheng-jindu-table.xlsx': 3,
    'chongchuan-2023-minsheng-jindu-table.chromium.pdf': 3,
    'chongchuan-2023-minsheng-jindu-table.copied.txt': 3,
    'chongchuan-2023-minsheng-jindu-table.txt': 3,
    'jishui-minsheng-luoshi-table.pdf': 3,
    'jishui-minsheng-luoshi-table.docx': 3,
    'jishui-minsheng-luoshi-table.xlsx': 3,
    'jishui-minsheng-luoshi-table.chromium.pdf': 3,
    'jishui-minsheng-luoshi-table.copied.txt': 3,
    'jishui-minsheng-luoshi-table.txt': 3,
  });
});
