import * as fs from 'fs';
import { importBreakdown } from '../../../src/core/import';
import { consolidate, undoLastConsolidation } from '../../../src/core/consolidate';
import { planReturns } from '../../../src/core/distribute';
import { REVISION_UNIT, bigramDice, matchTasks, normalizedTaskText, reimportLedger, type Ledger, type Task, type UnitReport } from '../../../src/core/ledger';
import { ADDED, REMOVED, REWORDED, revisedBreakdown } from '../../support/revised-breakdown';
import { parsedFromPlan } from '../../support/returns-core';
import { FIXTURE, fixtureLedger } from '../../xlsx/fixture-ledger';

function report(unit: string, progress: string): UnitReport {
  return { unit, status: '推进中', progress, evidence: '', contact: '', phone: '', round: '2024-09', reportedAt: '2024-09-20T10:00:00' };
}

/** The fixture's ledger after a merge: reports on the task to be reworded, one kept as is, and the one to be removed. */
function trackedLedger(): Ledger {
  const ledger = fixtureLedger();
  const at = (text: string) => ledger.tasks.find((t) => t.task === text)!;
  Object.assign(at(REWORDED.before), { status: '推进中', progress: '试点方案已报区政府', unitReports: { 区自然资源局: report('区自然资源局', '试点方案已报区政府') } });
  Object.assign(at(REMOVED), { status: '推进中', progress: '按季度公开', unitReports: { 区财政局: report('区财政局', '按季度公开') } });
  ledger.changes.push({ time: '2024-09-20T10:00:00', round: '2024-09', unit: '区财政局', taskId: at(REMOVED).id, field: '进展情况', oldValue: '', newValue: '按季度公开', sourceFile: '区财政局.xlsx', batchId: '合并-1' });
  return ledger;
}

const AT = { time: '2024-10-08T09:30:00', file: 'revised.txt' };
const revised = () => importBreakdown({ kind: 'text', text: revisedBreakdown() }, { file: 'revised.txt' });

describe('reimportLedger', () => {
  it('keeps identity, IDs and reports of matched tasks, gives new tasks fresh IDs and keeps reports of removed ones', () => {
    const ledger = trackedLedger();
    const { ledger: updated, report: r } = reimportLedger(ledger, revised(), AT);
    expect(updated.meta).toEqual(ledger.meta);
    expect(updated.units).toEqual(ledger.units);
    // The office's rewording is kept in 变更记录 with the text it replaced.
    expect(updated.changes).toEqual([...ledger.changes, {
      time: AT.time, round: '', unit: REVISION_UNIT, taskId: '2-03', field: '工作任务',
      oldValue: REWORDED.before, newValue: REWORDED.after, sourceFile: 'revised.txt', batchId: 'revision-20241008093000',
    }]);
    expect(r).toEqual({
      added: [{ id: '2-10', task: ADDED }],
      removed: [{ id: '2-05', task: REMOVED, keptReports: 1 }],
      changed: [{ id: '2-03', task: REWORDED.after, fields: ['task'] }],
    });
    const t = (id: string) => updated.tasks.find((x) => x.id === id)!;
    expect(t('2-03')).toMatchObject({ task: REWORDED.after, status: '推进中', progress: '试点方案已报区政府', unitReports: { 区自然资源局: report('区自然资源局', '试点方案已报区政府') } });
    expect(t('2-10')).toMatchObject({ task: ADDED, leadUnits: ['区民政局'], status: '', unitReports: {} });
    expect(updated.tasks.find((x) => x.task === REMOVED)).toBeUndefined();
    expect(updated.orphanReports).toEqual([{ taskId: '2-05', report: report('区财政局', '按季度公开') }]);
    // Every other task keeps its ID and text; seq follows the revised order.
    const before = new Map(ledger.tasks.map((x) => [x.id, x.task]));
    expect(updated.tasks.filter((x) => !['2-03', '2-10'].includes(x.id)).every((x) => before.get(x.id) === x.task)).toBe(true);
    expect(updated.tasks.map((x) => x.seq)).toEqual(updated.tasks.map((_, i) => i + 1));
    expect(new Set(updated.tasks.map((x) => x.id)).size).toBe(48);
    // Findings name tasks by their ledger IDs, in the field and in the message.
    const named = updated.findings.filter((f) => f.taskId !== undefined);
    expect(named.length).toBeGreaterThan(0);
    for (const f of named) {
      const task = t(f.taskId!);
      expect(task).toBeDefined();
      if (/^任务\d+-\d+（/.test(f.message)) expect(f.message.startsWith(`任务${task.id}（“${task.task.slice(0, 16)}`)).toBe(true);
    }
  });

  it('takes the office\'s own rewording, still shown by a return sent before it, for no edit of the unit\'s; undo leaves the revision alone', () => {
    const ledger = fixtureLedger();
    const sent = planReturns(ledger, { round: '2024-09' }).returns.find((p) => p.unit === '区自然资源局')!;
    const updated = reimportLedger(ledger, revised(), AT).ledger;
    const rewordedRow = sent.rows.find((r) => r.task === REWORDED.before)!;
    const filled = parsedFromPlan(sent, { [rewordedRow.id]: { status: '推进中', progress: '试点方案已报区政府', deadline: '12月31日前' } });
    const merged = consolidate(updated, [filled], { batchId: 'b1', time: '2024-10-09T10:00:00' });
    const conflicts = merged.report.files[0].conflicts;
    // Only the unit's own edit (the deadline) is reported; the task text as sent before the revision is not.
    expect(conflicts.map((c) => [c.code, c.taskId, c.field])).toEqual([['field.not-owned', rewordedRow.id, 'deadline']]);
    expect(merged.ledger.tasks.find((t) => t.id === rewordedRow.id)!.unitReports['区自然资源局'].progress).toBe('试点方案已报区政府');
    const undone = undoLastConsolidation(merged.ledger);
    expect(undone.batchId).toBe('b1');
    expect(undone.ledger).toEqual(updated);
    expect(undoLastConsolidation(undone.ledger).batchId).toBeNull();
  });

  it('never reuses a removed task ID, even in a second revision', () => {
    const first = reimportLedger(trackedLedger(), revised(), AT).ledger;
    const text = revisedBreakdown().replace(`\t${ADDED}\t`, `\t${ADDED}\t区民政局\t年底前\n\t做好婚姻登记服务信息公开。\t`);
    const second = reimportLedger(first, importBreakdown({ kind: 'text', text }, { file: 'r2.txt' }), AT);
    expect(second.report.added).toEqual([{ id: '2-11', task: '做好婚姻登记服务信息公开。' }]);
    expect(second.report.removed).toEqual([]);
  });

  it('reports an unchanged breakdown as unchanged', () => {
    const ledger = trackedLedger();
    const { ledger: updated, report: r } = reimportLedger(ledger, importBreakdown({ kind: 'text', text: fs.readFileSync(FIXTURE, 'utf8') }, { file: 'g.txt' }), AT);
    expect(r).toEqual({ added: [], removed: [], changed: [] });
    expect(updated.tasks).toEqual(ledger.tasks.map((t) => ({ ...t, source: t.source })));
  });

  it('does not mutate its inputs', () => {
    const ledger = trackedLedger();
    const result = revised();
    const before = JSON.stringify([ledger, result]);
    const { ledger: updated } = reimportLedger(ledger, result, AT);
    updated.tasks[0].unitReports['x'] = report('x', 'y');
    updated.tasks.find((t) => t.id === '2-03')!.unitReports['区自然资源局'].progress = '改';
    updated.orphanReports![0].report.progress = '改';
    updated.units[0].aliases.push('x');
    expect(JSON.stringify([ledger, result])).toBe(before);
  });
});

describe('matchTasks', () => {
  const task = (no: number, text: string): Task => ({ id: '', category: { no, title: `第${no}类` }, task: text, leadUnits: [], coUnits: [], deadline: { kind: 'none', text: '', due: null } });

  it('matches text equal but for whitespace and punctuation, in any section', () => {
    expect(normalizedTaskText(' 做好 信息公开， 及时（更新）。')).toBe('做好信息公开及时更新');
    expect(matchTasks([task(1, '做好信息公开。')], [task(2, '做好 信息公开')])).toEqual([{ old: 0, new: 0, exact: true }]);
  });

  it('matches near text only in the same section, and never two to one', () => {
    const old = [task(1, '开展征地信息公开标准化规范化试点')];
    expect(bigramDice('开展征地信息公开标准化规范化试点', '开展征地信息公开标准化规范化试点工作')).toBeCloseTo(30 / 32);
    expect(matchTasks(old, [task(2, '开展征地信息公开标准化规范化试点工作')])).toEqual([]);
    expect(matchTasks(old, [task(1, '开展征地信息公开标准化规范化试点工作'), task(1, '开展征地信息公开标准化规范化试点推进')])).toEqual([{ old: 0, new: 0, exact: false }]);
    expect(matchTasks(old, [task(1, '做好征地信息公开')])).toEqual([]);
  });

  it('pairs repeated texts in order', () => {
    expect(matchTasks([task(1, 'A任务'), task(1, 'A任务')], [task(1, 'A任务'), task(1, 'B任务'), task(1, 'A任务')])).toEqual([
      { old: 0, new: 0, exact: true },
      { old: 1, new: 2, exact: true },
    ]);
  });
});
