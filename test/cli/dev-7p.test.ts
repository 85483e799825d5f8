import { rightIn, roundDocuments } from './blind-round';

/**
 * Development round 7p (test/fixtures/dev-7p/SOURCES.md): ten real prose breakdowns from provinces
 * kept apart from blind round 7, gathered to find the prose the importer does not read. Expected
 * results were committed before the importer ran on them; the first figure below was measured
 * once, after that commit. Scored as the blind rounds (blind-round.ts): text start, lead units and
 * deadline of every task; a document read with the wrong number of tasks has none right.
 *
 * FIRST figure (80e19d9, before any change): 13 of 38 (34.2 %) — 陕西 4/4, 四川 2/2, 芜湖 1/1, 成都 6/13
 * (`数据提供单位:` not a label), 安徽 0/5 (`1﹒` items), 广东 0/4 (`部门分工:X牵头,Y配合`), 山西 0/6
 * (paragraphs under `(一)X牵头的工作`, `协同单位` taken as the lead), 杨浦 0/1 (`责任单位:X牵头,Y配合`),
 * 云南 0/1 (a `一、` heading over a paragraph closing in its units), 海东 0/1 (a `工作成果:` paragraph
 * before the labels; places sharing one ending).
 *
 * AFTER fixing those classes (branch devprose; no longer blind): 37 of 38; 38 of 38 once the rule for
 * a text setting several dates became the latest (the task is done when its last step is), as for a
 * 完成时限 cell naming several — 云南's expected 11月底 (decided 2026-12-07; see deadline-in-text.ts).
 */

const { dir: DIR, documents } = roundDocuments('dev-7p');

it('holds ten real prose documents, 38 tasks', () => {
  expect(documents.map((d) => d.document)).toEqual([
    'anhui-2022-prose', 'chengdu-2022-prose', 'guangdong-2021-prose', 'haidong-2020-prose', 'shaanxi-2015-prose',
    'shanxi-2008-prose', 'sichuan-liutong-2022-prose', 'wuhu-2021-prose', 'yangpu-2021q3-prose',
    'yunnan-wenzengzhang-2017-prose',
  ]);
  expect(documents.reduce((n, d) => n + d.count, 0)).toBe(38);
});

it('reads each document (tasks right per document)', async () => {
  const right: Record<string, number> = {};
  for (const doc of documents) right[doc.document] = await rightIn(DIR, doc, doc.form);
  expect(right).toEqual({
    'anhui-2022-prose': 5,
    'chengdu-2022-prose': 13,
    'guangdong-2021-prose': 4,
    'haidong-2020-prose': 1,
    'shaanxi-2015-prose': 4,
    'shanxi-2008-prose': 6,
    'sichuan-liutong-2022-prose': 2,
    'wuhu-2021-prose': 1,
    'yangpu-2021q3-prose': 1,
    'yunnan-wenzengzhang-2017-prose': 1,
  });
});
