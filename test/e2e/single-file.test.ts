/**
 * The single-file page (任务台账助手.html, scripts/build-single-file.js) opened from file:// in
 * Chromium with the network off: every request that is not file:, data: or blob: is aborted and
 * recorded, and none may be made. It runs the whole workflow on files — import (pasted text, a PDF,
 * a .docx), 校验, 分发, 合并 of filled returns, 状态, 打印, the ledger downloaded and opened
 * again — and its 使用说明 link opens the help embedded in it. Made from the run's shared pane build
 * (test/e2e/support/pane-site.ts), as `npm run build` makes dist/任务台账助手.html from dist/web.
 * Screenshots at 320 px go to test-results/taskpane/single-*.png.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Page } from 'playwright-core';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { buildDocx } from '../docx/build-docx';
import { fixturePdf } from '../pdf/fixture-pdf';
import { predefinedCmapPdf } from '../pdf/scan-pdf';
import { axeViolations } from './support/axe';
import { openBrowser, type Browser } from './support/browser';
import { download, errorText, idle, mergeReturns, pickFiles, shot, statusSays, step } from './support/pane-driver';
import { paneSite, type PaneSite } from './support/pane-site';
import { fillReturn, ROUND, taskRowValues } from './support/returns';

interface SingleFileBuild {
  buildSingleFile(siteDir: string, outFile: string): { file: string; bytes: number; scripts: Array<{ file: string; bytes: number }> };
  SINGLE_FILE_NAME: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildSingleFile, SINGLE_FILE_NAME } = require('../../scripts/build-single-file.js') as SingleFileBuild;

const ROOT = path.resolve(__dirname, '../..');
const FIXTURE = path.join(ROOT, 'test/fixtures/guangfeng-2024-breakdown.txt');
const FROM_FILE = '选择分解表文件 (.docx / .pdf / .xlsx / .txt)…';
const LOCAL = /^(file|data|blob):/;
const SMALL_TABLE = [
  ['工作任务', '牵头单位', '完成时限'],
  ['依法推进企业信用信息公示。', '区市场监管局', '持续推进'],
  ['开展征地信息公开标准化规范化试点。', '区自然资源局', '年底前'],
  ['做好义务教育招生政策信息公开。', '区教体局', '8月底前'],
];

let work = '';
let built: PaneSite;
let single = '';
let browser: Browser;
/** Every URL the browser asked for, from any page of the context. */
const requests: string[] = [];

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'task-ledger-single-file-'));
  built = await paneSite();
  single = buildSingleFile(built.site, path.join(work, 'dist', SINGLE_FILE_NAME)).file;
  browser = await openBrowser({ width: 320, height: 800 });
  await browser.context.setOffline(true);
  browser.context.on('request', (request) => { requests.push(request.url()); });
  await browser.context.route('**/*', (route) => (LOCAL.test(route.request().url()) ? route.continue() : route.abort('internetdisconnected')));
}, 900_000);

afterAll(async () => {
  await browser?.close();
  built?.cleanup();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** The single file opened from disk; page errors and console errors recorded. */
async function openSingle(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  await page.goto(pathToFileURL(single).href);
  await page.locator('#tab-import').waitFor();
  return { page, errors };
}

const remote = () => requests.filter((url) => !LOCAL.test(url));

test('the file holds everything: no script, style or link pointing anywhere, no office.js', () => {
  const html = fs.readFileSync(single, 'utf8');
  expect(html.match(/<script\b[^>]*\bsrc=/gi)).toBeNull();
  expect(html.match(/<link\b/gi)).toBeNull();
  expect(html).not.toMatch(/<meta\b[^>]*name=["']?office-js/);
  expect(html).not.toContain('appsforoffice');
  // The pane's entry and the chunks it loads later (ExcelJS, pdfjs and its cMaps) are in it.
  expect(html).toContain('webpackChunktask_ledger');
  expect(html).toContain('pdfjsWorker');
  expect(html).toContain('UniGB-UCS2-H');
});

test('from file:// with the network off: import, 校验, 分发, 合并, 状态, 打印, the ledger out and in again', async () => {
  const dir = fs.mkdtempSync(path.join(work, 'flow-'));
  const { page, errors } = await openSingle();
  expect(await page.locator('.mode-badge').innerText()).toBe('浏览器 · 文件模式');
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, 'single-1-start');

  // 使用说明 opens the help embedded in the file.
  const [help] = await Promise.all([browser.context.waitForEvent('page'), page.getByRole('link', { name: '使用说明' }).click()]);
  await help.waitForLoadState();
  expect(await help.title()).toBe('任务台账助手 · 使用说明');
  expect(await help.locator('body').innerText()).toContain('双击打开“任务台账助手.html”');
  await help.close();

  // 导入: the fixture pasted.
  await page.getByLabel('粘贴分解表文本').fill(fs.readFileSync(FIXTURE, 'utf8'));
  await page.getByRole('button', { name: '导入粘贴的文本' }).click();
  await statusSays(page, '已导入 48 项任务，发现 17 个问题。');
  expect(await page.locator('#ledger-line').innerText()).toBe('2024年广丰区政务公开工作任务分解表 · 48 项任务');
  await step(page, '导入');
  await shot(page, 'single-2-import');

  // 校验
  await step(page, '校验');
  expect(await page.locator('#panel-check .counts').innerText()).toBe('错误 0 条 · 警告 16 条 · 提示 1 条');
  expect(await page.locator('#panel-check .finding').count()).toBe(17);
  await shot(page, 'single-3-check');

  // 分发: one unit's 报送表, and all of them as a .zip.
  await step(page, '分发');
  await page.getByLabel('报送轮次').fill(ROUND);
  const own = await download(page, dir, () => page.getByRole('button', { name: '下载：区自然资源局' }).click());
  expect(path.basename(own)).toBe(`区自然资源局-报送表-${ROUND}.xlsx`);
  const zipPath = await download(page, dir, () => page.getByRole('button', { name: '下载全部报送表 (.zip)' }).click());
  const units = await page.locator('#panel-distribute .unit-list li').count();
  const zip = await JSZip.loadAsync(fs.readFileSync(zipPath));
  expect(Object.keys(zip.files)).toHaveLength(units);
  await idle(page);
  await shot(page, 'single-4-distribute');

  // Two units fill in their returns: 区自然资源局 the file downloaded alone, 区教体局 its file from the .zip.
  const naturalResources = path.join(dir, 'returned', path.basename(own));
  const education = path.join(dir, 'returned', `区教体局-报送表-${ROUND}.xlsx`);
  fs.mkdirSync(path.dirname(naturalResources));
  fs.writeFileSync(naturalResources, await fillReturn(fs.readFileSync(own), [{ taskId: '2-03', status: '已完成', progress: '征地信息公开试点已完成，目录已上网。' }]));
  const educationEntry = zip.file(path.basename(education));
  expect(educationEntry).not.toBeNull();
  fs.writeFileSync(education, await fillReturn(await educationEntry!.async('uint8array'), [{ taskId: '2-02', status: '推进中', progress: '招生政策已公开，划片范围待公布' }]));

  // 合并
  expect(await mergeReturns(page, [naturalResources, education])).toEqual(['已合并 · 1 项', '已合并 · 1 项']);
  expect(await page.locator('#panel-merge .result').innerText()).toContain('没有冲突。');
  await shot(page, 'single-5-merge');

  // 状态
  await step(page, '状态');
  expect(await page.locator('#panel-status .light-done strong').innerText()).toBe('1');
  const unitRow = page.locator('#panel-status tbody tr', { has: page.getByRole('rowheader', { name: '区自然资源局', exact: true }) });
  expect(await unitRow.locator('td').allInnerTexts()).toEqual(['1', '0', '0', '1']);
  await shot(page, 'single-6-status');

  // 打印: the status table as .xlsx, the merged progress in 2-03's row.
  await step(page, '打印');
  const printPath = await download(page, dir, () => page.getByRole('button', { name: '生成并下载推进情况表 (.xlsx)' }).click());
  const printed = new ExcelJS.Workbook();
  await printed.xlsx.readFile(printPath);
  expect(printed.worksheets.map((w) => w.name)).toEqual(['推进情况表', '单位汇总']);
  expect(rowOf(printed.getWorksheet('推进情况表')!, '开展征地信息公开标准化规范化试点。'))
    .toEqual(['7', '开展征地信息公开标准化规范化试点。', '区自然资源局', '年底前', '已完成', '征地信息公开试点已完成，目录已上网。', '✓完成']);
  await idle(page);
  await shot(page, 'single-7-print');

  // The ledger out, read back: the units' words in their rows.
  const ledgerPath = await download(page, dir, () => page.locator('#download-ledger').click());
  expect(await taskRowValues(ledgerPath, '2-03')).toEqual({ status: '已完成', progress: '征地信息公开试点已完成，目录已上网。' });
  expect(await taskRowValues(ledgerPath, '2-02')).toEqual({ status: '推进中', progress: '招生政策已公开，划片范围待公布' });
  expect(await taskRowValues(ledgerPath, '2-01')).toEqual({ status: '', progress: '' });
  const back = await readLedgerXlsx(fs.readFileSync(ledgerPath), path.basename(ledgerPath));
  expect(back.ledger?.tasks).toHaveLength(48);

  // … and in again, in a fresh page of the same file.
  const again = await openSingle();
  await pickFiles(again.page, '打开台账 (.xlsx)…', [ledgerPath]);
  await statusSays(again.page, `已打开 ${path.basename(ledgerPath)}：48 项任务。`);
  await step(again.page, '状态');
  expect(await again.page.locator('#panel-status .light-done strong').innerText()).toBe('1');
  await shot(again.page, 'single-8-reopened');
  expect(again.errors).toEqual([]);
  await again.page.close();

  expect(await errorText(page)).toBeNull();
  expect(errors).toEqual([]);
  expect(remote()).toEqual([]);
  await page.close();
}, 300_000);

test('from file:// with the network off: PDF breakdowns (pdfjs, its worker and cMaps from the file) and a .docx', async () => {
  const pdf = await fixturePdf(fs.mkdtempSync(path.join(work, 'pdf-')), '分解表', true);
  const { page, errors } = await openSingle();
  await pickFiles(page, FROM_FILE, [pdf]);
  await statusSays(page, '已导入 48 项任务');
  expect(await page.locator('#ledger-line').innerText()).toBe('2024年广丰区政务公开工作任务分解表 · 48 项任务');
  await shot(page, 'single-pdf');
  expect(errors).toEqual([]);
  await page.close();

  // A PDF in a font it does not embed (STSong-Light, UniGB-UCS2-H): read only with pdfjs's cMaps.
  const cmapPdf = path.join(work, '某区任务分解表（STSong）.pdf');
  fs.writeFileSync(cmapPdf, predefinedCmapPdf('2024年某区政务公开工作任务分解表', SMALL_TABLE, [250, 130, 100]));
  const cmap = await openSingle();
  await pickFiles(cmap.page, FROM_FILE, [cmapPdf]);
  await statusSays(cmap.page, '已导入 3 项任务，发现 0 个问题。');
  expect(await cmap.page.locator('#ledger-line').innerText()).toBe('2024年某区政务公开工作任务分解表 · 3 项任务');
  await step(cmap.page, '导入');
  await cmap.page.getByText('查看台账中的任务（3 项）').click();
  expect(await cmap.page.locator('#panel-import .task-table tbody tr').first().locator('td').allInnerTexts()).toEqual(['依法推进企业信用信息公示。', '区市场监管局', '持续推进']);
  expect(cmap.errors).toEqual([]);
  await cmap.page.close();

  const docx = path.join(work, '某区任务分解表.docx');
  fs.writeFileSync(docx, await buildDocx([
    { paragraph: '2024年某区政务公开工作任务分解表' },
    { table: SMALL_TABLE.map((row) => row.map((text) => ({ text }))), headerRows: 1 },
  ]));
  const second = await openSingle();
  await pickFiles(second.page, FROM_FILE, [docx]);
  await statusSays(second.page, '已导入 3 项任务，发现 0 个问题。');
  expect(await second.page.locator('#ledger-line').innerText()).toBe('2024年某区政务公开工作任务分解表 · 3 项任务');
  expect(second.errors).toEqual([]);
  await second.page.close();
  expect(remote()).toEqual([]);
}, 240_000);

test('from file:// with the network off: a .docx whose header is not read is imported by the columns chosen (指定列), the chooser accessible', async () => {
  const docx = path.join(work, '某区为民办实事安排.docx');
  fs.writeFileSync(docx, await buildDocx([
    { paragraph: '2024年某区为民办实事任务分解表' },
    { table: [['编码', '条目', '哪家办', '几时办结'], ['1', '改造老旧小区12个', '区住建局', '10月底前'], ['2', '新建公办幼儿园2所', '区教育局', '8月底前'], ['3', '新增停车泊位500个', '区城管局', '年底前']].map((row) => row.map((text) => ({ text }))), headerRows: 1 },
  ]));
  const { page, errors } = await openSingle();
  await pickFiles(page, FROM_FILE, [docx]);
  await page.locator('#panel-import .column-chooser').waitFor();
  expect(await errorText(page)).toContain('没有找到表头行');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('第3列的内容').selectOption({ label: '牵头单位' });
  await page.getByRole('button', { name: '按指定的列导入' }).click();
  await statusSays(page, '已导入 3 项任务');
  expect(await page.locator('#ledger-line').innerText()).toBe('2024年某区为民办实事任务分解表 · 3 项任务');
  expect(errors).toEqual([]);
  await page.close();
  expect(remote()).toEqual([]);
}, 120_000);

/** The cells of the first row of `ws` holding `value`, as text; line breaks (the print layout's) removed. */
function rowOf(ws: ExcelJS.Worksheet, value: string): string[] {
  for (let r = 1; r <= ws.rowCount; r++) {
    const texts: string[] = [];
    ws.getRow(r).eachCell((cell) => { texts.push(cell.text.replace(/\n/g, '')); });
    if (texts.includes(value)) return texts;
  }
  throw new Error(`no row with ${value} in ${ws.name}`);
}
