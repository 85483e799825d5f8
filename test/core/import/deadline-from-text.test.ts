import { importBreakdown } from '../../../src/core/import';
import type { Task } from '../../../src/core/ledger/task';

/** Blind round 6, class 6: a table with no 完成时限 column takes the date a row's text sets, as prose does. */
const view = (t: Task) => [t.task, t.leadUnits, t.deadline.text, t.deadline.kind, t.deadline.due];
const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');

describe('a date in a row’s text, in a table without a deadline column', () => {
  it('is the deadline: in the task, else in its requirement; a row setting none has none', () => {
    const text = tsv([
      ['2021年某县生态保护重点任务分解表'],
      ['序号', '工作任务', '工作措施', '牵头单位', '配合单位'],
      ['1', '到2025年，森林覆盖率达到35%', '实施国土绿化行动', '县林业局', '各乡镇'],
      ['2', '推进污水管网建设', '2021年底前完成城区雨污分流改造', '县住建局', '县水利局'],
      ['3', '加强大气污染防治', '开展秸秆禁烧巡查', '县生态环境局', '各乡镇'],
    ]);
    expect(importBreakdown({ kind: 'text', text }).tasks.map(view)).toEqual([
      ['到2025年，森林覆盖率达到35%', ['县林业局'], '到2025年', 'date', '2025-12-31'],
      ['推进污水管网建设', ['县住建局'], '2021年底前', 'date', '2021-12-31'],
      ['加强大气污染防治', ['县生态环境局'], '', 'none', null],
    ]);
  });

  it('is not taken when the table has a deadline column, even a blank one', () => {
    const text = tsv([
      ['2021年某县生态保护重点任务分解表'],
      ['序号', '工作任务', '牵头单位', '完成时限'],
      ['1', '到2025年，森林覆盖率达到35%', '县林业局', '持续推进'],
      ['2', '2021年底前完成城区雨污分流改造', '县住建局', ''],
    ]);
    expect(importBreakdown({ kind: 'text', text }).tasks.map((t) => [t.deadline.text, t.deadline.kind])).toEqual([
      ['持续推进', 'ongoing'],
      ['', 'none'],
    ]);
  });
});
