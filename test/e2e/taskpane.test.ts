/**
 * The task pane end to end in Debian's Chromium: the production build, served from 127.0.0.1,
 * (1) standalone with the real office.js from @microsoft/office-js (no Office host), working on
 * files; (2) as an add-in with the Excel stand-in in office.js's place. Screenshots of every
 * step go to test-results/taskpane/.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import { gzipSync } from 'zlib';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { SHEETS } from '../../src/layout/ledger-names';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { openBrowser, type Browser } from './support/browser';
import { buildPane, buildStandinScript } from './support/build-pane';
import { download, errorText, idle, mergeReturns, pickFiles, shot, statusSays, step } from './support/pane-driver';
import { fillTwoReturns, ROUND, taskRowValues } from './support/returns';
import { modelTask, sheetRows } from './support/standin-model';
import { buildDocx } from '../docx/build-docx';
import { startStaticServer, type StaticServer } from './support/static-server';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURE = path.join(ROOT, 'test/fixtures/guangfeng-2024-breakdown.txt');
const OFFICE_DIST = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');

let work = '';
let site = '';
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'task-ledger-pane-'));
  site = path.join(work, 'site');
  fs.mkdirSync(site);
  server = await startStaticServer({ '/office-js/': OFFICE_DIST, '/': site });
  await buildPane(site, `${server.url}/office-js/office.js`);
  await buildStandinScript(path.join(work, 'standin'));
  browser = await openBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** A page that records script errors; with `standin`, office.js is replaced by the Excel stand-in. */
async function openPane(query = '', standin = false): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (standin) {
    const script = fs.readFileSync(path.join(work, 'standin/standin-office.js'), 'utf8');
    await page.route('**/office-js/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: script }));
  }
  await page.goto(`${server.url}/taskpane.html${query}`);
  await page.locator('#tab-import').waitFor();
  return { page, errors };
}

const SMALL_BREAKDOWN = [
  ['2024年某区政务公开工作任务分解表', '', ''],
  ['工作任务', '牵头单位', '完成时限'],
  ['依法推进企业信用信息公示。', '区市场监管局', '持续推进'],
  ['开展征地信息公开标准化规范化试点。', '区自然资源局', '年底前'],
  ['做好义务教育招生政策信息公开。', '区教体局', '8月底前'],
];

describe('standalone: a plain browser working on files (real office.js, no host)', () => {
  test('import the fixture, see the findings, distribute, merge two returns, download the ledger', async () => {
    const dir = fs.mkdtempSync(path.join(work, 'standalone-'));
    const { page, errors } = await openPane();
    expect(await page.locator('.mode-badge').innerText()).toBe('浏览器 · 文件模式');
    expect(await page.getByRole('button', { name: '从选中区域导入' }).count()).toBe(0);
    await shot(page, 'standalone-1-import');

    await pickFiles(page, '选择分解表文件 (.docx / .pdf / .xlsx / .txt)…', [FIXTURE]);
    await statusSays(page, '已导入 48 项任务，发现 17 个问题。');
    expect(await page.locator('#ledger-line').innerText()).toBe('2024年广丰区政务公开工作任务分解表 · 48 项任务');
    expect(await page.getByRole('tab', { name: '校验' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#panel-check .counts').innerText()).toBe('错误 0 条 · 警告 17 条 · 提示 0 条');
    const findings = page.locator('#panel-check .finding');
    expect(await findings.count()).toBe(17);
    expect(await findings.first().innerText()).toContain('任务2-06的“城管局”与本表其他单位的写法不一致，应为“区城管局”');
    expect(await findings.first().innerText()).toContain('guangfeng-2024-breakdown.txt · 第 31 行');
    await shot(page, 'standalone-2-check');

    await step(page, '分发');
    await page.getByLabel('报送轮次').fill(ROUND);
    const units = await page.locator('#panel-distribute .unit-list li').count();
    expect(await page.locator('#panel-distribute .counts').innerText()).toContain(`共 ${units} 个牵头单位`);
    const zipPath = await download(page, dir, () => page.getByRole('button', { name: '下载全部报送表 (.zip)' }).click());
    expect(path.basename(zipPath)).toBe(`2024年广丰区政务公开工作任务分解表-报送表-${ROUND}.zip`);
    const zip = await JSZip.loadAsync(fs.readFileSync(zipPath));
    expect(Object.keys(zip.files)).toHaveLength(units);
    await idle(page);
    await shot(page, 'standalone-3-distribute');

    const returns = await fillTwoReturns(zipPath, dir);
    expect(await mergeReturns(page, returns)).toEqual(['已合并 · 1 项', '已合并 · 1 项']);
    expect(await page.locator('#panel-merge .result').innerText()).toContain('没有冲突。');
    const chase = await page.locator('#panel-merge .chase li').allInnerTexts();
    expect(chase).toHaveLength(units - 2);
    expect(chase).not.toContain('区自然资源局');
    expect(chase).toContain('区商务局');
    await shot(page, 'standalone-4-merge');

    await step(page, '状态');
    expect(await page.locator('#panel-status .light-done strong').innerText()).toBe('1');
    const unitRow = page.locator('#panel-status tbody tr', { has: page.getByRole('rowheader', { name: '区自然资源局', exact: true }) });
    expect(await unitRow.locator('td').allInnerTexts()).toEqual(['1', '0', '0', '1']);
    await shot(page, 'standalone-5-status');

    const ledgerPath = await download(page, dir, () => page.locator('#download-ledger').click());
    expect(await taskRowValues(ledgerPath, '2-03')).toEqual({ status: '已完成', progress: '征地信息公开试点已完成，目录已上网。' });
    expect(await taskRowValues(ledgerPath, '2-02')).toEqual({ status: '推进中', progress: '<b>招生政策</b>已公开，划片范围待公布' });
    const back = await readLedgerXlsx(fs.readFileSync(ledgerPath), path.basename(ledgerPath));
    expect(back.ledger?.tasks).toHaveLength(48);
    expect(back.ledger?.changes.length).toBeGreaterThan(0);

    await step(page, '打印');
    const printPath = await download(page, dir, () => page.getByRole('button', { name: '生成并下载推进情况表 (.xlsx)' }).click());
    const printed = new ExcelJS.Workbook();
    await printed.xlsx.readFile(printPath);
    expect(printed.worksheets.map((w) => w.name)).toEqual(['推进情况表', '单位汇总']);
    await idle(page);
    await shot(page, 'standalone-6-print');

    // The downloaded ledger opens again in a fresh page, checked as it stands.
    const again = await openPane();
    await pickFiles(again.page, '打开台账 (.xlsx)…', [ledgerPath]);
    await statusSays(again.page, `已打开 ${path.basename(ledgerPath)}：48 项任务。`);
    expect(await again.page.locator('#ledger-line').innerText()).toBe('2024年广丰区政务公开工作任务分解表 · 48 项任务');
    await step(again.page, '校验');
    expect(await again.page.locator('#panel-check .counts').innerText()).toBe('错误 0 条 · 警告 17 条 · 提示 0 条');
    await step(again.page, '状态');
    expect(await again.page.locator('#panel-status .light-done strong').innerText()).toBe('1');
    expect(again.errors).toEqual([]);
    await again.page.close();

    expect(await errorText(page)).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  test('a file that is not a ledger gets a clear error in the pane', async () => {
    const { page, errors } = await openPane();
    const bogus = path.join(work, '台账（损坏）.xlsx');
    fs.writeFileSync(bogus, 'not a zip');
    await pickFiles(page, '打开台账 (.xlsx)…', [bogus]);
    await page.locator('.error-box').waitFor();
    expect(await errorText(page)).toContain('台账（损坏）.xlsx');
    expect(await page.locator('#ledger-line').innerText()).toBe('尚未打开台账');
    await shot(page, 'standalone-error');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  test('a .docx breakdown picked in the pane makes a ledger', async () => {
    const { page, errors } = await openPane();
    const docx = path.join(work, '某区任务分解表.docx');
    fs.writeFileSync(docx, await buildDocx([
      { paragraph: SMALL_BREAKDOWN[0][0] },
      { table: SMALL_BREAKDOWN.slice(1).map((row) => row.map((text) => ({ text }))), headerRows: 1 },
    ]));
    await pickFiles(page, '选择分解表文件 (.docx / .pdf / .xlsx / .txt)…', [docx]);
    await statusSays(page, '已导入 3 项任务，发现 0 个问题。');
    expect(await page.locator('#ledger-line').innerText()).toBe('2024年某区政务公开工作任务分解表 · 3 项任务');
    expect(await page.locator('#panel-check .counts').innerText()).toBe('没有发现问题。');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  test('leaving the page with a ledger not yet downloaded asks first; after the download it does not', async () => {
    const asked = async (page: Page): Promise<boolean> => {
      const dialog = page.waitForEvent('dialog', { timeout: 5_000 }).then(async (d) => { await d.dismiss(); return d.type() === 'beforeunload'; }, () => false);
      await page.close({ runBeforeUnload: true });
      return dialog;
    };
    const first = await openPane();
    await pickFiles(first.page, '选择分解表文件 (.docx / .pdf / .xlsx / .txt)…', [FIXTURE]);
    await statusSays(first.page, '已导入 48 项任务');
    expect(await asked(first.page)).toBe(true);
    await first.page.close();

    const second = await openPane();
    await pickFiles(second.page, '选择分解表文件 (.docx / .pdf / .xlsx / .txt)…', [FIXTURE]);
    await statusSays(second.page, '已导入 48 项任务');
    await download(second.page, work, () => second.page.locator('#download-ledger').click());
    await idle(second.page);
    expect(await asked(second.page)).toBe(false);
  }, 60_000);

  test('with office.js unreachable (no network) the page still starts, on files', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/office-js/office.js', (route) => route.abort('internetdisconnected'));
    await page.goto(`${server.url}/taskpane.html`);
    await page.locator('#tab-import').waitFor();
    expect(await page.locator('.mode-badge').innerText()).toBe('浏览器 · 文件模式');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  test('the steps are reachable with the keyboard (arrow keys move between tabs)', async () => {
    const { page } = await openPane();
    await page.locator('#tab-import').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-distribute');
    expect(await page.locator('#panel-distribute').isVisible()).toBe(true);
    await page.keyboard.press('End');
    expect(await page.getByRole('tab', { name: '打印' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Home');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('打开台账 (.xlsx)…');
    await page.close();
  }, 60_000);
});

test('the first screen loads no ExcelJS or JSZip and stays under 150 KB gzipped', () => {
  const js = fs.readFileSync(path.join(site, 'taskpane.js'));
  expect(js.toString()).not.toContain('end of central directory');
  expect(js.toString()).not.toContain('sharedStrings');
  expect(gzipSync(js, { level: 9 }).length).toBeLessThan(150 * 1024);
});

describe('add-in: the pane in Excel (the Excel stand-in in place of office.js)', () => {
  test('every step, checked in the workbook model afterwards', async () => {
    const dir = fs.mkdtempSync(path.join(work, 'addin-'));
    const { page, errors } = await openPane('', true);
    expect(await page.locator('.mode-badge').innerText()).toBe('Excel');

    // 导入 from the selected range: the user has pasted a small table into Sheet1 and selected it.
    await page.evaluate((grid) => {
      const sheet = window.__standin.host.state.sheets[0];
      grid.forEach((row, r) => row.forEach((value, c) => { if (value !== '') sheet.cells.set(r * 16_384 + c, { value }); }));
      window.__selection = 'A1:C5';
    }, SMALL_BREAKDOWN);
    await shot(page, 'addin-1-import');
    await page.getByRole('button', { name: '从选中区域导入' }).click();
    await statusSays(page, '已导入 3 项任务');
    // No section headings in this table: the importer numbers the tasks in section 0.
    expect((await sheetRows(page, SHEETS.tasks))!.slice(1, 4).map((r) => r.slice(1, 5))).toEqual([
      ['0-01', '', '依法推进企业信用信息公示。', '区市场监管局'],
      ['0-02', '', '开展征地信息公开标准化规范化试点。', '区自然资源局'],
      ['0-03', '', '做好义务教育招生政策信息公开。', '区教体局'],
    ]);

    // 导入 again from pasted text, as a new ledger (替换; 更新台账 is the default): the pane asks once before replacing the ledger.
    await step(page, '导入');
    await page.getByLabel(/^替换为新台账/).check();
    await page.getByLabel('粘贴分解表文本').fill(fs.readFileSync(FIXTURE, 'utf8'));
    await page.getByRole('button', { name: '导入粘贴的文本' }).click();
    expect(await page.locator('#panel-import .warning').innerText()).toContain('当前已有台账');
    await page.getByRole('button', { name: '导入粘贴的文本' }).click();
    await statusSays(page, '已导入 48 项任务，发现 17 个问题。');
    expect((await sheetRows(page, SHEETS.tasks))!.length).toBe(49);

    // 校验: a click selects the finding's cell in 任务台账.
    const first = page.locator('#panel-check .finding button').first();
    // The first finding is about 2-06's lead units: the 10th task (row 11), column E (牵头单位).
    expect(await first.innerText()).toContain('→ 任务台账!E11');
    await first.click();
    await idle(page);
    const selected = await page.evaluate(() => window.__selected);
    expect(selected).toHaveLength(1);
    expect(selected[0]).toContain(SHEETS.tasks);
    expect(selected[0]).toContain('getRange("E11")');
    await shot(page, 'addin-2-check');

    // 分发: one unit's return opened in Excel; all of them as a zip (Excel on the web can download).
    await step(page, '分发');
    await page.getByLabel('报送轮次').fill(ROUND);
    await page.getByLabel('报送截止').fill('2024-10-10');
    await page.getByRole('button', { name: '在 Excel 中打开：区自然资源局' }).click();
    await statusSays(page, '已在 Excel 中打开“区自然资源局”的报送表');
    const created = await page.evaluate(() => window.__workbooksCreated);
    expect(created).toHaveLength(1);
    const opened = new ExcelJS.Workbook();
    await opened.xlsx.load(Buffer.from(created[0], 'base64') as unknown as ExcelJS.Buffer);
    const preamble: string[] = [];
    opened.getWorksheet('报送表')!.eachRow((row, n) => { if (n <= 4) row.eachCell((c) => { preamble.push(String(c.value)); }); });
    expect(preamble.join(' ')).toContain('区自然资源局');
    expect(preamble.join(' ')).toContain('2024年10月10日');
    const zipPath = await download(page, dir, () => page.getByRole('button', { name: '下载全部报送表 (.zip)' }).click());
    await idle(page);
    await shot(page, 'addin-3-distribute');

    // 合并 two filled returns; the ledger in the workbook takes the units' words.
    const returns = await fillTwoReturns(zipPath, dir);
    expect(await mergeReturns(page, returns)).toEqual(['已合并 · 1 项', '已合并 · 1 项']);
    expect(await modelTask(page, '2-03')).toEqual({ status: '已完成', progress: '征地信息公开试点已完成，目录已上网。' });
    expect(await modelTask(page, '2-02')).toEqual({ status: '推进中', progress: '<b>招生政策</b>已公开，划片范围待公布' });
    const history = (await sheetRows(page, SHEETS.changes))!;
    expect(history.length).toBeGreaterThan(1);
    // Each unit's own report is kept in the workbook (单位报送), so the next merge builds on it.
    expect((await sheetRows(page, '单位报送'))!.some((r) => r.includes('区教体局') && r.includes('2-02'))).toBe(true);
    await shot(page, 'addin-4-merge');

    // 状态 from the workbook.
    await step(page, '状态');
    expect(await page.locator('#panel-status .light-done strong').innerText()).toBe('1');
    await shot(page, 'addin-5-status');

    // 撤销: the workbook is as before the merge.
    await step(page, '合并');
    await page.getByRole('button', { name: '撤销本次合并' }).click();
    await statusSays(page, '已撤销本次合并');
    await idle(page);
    expect(await modelTask(page, '2-03')).toEqual({ status: '', progress: '' });
    expect((await sheetRows(page, SHEETS.changes))!.filter((r) => r.some((v) => v !== ''))).toHaveLength(1);

    // 打印: the print sheets are in the workbook, the status table active.
    await step(page, '打印');
    await page.getByRole('button', { name: '生成推进情况表' }).click();
    await statusSays(page, '已生成并选中“推进情况表”工作表。');
    const sheets = await page.evaluate(() => {
      const state = window.__standin.host.state;
      return { names: state.sheets.map((s) => s.name), active: state.sheets.find((s) => s.id === state.activeSheetId)?.name };
    });
    expect(sheets.names).toEqual(expect.arrayContaining(['推进情况表', '单位汇总', SHEETS.tasks]));
    expect(sheets.active).toBe('推进情况表');
    expect(await page.locator('#panel-print .print-hint').innerText()).toContain('加载项不能直接打印');
    await shot(page, 'addin-6-print');

    expect(await errorText(page)).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  test('English when Office speaks English', async () => {
    const { page } = await openPane('?lang=en-US', true);
    expect(await page.getByRole('tab').allTextContents()).toEqual(['1Import', '2Check', '3Send', '4Merge', '5Status', '6Print']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await shot(page, 'addin-english');
    await page.close();
  }, 60_000);

  test('the 合并报送 ribbon button opens the pane on the merge step', async () => {
    const { page } = await openPane('?step=merge', true);
    expect(await page.getByRole('tab', { name: '合并' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#panel-merge').isVisible()).toBe(true);
    await page.close();
  }, 60_000);

  test('ribbon commands complete, and say why, when the workbook holds no ledger', async () => {
    const page = await browser.context.newPage();
    const script = fs.readFileSync(path.join(work, 'standin/standin-office.js'), 'utf8');
    await page.route('**/office-js/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: script }));
    await page.goto(`${server.url}/commands.html`);
    await page.waitForFunction(() => Object.keys(window.__actions ?? {}).length === 2);
    for (const name of ['refreshStatus', 'printStatusTable']) {
      const completed = await page.evaluate((n) => new Promise<boolean>((resolve) => { void window.__actions[n]({ completed: () => resolve(true) }); }), name);
      expect(completed).toBe(true);
    }
    const dialogs = await page.evaluate(() => window.__dialogs.map((u) => new URL(u).searchParams.get('text')));
    expect(dialogs).toEqual([
      '没有完成：这个工作簿里没有任务台账：请先点“打开面板”，导入任务分解表。',
      '没有完成：这个工作簿里没有任务台账：请先点“打开面板”，导入任务分解表。',
    ]);
    await page.close();
  }, 60_000);
});
