import { splitPersons } from '../../../src/core/import/unit-persons';
import { importBreakdown } from '../../../src/core/import';

// Dev round 7t: unit cells naming the person in charge after the unit (`市民政局 伍泽国`), under a
// header such as `牵头单位及主要负责人`. The person is no unit: kept in 备注.
describe('splitPersons', () => {
  it.each([
    ['县教育局 李四', '县教育局', ['李四']],
    ['县教育局\n李四', '县教育局', ['李四']],
    ['县教育局（王 五）', '县教育局', ['王五']],
    ['县教育局 欧阳小明、县财政局 赵六', '县教育局、县财政局', ['欧阳小明', '赵六']],
    ['县教育局、县财政局', '县教育局、县财政局', []],
    // Names that are units, groups or a cut unit stay units.
    ['各镇（街道）', '各镇（街道）', []],
    ['县政府（管委会）', '县政府（管委会）', []],
    ['县教育局 各乡镇', '县教育局 各乡镇', []],
    ['区交通', '区交通', []],
    ['各街道（园区）', '各街道（园区）', []],
    ['县政府办（牵头）', '县政府办（牵头）', []],
    // A PDF's narrow cell may lose the break between the unit and the name.
    ['县人社局张三', '县人社局', ['张三']],
    ['县人社局欧阳明', '县人社局', ['欧阳明']],
    ['县委宣传部文明办', '县委宣传部文明办', []],
    ['县住建局城建股', '县住建局城建股', []],
    ['县财政局国库科', '县财政局国库科', []],
    ['县农业农村局', '县农业农村局', []],
    ['县政府办 负责', '县政府办 负责', []],
    ['区 政府办', '区 政府办', []],
  ])('%j', (cell, units, persons) => {
    expect(splitPersons(cell)).toEqual({ units, persons });
  });
});

describe('a table whose unit column names the person in charge', () => {
  const rows = [
    ['2021年为民办实事分工表', '', '', ''],
    ['序号', '工作任务', '牵头单位及主要负责人', '完成时限'],
    ['1', '新建城区公办幼儿园2所', '县教育局 李四', '年底前'],
    ['2', '改造农村公路30公里', '县交通运输局\n王五', '10月底前'],
  ];

  it('reads the unit as the lead and keeps the person in 备注', () => {
    const { tasks } = importBreakdown({ kind: 'grid', rows });
    expect(tasks.map((t) => [t.task, t.leadUnits, t.coUnits, t.note])).toEqual([
      ['新建城区公办幼儿园2所', ['县教育局'], [], '负责人：李四'],
      ['改造农村公路30公里', ['县交通运输局'], [], '负责人：王五'],
    ]);
  });
});
