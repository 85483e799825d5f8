/**
 * The ribbon's ExecuteFunction commands against the Excel stand-in: each calls
 * event.completed() exactly once, on success and on every failure, and tells the user why.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { importBreakdown } from '../../src/core/import';
import { buildLedger } from '../../src/core/ledger/ledger-build';
import { drawLedger } from '../../src/excel/render-ledger';
import { createExcelStandin, type ExcelStandin } from '../support/excel-standin';

const FIXTURE = path.resolve(__dirname, '../fixtures/guangfeng-2024-breakdown.txt');
const NO_LEDGER = '没有完成：这个工作簿里没有任务台账：请先点“打开面板”，导入任务分解表。';

let standin: ExcelStandin;
let restore: () => void;
let dialogs: URL[];
const g = globalThis as unknown as Record<string, unknown>;

beforeEach(() => {
  standin = createExcelStandin();
  restore = standin.install();
  dialogs = [];
  const office = standin.Office as unknown as { context: Record<string, unknown>; AsyncResultStatus: unknown };
  office.context.ui = {
    displayDialogAsync: (url: string, _options: unknown, callback: (r: { status: string }) => void) => {
      dialogs.push(new URL(url));
      callback({ status: 'failed' });
    },
  };
  office.AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' };
  g.location = { href: 'https://localhost:3000/commands.html' };
});

afterEach(() => {
  restore();
  delete g.location;
});

function fakeEvent(): { completed: () => void; count: () => number } {
  let n = 0;
  return { completed: () => { n += 1; }, count: () => n };
}

async function commands() {
  return import('../../src/commands/commands');
}

async function withLedger(): Promise<void> {
  const result = importBreakdown({ kind: 'text', text: readFileSync(FIXTURE, 'utf8') }, { file: 'guangfeng-2024-breakdown.txt' });
  await drawLedger(buildLedger(result, { ledgerId: 'L1', createdAt: '2024-08-10T09:00:00' }));
}

const sheetNames = () => standin.host.state.sheets.map((s) => s.name);
const activeSheet = () => standin.host.state.sheets.find((s) => s.id === standin.host.state.activeSheetId)?.name;

describe('ribbon commands', () => {
  test('刷新状态 on a workbook without a ledger: completes once and says why', async () => {
    const { refreshStatus } = await commands();
    const event = fakeEvent();
    await refreshStatus(event);
    expect(event.count()).toBe(1);
    expect(dialogs.map((u) => [u.pathname, u.searchParams.get('title'), u.searchParams.get('text'), u.searchParams.get('kind')]))
      .toEqual([['/message.html', '刷新状态', NO_LEDGER, 'error']]);
  });

  test('打印状态表 on a workbook without a ledger: completes once and says why', async () => {
    const { printStatusTable } = await commands();
    const event = fakeEvent();
    await printStatusTable(event);
    expect(event.count()).toBe(1);
    expect(dialogs.map((u) => u.searchParams.get('text'))).toEqual([NO_LEDGER]);
    expect(sheetNames()).toEqual(['Sheet1']);
  });

  test('刷新状态 redraws the ledger silently', async () => {
    await withLedger();
    const before = sheetNames();
    const { refreshStatus } = await commands();
    const event = fakeEvent();
    await refreshStatus(event);
    expect(event.count()).toBe(1);
    expect(dialogs).toEqual([]);
    expect(sheetNames()).toEqual(before);
  });

  test('打印状态表 builds the print sheets after the ledger, selects the status table, and says to print with Ctrl+P', async () => {
    await withLedger();
    const before = sheetNames();
    const { printStatusTable } = await commands();
    const event = fakeEvent();
    await printStatusTable(event);
    expect(event.count()).toBe(1);
    expect(sheetNames()).toEqual([...before, '推进情况表', '单位汇总']);
    expect(activeSheet()).toBe('推进情况表');
    expect(dialogs.map((u) => [u.searchParams.get('text'), u.searchParams.get('kind')])).toEqual([
      ['“推进情况表”已生成并选中。Office 加载项不能直接打印：请按 Ctrl+P（或“文件 → 打印”）打印。', 'info'],
    ]);
  });

  test('an Excel failure in the middle still completes the event, and the dialog failing too does not matter', async () => {
    await withLedger();
    (standin.Excel as unknown as { run: () => Promise<never> }).run = () => Promise.reject(Object.assign(new Error('The request failed'), { code: 'GeneralException' }));
    (standin.Office as unknown as { context: { ui: unknown } }).context.ui = { displayDialogAsync: () => { throw new Error('dialogs blocked'); } };
    const { refreshStatus, printStatusTable } = await commands();
    const a = fakeEvent();
    const b = fakeEvent();
    await refreshStatus(a);
    await printStatusTable(b);
    expect([a.count(), b.count()]).toEqual([1, 1]);
  });
});
