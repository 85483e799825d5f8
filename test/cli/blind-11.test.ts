import { rightIn, roundDocuments } from './blind-round';
import { loadPdfjs } from '../../src/pdf/load-pdfjs';

/**
 * Blind round 11 (test/fixtures/blind-11/SOURCES.md): eight real breakdowns the importer had never
 * seen (fewer than the ten a round asks: the store held few more unused pages) — five prose, three
 * tables (one received as PDF, two as page text) — expected results committed (0798456) before the
 * importer ran on them; the lead read only the bare counts before measuring.
 *
 * FIRST figure, measured once on main at e7823dc (after rounds 9 and 10's fixes): 22 of 47 (46.8 %)
 * — the prose 22 of 24 (成都 8/8, 连江 7/7, 灵璧 5/5, 射箭 1/2, 徐州 2010 1/2), the tables 0 of 23:
 * each holds a column merged down over sub-rows that are the tasks (新昌: 项目名称 over its 工作任务
 * rows, 9 read as 5; 红桥: 一级/二级指标 and the unit cell over 主要任务 rows, 6 read as 1; 广东卫健:
 * 工作任务 over its 细化分工 rows, 8 read as 2). Worse, rows were lost without a word: 广东卫健's six
 * sub-rows (their text in a column of unknown name, kept, was not taken as a row's text) and 红桥's
 * five paragraphs after the first item's unit lines (read as prose). Fixed since, for nothing to be
 * lost: a row under a merged task cell is a task of its own whatever column holds its text (广东卫健
 * and 新昌 now read 8 and 9 tasks, the sub-row's text in 具体要求 beside the merged name); prose text no
 * item takes, and a row with units but no task, are said in warnings; a column no role reads is kept.
 * Since sub-row-tasks.ts (a task cell merged over rows of their own makes each row a task, the merged
 * cell its group; the class 岳阳楼 2017's .xlsx shows too): 新昌 9 of 9 (with a row of only a date and
 * unit under a task joining its cells as a list, `2021.8` read as a date among several), 广东卫健 7 of 8
 * (its page text too, a schedule of dates `2021年2月公布…,2021年8月公布…` lined up as the 完成时限;
 * `宣传处会办公室` read as 宣传处 with 办公室; item 3's `2021年8月前` is read as 31 July, `8月前` being
 * before August, where the expected result has 31 August); 长期推进, `none` in the expected results, is
 * the ledger's `ongoing` (no date, never overdue: see sameKind in blind-round.ts).
 * 红桥 0 → 6 (branch cellmerge): its header found (`牵头、责任部门` the lead column, the 指标 levels
 * before the task column its sections), and in page text one cell a line a unit cell stored once over
 * its section's rows taken as merged down (said in a 提示), `牵头单位:X;责任部门:Y` leading X.
 * 射箭 item 2 (a heading `(2)住房安全方面。` read with its first `①` item): fixed since (branch
 * prosemiss: a numbered line naming no units over items numbered otherwise that name theirs is their
 * subsection), 射箭 1 → 2. 徐州 2010 item 1: `统计局` read as `市统计局` (the 单位名录's alias: a bare
 * standard name where the table's names read `市…`), which the expected result keeps as written.
 */

const { dir: DIR, documents } = roundDocuments('blind-11');

beforeAll(async () => {
  await loadPdfjs();
});

it('holds eight real documents, five prose and three tables (one as PDF), 47 tasks', () => {
  expect(documents.map((d) => d.document)).toEqual([
    'chengdu-2019-prose', 'guangdong-weijian-2021-taizhang-table', 'hongqiao-2020-fazhi-taizhang-table', 'lianjiang-2021-banshishi-prose',
    'lingbi-weijian-2021-prose', 'shejian-2018-zhenggai-prose', 'xinchang-2021-minshi-table', 'xuzhou-2010-prose',
  ]);
  expect(documents.filter((d) => d.form.endsWith('.pdf'))).toHaveLength(1);
  expect(documents.reduce((n, d) => n + d.count, 0)).toBe(47);
});

it('reads each document, in the form it is received (tasks right per document)', async () => {
  const right: Record<string, number> = {};
  for (const doc of documents) right[doc.document] = await rightIn(DIR, doc, doc.form);
  expect(right).toEqual({
    'chengdu-2019-prose': 8,
    'guangdong-weijian-2021-taizhang-table': 7,
    'hongqiao-2020-fazhi-taizhang-table': 6,
    'lianjiang-2021-banshishi-prose': 7,
    'lingbi-weijian-2021-prose': 5,
    'shejian-2018-zhenggai-prose': 2,
    'xinchang-2021-minshi-table': 9,
    'xuzhou-2010-prose': 1,
  });
});

it('reads the page text of the table received as PDF (tasks right)', async () => {
  const right: Record<string, number> = {};
  for (const doc of documents.filter((d) => d.alsoText)) right[doc.document] = await rightIn(DIR, doc, doc.alsoText!);
  expect(right).toEqual({ 'guangdong-weijian-2021-taizhang-table': 7 });
});
