/**
 * Hostile values that must merge correctly: formulas and external links (only the cached value
 * is taken), formula-like text (`=HYPERLINK(…)`, `+cmd`, `@SUM`) kept as text all the way into
 * the ledger file, locked columns edited after protection was removed (reported, not applied),
 * and unit names and task texts holding HTML and control characters.
 */
import JSZip from 'jszip';
import { consolidate } from '../../src/core/consolidate';
import { planReturns, type ReturnPlan } from '../../src/core/distribute';
import { importBreakdown } from '../../src/core/import';
import type { Ledger } from '../../src/core/ledger';
import { buildLedger } from '../../src/core/ledger/ledger-build';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { readReturnXlsx } from '../../src/xlsx/read-return';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { writeReturnXlsx } from '../../src/xlsx/write-return';
import { sampleLedger } from '../support/returns-ledger';
import { editReturn, returnColumns, sheetPath, withExternalLink } from './corpus';

const GENERATED = '2024-09-10T09:00:00+08:00';
const OPTIONS = { batchId: 'hostile', time: '2024-09-26T10:00:00+08:00' };
const GUARD_MS = 60_000;

function withTask(base: Ledger, id: string, text: string, unit: string): Ledger {
  const units = base.units.some((u) => u.name === unit) ? base.units : [...base.units, { name: unit, aliases: [], contact: '', phone: '' }];
  return { ...base, tasks: base.tasks.map((t) => (t.id === id ? { ...t, task: text, leadUnits: [unit] } : t)), units };
}

function planOf(ledger: Ledger, unit: string): ReturnPlan {
  return planReturns(ledger, { round: '2024-09' }).returns.find((p) => p.unit === unit)!;
}

async function mergeOne(ledger: Ledger, plan: ReturnPlan, bytes: Buffer) {
  const parsed = await readReturnXlsx(new Uint8Array(bytes), plan.fileName);
  const { ledger: after, report } = consolidate(ledger, [parsed], OPTIONS);
  return { parsed, after, file: report.files[0], task: (id: string) => after.tasks.find((t) => t.id === id)! };
}

const FORMULA_TEXTS = {
  progress: '=HYPERLINK("http://evil.example/x","点此查看")',
  evidence: "+cmd|' /C calc'!A0",
  contact: '@SUM(1+1)*cmd|\' /C calc\'!A0',
  phone: '-2+3',
};

describe('hostile values in returns', () => {
  it('formulas and an external link: the cached values merge as text, nothing external is kept', async () => {
    const ledger = sampleLedger();
    const plan = planOf(ledger, '区财政局');
    const edited = await editReturn(await writeReturnXlsx(plan, GENERATED), '报送表', (ws) => {
      const { column, rowOf } = returnColumns(ws);
      const row = rowOf('2-05');
      ws.getCell(row, column('status')).value = { formula: 'IF(1,"已完成","推进中")', result: '已完成' } as never;
      ws.getCell(row, column('progress')).value = { formula: "'[预算.xlsx]Sheet1'!A1", result: '外部链接的值' } as never;
      ws.getCell(row, column('evidence')).value = { formula: 'HYPERLINK("http://evil.example/x","点此")', result: '点此' } as never;
    });
    const bytes = await withExternalLink(edited, 'file:///C:/机密/预算.xlsx');
    const { after, file, task } = await mergeOne(ledger, plan, bytes);
    expect(file.status).toBe('merged');
    expect(task('2-05').unitReports['区财政局']).toMatchObject({ status: '已完成', progress: '外部链接的值', evidence: '点此' });
    expect(file.findings.filter((f) => f.code === 'cell.formula').map((f) => f.cell)).toHaveLength(3);
    const ledgerZip = await JSZip.loadAsync(await writeLedgerXlsx(after));
    expect(Object.keys(ledgerZip.files).filter((f) => /externalLink/i.test(f))).toEqual([]);
    const xml = await ledgerZip.file(await sheetPath(ledgerZip, '任务台账'))!.async('string');
    expect(xml).not.toMatch(/预算\.xlsx|evil\.example/);
  }, GUARD_MS);

  it('formula-like text (=HYPERLINK, +cmd, @SUM, -2+3) merges as that text and is written to the ledger as text, never a formula', async () => {
    const ledger = sampleLedger();
    const plan = planOf(ledger, '区市场监管局');
    const bytes = await editReturn(await writeReturnXlsx(plan, GENERATED), '报送表', (ws) => {
      const { column, rowOf } = returnColumns(ws);
      for (const [field, text] of Object.entries(FORMULA_TEXTS)) ws.getCell(rowOf('1-04'), column(field as keyof typeof FORMULA_TEXTS)).value = text;
    });
    const { after, file, task } = await mergeOne(ledger, plan, bytes);
    expect(file.status).toBe('merged');
    expect(task('1-04').unitReports['区市场监管局']).toMatchObject(FORMULA_TEXTS);
    expect([task('1-04').progress, task('1-04').evidence]).toEqual([FORMULA_TEXTS.progress, FORMULA_TEXTS.evidence]);
    const written = await writeLedgerXlsx(after);
    const zip = await JSZip.loadAsync(written);
    const xml = await zip.file(await sheetPath(zip, '任务台账'))!.async('string');
    const formulas = [...xml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]);
    expect(formulas.filter((f) => /HYPERLINK|cmd|SUM\(1\+1\)|^-2\+3$/.test(f))).toEqual([]);
    const back = await readLedgerXlsx(written, '台账.xlsx');
    const again = back.ledger!.tasks.find((t) => t.id === '1-04')!;
    expect([again.progress, again.evidence]).toEqual([FORMULA_TEXTS.progress, FORMULA_TEXTS.evidence]);
  }, GUARD_MS);

  it('protection removed and locked columns edited: the edits are reported with their cells, never applied; the unit’s own fields merge', async () => {
    const ledger = sampleLedger();
    const plan = planOf(ledger, '区自然资源局');
    let cells: Record<string, string> = {};
    const bytes = await editReturn(await writeReturnXlsx(plan, GENERATED), '报送表', (ws) => {
      const { column, rowOf } = returnColumns(ws);
      const row = rowOf('2-03');
      ws.getCell(row, column('task')).value = '（已改）不用再试点了。';
      ws.getCell(row, column('deadline')).value = '明年6月底前';
      ws.getCell(row, column('leadUnits')).value = '区财政局';
      ws.getCell(row, column('status')).value = '推进中';
      ws.getCell(row, column('progress')).value = '已完成试点方案';
      cells = { task: ws.getCell(row, column('task')).address, deadline: ws.getCell(row, column('deadline')).address, leadUnits: ws.getCell(row, column('leadUnits')).address };
    });
    const { after, file, task } = await mergeOne(ledger, plan, bytes);
    expect(file.status).toBe('partial');
    expect(file.conflicts.map((c) => [c.code, c.cell, c.field]).sort()).toEqual(
      [['field.not-owned', cells.deadline, 'deadline'], ['field.not-owned', cells.leadUnits, 'leadUnits'], ['field.not-owned', cells.task, 'task']].sort(),
    );
    expect(file.conflicts.every((c) => c.message.includes('区自然资源局-报送表-2024-09.xlsx') && /[\u4e00-\u9fff]/.test(c.message))).toBe(true);
    const original = ledger.tasks.find((t) => t.id === '2-03')!;
    expect([task('2-03').task, task('2-03').deadline, task('2-03').leadUnits]).toEqual([original.task, original.deadline, original.leadUnits]);
    expect(task('2-03').unitReports['区自然资源局']).toMatchObject({ status: '推进中', progress: '已完成试点方案' });
    expect(after.changes.every((c) => c.field !== '工作任务' && c.field !== '完成时限')).toBe(true);
  }, GUARD_MS);

  it('HTML in unit names and task texts: the return round-trips and merges as plain text, no false conflicts', async () => {
    const unit = '区<b>财政</b>局&"\'';
    const ledger = withTask(sampleLedger(), '2-05', '<script>alert(1)</script>定期公开重大\t民生实事。', unit);
    const plan = planOf(ledger, unit);
    expect(plan.fileName).toBe('区_b_财政__b_局&_\'-报送表-2024-09.xlsx');
    const bytes = await editReturn(await writeReturnXlsx(plan, GENERATED), '报送表', (ws) => {
      const { column, rowOf } = returnColumns(ws);
      ws.getCell(rowOf('2-05'), column('status')).value = '已完成';
      ws.getCell(rowOf('2-05'), column('progress')).value = '<img src=x onerror=alert(1)>已公开';
    });
    const { file, task } = await mergeOne(ledger, plan, bytes);
    expect([file.unit, file.status, file.conflicts, file.findings]).toEqual([unit, 'merged', [], []]);
    expect(task('2-05').unitReports[unit]).toMatchObject({ status: '已完成', progress: '<img src=x onerror=alert(1)>已公开' });
    expect(task('2-05').progress).toBe('<img src=x onerror=alert(1)>已公开');
  }, GUARD_MS);

  it('control characters in a task text: the unit’s fields merge, the task text stays, no false 工作任务 conflict', async () => {
    const ledger = withTask(sampleLedger(), '2-05', '定期公开\u0001重大民生\u0007实事。', '区财政局');
    const plan = planOf(ledger, '区财政局');
    const bytes = await editReturn(await writeReturnXlsx(plan, GENERATED), '报送表', (ws) => {
      const { column, rowOf } = returnColumns(ws);
      ws.getCell(rowOf('2-05'), column('status')).value = '推进中';
      ws.getCell(rowOf('2-05'), column('progress')).value = '进展\u0002说明';
    });
    const { file, task } = await mergeOne(ledger, plan, bytes);
    expect([file.status, file.conflicts, file.findings]).toEqual(['merged', [], []]);
    expect(task('2-05').task).toBe('定期公开\u0001重大民生\u0007实事。');
    expect(task('2-05').unitReports['区财政局']).toMatchObject({ status: '推进中', progress: '进展说明' });
  }, GUARD_MS);

  it('a control character in a unit name (a ledger imported before cells were cleaned): its return is still that unit’s and merges whole', async () => {
    const unit = '区财政局\u0007';
    const base = sampleLedger();
    const rename = (u: string) => (u === '区财政局' ? unit : u);
    const ledger: Ledger = {
      ...base,
      tasks: base.tasks.map((t) => ({ ...t, leadUnits: t.leadUnits.map(rename) })),
      units: base.units.map((u) => ({ ...u, name: rename(u.name) })),
    };
    const plan = planOf(ledger, unit);
    const bytes = await editReturn(await writeReturnXlsx(plan, GENERATED), '报送表', (ws) => {
      const { column, rowOf } = returnColumns(ws);
      ws.getCell(rowOf('2-05'), column('status')).value = '已完成';
      ws.getCell(rowOf('2-05'), column('progress')).value = '已按季度公开';
      ws.getCell(rowOf('1-03'), column('status')).value = '推进中';
    });
    const { parsed, file, task } = await mergeOne(ledger, plan, bytes);
    // The workbook could not keep the character: the return names the unit without it.
    expect(parsed.kind === 'return' && parsed.meta?.unit).toBe('区财政局');
    expect([file.unit, file.status, file.updated, file.deleted, file.conflicts, file.findings]).toEqual([unit, 'merged', 2, [], [], []]);
    expect(task('2-05').unitReports[unit]).toMatchObject({ status: '已完成', progress: '已按季度公开' });
    expect(task('1-03').unitReports[unit]).toMatchObject({ status: '推进中' });
    expect([task('2-05').status, task('2-05').leadUnits]).toEqual(['已完成', [unit]]);
  }, GUARD_MS);

  it('a control character in a unit name of the breakdown: imported without it, so the unit’s return round-trips and merges', async () => {
    const grid = [
      ['2024年广丰区政务公开工作任务分解表'],
      ['工作类别', '工作任务', '牵头单位', '完成时限'],
      ['一、围绕保障改善民生深化信息公开', '定期公开重大民生\u0001实事项目执行情况。', '区财政局\u0007', '持续推进'],
    ];
    const ledger = buildLedger(importBreakdown({ kind: 'grid', rows: grid, sheet: '分解表' }), { ledgerId: 'tl-hostile', createdAt: '2024-08-12T09:00:00+08:00' });
    expect([ledger.tasks[0].task, ledger.tasks[0].leadUnits]).toEqual(['定期公开重大民生实事项目执行情况。', ['区财政局']]);
    const plan = planOf(ledger, '区财政局');
    const bytes = await editReturn(await writeReturnXlsx(plan, GENERATED), '报送表', (ws) => {
      const { column, rowOf } = returnColumns(ws);
      ws.getCell(rowOf('1-01'), column('status')).value = '推进中';
    });
    const { file, task } = await mergeOne(ledger, plan, bytes);
    expect([file.unit, file.status, file.deleted, file.conflicts, file.findings]).toEqual(['区财政局', 'merged', [], [], []]);
    expect(task('1-01').unitReports['区财政局']).toMatchObject({ status: '推进中' });
  }, GUARD_MS);
});
