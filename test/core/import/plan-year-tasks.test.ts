import { importBreakdown } from '../../../src/core/import';
import type { Task } from '../../../src/core/ledger/task';

/**
 * Development round 9p (test/fixtures/dev-9p/SOURCES.md): a list cut from its notice names its year
 * only in its items' text. Tested in wordings of its own.
 */
const view = (t: Task) => [t.task, t.leadUnits, t.coUnits, t.deadline.kind, t.deadline.due];
const read = (lines: string[]) => importBreakdown({ kind: 'text', text: lines.join('\n') });

describe('a plan year named only in the items’ own text', () => {
  it('takes the year the items name when no line above them names one', () => {
    const result = read([
      '一、教育项目',
      '(一)新建公办幼儿园',
      '项目内容:新建公办幼儿园3所,2025年启动建设。',
      '责任单位:市教育局、市财政局。',
      '(二)改造薄弱学校',
      '项目内容:改造农村薄弱学校10所,2025年底前完工。',
      '责任单位:市教育局。',
    ]);
    expect(result.planYear).toBe(2025);
    expect(result.findings.some((f) => f.code === 'import.no-plan-year')).toBe(false);
    expect(result.findings.some((f) => f.code === 'import.plan-year-from-tasks')).toBe(true);
    expect(result.tasks.map(view)).toEqual([
      ['新建公办幼儿园', ['市教育局'], ['市财政局'], 'date', '2025-12-31'],
      ['改造薄弱学校', ['市教育局'], [], 'date', '2025-12-31'],
    ]);
  });

  it('takes the year most items name, not a past year one of them looks back to', () => {
    const result = read([
      '1.巩固2021年以来改革成果,2023年完成集体产权制度改革。',
      '责任单位:县农业农村局',
      '2.2023年建成高标准农田5万亩。',
      '责任单位:县农业农村局',
    ]);
    expect(result.planYear).toBe(2023);
  });

  it('still asks for the year when neither the lines above nor the items name one', () => {
    const result = read([
      '1.新建公园2个。',
      '责任单位:县城管局',
    ]);
    expect(result.planYear).toBeNull();
    expect(result.findings.some((f) => f.code === 'import.no-plan-year')).toBe(true);
  });
});
