import { readFileSync } from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { planReturns } from '../../src/core/distribute';
import { importToLedger, nowIso, zipReturns } from '../../src/taskpane/workflow';
import { buildDocx } from '../docx/build-docx';

const FIXTURE = path.resolve(__dirname, '../fixtures/guangfeng-2024-breakdown.txt');

describe('importToLedger', () => {
  test('the fixture text becomes a ledger of 48 tasks with its findings, a fresh id and no history', async () => {
    const ledger = await importToLedger({ kind: 'text', text: readFileSync(FIXTURE, 'utf8'), file: 'guangfeng-2024-breakdown.txt' }, { today: '2024-09-01' });
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
    const fromGrid = await importToLedger({ kind: 'grid', rows }, { planYear: 2025, today: '2025-01-02' });
    const docx = await buildDocx([{ table: rows.map((r) => r.map((text) => ({ text }))), headerRows: 1 }]);
    const fromDocx = await importToLedger({ kind: 'docx', bytes: new Uint8Array(docx), file: 'a.docx' }, { planYear: 2025, today: '2025-01-02' });
    for (const ledger of [fromGrid, fromDocx]) {
      expect(ledger.meta.planYear).toBe(2025);
      expect(ledger.tasks.map((t) => [t.task, t.leadUnits, t.deadline.due])).toEqual([['依法推进企业信用信息公示。', ['区市场监管局'], '2025-12-31']]);
    }
  });

  test('a file that is not a .docx is a Chinese error naming it', async () => {
    await expect(importToLedger({ kind: 'docx', bytes: new Uint8Array([1, 2, 3]), file: '通知.docx' }, { today: '2024-09-01' }))
      .rejects.toThrow('通知.docx：不是有效的 .docx 文件（无法作为 zip 压缩包打开）');
  });
});

describe('zipReturns', () => {
  test('one .xlsx per lead unit, named by the plan, in a zip named after the ledger and round; progress to the end', async () => {
    const ledger = await importToLedger({ kind: 'text', text: readFileSync(FIXTURE, 'utf8') }, { today: '2024-09-01' });
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
