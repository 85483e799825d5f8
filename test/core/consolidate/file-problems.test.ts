import { consolidate } from '../../../src/core/consolidate/consolidate';
import type { ParsedReturn, ReadableReturn } from '../../../src/core/consolidate/types';
import { planReturns } from '../../../src/core/distribute';
import { parsedFromPlan } from '../../support/returns-core';
import { sampleLedger } from '../../support/returns-ledger';

const OPTS = { batchId: 'b1', time: '2024-09-26T10:00:00+08:00' };
const ledger = sampleLedger();
const p = Object.fromEntries(planReturns(ledger, { round: '2024-09' }).returns.map((x) => [x.unit, x]));

function messagesOf(ret: ParsedReturn | ParsedReturn[], options: { round?: string } = {}) {
  const { report } = consolidate(ledger, Array.isArray(ret) ? ret : [ret], { ...OPTS, ...options });
  return report.files.map((f) => [f.file, f.status, f.findings.map((x) => x.message)]);
}

describe('consolidate: files that cannot be merged', () => {
  it('passes the reader’s error through and merges the others', () => {
    const broken: ParsedReturn = { kind: 'error', file: '坏文件.xlsx', findings: [{ level: 'error', code: 'file.truncated', message: 'X', file: '坏文件.xlsx' }] };
    const good = parsedFromPlan(p['区财政局'], { '2-05': { status: '推进中' } });
    const { ledger: next, report } = consolidate(ledger, [broken, good], OPTS);
    expect(report.files.map((f) => [f.file, f.unit, f.status])).toEqual([
      ['区财政局-报送表-2024-09.xlsx', '区财政局', 'merged'],
      ['坏文件.xlsx', '', 'rejected'],
    ]);
    expect(next.tasks[3].status).toBe('推进中');
  });

  it('rejects a return of another ledger', () => {
    const ret = parsedFromPlan(p['区财政局']) as ReadableReturn;
    ret.meta = { ...ret.meta!, ledgerId: 'tl-2023-other' };
    expect(messagesOf(ret, { round: '2024-09' })).toEqual([
      ['区财政局-报送表-2024-09.xlsx', 'rejected', ['「区财政局-报送表-2024-09.xlsx」来自另一本台账，不是本台账分发的报送表，未合并。']],
    ]);
  });

  it('rejects a return of another round', () => {
    const old = planReturns(ledger, { round: '2024-08' }).returns.find((r) => r.unit === '区财政局')!;
    expect(messagesOf([parsedFromPlan(old), parsedFromPlan(p['区发改委'])])[1]).toEqual([
      '区财政局-报送表-2024-08.xlsx', 'rejected', ['「区财政局-报送表-2024-08.xlsx」是 2024-08 轮次的报送表，本次合并的是 2024-09 轮次，未合并。'],
    ]);
  });

  it('takes the later of two returns of one unit, whatever their order, and says so', () => {
    const early = parsedFromPlan(p['区财政局'], { '2-05': { status: '未开始' } }, { file: '财政局.xlsx', modifiedAt: '2024-09-20T08:00:00Z' });
    const late = parsedFromPlan(p['区财政局'], { '2-05': { status: '推进中' } }, { file: '财政局（修改）.xlsx', modifiedAt: '2024-09-21T08:00:00Z' });
    for (const order of [[early, late], [late, early]]) {
      const { ledger: next, report } = consolidate(ledger, order, OPTS);
      expect(next.tasks[3].status).toBe('推进中');
      expect(report.files.map((f) => [f.file, f.status, f.supersededBy, f.findings.map((x) => x.message)])).toEqual([
        ['财政局.xlsx', 'rejected', '财政局（修改）.xlsx', ['「财政局.xlsx」与「财政局（修改）.xlsx」都是「区财政局」的报送表，以较新的「财政局（修改）.xlsx」为准，本文件未合并。']],
        ['财政局（修改）.xlsx', 'merged', undefined, ['「区财政局」报送了多个文件，以本文件「财政局（修改）.xlsx」为准（较新），「财政局.xlsx」未合并。']],
      ]);
    }
  });

  it('orders two returns without modification times by file name', () => {
    const a = parsedFromPlan(p['区财政局'], { '2-05': { status: '未开始' } }, { file: '财政局-1.xlsx' });
    const b = parsedFromPlan(p['区财政局'], { '2-05': { status: '暂缓' } }, { file: '财政局-2.xlsx' });
    expect(consolidate(ledger, [b, a], OPTS).ledger.tasks[3].status).toBe('暂缓');
  });

  it('rejects a return naming no unit or a unit the ledger does not know, and resolves aliases', () => {
    const none = parsedFromPlan(p['区财政局']) as ReadableReturn;
    none.meta = null;
    const stranger = parsedFromPlan(p['区财政局'], {}, { file: '外单位.xlsx' }) as ReadableReturn;
    stranger.meta = { ...stranger.meta!, unit: '区气象局' };
    expect(messagesOf([none, stranger])).toEqual([
      ['区财政局-报送表-2024-09.xlsx', 'rejected', ['「区财政局-报送表-2024-09.xlsx」无法确定是哪个单位报送的（报送表信息和表头上方都没有写单位），未合并。']],
      ['外单位.xlsx', 'rejected', ['「外单位.xlsx」的报送单位「区气象局」不在单位名录中，未合并。']],
    ]);
    const alias = parsedFromPlan(p['区发改委'], { '1-03': { status: '推进中' } }) as ReadableReturn;
    alias.meta = { ...alias.meta!, unit: '发改委' };
    const { report } = consolidate(ledger, [alias], OPTS);
    expect([report.files[0].unit, report.files[0].status]).toEqual(['区发改委', 'merged']);
  });

  it('merges a rebuilt return without metadata by the unit written above the table, with a warning', () => {
    const ret = parsedFromPlan(p['区自然资源局'], { '2-03': { status: '推进中' } }) as ReadableReturn;
    ret.meta = null;
    ret.sheetUnit = '区自然资源局';
    const { ledger: next, report } = consolidate(ledger, [ret], OPTS);
    expect(next.tasks[2].status).toBe('推进中');
    expect(report.files[0].findings.map((f) => f.message)).toEqual([
      '「区自然资源局-报送表-2024-09.xlsx」缺少隐藏的“报送表信息”工作表（可能是另建的工作簿），按表头上方写的单位「区自然资源局」合并，无法核对是否来自本台账。',
    ]);
  });

  it('rejects a return of a newer format', () => {
    const ret = parsedFromPlan(p['区财政局']) as ReadableReturn;
    ret.meta = { ...ret.meta!, schemaVersion: 2 };
    expect(messagesOf(ret)[0][2]).toEqual(['「区财政局-报送表-2024-09.xlsx」的报送表格式版本为 2，比本程序支持的新，请升级任务台账助手后再合并。']);
  });
});

describe('consolidate: rows', () => {
  it('reports unknown IDs, tasks the unit does not lead, deleted rows, bad statuses and duplicates', () => {
    const ret = parsedFromPlan(p['区市场监管局'], { '1-04': { status: '完成了', progress: '公示1200条' } }) as ReadableReturn;
    ret.rows = [
      { row: 6, fields: { id: { text: '1-04', cell: 'A6' }, progress: { text: '公示1000条', cell: 'H6' } } },
      ret.rows[1],
      { row: 8, fields: { id: { text: '9-99', cell: 'A8' }, status: { text: '已完成', cell: 'G8' } } },
      { row: 9, fields: { id: { text: '2-05', cell: 'A9' }, status: { text: '已完成', cell: 'G9' } } },
      { row: 10, fields: { id: { text: '', cell: 'A10' }, task: { text: '', cell: 'C10' } } },
    ];
    const { ledger: next, report } = consolidate(ledger, [ret], OPTS);
    const file = report.files[0];
    expect(file.status).toBe('partial');
    expect(file.deleted).toEqual(['1-03']);
    expect(file.findings.map((f) => [f.level, f.code, f.message])).toEqual([
      ['error', 'row.invalid-status', '「区市场监管局-报送表-2024-09.xlsx」工作表「报送表」第 7 行 G7 单元格：完成状态「完成了」不是可选值（未开始、推进中、已完成、暂缓、已销号），本任务的完成状态未合并，其他内容已合并。'],
      ['warning', 'row.duplicate', '「区市场监管局-报送表-2024-09.xlsx」工作表「报送表」第 7 行：任务 1-04 在第 6 行已出现过，以本行（靠后的一行）为准。'],
      ['warning', 'row.unknown-id', '「区市场监管局-报送表-2024-09.xlsx」工作表「报送表」第 8 行 A8 单元格：任务编号「9-99」在台账中不存在，本行未合并。'],
      ['warning', 'row.not-lead', '「区市场监管局-报送表-2024-09.xlsx」工作表「报送表」第 9 行：任务 2-05 的牵头单位不含「区市场监管局」，本行未合并。'],
      ['warning', 'row.deleted', '「区市场监管局-报送表-2024-09.xlsx」中缺少本单位牵头的任务 1-03（行被删除），这些任务保持原有报送内容。'],
    ]);
    expect([next.tasks[1].status, next.tasks[1].progress]).toEqual(['', '公示1200条']);
    expect(next.tasks[3].status).toBe('');
  });

  it('accepts common spellings of a status', () => {
    const ret = parsedFromPlan(p['区财政局'], { '2-05': { status: ' 进行中 ' } });
    expect(consolidate(ledger, [ret], OPTS).ledger.tasks[3].status).toBe('推进中');
  });

  it('matches rows whose ID column was deleted by their task text, and says which', () => {
    const ret = parsedFromPlan(p['区委组织部'], {
      '10-01': { status: '已完成', progress: '已纳入综合考核' },
      '10-03': { status: '推进中', task: ' 将政务公开纳入领导干部培训和初任公务员培训内容，\n持续提升全区各级行政机关工作人员的政务公开工作素养。' },
    }, { columns: ['progress', 'task', 'status', 'contact', 'phone'] });
    const { ledger: next, report } = consolidate(ledger, [ret], OPTS);
    expect(next.tasks.slice(5).map((t) => [t.id, t.status, t.progress])).toEqual([['10-01', '已完成', '已纳入综合考核'], ['10-03', '推进中', '']]);
    expect(report.files[0].status).toBe('merged');
    expect(report.files[0].matchedByText).toEqual([{ taskId: '10-01', row: 6 }, { taskId: '10-03', row: 7 }]);
    expect(report.files[0].findings.map((f) => f.message)).toEqual([
      '「区委组织部-报送表-2024-09.xlsx」工作表「报送表」第 6 行 B6 单元格：没有任务编号，按工作任务内容对应到任务 10-01。',
      '「区委组织部-报送表-2024-09.xlsx」工作表「报送表」第 7 行 B7 单元格：没有任务编号，按工作任务内容对应到任务 10-03。',
    ]);
  });

  it('reports a row whose text matches no task', () => {
    const ret = parsedFromPlan(p['区自然资源局'], { '2-03': { task: '别的任务' } }, { columns: ['task', 'status'] });
    expect(messagesOf(ret)[0][2]).toEqual([
      '「区自然资源局-报送表-2024-09.xlsx」工作表「报送表」第 6 行：没有任务编号，工作任务内容也与台账中的任务对不上，本行未合并。',
      '「区自然资源局-报送表-2024-09.xlsx」中缺少本单位牵头的任务 2-03（行被删除），这些任务保持原有报送内容。',
    ]);
  });
});
