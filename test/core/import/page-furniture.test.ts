import { importBreakdown } from '../../../src/core/import';
import { isPageIndexRow } from '../../../src/core/import/page-furniture';

/**
 * Blind round 12 (招远): a web page's index block (`索引号: | … | 成文日期: | …`) stored right under the
 * table, whose 类别 is merged down over its rows — read as one more row lacking the merged cells
 * until the block was known for the page's furniture it is.
 */
const row = (cells: string[]) => ({ row: 1, cells, breakBefore: false });

describe('a web page’s index block', () => {
  it('is label and value pairs, the first label with its colon or two labels', () => {
    expect(isPageIndexRow(row(['索引号:', '00123456789/2023-00321', '成文日期:', '2023-07-10']))).toBe(true);
    expect(isPageIndexRow(row(['', '', '发布机构：', '某县人民政府办公室', '', '']))).toBe(true);
    expect(isPageIndexRow(row(['索引号', '00123456789/2023-00321', '发布日期', '2023-07-10']))).toBe(true);
    expect(isPageIndexRow(row(['名称', '某县民生实事']))).toBe(false);
    expect(isPageIndexRow(row(['序号', '工作任务', '责任单位']))).toBe(false);
    expect(isPageIndexRow(row(['1', '完善信息公开目录。', '县政府办']))).toBe(false);
    expect(isPageIndexRow(row(['索引号:']))).toBe(false);
  });

  it('under a table read as page text ends the table, never a row lacking the merged cells', () => {
    const text = [
      '类别 | 实事名称 | 年度任务目标 | 责任单位 | 分管领导 | 1-6月份进展情况 | 举报电话 |',
      '二、社会保障 | 5.提升养老服务 | 新建社区养老服务站3处。 | 民政局 | 王明 | 已完成选址,1处开工建设。 | 电话0531-1234567 |',
      '6.推进医保便民 | 实现医保业务村级全覆盖。 | 医保局 | 王明 | 已覆盖120个村。 | 电话0531-1234568 |',
      '7.扩大就业 | 城镇新增就业5000人。 | 人社局 | 李华 | 新增就业2600人。 | 电话0531-1234569 |',
      '索引号: | 00123456789/2023-00321 | 成文日期: | 2023-07-10 |',
      '发布机构: | 某市人民政府办公室 |',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text }, { planYear: 2023 });
    expect(result.tasks.map((t) => [t.category.title, t.task, t.leadUnits])).toEqual([
      ['社会保障', '5.提升养老服务', ['民政局']],
      ['社会保障', '6.推进医保便民', ['医保局']],
      ['社会保障', '7.扩大就业', ['人社局']],
    ]);
  });
});
