import { importBreakdown } from '../../../src/core/import';

const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');
const TITLE = ['2025年某区重点任务分解表'];
const kept = (result: ReturnType<typeof importBreakdown>) => result.findings.filter((f) => f.code.startsWith('import.column')).map((f) => f.message);

/** Issue 13: three text columns — no text column is ever dropped silently. */
describe('工作任务, 工作要求 and 具体要求', () => {
  it.each([
    [['工作任务', '工作要求', '具体要求']],
    [['工作任务', '具体要求', '工作要求']],
    [['具体要求', '工作要求', '工作任务']],
  ])('keeps the task, 具体要求 as the requirement and 工作要求 beside it, saying so (%j)', (names) => {
    const value: Record<string, string> = { 工作任务: '推进预算公开。', 工作要求: '公开到项目。', 具体要求: '9月底前公开部门预算。' };
    const rows = [TITLE, [...names, '牵头单位', '完成时限'], [...names.map((n) => value[n]), '区财政局', '6月底前']];
    for (const result of [importBreakdown({ kind: 'text', text: tsv(rows) }), importBreakdown({ kind: 'grid', rows })]) {
      expect(result.tasks.map((t) => [t.task, t.requirement, t.leadUnits])).toEqual([['推进预算公开。', '9月底前公开部门预算。\n工作要求：公开到项目。', ['区财政局']]]);
      expect(kept(result)).toEqual(['“工作要求”列与“具体要求”列是同一类内容，其内容已写入“具体要求”，写作“工作要求：……”']);
    }
  });

  it('keeps a fourth text column too, and 工作要求 as the task when there is no 工作任务', () => {
    const rows = [TITLE, ['工作要求', '具体要求', '工作措施', '牵头单位', '完成时限'], ['推进预算公开。', '公开部门预算。', '建立台账。', '区财政局', '6月底前']];
    const result = importBreakdown({ kind: 'text', text: tsv(rows) });
    expect(result.tasks.map((t) => [t.task, t.requirement])).toEqual([['推进预算公开。', '公开部门预算。\n工作措施：建立台账。']]);
    expect(kept(result)).toEqual(['“工作措施”列与“具体要求”列是同一类内容，其内容已写入“具体要求”，写作“工作措施：……”']);
  });

  it('keeps a second task column in 具体要求 when the table has none', () => {
    const rows = [TITLE, ['工作任务', '重点任务', '牵头单位', '完成时限'], ['推进预算公开。', '部门预算全公开。', '区财政局', '6月底前']];
    const result = importBreakdown({ kind: 'text', text: tsv(rows) });
    expect(result.tasks.map((t) => [t.task, t.requirement])).toEqual([['推进预算公开。', '重点任务：部门预算全公开。']]);
    expect(kept(result)).toEqual(['“重点任务”列与“工作任务”列是同一类内容，其内容已写入“具体要求”，写作“重点任务：……”']);
  });

  it('says nothing of a second column left blank', () => {
    const rows = [TITLE, ['工作任务', '具体要求', '工作要求', '牵头单位', '完成时限'], ['推进预算公开。', '公开部门预算。', '', '区财政局', '6月底前']];
    const result = importBreakdown({ kind: 'text', text: tsv(rows) });
    expect(result.tasks.map((t) => [t.task, t.requirement])).toEqual([['推进预算公开。', '公开部门预算。']]);
    expect(kept(result)).toEqual([]);
  });
});
