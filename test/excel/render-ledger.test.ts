// test:unit leaves this suite out (slow: 5,000-task ledgers through the Office.js stand-in); npm test runs it.
import { renderLedger } from '../../src/excel/render-ledger';
import { REQUEST_BUDGET_BYTES } from '../../src/excel/request-plan';
import { createExcelStandin, findSheet, cellKey, toWorkbookSnapshot, withStandin, type ExcelStandin } from '../support/excel-standin';
import { fixtureLedger, syntheticLedger } from './synthetic-ledger';
import type { Ledger } from '../../src/core/ledger';

async function render(ledger: Ledger, standin: ExcelStandin = createExcelStandin({ maxApiVersion: '1.9' })): Promise<{ standin: ExcelStandin; outcome: Awaited<ReturnType<typeof renderLedger>> }> {
  return { standin, outcome: await withStandin(standin, () => renderLedger(ledger)) };
}

describe('renderLedger: round trips to Excel', () => {
  test('the number of syncs is the same for 50 and for 5,000 tasks, and every request stays under 4 MB', async () => {
    const small = await render(syntheticLedger(50));
    const large = await render(syntheticLedger(5000));
    expect([small.outcome.ok, large.outcome.ok]).toEqual([true, true]);
    expect(small.standin.host.stats.syncs).toBe(3);
    expect(large.standin.host.stats.syncs).toBe(small.standin.host.stats.syncs);
    expect(large.standin.host.stats.largestRequestBytes).toBeLessThan(REQUEST_BUDGET_BYTES);
    expect(large.standin.host.stats.apiCalculationSuspensions).toBe(1);
    const tasks = findSheet(large.standin.host.state, '任务台账')!;
    expect(tasks.cells.get(cellKey(5000, 1))).toEqual({ value: '2-04-104', numberFormat: '@' });
  });

  test('50,000 tasks are written in several requests, each under 4 MB', async () => {
    const { standin, outcome } = await render(syntheticLedger(50_000));
    expect(outcome.ok).toBe(true);
    const { requestBytes, largestRequestBytes } = standin.host.stats;
    expect(requestBytes.length).toBeGreaterThan(3);
    expect(largestRequestBytes).toBeLessThan(REQUEST_BUDGET_BYTES);
    const tasks = findSheet(standin.host.state, '任务台账')!;
    expect(tasks.cells.get(cellKey(50_000, 0))).toEqual({ value: 50_000, numberFormat: '0' });
    expect([...standin.host.state.tables.values()].map((t) => t.rect.rowCount)).toEqual([50_001]);
  });
});

describe('renderLedger: the open workbook', () => {
  test('a blank workbook becomes the ledger: its empty Sheet1 makes way, 任务台账 is active', async () => {
    const { standin } = await render(fixtureLedger());
    const state = standin.host.state;
    expect(state.sheets.map((s) => s.name)).toEqual(['任务台账', '汇总', '校验', '单位名录', '单位报送', '变更记录', '设置', '撤销数据']);
    expect(state.sheets.find((s) => s.id === state.activeSheetId)!.name).toBe('任务台账');
  });

  test('rendering again replaces the ledger sheets, its table and names, and keeps the user’s own sheet', async () => {
    const standin = createExcelStandin({ maxApiVersion: '1.9' });
    await standin.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['我的备忘']];
    });
    await render(fixtureLedger(), standin);
    const again = fixtureLedger();
    again.tasks = again.tasks.slice(0, 3);
    const { outcome } = await render(again, standin);
    expect(outcome.ok).toBe(true);
    const snapshot = toWorkbookSnapshot(standin.host.state);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['任务台账', '汇总', '校验', '单位名录', '单位报送', '变更记录', '设置', '撤销数据', 'Sheet1']);
    expect(snapshot.sheets[0].tables).toEqual([{ name: 'TL_Tasks', ref: 'A1:P4', style: 'TableStyleLight9', headerRow: true }]);
    expect(snapshot.definedNames).toHaveLength(7);
    expect(snapshot.sheets[0].cells.B5).toBeUndefined();
    expect(snapshot.sheets[8].cells.A1).toEqual({ value: '我的备忘' });
  });

  test('Office 2019 (ExcelApi 1.8): the ledger is drawn without print setup, and the pane is told so', async () => {
    const { standin, outcome } = await render(fixtureLedger(), createExcelStandin({ maxApiVersion: '1.8' }));
    expect(outcome.ok && outcome.notices).toEqual(['当前 Excel 版本（低于 ExcelApi 1.9）不支持打印设置：纸张方向、缩放、打印标题未设置，请在“页面布局”中手动设置']);
    expect(standin.host.stats.highestApiUsed).toBe('1.8');
  });

  test('uses nothing newer than ExcelApi 1.9', async () => {
    const { standin } = await render(fixtureLedger(), createExcelStandin({ maxApiVersion: '1.17' }));
    expect(standin.host.stats.highestApiUsed).toBe('1.9');
  });

  test('an error from Excel comes back as a Chinese message, not an exception', async () => {
    const { outcome } = await render(fixtureLedger(), createExcelStandin({ payloadLimitBytes: 10_000 }));
    expect(outcome).toEqual({
      ok: false,
      problem: { code: 'RequestPayloadSizeLimitExceeded', message: '一次写入工作簿的数据超过 Excel 网页版的 5 MB 上限，操作未完成', suggestion: '请在桌面版 Excel 中操作，或把台账拆分后再试' },
    });
  });

  test('a request failing half-way puts the previous ledger back: sheets, table and names', async () => {
    const standin = createExcelStandin({ maxApiVersion: '1.9' });
    await render(fixtureLedger(), standin);
    const before = toWorkbookSnapshot(standin.host.state);
    standin.host.resetStats();
    standin.host.failAtSync = 5;
    const { outcome } = await render(syntheticLedger(50_000), standin);
    expect(outcome.ok === false && outcome.problem.code).toBe('GeneralException');
    expect(standin.host.stats.syncs).toBeGreaterThan(5);
    expect(toWorkbookSnapshot(standin.host.state)).toEqual(before);
  });

  test('a first ledger failing half-way leaves the blank workbook as it was', async () => {
    const standin = createExcelStandin({ maxApiVersion: '1.9' });
    standin.host.failAtSync = 4;
    const { outcome } = await render(syntheticLedger(50_000), standin);
    expect(outcome.ok).toBe(false);
    expect([standin.host.state.sheets.map((s) => s.name), standin.host.state.names, standin.host.state.tables.size]).toEqual([['Sheet1'], [], 0]);
  });
});
