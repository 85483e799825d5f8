import { importBreakdown } from '../../../src/core/import';
import { subRowTaskColumn } from '../../../src/core/import/sub-row-tasks';
import { isDateSchedule } from '../../../src/core/import/column-content';

/**
 * Blind round 11 (新昌, 广东卫健, and 岳阳楼 2017's .xlsx of round 10), in wordings of our own: a task
 * cell merged down over several rows, each with its own text, unit and deadline. Each row is a task
 * (its own text), the merged cell its group: a section, or a subsection under the table's own.
 */
const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');
const view = (text: string | string[][], kind: 'text' | 'grid' = 'grid') => {
  const result = importBreakdown(kind === 'grid' ? { kind, rows: text as string[][] } : { kind, text: text as string });
  return result.tasks.map((t) => [t.category.title, t.subcategory?.title ?? '', t.task, t.requirement ?? '', t.leadUnits, t.deadline.due]);
};

describe('a task cell merged over rows of their own', () => {
  it('makes each row a task, the merged cell its section, a row with no text of its own a group of one', () => {
    const rows = [
      ['2023年某局重点工作任务台账'],
      ['序号', '重点任务', '任务分解', '责任科室', '完成时间'],
      ['1', '推进数字政府建设', '上线一网通办平台', '信息科', '2023年6月底'],
      ['2', '', '整合部门业务系统', '信息科', '2023年9月底'],
      ['3', '', '开展数据共享试点', '数据科', '2023年11月底'],
      ['4', '优化法治环境', '', '法规科', '2023年12月底'],
      ['5', '加强队伍建设', '组织全员业务培训', '人事科', '2023年10月底'],
    ];
    expect(view(rows)).toEqual([
      ['推进数字政府建设', '', '上线一网通办平台', '', ['信息科'], '2023-06-30'],
      ['推进数字政府建设', '', '整合部门业务系统', '', ['信息科'], '2023-09-30'],
      ['推进数字政府建设', '', '开展数据共享试点', '', ['数据科'], '2023-11-30'],
      ['优化法治环境', '', '优化法治环境', '', ['法规科'], '2023-12-31'],
      ['加强队伍建设', '', '组织全员业务培训', '', ['人事科'], '2023-10-31'],
    ]);
  });

  it('reads the same from a browser’s copy, whose rows under the merged cell lack it', () => {
    const text = tsv([
      ['2023年某局重点工作任务台账'],
      ['序号', '重点任务', '任务分解', '责任科室', '完成时间'],
      ['1', '推进数字政府建设', '上线一网通办平台', '信息科', '2023年6月底'],
      ['2', '整合部门业务系统', '信息科', '2023年9月底'],
      ['3', '开展数据共享试点', '数据科', '2023年11月底'],
      ['4', '加强队伍建设', '组织全员业务培训', '人事科', '2023年10月底'],
    ]);
    expect(view(text, 'text')).toEqual([
      ['推进数字政府建设', '', '上线一网通办平台', '', ['信息科'], '2023-06-30'],
      ['推进数字政府建设', '', '整合部门业务系统', '', ['信息科'], '2023-09-30'],
      ['推进数字政府建设', '', '开展数据共享试点', '', ['数据科'], '2023-11-30'],
      ['加强队伍建设', '', '组织全员业务培训', '', ['人事科'], '2023-10-31'],
    ]);
  });

  it('reads a page store’s `|` rows, none full, a schedule of dates in the 完成时限 column', () => {
    const text = [
      '2022年某厅重点工作任务台账 |',
      '序号 | 重点任务 | 具体分工 | 承办处室 | 完成时限 | 备注 |',
      '1 | 推进依法行政 | 修订行政执法公示办法 | 法规处 | 2022年6月底 |',
      '2 | 开展执法案卷评查 | 法规处、监督处 | 长期坚持 |',
      '3 | 推进财务公开 | 公开部门预算 | 财务处 | 长期坚持 |',
      '4 | 公开部门决算 | 财务处 | 2022年3月公开预算,2022年9月公开决算 |',
    ].join('\n');
    expect(view(text, 'text')).toEqual([
      ['推进依法行政', '', '修订行政执法公示办法', '', ['法规处'], '2022-06-30'],
      ['推进依法行政', '', '开展执法案卷评查', '', ['法规处'], null],
      ['推进财务公开', '', '公开部门预算', '', ['财务处'], null],
      ['推进财务公开', '', '公开部门决算', '', ['财务处'], '2022-09-30'],
    ]);
  });

  it('under the table’s own numbered sections, opens a subsection per merged cell', () => {
    const rows = [
      ['2023年某区重点工作任务分解表'],
      ['序号', '工作任务', '具体举措', '牵头单位', '完成时限'],
      ['一', '改善民生', '', '', ''],
      ['1', '办好老年食堂', '新建老年食堂8个', '区民政局', '9月底前'],
      ['', '', '改造老年食堂4个', '区民政局', '11月底前'],
      ['二', '城市更新', '', '', ''],
      ['2', '改造老旧小区', '完成改造12个', '区住建局', '年底前'],
    ];
    expect(view(rows)).toEqual([
      ['改善民生', '办好老年食堂', '新建老年食堂8个', '', ['区民政局'], '2023-09-30'],
      ['改善民生', '办好老年食堂', '改造老年食堂4个', '', ['区民政局'], '2023-11-30'],
      ['城市更新', '改造老旧小区', '完成改造12个', '', ['区住建局'], '2023-12-31'],
    ]);
  });

  it('reads a copied `|` table whose merged cells the rows lack, a row of only a date and unit adding to the task above', () => {
    const text = [
      '2022年某县民生实事项目进度表',
      '项目名称 | 建设内容 | 计划完成时间 | 牵头单位 |',
      '1.城乡供水提升工程 | 新建水厂1座; | 10月 | 水利局 |',
      '2022.12 | 水务集团 | ||',
      '改造供水管网30公里; | 2022.11 | 水务集团 | |',
      '2.养老服务提升工程 | 新建居家养老服务中心5个。 | 9月底 | 民政局 |',
    ].join('\n');
    expect(view(text, 'text')).toEqual([
      ['1.城乡供水提升工程', '', '新建水厂1座;', '', ['水利局', '水务集团'], '2022-12-31'],
      ['1.城乡供水提升工程', '', '改造供水管网30公里;', '', ['水务集团'], '2022-11-30'],
      ['2.养老服务提升工程', '', '新建居家养老服务中心5个。', '', ['民政局'], '2022-09-30'],
    ]);
  });
});

describe('a table without a task cell merged over rows', () => {
  it('keeps its task and requirement columns as they are', () => {
    const rows = [
      ['2023年某区重点工作任务分解表'],
      ['序号', '工作任务', '具体要求', '牵头单位', '完成时限'],
      ['1', '办好老年食堂', '新建老年食堂8个', '区民政局', '9月底前'],
      ['2', '改造老旧小区', '完成改造12个', '区住建局', '年底前'],
    ];
    expect(view(rows)).toEqual([
      ['', '', '办好老年食堂', '新建老年食堂8个', ['区民政局'], '2023-09-30'],
      ['', '', '改造老旧小区', '完成改造12个', ['区住建局'], '2023-12-31'],
    ]);
  });

  it('is not taken for one when the row without a task cell comes after a page break (a cell cut there)', () => {
    const dataRows = [
      { row: 3, cells: ['1', '办好老年食堂', '新建老年食堂8个，', '区民政局', '9月底前'], breakBefore: false },
      { row: 5, cells: ['', '', '改造老年食堂4个', '区民政局', '9月底前'], breakBefore: true },
    ];
    expect(subRowTaskColumn({ seq: 0, task: 1, requirement: 2, lead: 3, deadline: 4 }, [], dataRows)).toBeNull();
  });

  it('is not taken for one when the other column holds units or dates (a row lined up wrong)', () => {
    const dataRows = [
      { row: 3, cells: ['1', '办好老年食堂', '新建老年食堂8个', '区民政局', '9月底前'], breakBefore: false },
      { row: 4, cells: ['', '', '区财政局', '区民政局', '9月底前'], breakBefore: false },
    ];
    expect(subRowTaskColumn({ seq: 0, task: 1, requirement: 2, lead: 3, deadline: 4 }, [], dataRows)).toBeNull();
  });
});

describe('isDateSchedule', () => {
  it('is a cell whose every short clause opens with a date (a 完成时限 setting dates for stages)', () => {
    expect(['2022年3月公开预算,2022年9月公开决算', '6月底完成招标；10月底竣工', '2022.6 开工，2022.12 完工', '年底前完成'].map(isDateSchedule)).toEqual([true, true, true, true]);
    expect(['公开部门预算，2022年9月公开决算', '推进依法行政', '2022年3月起全面推行行政执法公示制度并建立健全考核评价机制', ''].map(isDateSchedule)).toEqual([false, false, false, false]);
  });
});
