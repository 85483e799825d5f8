import { importBreakdown } from '../../../src/core/import';

/**
 * Page text of progress tables (blind round 10's classes, in wordings and layouts of our own): a page
 * store's `|` text whose header row the store's line length wrapped onto a second line.
 */
const read = (text: string) => importBreakdown({ kind: 'text', text }).tasks.map((t) => [t.task, t.leadUnits]);

describe('a `|` header row continued on the next line', () => {
  const rows = [
    '1 | 新建社区食堂 | 市民政局 | 12家 | 9家 | 75% | ||',
    '2 | 改造老旧小区 | 市住建局 | 30个 | 31个 | 103% | ||',
    '3 | 增加公办托位 | 市卫健委 | 600个 | 420个 | 70% | 两处场地待交付 | |',
  ];
  const expected = [
    ['新建社区食堂', ['市民政局']],
    ['改造老旧小区', ['市住建局']],
    ['增加公办托位', ['市卫健委']],
  ];

  it('joins the line ending in a bar with the names on the next line', () => {
    const text = ['某市2024年1-6月民生实事进展 | |||||||', '序号 | 实事名称 | 责任单位 | 年度目标 | 1-6月完成情况 |', '完成比例 | 备注 | |', ...rows].join('\n');
    expect(read(text)).toEqual(expected);
  });

  it('joins a name cut mid-cell by the wrap (`1-6月` / `完成情况`)', () => {
    const text = ['序号 | 实事名称 | 责任单位 | 年度目标 | 1-6月', '完成情况 | 完成比例 | 备注 | |', ...rows].join('\n');
    expect(read(text)).toEqual(expected);
  });

  it('keeps a sub-header row under merged names as it was', () => {
    const text = [
      '| 序号 | 工作任务 | 责任单位 | |',
      '| | | 牵头单位 | 配合单位 |',
      '| 1 | 建成口袋公园10个 | 市园林局 | 各区政府 |',
      '| 2 | 新增充电桩500个 | 市发改委 | 市供电公司 |',
      '| 3 | 开通定制公交线路8条 | 市交通局 | 市公交集团 |',
    ].join('\n');
    expect(read(text)).toEqual([
      ['建成口袋公园10个', ['市园林局']],
      ['新增充电桩500个', ['市发改委']],
      ['开通定制公交线路8条', ['市交通局']],
    ]);
  });
});

describe('page text one row a line, cells between single spaces, a header name holding a space', () => {
  it('reads `1- 6月完成情况` as one name of the header', () => {
    const text = [
      '某县2024年1-6月民生实事完成情况表',
      '序号 民生实事项目名称 责任单位 年度目标 1- 6月完成情况 备注',
      '1 新建城市书房 县文广旅体局 6家 4家 两家选址未定',
      '2 改造农贸市场 县市场监管局 3个 3个 已完工',
      '3 新增停车泊位 县住建局 800个 520个 按计划推进',
    ].join('\n');
    expect(read(text)).toEqual([
      ['新建城市书房', ['县文广旅体局']],
      ['改造农贸市场', ['县市场监管局']],
      ['新增停车泊位', ['县住建局']],
    ]);
  });
});

describe('page text of a progress table one row a line, its blank cells leaving no mark', () => {
  it('places bare figures (`420`, `70%`) in the period’s columns and keeps each row', () => {
    const text = [
      '序号 实事项目名称 责任单位 年度目标 1-6月完成情况 1-6月完成率% 备注',
      '1 新增公办托位 县卫健局 600个 420 70% 两处场地待交付',
      '2 改造提升农贸市场   县市场监管局 3个 3 100%',
      '3 新建城市书房 县文广旅体局 6家 67%',
      '4 新增公共停车泊位 县住建局 800个 520 65% 按计划推进',
    ].join('\n');
    expect(read(text)).toEqual([
      ['新增公办托位', ['县卫健局']],
      ['改造提升农贸市场', ['县市场监管局']],
      ['新建城市书房', ['县文广旅体局']],
      ['新增公共停车泊位', ['县住建局']],
    ]);
  });

  it('puts words after a target’s figure (`场地未定`) past the figure columns, into 备注', () => {
    const text = [
      '序号 实事项目名称 责任单位 年度目标 1-6月完成情况 1-6月完成率% 备注',
      '1 新增公办托位 县卫健局 600个 420 70% 按计划推进',
      '2 新建城市书房 县文广旅体局 6家 场地未定',
      '3 新增公共停车泊位 县住建局 800个 520 65%',
    ].join('\n');
    const second = importBreakdown({ kind: 'text', text }).tasks[1];
    expect([second.task, (second.note ?? '').split('\n')[0]]).toEqual(['新建城市书房', '场地未定']);
  });
});
