import { importBreakdown } from '../../../src/core/import';
import type { Task } from '../../../src/core/ledger/task';

/**
 * Blind round 8 (test/fixtures/blind-8/SOURCES.md) missed classes of prose 分工方案; each is tested
 * here in wordings of its own, none taken from the round's documents.
 */
const view = (t: Task) => [t.task, t.leadUnits, t.coUnits, t.deadline.kind, t.deadline.due];
const read = (lines: string[]) => importBreakdown({ kind: 'text', text: lines.join('\n') });
const tasks = (lines: string[]) => read(lines).tasks.map(view);

describe('a closing bracket naming several units as 主办', () => {
  it('reads every 主办 unit as leading, as with 牵头', () => {
    expect(tasks([
      '某区2026年重点工作任务分解方案',
      '一、稳住经济基本盘',
      '1.全年新增市场主体3000户以上。（区市场监管局、区行政审批局主办）',
      '2.建成区级人才公寓一处。（区住建局、区人社局主办，区财政局协办）',
    ])).toEqual([
      ['全年新增市场主体3000户以上。', ['区市场监管局', '区行政审批局'], [], 'none', null],
      ['建成区级人才公寓一处。', ['区住建局', '区人社局'], ['区财政局'], 'none', null],
    ]);
  });
});
