import { importBreakdown } from '../../../src/core/import';
import { headerRole } from '../../../src/core/import/header';
import type { Task } from '../../../src/core/ledger/task';

/**
 * Blind round 6, class 2: header names with an explanation in brackets, a unit column whose
 * header says its lead is the unit marked `*`, a column of responsible towns. Wordings of its own.
 */
const view = (t: Task) => [t.task, t.leadUnits, t.coUnits, t.deadline.kind, t.deadline.due];
const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');

describe('header names with explanations in brackets', () => {
  it.each([
    ['责任单位（排名第一的为牵头单位）', 'co'],
    ['完成时限（以文件为准）', 'deadline'],
    ['配合部门(按职责分工)', 'co'],
    ['责任部门（★为牵头部门）', 'lead'],
    ['责任单位(带*号的为牵头单位,其余为配合单位)', 'lead'],
    ['责任镇街', 'co'],
    ['责任乡镇', 'co'],
  ])('%s → %s', (cell, role) => {
    expect(headerRole(cell)).toBe(role);
  });

  it('reads a table whose unit column marks its lead with * or ★, beside a column of responsible towns', () => {
    const text = tsv([
      ['2023年某区城市更新重点任务'],
      ['序号', '任务名称', '工作要求', '责任部门（加★为牵头部门，其余为配合部门）', '责任镇街', '完成时间（截止）'],
      ['1', '完成旧住房改造10万平方米', '按计划推进', '区建管委★、区房管局', '各镇街', '11月底'],
      ['2', '新建口袋公园5个', '结合城市更新', '区绿化市容局、区规划资源局*', '莘庄镇、七宝镇', '12月底'],
    ]);
    expect(importBreakdown({ kind: 'text', text }).tasks.map(view)).toEqual([
      ['完成旧住房改造10万平方米', ['区建管委'], ['区房管局', '各镇街'], 'date', '2023-11-30'],
      ['新建口袋公园5个', ['区规划资源局'], ['区绿化市容局', '莘庄镇', '七宝镇'], 'date', '2023-12-31'],
    ]);
  });
});

describe('copied tab text with header cells of two paragraphs (class 5)', () => {
  it('puts the paragraphs back into the header’s cells and reads the table', () => {
    const text = [
      '某街道2024年重点工作推进表',
      '',
      '序号\t工作任务\t',
      '分管',
      '',
      '领导',
      '',
      '牵头',
      '',
      '科室',
      '',
      '完成',
      '',
      '时限',
      '',
      '进展情况',
      '1\t完成老旧小区加装电梯20台\t王某\t城建科\t10月底前\t已完成12台',
      '2\t新增就业岗位300个\t李某\t社会事务科\t12月底前\t已新增180个',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map(view)).toEqual([
      ['完成老旧小区加装电梯20台', ['城建科'], [], 'date', '2024-10-31'],
      ['新增就业岗位300个', ['社会事务科'], [], 'date', '2024-12-31'],
    ]);
    expect(result.tasks.map((t) => t.note)).toEqual(['分管领导：王某\n进展情况：已完成12台', '分管领导：李某\n进展情况：已新增180个']);
  });
});
