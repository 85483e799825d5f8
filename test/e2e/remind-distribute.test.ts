/**
 * Issue 14 in Chromium, both modes (file mode: a plain browser on files; the add-in: the Excel
 * stand-in): the 状态 step's 催报 (the 催报名单 and the 催报通知 copied to the clipboard, exactly
 * the core's text), and distribution in one action with a list that marks each unit 已保存 —
 * a .zip or one file per unit where the host downloads, every workbook opened in Excel at once
 * in desktop Excel (no downloads there). Screenshots at 320 px go to test-results/taskpane/.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { buildReminder } from '../../src/core/remind';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { fixtureLedger } from '../xlsx/fixture-ledger';
import { axeViolations } from './support/axe';
import { openBrowser, type Browser } from './support/browser';
import { download, idle, mergeReturns, shot, statusSays, step } from './support/pane-driver';
import { paneSite, type PaneSite } from './support/pane-site';
import { fillTwoReturns, ROUND } from './support/returns';
import { startStaticServer, type StaticServer } from './support/static-server';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURE = path.join(ROOT, 'test/fixtures/guangfeng-2024-breakdown.txt');
const OFFICE_DIST = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');
/** The pane's clock: 26 September 2024, so the default round is the returns' (2024-09). */
const TODAY = '2024-09-26';

let work = '';
let built: PaneSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'task-ledger-remind-'));
  built = await paneSite();
  server = await startStaticServer({ '/office-js/': OFFICE_DIST, '/': built.site });
  browser = await openBrowser({ width: 320, height: 800 });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  built?.cleanup();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

async function openPane(query = '', standin = false): Promise<Page> {
  const page = await browser.context.newPage();
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  if (standin) await page.route('**/office-js/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: built.standinScript }));
  await page.goto(`${server.url}/taskpane.html${query}`);
  await page.locator('#tab-import').waitFor();
  if (standin) await page.locator('.mode-badge', { hasText: 'Excel' }).waitFor();
  return page;
}

async function importFixtureFile(page: Page): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: /^选择分解表文件/ }).click()]);
  await chooser.setFiles([FIXTURE]);
  await statusSays(page, '已导入 48 项任务');
}

async function importPasted(page: Page): Promise<void> {
  await step(page, '导入');
  await page.getByLabel('粘贴分解表文本').fill(fs.readFileSync(FIXTURE, 'utf8'));
  await page.getByRole('button', { name: '导入粘贴的文本' }).click();
  await statusSays(page, '已导入 48 项任务');
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const notice = (page: Page) => page.getByLabel('催报通知', { exact: true }).inputValue();

/** The unit a 报送表 is for, from the lines above its table. */
async function returnUnit(bytes: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const lines: string[] = [];
  wb.getWorksheet('报送表')!.eachRow((row, n) => { if (n <= 4) row.eachCell((c) => { lines.push(String(c.value)); }); });
  const unit = /填报单位：(\S+)/.exec(lines.join(' '));
  if (!unit) throw new Error(`no 填报单位 in ${lines.join(' | ')}`);
  return unit[1];
}

describe('催报 on the 状态 step', () => {
  test('file mode: after a merge, 复制催报通知 and 复制催报名单 put the core\'s exact text on the clipboard', async () => {
    const dir = fs.mkdtempSync(path.join(work, 'file-'));
    const page = await openPane();
    await importFixtureFile(page);
    await step(page, '分发');
    await page.getByLabel('报送轮次').fill(ROUND);
    const zipPath = await download(page, dir, () => page.getByRole('button', { name: '下载全部报送表 (.zip)' }).click());
    await idle(page);
    expect(await mergeReturns(page, await fillTwoReturns(zipPath, dir))).toEqual(['已合并 · 1 项', '已合并 · 1 项']);

    await step(page, '状态');
    await page.getByLabel('截止日期').fill('2024-09-30');
    await page.getByLabel('落款单位').fill('区政府办');
    const ledgerFile = await download(page, dir, () => page.locator('#download-ledger').click());
    const { ledger } = await readLedgerXlsx(fs.readFileSync(ledgerFile), path.basename(ledgerFile));
    const expected = buildReminder(ledger!, { today: TODAY, round: ROUND, reportBy: '2024-09-30', office: '区政府办' });
    // The two units that reported are off the list; the others are on it.
    expect(expected.chase).not.toContain('区自然资源局');
    expect(expected.chase).not.toContain('区教体局');
    expect(expected.chase.length).toBeGreaterThan(10);
    expect(expected.text).toContain('报送截止：2024年9月30日');
    expect(expected.text).toMatch(/\n区政府办\n2024年9月26日\n$/);

    expect(await notice(page)).toBe(expected.text);
    expect(await page.locator('#panel-status .chase-line').innerText()).toBe(`催报名单（尚未报送）：${expected.chase.join('、')}`);
    await page.getByRole('button', { name: '复制催报通知' }).click();
    await statusSays(page, `已复制催报通知（${expected.units.length} 个单位）`);
    expect(await clipboard(page)).toBe(expected.text);
    await page.getByRole('button', { name: '复制催报名单' }).click();
    await statusSays(page, `已复制催报名单（${expected.chase.length} 个单位）`);
    expect(await clipboard(page)).toBe(expected.chase.join('、'));
    await shot(page, 'remind-file-status');

    // Another round: the notice follows what is typed; a round that is not a month disables the copies.
    await page.getByLabel('催报轮次').fill('2024-13');
    expect(await page.locator('#panel-status .chase-line').innerText()).toBe('报送轮次“2024-13”应写成“年-月”，如 2024-09。');
    expect(await page.getByRole('button', { name: '复制催报通知' }).isDisabled()).toBe(true);
    expect(await notice(page)).toBe('');
    await page.close();
  }, 240_000);

  test('add-in: the notice of the ledger in the workbook, copied exactly', async () => {
    const page = await openPane('', true);
    await importPasted(page);
    await step(page, '状态');
    const expected = buildReminder(fixtureLedger(), { today: TODAY, round: ROUND });
    expect(expected.text).toContain('请尽快报送');
    expect(await notice(page)).toBe(expected.text);
    await page.getByRole('button', { name: '复制催报通知' }).click();
    await statusSays(page, `已复制催报通知（${expected.units.length} 个单位）`);
    expect(await clipboard(page)).toBe(expected.text);
    await shot(page, 'remind-addin-status');
    await page.close();
  }, 180_000);
});

describe('分发 in one action, each unit marked 已保存', () => {
  test('file mode: one unit\'s file, then the .zip of all; the list marks them 已保存', async () => {
    const dir = fs.mkdtempSync(path.join(work, 'distribute-'));
    const page = await openPane();
    await importFixtureFile(page);
    await step(page, '分发');
    await page.getByLabel('报送轮次').fill(ROUND);
    const rows = page.locator('#panel-distribute .unit-list li');
    const total = await rows.count();
    expect(await page.locator('#panel-distribute .saved-count').innerText()).toBe(`已保存 0 / ${total} 份。`);
    // No workbook to open in a plain browser.
    expect(await page.getByRole('button', { name: /^在 Excel 中打开/ }).count()).toBe(0);

    const one = await download(page, dir, () => page.getByRole('button', { name: '下载：区教体局' }).click());
    expect(path.basename(one)).toBe(`区教体局-报送表-${ROUND}.xlsx`);
    expect(await returnUnit(fs.readFileSync(one))).toBe('区教体局');
    const row = rows.filter({ hasText: '区教体局' });
    expect(await row.locator('.file-state').innerText()).toBe('已保存');
    expect(await row.getByRole('checkbox', { name: '已保存：区教体局' }).isChecked()).toBe(true);
    expect(await page.locator('#panel-distribute .saved-count').innerText()).toBe(`已保存 1 / ${total} 份。`);

    await download(page, dir, () => page.getByRole('button', { name: '下载全部报送表 (.zip)' }).click());
    await idle(page);
    expect(await page.locator('#panel-distribute .saved-count').innerText()).toBe(`已保存 ${total} / ${total} 份。`);
    expect(new Set(await rows.locator('.file-state').allInnerTexts())).toEqual(new Set(['已保存']));
    await shot(page, 'distribute-file-saved');
    await page.close();
  }, 180_000);

  test('desktop Excel (no downloads): 全部在 Excel 中打开 opens every unit\'s return; each row says 已打开 and is ticked 已保存 as saved', async () => {
    const page = await openPane('?platform=PC', true);
    await importPasted(page);
    await step(page, '分发');
    await page.getByLabel('报送轮次').fill(ROUND);
    expect(await page.getByRole('button', { name: '下载全部报送表 (.zip)' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^下载：/ }).count()).toBe(0);
    const rows = page.locator('#panel-distribute .unit-list li');
    const total = await rows.count();
    const units = await rows.locator('.unit-name').allInnerTexts();
    const files = await rows.locator('.return-file').allInnerTexts();
    expect(files).toEqual(units.map((u) => `${u}-报送表-${ROUND}.xlsx`));

    await page.getByRole('button', { name: `全部在 Excel 中打开（${total} 份）` }).click();
    await statusSays(page, `已在 Excel 中打开 ${total} 份报送表`);
    const created = await page.evaluate(() => window.__workbooksCreated);
    expect(created).toHaveLength(total);
    const opened: string[] = [];
    for (const base64 of created) opened.push(await returnUnit(Buffer.from(base64, 'base64')));
    expect(opened).toEqual(units);
    expect(new Set(await rows.locator('.file-state').allInnerTexts())).toEqual(new Set(['已打开']));
    expect(await page.locator('#panel-distribute .saved-count').innerText()).toBe(`已保存 0 / ${total} 份。`);

    await page.getByRole('checkbox', { name: '已保存：区教体局' }).check();
    expect(await rows.filter({ hasText: '区教体局' }).locator('.file-state').innerText()).toBe('已保存');
    expect(await page.locator('#panel-distribute .saved-count').innerText()).toBe(`已保存 1 / ${total} 份。`);
    // The marks stay while the clerk moves between steps.
    await step(page, '状态');
    await step(page, '分发');
    expect(await page.locator('#panel-distribute .saved-count').innerText()).toBe(`已保存 1 / ${total} 份。`);
    await shot(page, 'distribute-desktop-opened');
    await page.close();
  }, 180_000);
});

test('desktop Excel at 320 px: every step, after the actions of this file, has no axe violation; a screenshot of each', async () => {
  const page = await openPane('?platform=PC', true);
  const found: Record<string, string[]> = {};
  const check = async (name: string) => {
    await shot(page, `320-desktop-${name}`);
    const v = await axeViolations(page);
    if (v.length > 0) found[name] = v;
  };
  await check('首屏');
  await importPasted(page);
  for (const tab of ['导入', '校验', '分发', '合并', '状态', '打印']) {
    await step(page, tab);
    if (tab === '分发') {
      await page.getByLabel('报送轮次').fill(ROUND);
      await page.getByRole('button', { name: /^全部在 Excel 中打开/ }).click();
      await statusSays(page, '份报送表');
      await page.getByRole('checkbox', { name: '已保存：区教体局' }).check();
    }
    if (tab === '状态') {
      await page.getByLabel('截止日期').fill('2024-09-30');
      await page.getByRole('button', { name: '复制催报通知' }).click();
      await statusSays(page, '已复制催报通知');
    }
    await check(tab);
  }
  expect(found).toEqual({});
  await page.close();
}, 180_000);
