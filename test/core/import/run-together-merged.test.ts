import { importBreakdown } from '../../../src/core/import';
import { readRunTogether } from '../../../src/core/import/run-together';

/**
 * Page text of a table whose unit cells are merged down over a few rows (a web page's rowspan): the
 * rows under them hold their task's name alone, or their name and their text, with no mark where the
 * merged cells stood; a text cell merged down leaves its first row's text empty (a space); two lead
 * units run together before a 责任单位 opening with a group (`各…`). Header names spaced out by full-width spaces. Texts of our own.
 */
describe('rows under merged unit cells, run together on one line', () => {
  const text = [
    '市政府办公室关于印发2021年数据开放工作任务分工表的通知',
    '各县（市、区）人民政府，市直各单位： 现印发给你们。 2021年数据开放工作任务分工表'
      + '工 作 任 务牵头单位责　任　单　位工　作　要　求一、夯实开放基础（一）完善开放目录'
      + '1.编制公共数据开放目录市数据局（市大数据中心）市直各部门，各县区、经济开发区按年度更新目录，及时向社会发布。'
      + '2.推动各县区同步编制开放目录'
      + '3.做好开放数据的分级分类标注 开放数据、受限数据分别标注。'
      + '（二）推进重点领域开放4.开放交通出行数据市交通局市公安局各县区政府、经济开发区管委会 '
      + '5.开放教育资源数据 市直各部门，各县区、经济开发区推动学校基本信息向社会开放。 来源：市政府办公室',
  ].join('\n');

  it('reads the rows under the merged cells, their unit cells continued from above', () => {
    const rows = readRunTogether(text);
    expect(rows?.slice(2).map((r) => [r.cells, r.continued ?? []])).toEqual([
      [['工作任务', '牵头单位', '责任单位', '工作要求'], []],
      [['一、夯实开放基础'], []],
      [['（一）完善开放目录'], []],
      [['1.编制公共数据开放目录', '市数据局（市大数据中心）', '市直各部门，各县区、经济开发区', '按年度更新目录，及时向社会发布。'], []],
      [['2.推动各县区同步编制开放目录', '', '', ''], [1, 2, 3]],
      [['3.做好开放数据的分级分类标注', '', '', '开放数据、受限数据分别标注。'], [1, 2]],
      [['（二）推进重点领域开放'], []],
      [['4.开放交通出行数据', '市交通局市公安局', '各县区政府、经济开发区管委会', ''], []],
      [['5.开放教育资源数据', '', '市直各部门，各县区、经济开发区', '推动学校基本信息向社会开放。'], []],
    ]);
  });

  it('imports each row as a task, the rows under the merged cells led by the unit above', () => {
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.task, t.leadUnits])).toEqual([
      ['1.编制公共数据开放目录', ['市数据局（市大数据中心）']],
      ['2.推动各县区同步编制开放目录', ['市数据局（市大数据中心）']],
      ['3.做好开放数据的分级分类标注', ['市数据局（市大数据中心）']],
      ['4.开放交通出行数据', ['市交通局', '市公安局']],
      ['5.开放教育资源数据', ['市直各部门']],
    ]);
  });
});
