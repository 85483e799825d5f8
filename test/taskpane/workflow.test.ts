import { readFileSync } from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { planReturns } from '../../src/core/distribute';
import type { Ledger } from '../../src/core/ledger';
import { importToLedger, nowIso, readPickedWorkbook, taskTable, zipReturns, type BreakdownSource } from '../../src/taskpane/workflow';
import { ADDED, REMOVED, REWORDED, revisedBreakdown } from '../support/revised-breakdown';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import ExcelJS from 'exceljs';
import { buildDocx } from '../docx/build-docx';

const FIXTURE = path.resolve(__dirname, '../fixtures/guangfeng-2024-breakdown.txt');

async function ledgerOf(source: BreakdownSource, options: { planYear?: number; today: string }): Promise<Ledger> {
  const made = await importToLedger(source, options);
  if (made.kind !== 'ledger') throw new Error(`no ledger: ${JSON.stringify(made)}`);
  return made.ledger;
}

describe('importToLedger', () => {
  test('the tasks as the pane lists them: registry labels, 具体要求 only when some task has one', async () => {
    const rows = [['工作任务', '具体要求', '牵头单位', '完成时限'], ['依法推进企业信用信息公示。', '按月更新公示信息', '区市场监管局', '年底前']];
    const withRequirement = await ledgerOf({ kind: 'grid', rows }, { planYear: 2025, today: '2025-01-02' });
    expect(await taskTable(withRequirement)).toEqual({
      headers: ['任务编号', '工作任务', '具体要求', '牵头单位', '完成时限'],
      rows: [[withRequirement.tasks[0].id, '依法推进企业信用信息公示。', '按月更新公示信息', '区市场监管局', '年底前']],
    });
    const without = await ledgerOf({ kind: 'grid', rows: rows.map((r) => [r[0], r[2], r[3]]) }, { planYear: 2025, today: '2025-01-02' });
    expect((await taskTable(without)).headers).toEqual(['任务编号', '工作任务', '牵头单位', '完成时限']);
  });

  test('with `update`, a revised breakdown updates the ledger (as import --update): same identity, the report in the CLI\'s words', async () => {
    const ledger = await ledgerOf({ kind: 'text', text: readFileSync(FIXTURE, 'utf8') }, { today: '2024-09-01' });
    const made = await importToLedger({ kind: 'text', text: revisedBreakdown(), file: '修订.txt' }, { today: '2024-10-01', update: ledger });
    if (made.kind !== 'ledger') throw new Error(made.kind);
    expect(made.ledger.meta).toEqual(ledger.meta);
    expect(made.update).toEqual({
      summary: '已按新的分解表更新任务台账（台账标识不变，已发出的报送表仍可合并）：新增 1 项、删除 1 项、修改 1 项。',
      sections: [
        { heading: '新增：', lines: [`2-10 ${ADDED}`] },
        { heading: '删除：', lines: [`2-05 ${REMOVED}`] },
        { heading: '修改：', lines: [`2-03 ${REWORDED.after}（改了：工作任务）`] },
      ],
    });
    expect(made.ledger.changes.map((c) => [c.taskId, c.field, c.oldValue, c.sourceFile])).toEqual([['2-03', '工作任务', REWORDED.before, '修订.txt']]);
  });

  test('the fixture text becomes a ledger of 48 tasks with its findings, a fresh id and no history', async () => {
    const ledger = await ledgerOf({ kind: 'text', text: readFileSync(FIXTURE, 'utf8'), file: 'guangfeng-2024-breakdown.txt' }, { today: '2024-09-01' });
    expect(ledger.meta.title).toBe('2024年广丰区政务公开工作任务分解表');
    expect(ledger.meta.planYear).toBe(2024);
    expect(ledger.meta.ledgerId).toMatch(/^[0-9a-f-]{36}$/);
    expect(ledger.tasks).toHaveLength(48);
    expect(ledger.findings).toHaveLength(17);
    expect(ledger.findings.every((f) => f.file === 'guangfeng-2024-breakdown.txt')).toBe(true);
    expect(ledger.changes).toEqual([]);
  });

  test('a grid (the selected range) and a .docx give the same tasks; the plan year given wins', async () => {
    const rows = [['工作任务', '牵头单位', '完成时限'], ['依法推进企业信用信息公示。', '区市场监管局', '年底前']];
    const fromGrid = await ledgerOf({ kind: 'grid', rows }, { planYear: 2025, today: '2025-01-02' });
    const docx = await buildDocx([{ table: rows.map((r) => r.map((text) => ({ text }))), headerRows: 1 }]);
    const fromDocx = await ledgerOf({ kind: 'docx', bytes: new Uint8Array(docx), file: 'a.docx' }, { planYear: 2025, today: '2025-01-02' });
    for (const ledger of [fromGrid, fromDocx]) {
      expect(ledger.meta.planYear).toBe(2025);
      expect(ledger.tasks.map((t) => [t.task, t.leadUnits, t.deadline.due])).toEqual([['依法推进企业信用信息公示。', ['区市场监管局'], '2025-12-31']]);
    }
  });

  test('a table the importer cannot read makes no ledger: the core finding that stopped it', async () => {
    const made = await importToLedger({ kind: 'text', text: '工作任务 牵头单位 完成时限\n依法推进企业信用信息公示。 区市场监管局 年底前' }, { today: '2024-09-01' });
    expect(made.kind).toBe('stopped');
    expect(made.kind === 'stopped' && made.finding.level).toBe('error');
  });

  test('a table without a year makes no ledger until the year is given', async () => {
    const rows = [['工作任务', '牵头单位', '完成时限'], ['依法推进企业信用信息公示。', '区市场监管局', '年底前']];
    expect(await importToLedger({ kind: 'grid', rows }, { today: '2024-09-01' })).toEqual({ kind: 'no-year' });
    expect((await ledgerOf({ kind: 'grid', rows }, { planYear: 2024, today: '2024-09-01' })).tasks[0].deadline.due).toBe('2024-12-31');
  });

  test('a file that is not a .docx is a Chinese error naming it', async () => {
    await expect(importToLedger({ kind: 'docx', bytes: new Uint8Array([1, 2, 3]), file: '通知.docx' }, { today: '2024-09-01' }))
      .rejects.toThrow('通知.docx：不是有效的 .docx 文件（无法作为 zip 压缩包打开）');
  });
});

describe('importToLedger: a table the importer cannot read (指定列)', () => {
  const rows = [
    ['编码', '条目', '哪家办', '几时办结'],
    ['1', '改造老旧小区12个', '区住建局', '2025年10月底前'],
    ['2', '新建公办幼儿园2所', '区教育局', '2025年8月底前'],
  ];

  test('stops with the table\'s first rows for the clerk to choose its columns, then imports by them', async () => {
    const stopped = await importToLedger({ kind: 'grid', rows }, { planYear: 2025, today: '2025-01-02' });
    expect(stopped).toEqual({
      kind: 'stopped',
      finding: expect.objectContaining({ code: 'import.no-header' }),
      preview: { rows: rows.map((cells, i) => ({ row: i + 1, cells })), width: 4, guess: { headerRow: 1, columns: { seq: 0, task: 1, co: 2, deadline: 3 } } },
    });
    const made = await importToLedger({ kind: 'grid', rows }, { planYear: 2025, today: '2025-01-02', columns: { headerRow: 1, columns: { seq: 0, task: 1, lead: 2, deadline: 3 } } });
    if (made.kind !== 'ledger') throw new Error(made.kind);
    expect(made.ledger.tasks.map((t) => [t.task, t.leadUnits, t.deadline.due])).toEqual([
      ['改造老旧小区12个', ['区住建局'], '2025-10-31'],
      ['新建公办幼儿园2所', ['区教育局'], '2025-08-31'],
    ]);
  });

  test('a result that looks wrong makes no ledger (as the CLI refuses it): it stops, with the rows to choose from', async () => {
    const units = [['序号', '工作任务', '完成时限'], ...Array.from({ length: 6 }, (_, i) => [String(i + 1), i % 2 === 0 ? '区住建局' : '区教育局', '年底前'])];
    const made = await importToLedger({ kind: 'grid', rows: units }, { planYear: 2025, today: '2025-01-02' });
    expect(made.kind).toBe('stopped');
    if (made.kind !== 'stopped') return;
    expect(made.finding.code).toBe('import.implausible');
    expect(made.preview?.guess).toEqual({ headerRow: 1, columns: { seq: 0, task: 1, deadline: 2 } });
  });
});

describe('readPickedWorkbook', () => {
  test('a ledger is told by its 任务台账 sheet, a breakdown workbook by its absence, whatever the file is called', async () => {
    const ledger = await ledgerOf({ kind: 'text', text: readFileSync(FIXTURE, 'utf8') }, { today: '2024-09-01' });
    const ledgerBytes = new Uint8Array(await writeLedgerXlsx(ledger));
    expect(await readPickedWorkbook({ name: '分解表.xlsx', bytes: ledgerBytes })).toEqual({ kind: 'ledger' });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRows([['2024年某区任务分解表'], ['工作任务', '牵头单位', '完成时限'], ['依法推进企业信用信息公示。', '区市场监管局', '年底前']]);
    const read = await readPickedWorkbook({ name: '台账.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) });
    expect(read.kind).toBe('breakdown');
    const made = await ledgerOf({ kind: 'sheets', sheets: read.kind === 'breakdown' ? read.sheets : [], file: '台账.xlsx' }, { today: '2024-09-01' });
    expect(made.tasks.map((t) => t.task)).toEqual(['依法推进企业信用信息公示。']);
  });
});

describe('zipReturns', () => {
  test('one .xlsx per lead unit, named by the plan, in a zip named after the ledger and round; progress to the end', async () => {
    const ledger = await ledgerOf({ kind: 'text', text: readFileSync(FIXTURE, 'utf8') }, { today: '2024-09-01' });
    const plan = planReturns(ledger, { round: '2024-09' });
    const progress: Array<[number, number]> = [];
    const zip = await zipReturns(ledger, plan, (done, total) => progress.push([done, total]));
    expect(zip.name).toBe('2024年广丰区政务公开工作任务分解表-报送表-2024-09.zip');
    const entries = Object.keys((await JSZip.loadAsync(zip.bytes)).files);
    expect(entries).toEqual(plan.returns.map((r) => r.fileName));
    expect(entries).toContain('区自然资源局-报送表-2024-09.xlsx');
    expect(progress[progress.length - 1]).toEqual([plan.returns.length, plan.returns.length]);
  });
});

test('nowIso is the local date-time without a zone', () => {
  expect(nowIso(new Date(2024, 8, 30, 14, 5, 9))).toBe('2024-09-30T14:05:09');
});
