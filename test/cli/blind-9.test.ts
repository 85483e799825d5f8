import { rightIn, roundDocuments } from './blind-round';
import { loadPdfjs } from '../../src/pdf/load-pdfjs';

/**
 * Blind round 9 (test/fixtures/blind-9/SOURCES.md): thirteen real breakdowns the importer had never
 * seen, gathered by a helper from provinces kept apart from the development rounds 9p and 9t (浙江 8,
 * 山东 3, 湖北 1, 吉林 1) — seven prose, six tables (two received as PDF, one drawn without lines; one
 * as .docx; one as tab text copied in Chromium; two as page text) — expected results committed
 * (d476688) before the importer ran on them; the lead read only the bare counts before measuring.
 * Scored as rounds 4–8 (see blind-round.ts).
 *
 * FIRST figure, measured once on main at a90b542 (after rounds 9p, 9t, the known misses and the
 * wording variants' second batch were merged): 30 of 50 (60.0 %) in the forms received — 长春 2/2,
 * 济南 4/4, 宁波 6/6, 浙江 7/7, 舟山 2023 4/4, 市中 (PDF) 2/2, 乐清 (.docx) 2/2, 鄂州 1/2, 青州 1/2,
 * 舟山 2020 1/2; 0: 苍南 (PDF) 10 and 泰顺 (copied) 6 (refused, no header found: `当前进度` and
 * `月度工作计划` were taken for values, their words holding 前 and 月), 舟山 2021 1 (refused). The page
 * text of the four tables received in another form: 4 of 20.
 * AFTER (not blind any more): 苍南 10/10 (progress columns kept in 备注, 项目内容 the tasks), 泰顺 5/6
 * (月度工作计划 the deadline column; rows lacking the merged 牵头单位 lined up by the kinds each column
 * holds), 青州 2/2 (`力争年内新增…`), 鄂州 2/2 (a paragraph under a `一、` heading, followed by
 * `(二)…`, is the first item, its number lost), 舟山 2021 1/1 (a cell of paragraphs ①…⑦ stays one
 * cell; a task cell closing in `(牵头单位:X)` in a table with no unit column names its lead): 48 of 50
 * (96.0 %); page text 19 of 20 (苍南 10/10, 泰顺 5/6: a page's information block above the header, a
 * `|` row padded with blank cells lined up as a short copied row). Still wrong: 泰顺 row 2 (its text's
 * `2024年重点筛查…` read against the 月度工作计划 cell's `4月`: the expected result takes the later),
 * 舟山 2020 row 1 (a target cell opening `全年:` taken by the expected result as the year's end). The
 * maps below hold what the importer reads now.
 */

const { dir: DIR, documents } = roundDocuments('blind-9');

beforeAll(async () => {
  await loadPdfjs();
});

it('holds thirteen real documents, seven prose and six tables (two as PDF, one as .docx, one as copied tab text), 50 tasks', () => {
  expect(documents.map((d) => d.document)).toEqual([
    'cangnan-2022-minshi-table', 'changchun-2012-prose', 'ezhou-2022-zwgk-prose', 'jinan-2014-minshi-prose', 'ningbo-2025-prose',
    'qingzhou-2023-prose', 'shizhong-2019q2-table', 'taishun-2024-minshi-table', 'yueqing-2022-minshi-table', 'zhejiang-2023-prose',
    'zhoushan-2020-bannian-table', 'zhoushan-2021-wancheng-table', 'zhoushan-2023-prose',
  ]);
  expect(documents.filter((d) => d.form.endsWith('.pdf'))).toHaveLength(2);
  expect(documents.filter((d) => d.form.endsWith('.docx'))).toHaveLength(1);
  expect(documents.filter((d) => d.form.endsWith('.copied.txt'))).toHaveLength(1);
  expect(documents.reduce((n, d) => n + d.count, 0)).toBe(50);
});

it('reads each document, in the form it is received (tasks right per document)', async () => {
  const right: Record<string, number> = {};
  for (const doc of documents) right[doc.document] = await rightIn(DIR, doc, doc.form);
  expect(right).toEqual({
    'cangnan-2022-minshi-table': 10,
    'changchun-2012-prose': 2,
    'ezhou-2022-zwgk-prose': 2,
    'jinan-2014-minshi-prose': 4,
    'ningbo-2025-prose': 6,
    'qingzhou-2023-prose': 2,
    'shizhong-2019q2-table': 2,
    'taishun-2024-minshi-table': 5,
    'yueqing-2022-minshi-table': 2,
    'zhejiang-2023-prose': 7,
    'zhoushan-2020-bannian-table': 1,
    'zhoushan-2021-wancheng-table': 1,
    'zhoushan-2023-prose': 4,
  });
});

it('reads the page text of the tables received in another form (tasks right per document)', async () => {
  const right: Record<string, number> = {};
  for (const doc of documents.filter((d) => d.alsoText)) right[doc.document] = await rightIn(DIR, doc, doc.alsoText!);
  // First figure 4 of 20; 19 after the fixes above.
  expect(right).toEqual({
    'cangnan-2022-minshi-table': 10,
    'shizhong-2019q2-table': 2,
    'taishun-2024-minshi-table': 5,
    'yueqing-2022-minshi-table': 2,
  });
});
