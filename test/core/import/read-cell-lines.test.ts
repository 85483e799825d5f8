import { importBreakdown } from '../../../src/core/import';
import { readText } from '../../../src/core/import/read-text';

/**
 * Blind round 13's class (in wordings of our own): a web page's table as page text, one cell a line
 * ending in ` |`, nothing marking a row's end, and an empty cell a line holding only `|` — the
 * bar of a cell with no text, not the end of a row (rows stay as wide as the header, each opening
 * with its 序号).
 */
describe('page text, one cell a line ending in `|`, an empty cell a lone `|`', () => {
  const text = ['2024年县政府民生实事推进情况', '(截至2024年8月31日)',
    '序号 |', '项目名称 |', '建设内容 |', '分管 领导 |', '牵头单位 |', '配合单位 |', '推进情况 |',
    '1 |', '城乡供水一体化工程 |', '新建水厂1座,改造供水管网45公里。 |', '王 平 |', '县水利局 |', '县财政局 各有关乡镇 |', '水厂主体完工,管网完成30公里。 |',
    '2 |', '农贸市场提升改造 |', '改造城区农贸市场3个,规范摊位300个。 |', '王 平 |', '城关镇 |', '|', '已完成2个。 |',
    '3 |', '老年助餐服务 |', '新建社区助餐点12个。 |', '刘 青 |', '县民政局 |', '|', '已建成9个。 |',
  ].join('\n');

  it('reads the lone bar as the empty cell, each row as wide as the header', () => {
    expect(readText(text).rows.slice(2).map((r) => r.cells)).toEqual([
      ['序号', '项目名称', '建设内容', '分管 领导', '牵头单位', '配合单位', '推进情况'],
      ['1', '城乡供水一体化工程', '新建水厂1座,改造供水管网45公里。', '王 平', '县水利局', '县财政局 各有关乡镇', '水厂主体完工,管网完成30公里。'],
      ['2', '农贸市场提升改造', '改造城区农贸市场3个,规范摊位300个。', '王 平', '城关镇', '', '已完成2个。'],
      ['3', '老年助餐服务', '新建社区助餐点12个。', '刘 青', '县民政局', '', '已建成9个。'],
    ]);
  });

  it('imports every row with its lead', () => {
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => t.leadUnits)).toEqual([['县水利局'], ['城关镇'], ['县民政局']]);
  });
});

describe('the same page text stopping inside its last row', () => {
  const text = ['2024年县政府民生实事推进情况',
    '序号 |', '项目名称 |', '建设内容 |', '牵头单位 |', '配合单位 |', '推进情况 |',
    '1 |', '农贸市场提升改造 |', '改造城区农贸市场3个。 |', '城关镇 |', '|', '已完成2个。 |',
    '2 |', '老年助餐服务 |', '新建社区助餐点12个。 |', '县民政局 |', '县财政局 |', '已建成9个。 |',
    '3 |', '城区停车设施建设 |', '新增公共停车位800个。 |',
  ].join('\n');

  it('keeps the rows it holds, the last one short', () => {
    expect(readText(text).rows.slice(1).map((r) => r.cells)).toEqual([
      ['序号', '项目名称', '建设内容', '牵头单位', '配合单位', '推进情况'],
      ['1', '农贸市场提升改造', '改造城区农贸市场3个。', '城关镇', '', '已完成2个。'],
      ['2', '老年助餐服务', '新建社区助餐点12个。', '县民政局', '县财政局', '已建成9个。'],
      ['3', '城区停车设施建设', '新增公共停车位800个。'],
    ]);
  });
});
