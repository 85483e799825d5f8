import { consolidate } from '../../../src/core/consolidate/consolidate';
import { planReturns, type ReturnPlan } from '../../../src/core/distribute';
import type { Ledger } from '../../../src/core/ledger';
import { parsedFromPlan } from '../../support/returns-core';
import { sampleLedger } from '../../support/returns-ledger';

const TIME = '2024-09-26T10:00:00+08:00';
const OPTS = { batchId: 'b1', time: TIME };

function plans(ledger: Ledger): Record<string, ReturnPlan> {
  return Object.fromEntries(planReturns(ledger, { round: '2024-09' }).returns.map((p) => [p.unit, p]));
}

/** The returns the five units send back in the test scenario. */
function filledReturns(ledger: Ledger) {
  const p = plans(ledger);
  return [
    parsedFromPlan(p['区发改委'], { '1-03': { status: '已完成', progress: '已出台民营经济20条并公开', evidence: 'fgw-1.pdf', contact: '王敏', phone: '0793-2601001' } }),
    parsedFromPlan(p['区市场监管局'], {
      '1-03': { status: '推进中', progress: '正在整理政策清单\n月底公开', contact: '赵强', phone: '13800000001' },
      '1-04': { status: '已完成', progress: '已公示企业信用信息1200条', contact: '赵强', phone: '13800000001' },
    }),
    parsedFromPlan(p['区财政局'], {
      '1-03': { status: '已完成', progress: '=已公开采购支持政策', contact: '李娜', phone: '13900000000' },
      '2-05': { status: '推进中', progress: '按季度公开', contact: '李娜', phone: '13900000000' },
    }),
    parsedFromPlan(p['区自然资源局'], { '2-03': { status: '未开始', deadline: '明年6月底前', progress: '' } }),
  ];
}

describe('consolidate', () => {
  it('merges the units’ own fields and derives the ledger row', () => {
    const ledger = sampleLedger();
    const { ledger: next, report } = consolidate(ledger, filledReturns(ledger), OPTS);
    const t = Object.fromEntries(next.tasks.map((task) => [task.id, task]));
    expect(t['1-03'].status).toBe('推进中');
    expect(t['1-03'].progress).toBe('【区发改委】已出台民营经济20条并公开\n【区市场监管局】正在整理政策清单；月底公开\n【区财政局】=已公开采购支持政策');
    expect(t['1-03'].evidence).toBe('【区发改委】fgw-1.pdf');
    expect(t['1-03'].updatedAt).toBe(TIME);
    expect(t['1-03'].unitReports['区市场监管局']).toEqual({
      unit: '区市场监管局', status: '推进中', progress: '正在整理政策清单\n月底公开', evidence: '', contact: '赵强', phone: '13800000001', round: '2024-09', reportedAt: TIME,
    });
    expect(Object.keys(t['1-03'].unitReports)).toEqual(['区发改委', '区市场监管局', '区财政局']);
    expect([t['1-04'].status, t['1-04'].progress, t['1-04'].evidence]).toEqual(['已完成', '已公示企业信用信息1200条', '']);
    expect([t['2-05'].status, t['2-05'].progress]).toEqual(['推进中', '按季度公开']);
    // A unit's deadline edit is reported, not applied; its status still merges.
    expect(t['2-03'].deadline).toEqual({ kind: 'date', text: '年底前', due: '2024-12-31' });
    expect([t['2-03'].status, t['2-03'].progress, t['2-03'].updatedAt]).toEqual(['未开始', '', TIME]);
    expect(t['10-01']).toEqual(ledger.tasks[5]);
    expect(t['6-01']).toEqual(ledger.tasks[4]);
    expect(report.round).toBe('2024-09');
    expect(report.missingUnits).toEqual(['区委组织部']);
  });

  it('reports each file', () => {
    const ledger = sampleLedger();
    const { report } = consolidate(ledger, filledReturns(ledger), OPTS);
    expect(report.files.map((f) => [f.file, f.unit, f.status, f.updated, f.unchanged])).toEqual([
      ['区发改委-报送表-2024-09.xlsx', '区发改委', 'merged', 1, []],
      ['区市场监管局-报送表-2024-09.xlsx', '区市场监管局', 'merged', 2, []],
      ['区自然资源局-报送表-2024-09.xlsx', '区自然资源局', 'partial', 1, []],
      ['区财政局-报送表-2024-09.xlsx', '区财政局', 'merged', 2, []],
    ]);
    const land = report.files[2];
    expect(land.merged).toEqual([{ taskId: '2-03', field: 'status', oldValue: '', newValue: '未开始' }]);
    expect(land.conflicts.map((c) => [c.code, c.cell, c.message])).toEqual([
      ['field.not-owned', 'F6', '「区自然资源局-报送表-2024-09.xlsx」工作表「报送表」第 6 行 F6 单元格：任务 2-03 的完成时限被改为「明年6月底前」（台账为「年底前」）。完成时限由台账管理员维护，未采用；如需修改请与办公室联系。'],
    ]);
  });

  it('writes every changed value to 变更记录, the ledger row after the unit rows', () => {
    const ledger = sampleLedger();
    ledger.tasks[1].status = '推进中';
    const p = plans(ledger);
    const ret = parsedFromPlan(p['区市场监管局'], { '1-04': { status: '已完成', contact: '赵强' } });
    const { ledger: next, report } = consolidate(ledger, [ret], OPTS);
    const rows = next.changes.map((c) => [c.taskId, c.unit, c.field, c.oldValue, c.newValue, c.sourceFile, c.round, c.time, c.batchId]);
    const f = '区市场监管局-报送表-2024-09.xlsx';
    expect(rows).toEqual([
      ['1-03', '区市场监管局', '报送轮次', '', '2024-09', f, '2024-09', TIME, 'b1'],
      ['1-03', '区市场监管局', '报送时间', '', TIME, f, '2024-09', TIME, 'b1'],
      ['1-04', '区市场监管局', '完成状态', '', '已完成', f, '2024-09', TIME, 'b1'],
      ['1-04', '区市场监管局', '联系人', '', '赵强', f, '2024-09', TIME, 'b1'],
      ['1-04', '区市场监管局', '报送轮次', '', '2024-09', f, '2024-09', TIME, 'b1'],
      ['1-04', '区市场监管局', '报送时间', '', TIME, f, '2024-09', TIME, 'b1'],
      ['1-04', '（台账）', '完成状态', '推进中', '已完成', f, '2024-09', TIME, 'b1'],
      ['1-04', '（台账）', '更新时间', '', TIME, f, '2024-09', TIME, 'b1'],
    ]);
    expect(report.changes).toBe(8);
    // 1-03 was returned untouched (blank): the unit is on record as having reported, nothing else changed.
    expect(next.tasks[0].status).toBe('');
    expect(report.files[0].unchanged).toEqual(['1-03']);
    expect(report.files[0].updated).toBe(1);
  });

  it('records overwritten values of a later round', () => {
    const ledger = sampleLedger();
    const first = consolidate(ledger, filledReturns(ledger), OPTS).ledger;
    const october = Object.fromEntries(planReturns(first, { round: '2024-10' }).returns.map((p) => [p.unit, p]));
    const ret = parsedFromPlan(october['区财政局'], { '2-05': { status: '已完成', progress: '已按季度公开三季度执行情况' } });
    const { ledger: next, report } = consolidate(first, [ret], { batchId: 'b2', time: '2024-10-25T09:00:00+08:00' });
    const added = next.changes.slice(first.changes.length).map((c) => [c.taskId, c.unit, c.field, c.oldValue, c.newValue]);
    expect(added).toEqual([
      ['1-03', '区财政局', '报送轮次', '2024-09', '2024-10'],
      ['1-03', '区财政局', '报送时间', TIME, '2024-10-25T09:00:00+08:00'],
      ['2-05', '区财政局', '完成状态', '推进中', '已完成'],
      ['2-05', '区财政局', '进展情况', '按季度公开', '已按季度公开三季度执行情况'],
      ['2-05', '区财政局', '报送轮次', '2024-09', '2024-10'],
      ['2-05', '区财政局', '报送时间', TIME, '2024-10-25T09:00:00+08:00'],
      ['2-05', '（台账）', '完成状态', '推进中', '已完成'],
      ['2-05', '（台账）', '进展情况', '按季度公开', '已按季度公开三季度执行情况'],
      ['2-05', '（台账）', '更新时间', TIME, '2024-10-25T09:00:00+08:00'],
    ]);
    expect(report.round).toBe('2024-10');
    expect(report.missingUnits).toEqual(['区发改委', '区市场监管局', '区自然资源局', '区委组织部']);
  });

  it('names as source of a ledger-row change only the files whose words changed', () => {
    const ledger = sampleLedger();
    const p = plans(ledger);
    const { ledger: next } = consolidate(ledger, [
      parsedFromPlan(p['区市场监管局']),
      parsedFromPlan(p['区财政局'], { '1-03': { status: '推进中' } }),
    ], OPTS);
    const row = next.changes.filter((c) => c.taskId === '1-03' && c.unit === '（台账）').map((c) => [c.field, c.sourceFile]);
    expect(row).toEqual([['完成状态', '区财政局-报送表-2024-09.xlsx'], ['更新时间', '区财政局-报送表-2024-09.xlsx']]);
  });

  it('changes nothing when the same files are merged twice', () => {
    const ledger = sampleLedger();
    const once = consolidate(ledger, filledReturns(ledger), OPTS).ledger;
    const twice = consolidate(once, filledReturns(ledger), { batchId: 'b2', time: '2024-09-27T08:00:00+08:00' });
    expect(twice.ledger).toEqual(once);
    expect(twice.report.changes).toBe(0);
    expect(twice.report.files.map((f) => [f.updated, f.unchanged.length])).toEqual([[0, 1], [0, 2], [0, 1], [0, 2]]);
  });

  it('gives the same ledger whatever the order of files', () => {
    const ledger = sampleLedger();
    const returns = filledReturns(ledger);
    const forward = consolidate(ledger, returns, OPTS);
    const backward = consolidate(ledger, [...returns].reverse(), OPTS);
    const shuffled = consolidate(ledger, [returns[2], returns[0], returns[3], returns[1]], OPTS);
    expect(backward).toEqual(forward);
    expect(shuffled).toEqual(forward);
  });

  it('does not mutate its inputs', () => {
    const ledger = sampleLedger();
    const returns = filledReturns(ledger);
    const before = JSON.parse(JSON.stringify({ ledger, returns }));
    consolidate(ledger, returns, OPTS);
    expect({ ledger, returns }).toEqual(before);
  });

  it('keeps a multi-lead task in progress until every lead unit is done', () => {
    const ledger = sampleLedger();
    const p = plans(ledger);
    const done = { status: '已完成', progress: '已完成' };
    const step1 = consolidate(ledger, [parsedFromPlan(p['区发改委'], { '1-03': done }), parsedFromPlan(p['区财政局'], { '1-03': done })], OPTS).ledger;
    expect(step1.tasks[0].status).toBe('推进中');
    const step2 = consolidate(step1, [parsedFromPlan(p['区市场监管局'], { '1-03': done })], { batchId: 'b2', time: TIME }).ledger;
    expect(step2.tasks[0].status).toBe('已完成');
  });
});
