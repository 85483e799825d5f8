import { importJson } from '../../../src/cli/import-output';
import { IMPORT_FIELDS, TASK_FIELDS } from '../../../src/core/fields';
import { importBreakdown } from '../../../src/core/import';
import { headerRole } from '../../../src/core/import/header';
import { buildLedger } from '../../../src/core/ledger';

const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');

/** Issue 11: the importer's header words come from the field registry, declared once per field. */
describe('header words from the field registry', () => {
  it('recognises every word the registry gives a field, as that field’s role', () => {
    const pairs = IMPORT_FIELDS.flatMap((f) => f.words.map((w) => [w, f.role]));
    expect(pairs.length).toBeGreaterThan(40);
    expect(pairs.map(([word]) => [word, headerRole(word)])).toEqual(pairs);
  });

  it('takes the role of a text field from its key (备注 → note)', () => {
    expect(IMPORT_FIELDS.filter((f) => f.text).map((f) => [f.key, f.role])).toEqual([['note', 'note']]);
    expect(TASK_FIELDS.note.import.words).toContain('备注');
  });

  it('reads a longer name by the registry’s wide pattern, names of units and times first', () => {
    expect([headerRole('重点工作任务'), headerRole('牵头责任单位'), headerRole('任务完成时限'), headerRole('问题整改时限'), headerRole('其他备注')])
      .toEqual(['task', 'lead', 'deadline', 'deadline', 'note']);
  });

  it('reads the names of 实事 lists, work points and schedules', () => {
    expect(['实事名称', '民生实事项目', '年度工作要点', '推进时序', '工作推进时序'].map(headerRole)).toEqual(['task', 'task', 'task', 'deadline', 'deadline']);
  });
});

describe('a breakdown with a 备注 column', () => {
  const text = tsv([
    ['2025年某区重点任务分解表'],
    ['序号', '工作任务', '牵头单位', '完成时限', '备注'],
    ['1', '推进预算公开。', '区财政局', '6月底前', '纳入年度考核'],
    ['2', '推进决算公开。', '区财政局', '9月底前', ''],
  ]);

  it('imports it into the task’s 备注 and the ledger’s, no finding', () => {
    const result = importBreakdown({ kind: 'text', text }, { file: 'a.txt' });
    expect(result.tasks.map((t) => [t.task, t.note])).toEqual([['推进预算公开。', '纳入年度考核'], ['推进决算公开。', undefined]]);
    expect(result.findings.filter((f) => f.code.startsWith('import.column'))).toEqual([]);
    const ledger = buildLedger(result, { ledgerId: 'x', createdAt: '2025-01-02T00:00:00' });
    expect(ledger.tasks.map((t) => t.note)).toEqual(['纳入年度考核', '']);
    expect((importJson(result) as { tasks: Array<{ note?: string }> }).tasks.map((t) => t.note)).toEqual(['纳入年度考核', undefined]);
  });

  it('joins a 备注 cut by a page break to its task', () => {
    const cut = tsv([
      ['2025年某区重点任务分解表'],
      ['序号', '工作任务', '牵头单位', '完成时限', '备注'],
      ['1', '推进预算公开，及时', '区财政局', '6月底前', '纳入年度'],
      [''],
      ['', '回应关切。', '', '', '考核'],
    ]);
    const result = importBreakdown({ kind: 'text', text: cut });
    expect(result.tasks.map((t) => [t.task, t.note])).toEqual([['推进预算公开，及时回应关切。', '纳入年度考核']]);
  });
});

describe('the labels of a 分工方案 in prose', () => {
  it('are the header words the registry gives the unit and deadline fields (`牵头：`, `协同单位：`, `时间节点：`)', () => {
    const text = [
      '某区2025年重点工作任务分工方案',
      '1.实施区级重点项目60个。',
      '牵头：区发改局',
      '协同单位：区财政局',
      '时间节点：2025年9月底前',
      '2.新开工城市更新项目8个。',
      '主责单位：区住建局',
      '完成期限：2025年6月底前',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.task, t.leadUnits, t.coUnits, t.deadline.due])).toEqual([
      ['实施区级重点项目60个。', ['区发改局'], ['区财政局'], '2025-09-30'],
      ['新开工城市更新项目8个。', ['区住建局'], [], '2025-06-30'],
    ]);
  });
});
