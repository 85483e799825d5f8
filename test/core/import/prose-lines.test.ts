import { importBreakdown } from '../../../src/core/import';
import { markedItemNumbers } from '../../../src/core/import/prose-lines';
import type { Task } from '../../../src/core/ledger/task';

const view = (t: Task) => [t.task, t.leadUnits, t.coUnits, t.deadline.kind, t.deadline.due];
const tasks = (lines: string[]) => importBreakdown({ kind: 'text', text: lines.join('\n') }).tasks.map(view);

describe('item numbers followed by a space only (`1 修缮…`)', () => {
  it('marks a number and spaces before text as `1.` when the lines go on 1, 2, 3 …', () => {
    expect(markedItemNumbers(['二、城乡建设', '1 修缮古桥两座。', '牵头单位：镇建管所', '2\u3000疏浚河道3公里。', '3\t新建公厕5座。']))
      .toEqual(['二、城乡建设', '1.修缮古桥两座。', '牵头单位：镇建管所', '2.疏浚河道3公里。', '3.新建公厕5座。']);
  });

  it('takes no amount opening a sentence for a number, a space before its counter word or not (`1 年内`, `2 个`)', () => {
    expect(markedItemNumbers(['1 年内完成验收。', '2 个片区同步推进。', '1 季度启动。'])).toEqual(['1 年内完成验收。', '2 个片区同步推进。', '1 季度启动。']);
  });

  it('reads items so numbered, each followed by its label lines, as tasks with their number left out', () => {
    expect(tasks([
      '某镇2025年民生实事分工安排',
      '一、城乡建设',
      '1 修缮古桥两座，恢复通行。',
      '牵头单位：镇建管所',
      '配合单位：镇财政所',
      '完成时限：2025年8月底前',
      '2 疏浚河道3公里。',
      '牵头单位：镇水利站',
      '完成时限：持续推进',
    ])).toEqual([
      ['修缮古桥两座，恢复通行。', ['镇建管所'], ['镇财政所'], 'date', '2025-08-31'],
      ['疏浚河道3公里。', ['镇水利站'], [], 'ongoing', null],
    ]);
  });

  it('keeps a sentence opening `1 年内…` in its item’s paragraph, not an item of its own', () => {
    expect(tasks([
      '某镇2025年民生实事分工安排',
      '一、城乡建设',
      '1 修缮古桥两座，恢复通行。',
      '1 年内完成全部验收。',
      '牵头单位：镇建管所',
      '2 疏浚河道3公里。',
      '牵头单位：镇水利站',
    ]).map((t) => t[0])).toEqual(['修缮古桥两座，恢复通行。1 年内完成全部验收。', '疏浚河道3公里。']);
  });
});
