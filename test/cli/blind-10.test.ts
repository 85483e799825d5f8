import { rightIn, roundDocuments } from './blind-round';
import { loadPdfjs } from '../../src/pdf/load-pdfjs';

/**
 * Blind round 10 (test/fixtures/blind-10/SOURCES.md): ten real breakdowns the importer had never
 * seen, from any province not held back (浙江 2, 湖南 2, 山东 1, 江苏 1, central 4) — seven prose,
 * three tables (one received as PDF, one as .docx, one as tab text copied in Chromium) — expected
 * results committed (781a5e4) before the importer ran on them; the lead read only the bare counts
 * before measuring. Scored as rounds 4–9 (see blind-round.ts).
 *
 * FIRST figure, measured once on main at 2c8f9e6 (after round 9's fixes): 25 of 56 (44.6 %) in the
 * forms received (recorded at first as 30: the scorer then counted a reading the sanity guard stopped,
 * 健康中国 2022's, whose office `健康中国行动推进办` the guard took for a deadline run into a unit name;
 * the CLI refused it) — the seven prose documents 25 of 32 (国务院 2/2, 淮安 2/2, 健康中国 2021 10/10, 2022
 * 0/5 (stopped), 2023 5/7, 宁波 3/3, 山东 3/3); the three tables 0 of 24, each refused whole (no header found):
 * 岳阳楼 2017 (copied) and 2019 (PDF) name their columns `省重点民生实事项目名称`, `1- 8月实际完成情况`,
 * `1-8月实际完成率%`, `任务完成率`; every cell of 余杭's (.docx) ends in `?`, a character the page lost.
 * The page text of the three tables: 0 of 24.
 * AFTER (not blind any more): a header read by its rows when its names are not known (a row of short
 * names over rows showing a task column and a unit column), progress columns named by their period
 * kept in 备注, a `?` at the end of most cells read as the space it stood for: 岳阳楼 2017 11/11, 2019
 * 10/10, 余杭 3/3 — 54 of 56 (96.4 %). Still wrong: 健康中国 2023 items 2 and 5, whose text names an
 * event of the year (`以2023年全国科普日活动…为载体`, `组织做好2023年青少年烟草流行监测…`) that the
 * expected result takes as the year's end and the importer as no deadline. The maps below hold what
 * the importer reads now.
 */

const { dir: DIR, documents } = roundDocuments('blind-10');

beforeAll(async () => {
  await loadPdfjs();
});

it('holds ten real documents, seven prose and three tables (one as PDF, one as .docx, one as copied tab text), 56 tasks', () => {
  expect(documents.map((d) => d.document)).toEqual([
    'guowuyuan-2018-prose', 'huaian-2022-shukun-prose', 'jiankang-2021-prose', 'jiankang-2022-prose', 'jiankang-2023-page-prose',
    'ningbo-2014-minshi-prose', 'shandong-2022-yingshang-prose', 'yueyanglou-2017-minshi-table', 'yueyanglou-2019-minshi-table', 'yuhang-2018-table',
  ]);
  expect(documents.filter((d) => d.form.endsWith('.pdf'))).toHaveLength(1);
  expect(documents.filter((d) => d.form.endsWith('.docx'))).toHaveLength(1);
  expect(documents.filter((d) => d.form.endsWith('.copied.txt'))).toHaveLength(1);
  expect(documents.reduce((n, d) => n + d.count, 0)).toBe(56);
});

it('reads each document, in the form it is received (tasks right per document)', async () => {
  const right: Record<string, number> = {};
  for (const doc of documents) right[doc.document] = await rightIn(DIR, doc, doc.form);
  expect(right).toEqual({
    'guowuyuan-2018-prose': 2,
    'huaian-2022-shukun-prose': 2,
    'jiankang-2021-prose': 10,
    'jiankang-2022-prose': 5,
    'jiankang-2023-page-prose': 5,
    'ningbo-2014-minshi-prose': 3,
    'shandong-2022-yingshang-prose': 3,
    'yueyanglou-2017-minshi-table': 11,
    'yueyanglou-2019-minshi-table': 10,
    'yuhang-2018-table': 3,
  });
});

it('reads the page text of the tables received in another form (tasks right per document)', async () => {
  const right: Record<string, number> = {};
  for (const doc of documents.filter((d) => d.alsoText)) right[doc.document] = await rightIn(DIR, doc, doc.alsoText!);
  // First figure 0 of 24; 3 after the fixes above; 23 after branch pt10 (a `|` header row wrapped onto
  // the next line joined back; a header name with a space inside; a progress table's bare figures and
  // rows whose empty cells left no mark spread over its columns). 岳阳楼 2017 item 9: its line holds the
  // 项目 name and its first sub-item (a name cell over two columns), read as one task.
  expect(right).toEqual({
    'yueyanglou-2017-minshi-table': 10,
    'yueyanglou-2019-minshi-table': 10,
    'yuhang-2018-table': 3,
  });
});
