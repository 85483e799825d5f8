/**
 * The pane's 导入 step (issues 13, 14), in Chromium: re-importing a revised breakdown updates the
 * open ledger (identity kept, tasks matched), so returns sent before it still merge — in file
 * mode and in the add-in on the Excel stand-in; a PDF and a breakdown .xlsx import in file mode,
 * the PDF read with no request for pdfjs's data. Screenshots at 320 px go to test-results/taskpane/.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { fixturePdf } from '../pdf/fixture-pdf';
import { ADDED, REMOVED, REWORDED, revisedBreakdown } from '../support/revised-breakdown';
import { openBrowser, type Browser } from './support/browser';
import { download, errorText, idle, mergeReturns, shot, statusSays, step } from './support/pane-driver';
import { paneSite, type PaneSite } from './support/pane-site';
import { fillTwoReturns, ROUND } from './support/returns';
import { modelTask } from './support/standin-model';
import { startStaticServer, type StaticServer } from './support/static-server';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURE = path.join(ROOT, 'test/fixtures/guangfeng-2024-breakdown.txt');
const OFFICE_DIST = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');
const FROM_FILE = /^选择分解表文件/;
const UPDATED = '已按新的分解表更新任务台账（台账标识不变，已发出的报送表仍可合并）：新增 1 项、删除 1 项、修改 1 项。';

let work = '';
let built: PaneSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'task-ledger-pane-import-'));
  built = await paneSite();
  server = await startStaticServer({ '/office-js/': OFFICE_DIST, '/': built.site });
  browser = await openBrowser({ width: 320, height: 800 });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  built?.cleanup();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

async function openPane(standin = false): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (standin) await page.route('**/office-js/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: built.standinScript }));
  await page.goto(`${server.url}/taskpane.html`);
  await page.locator('#tab-import').waitFor();
  if (standin) await page.locator('.mode-badge', { hasText: 'Excel' }).waitFor();
  return { page, errors };
}

async function pick(page: Page, button: string | RegExp, files: string[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()]);
  await chooser.setFiles(files);
}

async function paste(page: Page, text: string): Promise<void> {
  await step(page, '导入');
  await page.getByLabel('粘贴分解表文本').fill(text);
  await page.getByRole('button', { name: '导入粘贴的文本' }).click();
  await idle(page);
}

async function distributeZip(page: Page, dir: string): Promise<string> {
  await step(page, '分发');
  await page.getByLabel('报送轮次').fill(ROUND);
  const zip = await download(page, dir, () => page.getByRole('button', { name: '下载全部报送表 (.zip)' }).click());
  await idle(page);
  return zip;
}

/** The 导入 step's report of a re-import, as the clerk reads it. */
async function updateReport(page: Page): Promise<string[]> {
  return page.locator('#panel-import .result').locator('p.update-summary, h3, li').allInnerTexts();
}

const REPORT = [UPDATED, '新增：', `2-10 ${ADDED}`, '删除：', `2-05 ${REMOVED}`, '修改：', `2-03 ${REWORDED.after}（改了：工作任务）`];

describe('re-importing a revised breakdown after distributing', () => {
  test('file mode: 更新台账 is the default; the report lists what changed; returns sent before still merge, without a false 工作任务被改为', async () => {
    const dir = fs.mkdtempSync(path.join(work, 'file-'));
    const { page, errors } = await openPane();
    await pick(page, FROM_FILE, [FIXTURE]);
    await statusSays(page, '已导入 48 项任务');
    const returns = await fillTwoReturns(await distributeZip(page, dir), dir);

    await step(page, '导入');
    expect(await page.getByLabel(/^更新台账/).isChecked()).toBe(true);
    await paste(page, revisedBreakdown());
    await statusSays(page, UPDATED);
    expect(await updateReport(page)).toEqual(REPORT);
    expect(await page.locator('#ledger-line').innerText()).toBe('2024年广丰区政务公开工作任务分解表 · 48 项任务');
    await shot(page, 'import-update-report');
    // The ledger as it was before is still to be had.
    const before = await download(page, dir, () => page.getByRole('button', { name: '下载更新前的台账 (.xlsx)' }).click());
    expect((await readLedgerXlsx(fs.readFileSync(before), path.basename(before))).ledger!.tasks.map((t) => t.task)).toContain(REMOVED);

    expect(await mergeReturns(page, returns)).toEqual(['已合并 · 1 项', '已合并 · 1 项']);
    const merged = await page.locator('#panel-merge').innerText();
    expect(merged).not.toContain('另一本台账');
    expect(merged).not.toContain('被改为');
    const saved = await download(page, dir, () => page.locator('#download-ledger').click());
    const ledger = (await readLedgerXlsx(fs.readFileSync(saved), path.basename(saved))).ledger!;
    const task = ledger.tasks.find((t) => t.id === '2-03')!;
    expect([task.task, task.status, task.progress]).toEqual([REWORDED.after, '已完成', '征地信息公开试点已完成，目录已上网。']);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  test('file mode: 替换为新台账 still replaces (after a confirmation), the old ledger offered for download', async () => {
    const { page } = await openPane();
    await pick(page, FROM_FILE, [FIXTURE]);
    await statusSays(page, '已导入 48 项任务');
    await step(page, '导入');
    await page.getByLabel(/^替换为新台账/).check();
    await paste(page, revisedBreakdown());
    expect(await page.locator('#panel-import .warning').innerText()).toContain('当前已有台账');
    await page.getByRole('button', { name: '导入粘贴的文本' }).click();
    await statusSays(page, '已导入 48 项任务');
    await step(page, '导入');
    const previous = await download(page, work, () => page.getByRole('button', { name: '下载替换前的台账 (.xlsx)' }).click());
    expect((await readLedgerXlsx(fs.readFileSync(previous), path.basename(previous))).ledger!.tasks.map((t) => t.task)).toContain(REMOVED);
    await page.close();
  }, 180_000);

  test('add-in: the workbook\'s ledger is updated in place; a return distributed before merges onto the reworded task', async () => {
    const dir = fs.mkdtempSync(path.join(work, 'addin-'));
    const { page, errors } = await openPane(true);
    await paste(page, fs.readFileSync(FIXTURE, 'utf8'));
    await statusSays(page, '已导入 48 项任务');
    const returns = await fillTwoReturns(await distributeZip(page, dir), dir);

    await paste(page, revisedBreakdown());
    await statusSays(page, UPDATED);
    expect(await updateReport(page)).toEqual(REPORT);
    expect(await mergeReturns(page, returns)).toEqual(['已合并 · 1 项', '已合并 · 1 项']);
    const merged = await page.locator('#panel-merge').innerText();
    expect(merged).not.toContain('另一本台账');
    expect(merged).not.toContain('被改为');
    expect(await modelTask(page, '2-03')).toEqual({ status: '已完成', progress: '征地信息公开试点已完成，目录已上网。' });
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});

describe('breakdown files picked in 导入 (file mode)', () => {
  test('a PDF imports to the 48 tasks of the text, nothing fetched for pdfjs (worker, cMaps, fonts)', async () => {
    const pdf = await fixturePdf(fs.mkdtempSync(path.join(work, 'pdf-')), '分解表', true);
    const { page, errors } = await openPane();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await pick(page, FROM_FILE, [pdf]);
    await statusSays(page, '已导入 48 项任务');
    expect(await errorText(page)).toBeNull();
    // From the page's own site, only script chunks; no worker file, cMap or font from anywhere
    // (office.js, loaded in file mode too, may call its own telemetry: not the PDF's doing).
    expect(requests.filter((u) => u.startsWith(server.url) && !/\.js$/.test(u))).toEqual([]);
    expect(requests.filter((u) => /worker|cmap|font|\.pfb|\.ttf|\.wasm/i.test(u))).toEqual([]);
    await shot(page, 'import-pdf');
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  test('a table whose header is not read offers its columns to choose (指定列); chosen, it imports', async () => {
    const table = [
      ['2025年某区民生实事任务分解表', '', '', '', ''],
      ['编码', '条目', '哪家办', '几时办结', '附注'],
      ['1', '改造老旧小区12个', '区住建局', '2025年10月底前', '含加装电梯'],
      ['2', '新建公办幼儿园2所', '区教育局', '2025年8月底前', ''],
      ['3', '新增停车泊位500个', '区城管局、区交警大队', '年底前', ''],
    ];
    const { page, errors } = await openPane();
    await paste(page, table.map((r) => r.join('\t')).join('\n'));
    expect(await errorText(page)).toContain('没有导入，原有台账未改动：没有找到表头行');
    const chooser = page.locator('#panel-import .column-chooser');
    expect(await chooser.locator('tbody tr').count()).toBe(5);
    expect(await chooser.locator('tbody tr').nth(2).locator('td').allInnerTexts()).toEqual(['1', '改造老旧小区12个', '区住建局', '2025年10月底前', '含加装电梯']);
    // The importer's guess from the cells is chosen already: the clerk confirms or corrects it.
    expect(await page.getByLabel('表头所在行').inputValue()).toBe('2');
    const chosen = async () => Promise.all([1, 2, 3, 4, 5].map(async (n) => page.getByLabel(`第${n}列的内容`).locator('option:checked').innerText()));
    expect(await chosen()).toEqual(['序号', '工作任务', '责任单位', '完成时限', '其他（写入备注）']);
    await shot(page, 'import-choose-columns');

    // No column for the tasks: said in place, nothing imported.
    await page.getByLabel('第2列的内容').selectOption({ label: '其他（写入备注）' });
    await page.getByRole('button', { name: '按指定的列导入' }).click();
    expect(await chooser.locator('p.warning').innerText()).toBe('请指定哪一列是“工作任务”。');
    // A role twice: said in place too.
    await page.getByLabel('第2列的内容').selectOption({ label: '完成时限' });
    await page.getByRole('button', { name: '按指定的列导入' }).click();
    expect(await chooser.locator('p.warning').innerText()).toBe('“完成时限”只能指定一列。');

    await page.getByLabel('第2列的内容').selectOption({ label: '工作任务' });
    await page.getByLabel('第3列的内容').selectOption({ label: '牵头单位' });
    await page.getByRole('button', { name: '按指定的列导入' }).click();
    await statusSays(page, '已导入 3 项任务');
    await step(page, '导入');
    await page.getByText('查看台账中的任务（3 项）').click();
    const list = page.locator('#panel-import .task-table');
    expect(await list.locator('tbody tr').nth(2).locator('td').allInnerTexts()).toEqual(['新增停车泊位500个', '区城管局、区交警大队', '年底前']);
    expect(await page.locator('#ledger-line').innerText()).toBe('2025年某区民生实事任务分解表 · 3 项任务');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test('the tasks imported are listed under the result, 具体要求 with them', async () => {
    const table = [
      ['2025年某区政务公开工作任务分解表', '', '', ''],
      ['工作任务', '具体要求', '牵头单位', '完成时限'],
      ['依法推进企业信用信息公示。', '按月更新公示信息，年底前完成归集。', '区市场监管局', '持续推进'],
      ['做好义务教育招生政策信息公开。', '招生简章、划片范围同步公开。', '区教体局', '8月底前'],
    ];
    const { page, errors } = await openPane();
    await paste(page, table.map((r) => r.join('\t')).join('\n'));
    await statusSays(page, '已导入 2 项任务');
    await step(page, '导入');
    await page.getByText('查看台账中的任务（2 项）').click();
    const list = page.locator('#panel-import .task-table');
    expect(await list.locator('thead th').allInnerTexts()).toEqual(['任务编号', '工作任务', '具体要求', '牵头单位', '完成时限']);
    expect(await list.locator('tbody tr').first().locator('td').allInnerTexts()).toEqual(['依法推进企业信用信息公示。', '按月更新公示信息，年底前完成归集。', '区市场监管局', '持续推进']);
    await shot(page, 'import-task-list');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test('a file dropped on the step is imported as if picked', async () => {
    const { page, errors } = await openPane();
    const text = fs.readFileSync(FIXTURE, 'utf8');
    const dropped = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], '分解表.txt', { type: 'text/plain' }));
      return data;
    }, text);
    const panel = page.locator('#panel-import');
    await panel.dispatchEvent('dragover', { dataTransfer: dropped });
    await panel.dispatchEvent('drop', { dataTransfer: dropped });
    await statusSays(page, '已导入 48 项任务');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test.each([['分解表.xls', 'Excel 或 WPS', 'xlsx'], ['通知.wps', 'Word 或 WPS', 'docx']])('a dropped %s says how to save it in a form the pane reads', async (name, program, to) => {
    const { page, errors } = await openPane();
    const dropped = await page.evaluateHandle((fileName) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])], fileName));
      return data;
    }, name);
    const panel = page.locator('#panel-import');
    await panel.dispatchEvent('dragover', { dataTransfer: dropped });
    await panel.dispatchEvent('drop', { dataTransfer: dropped });
    await page.locator('.error-box').waitFor();
    expect(await errorText(page)).toBe(`面板不能直接读取 ${name}：请用 ${program} 打开它，“另存为” .${to} 后再导入（命令行工具在装有 LibreOffice 的电脑上可以直接导入）。`);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test('a breakdown .xlsx is imported as a breakdown, not opened as a ledger', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('分解表');
    for (const line of fs.readFileSync(FIXTURE, 'utf8').split('\n')) ws.addRow(line.split('\t'));
    const file = path.join(work, '分解表.xlsx');
    await wb.xlsx.writeFile(file);
    const { page, errors } = await openPane();
    await pick(page, FROM_FILE, [file]);
    await statusSays(page, '已导入 48 项任务');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
