import { importBreakdown } from '../../../src/core/import';
import { headerRole } from '../../../src/core/import/header';

/**
 * A quarterly report's table as page text, one row a line with single spaces between cells: the
 * header's two-line names run together with a wider gap (`牵头    责任单位`), a year before a
 * period's names (`2024年4-6月份进展情况`, `2024年7-9月份进度安排`), persons padded to one width
 * (`李  明   周晓雯`), and the progress cells side by side after the units.
 */
const page = [
  '某区2024年重点工作责任清单进展情况汇总表(4-6月)',
  '序号 2024年重点工作任务 分管  领导 牵头        责任单位 协同       责任单位 完成评价 2024年4-6月份进展情况 2024年7-9月份进度安排 备注',
  '12 推进城区停车设施建设,新增公共停车泊位500个以上。 李  明   周晓雯 区住建局 区城管局 达到序时进度 完成两处停车场选址,启动前期设计 开展停车场主体施工,同步推进智慧停车平台建设',
  '15 完成老旧燃气管道更新改造30公里。 周晓雯 区城管局 各街道 已完成 完成改造32公里,通气验收工作,全部结束 做好运行维护和安全巡查',
  '19 建成区级应急物资储备库1个。 王  刚 区应急局 区发改委 滞后 储备库主体封顶,内部装修招标已挂网 完成装修和物资入库',
].join('\n');

describe('a report table one row a line, names and persons padded with wider gaps', () => {
  it('reads a year before a period’s progress or the next period’s plan as a report column', () => {
    expect(headerRole('2024年4-6月份进展情况')).toBe('other');
    expect(headerRole('2024年7-9月份进度安排')).toBe('other');
    expect(headerRole('下季度工作计划')).toBe('other');
    expect(headerRole('进度安排')).toBe('deadline');
  });

  it('takes each row’s task and lead, persons and progress kept apart, no deadline from the plan', () => {
    const result = importBreakdown({ kind: 'text', text: page });
    expect(result.findings.filter((f) => f.level === 'error')).toEqual([]);
    expect(result.tasks.map((t) => [t.task, t.leadUnits, t.deadline.kind])).toEqual([
      ['推进城区停车设施建设,新增公共停车泊位500个以上。', ['区住建局'], 'none'],
      ['完成老旧燃气管道更新改造30公里。', ['区城管局'], 'none'],
      ['建成区级应急物资储备库1个。', ['区应急局'], 'none'],
    ]);
  });
});
