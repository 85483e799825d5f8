import { importBreakdown } from '../../../src/core/import';

/**
 * Headings four levels deep in prose (`一、` / `（一）` / `1.` / `（1）`) over `①` items closing in
 * their units: a `（1）` title with no mark at its end, right under a `1.` title, heads the points
 * below it even when a page stops after the first of them. Texts of our own.
 */
describe('a `（1）` title under a `1.` title over `①` items', () => {
  const read = (lines: string[]) => importBreakdown({ kind: 'text', text: lines.join('\n') }).tasks
    .map((t) => [t.task, t.leadUnits, t.coUnits]);
  const TOP = ['某市2022年10项民生工程实施方案', '一、主要任务', '（一）实施10项民生工程', '1.技能就业工程', '（1）扩大就业渠道'];
  const FIRST = '①开展职业技能培训，全年培训2000人次。（牵头部门：市人社局；责任单位：各县区人民政府）';

  it('reads the one point a cut page keeps as a task of its own, the title not run into it', () => {
    expect(read([...TOP, FIRST])).toEqual([
      ['开展职业技能培训，全年培训2000人次。', ['市人社局'], ['各县区人民政府']],
    ]);
  });

  it('reads each of several points as its task', () => {
    expect(read([...TOP, FIRST, '②新增城镇就业岗位1万个。（牵头部门：市发改委；责任单位：各县区人民政府）'])).toEqual([
      ['开展职业技能培训，全年培训2000人次。', ['市人社局'], ['各县区人民政府']],
      ['新增城镇就业岗位1万个。', ['市发改委'], ['各县区人民政府']],
    ]);
  });
});
