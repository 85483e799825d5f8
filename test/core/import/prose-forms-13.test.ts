import { importBreakdown } from '../../../src/core/import';
import type { Task } from '../../../src/core/ledger/task';

/**
 * Blind round 13 (test/fixtures/blind-13/SOURCES.md) found classes of prose 分工方案 and progress
 * notices the importer refused or misread; each is tested here in wordings of its own, none taken
 * from the round's documents.
 */
const view = (t: Task) => [t.task, t.leadUnits, t.coUnits, t.deadline.kind, t.deadline.due];
const read = (lines: string[]) => importBreakdown({ kind: 'text', text: lines.join('\n') });
const tasks = (lines: string[]) => read(lines).tasks.map(view);

describe('an item naming its lead after a comma on its own line (`1、X工程，牵头部门：Y。…`)', () => {
  it('reads the title before the comma as the task and the label as its lead, the remark after it read into no task', () => {
    const result = read([
      '为抓好全县2021年为民办实事，现将1至6月实施情况通报如下：',
      '一、各乡镇实施进度排名',
      '第一名东河镇；第二名西岭乡；第三名南山镇。',
      '二、重点项目推进情况',
      '1、乡村公路提档升级工程，牵头部门：县交通运输局。进度偏慢的乡镇为西岭乡。',
      '2、城乡供水一体化工程，责任单位：县水务局、县财政局。尚未开工的乡镇为南山镇。',
      '3、困难老人居家养老服务，牵头部门：县民政局。完成进度偏慢。 某县实事办',
    ]);
    expect(result.tasks.map(view)).toEqual([
      ['乡村公路提档升级工程', ['县交通运输局'], [], 'none', null],
      ['城乡供水一体化工程', ['县水务局'], ['县财政局'], 'none', null],
      ['困难老人居家养老服务', ['县民政局'], [], 'none', null],
    ]);
    expect(result.findings.filter((f) => f.code === 'import.text-unread')).toHaveLength(3);
  });

  it('keeps a line of labels one after another (`牵头单位：X，配合单位：Y`) as that line\'s labels', () => {
    expect(tasks([
      '某区2022年重点任务分工',
      '1.建成社区食堂5个。',
      '牵头单位：区民政局，配合单位：区财政局，完成时限：2022年10月底前',
    ])).toEqual([['建成社区食堂5个。', ['区民政局'], ['区财政局'], 'date', '2022-10-31']]);
  });
});
