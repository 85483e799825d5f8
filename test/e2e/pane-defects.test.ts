/**
 * The task pane's defects of issue 14, each in Chromium: file mode (a plain browser, the real
 * office.js from @microsoft/office-js, no host) and, where the path differs, the add-in on the
 * Excel stand-in. Screenshots at 320 px go to test-results/taskpane/.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { FIELD_HEADERS } from '../../src/core/consolidate/fields';
import { RETURN_SHEET } from '../../src/core/consolidate/schema';
import { SHEETS } from '../../src/layout/ledger-names';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { axeViolations } from './support/axe';
import { openBrowser, type Browser } from './support/browser';
import { download, errorText, idle, shot, statusSays, step } from './support/pane-driver';
import { paneSite, type PaneSite } from './support/pane-site';
import { columnOf, fillReturn, fillTwoReturns, findRow, ROUND } from './support/returns';
import { sheetRows } from './support/standin-model';
import { startStaticServer, type StaticServer } from './support/static-server';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURE = path.join(ROOT, 'test/fixtures/guangfeng-2024-breakdown.txt');
const OFFICE_DIST = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');
const FROM_FILE = /^选择分解表文件/;
const NEED_LEDGER = '请先在“导入”步骤导入分解表或打开台账';

const SMALL = [
  ['2024年某区政务公开工作任务分解表', '', ''],
  ['工作任务', '牵头单位', '完成时限'],
  ['依法推进企业信用信息公示。', '区市场监管局', '持续推进'],
  ['开展征地信息公开标准化规范化试点。', '区自然资源局', '年底前'],
  ['做好义务教育招生政策信息公开。', '区教体局', '8月底前'],
];
const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');
/**
 * A table whose header names nothing the importer knows (条目 | 哪家办 | 几时办结): it finds no header and
 * stops (offering 指定列). Until this stop the case was cells split by single spaces, which the
 * importer now reads.
 */
const UNREAD = tsv([SMALL[0], ['条目', '哪家办', '几时办结'], ...SMALL.slice(2)]);

let work = '';
let built: PaneSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'task-ledger-defects-'));
  built = await paneSite();
  server = await startStaticServer({ '/office-js/': OFFICE_DIST, '/': built.site });
  browser = await openBrowser({ width: 320, height: 800 });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  built?.cleanup();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

async function openPane(query = '', standin = false): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (standin) await page.route('**/office-js/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: built.standinScript }));
  await page.goto(`${server.url}/taskpane.html${query}`);
  await page.locator('#tab-import').waitFor();
  if (standin) await page.locator('.mode-badge', { hasText: 'Excel' }).waitFor();
  return { page, errors };
}

async function pick(page: Page, button: string | RegExp, files: string[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()]);
  await chooser.setFiles(files);
}

async function importFixture(page: Page): Promise<void> {
  await pick(page, FROM_FILE, [FIXTURE]);
  await statusSays(page, '已导入 48 项任务');
}

/** Pastes `text` on the 导入 step and imports it as a new ledger (替换 when one is open), confirming the replace when asked. */
async function importPasted(page: Page, text: string): Promise<void> {
  await step(page, '导入');
  const replaceMode = page.getByLabel(/^替换为新台账/);
  if (await replaceMode.isVisible()) await replaceMode.check();
  await page.getByLabel('粘贴分解表文本').fill(text);
  await page.getByRole('button', { name: '导入粘贴的文本' }).click();
  await idle(page);
  if (await page.locator('#panel-import .warning', { hasText: '当前已有台账' }).isVisible()) {
    await page.getByRole('button', { name: '导入粘贴的文本' }).click();
  }
  await idle(page);
}

/** In the stand-in: the small table pasted into Sheet1, selected, imported. */
async function importSelection(page: Page): Promise<void> {
  await page.evaluate((grid) => {
    const sheet = window.__standin.host.state.sheets[0];
    grid.forEach((row, r) => row.forEach((value, c) => { if (value !== '') sheet.cells.set(r * 16_384 + c, { value }); }));
    window.__selection = 'A1:C5';
  }, SMALL);
  await step(page, '导入');
  await page.getByRole('button', { name: '从选中区域导入' }).click();
  await statusSays(page, '已导入 3 项任务');
}

async function ledgerLine(page: Page): Promise<string> {
  return page.locator('#ledger-line').innerText();
}

async function distributeZip(page: Page, dir: string): Promise<string> {
  await step(page, '分发');
  await page.getByLabel('报送轮次').fill(ROUND);
  const zip = await download(page, dir, () => page.getByRole('button', { name: '下载全部报送表 (.zip)' }).click());
  await idle(page);
  return zip;
}

describe('1. a failed import wipes nothing; a replaced ledger stays recoverable', () => {
  test('file mode: a table the importer cannot read leaves the open ledger as it was; no 0-task ledger is offered', async () => {
    const { page, errors } = await openPane();
    await importFixture(page);
    await importPasted(page, UNREAD);
    await page.locator('.error-box').waitFor();
    expect(await errorText(page)).toContain('没有导入，原有台账未改动');
    expect(await ledgerLine(page)).toBe('2024年广丰区政务公开工作任务分解表 · 48 项任务');
    const file = await download(page, work, () => page.locator('#download-ledger').click());
    expect((await readLedgerXlsx(fs.readFileSync(file), path.basename(file))).ledger?.tasks).toHaveLength(48);
    await shot(page, 'defect-1-failed-import');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test('file mode: an import that replaces a ledger offers the replaced one for download', async () => {
    const { page } = await openPane();
    await importFixture(page);
    await importPasted(page, tsv(SMALL));
    await statusSays(page, '已导入 3 项任务');
    await step(page, '导入');
    const previous = await download(page, work, () => page.getByRole('button', { name: '下载替换前的台账 (.xlsx)' }).click());
    const back = await readLedgerXlsx(fs.readFileSync(previous), path.basename(previous));
    expect(back.ledger?.meta.title).toBe('2024年广丰区政务公开工作任务分解表');
    expect(back.ledger?.tasks).toHaveLength(48);
    await page.close();
  }, 120_000);

  test('add-in: a failed import leaves 任务台账 untouched; a replacing import keeps a copy sheet of the old one', async () => {
    const { page, errors } = await openPane('', true);
    await importSelection(page);
    await importPasted(page, UNREAD);
    await page.locator('.error-box').waitFor();
    expect(await errorText(page)).toContain('没有导入，原有台账未改动');
    const tasks = (await sheetRows(page, SHEETS.tasks))!;
    expect(tasks).toHaveLength(4);
    expect(tasks[1]).toContain('依法推进企业信用信息公示。');

    await importPasted(page, fs.readFileSync(FIXTURE, 'utf8'));
    await statusSays(page, '已导入 48 项任务');
    expect((await sheetRows(page, SHEETS.tasks))!).toHaveLength(49);
    const names = await page.evaluate(() => window.__standin.host.state.sheets.map((s) => s.name));
    const copy = names.find((n) => n.startsWith(`${SHEETS.tasks}（替换前`));
    expect(copy).toBeDefined();
    const kept = (await sheetRows(page, copy!))!;
    expect(kept).toHaveLength(4);
    expect(kept.map((r) => r.join('|')).join('\n')).toContain('开展征地信息公开标准化规范化试点。');
    expect(await page.locator('#panel-import .result').innerText()).toContain(`已另存为工作表“${copy}”`);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('2. 合并 and 打印 know the open ledger', () => {
  const stale = async (page: Page) => {
    await step(page, '合并');
    const merge = await page.locator('#panel-merge').innerText();
    await step(page, '打印');
    const print = await page.locator('#panel-print').innerText();
    return [merge.includes(NEED_LEDGER), print.includes(NEED_LEDGER)];
  };

  test('file mode: visited before the import, they no longer ask for a ledger after it', async () => {
    const { page } = await openPane();
    expect(await stale(page)).toEqual([true, true]);
    await step(page, '导入');
    await importFixture(page);
    expect(await stale(page)).toEqual([false, false]);
    await page.close();
  }, 120_000);

  test('add-in: opened on 合并 (the ribbon button), then a ledger made: neither asks for one', async () => {
    const { page } = await openPane('?step=merge', true);
    await idle(page);
    await importSelection(page);
    expect(await stale(page)).toEqual([false, false]);
    await page.close();
  }, 120_000);
});

/** Records, at every change of the page, the progress bar's value and the file rows' states. */
async function recordMergeProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __seen: Array<{ bar: string | null; states: string[] }> };
    w.__seen = [];
    new MutationObserver(() => {
      w.__seen.push({
        bar: document.querySelector('.busy-bar')?.getAttribute('value') ?? null,
        states: [...document.querySelectorAll('#panel-merge .file-row .file-state')].map((e) => e.textContent ?? ''),
      });
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

async function seenProgress(page: Page): Promise<Array<{ bar: string | null; states: string[] }>> {
  return page.evaluate(() => (window as unknown as { __seen: Array<{ bar: string | null; states: string[] }> }).__seen);
}

async function mergeFiles(page: Page, files: string[]): Promise<string[]> {
  await step(page, '合并');
  await pick(page, '选择报送表并合并 (.xlsx)…', files);
  await page.locator('#panel-merge .result h3').waitFor();
  await idle(page);
  return page.locator('#panel-merge .file-row .file-state').allInnerTexts();
}

describe('3 and 4. merging: progress per file, the report in view, counts and colours that agree', () => {
  let dir = '';
  let returns: string[] = [];
  let bogus = '';
  let partial = '';

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(work, 'merge-'));
    const { page } = await openPane();
    await importFixture(page);
    const zipPath = await distributeZip(page, dir);
    returns = await fillTwoReturns(zipPath, dir);
    bogus = path.join(dir, '区财政局-报送表（损坏）.xlsx');
    fs.writeFileSync(bogus, 'not a workbook');
    partial = await partlyFilledReturn(zipPath, dir);
    // The ledger the returns belong to, opened afresh by each test.
    const saved = await download(page, dir, () => page.locator('#download-ledger').click());
    fs.renameSync(saved, path.join(dir, 'ledger.xlsx'));
    await page.close();
  }, 180_000);

  test('file mode: each file shows as read while the next is read, the bar counts files, the report is focused and in view', async () => {
    const { page } = await openPane();
    await importFixtureLedger(page);
    await recordMergeProgress(page);
    await mergeFiles(page, [...returns, bogus]);
    const seen = await seenProgress(page);
    expect(seen.some((s) => s.states[0] === '已读取' && s.states[1] === '读取中' && s.bar === '1')).toBe(true);
    expect(seen.some((s) => s.states[1] === '已读取' && s.bar === '2')).toBe(true);
    const focus = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      const box = active?.getBoundingClientRect();
      return { inReport: !!active?.closest('#panel-merge .result'), top: box?.top ?? -1, bottom: box?.bottom ?? -1, height: innerHeight };
    });
    expect(focus.inReport).toBe(true);
    expect(focus.top).toBeGreaterThanOrEqual(0);
    expect(focus.bottom).toBeLessThanOrEqual(focus.height);
    await page.close();
  }, 120_000);

  test('file mode: 已合并 counts the merged files only; a partly merged file is not green; undo says the merge\'s number; rows stop saying 已合并', async () => {
    const { page, errors } = await openPane();
    await importFixtureLedger(page);
    const states = await mergeFiles(page, [...returns, bogus, partial]);
    expect(states).toEqual(['已合并 · 1 项', '已合并 · 1 项', '未合并', '部分合并 · 1 项']);
    const said = await page.locator('#status-line').innerText();
    expect(said).toMatch(/^已合并 3 个文件，1 个文件未合并：3 项任务有更新，写入变更记录 \d+ 条。$/);
    const recorded = /写入变更记录 (\d+) 条/.exec(said)![1];
    const colour = (selector: string) => page.locator(selector).first().evaluate((e) => getComputedStyle(e).color);
    const green = await colour('.state-merged .file-state');
    const red = await colour('.state-failed .file-state');
    expect(await colour('.state-partial .file-state')).not.toBe(green);
    expect(await colour('.state-partial .note-error')).toBe(red);
    // A 提示 (a row found by its text, say) is grey, not red.
    await page.locator('#panel-merge .file-row').first().evaluate((row) => {
      const note = document.createElement('span');
      note.className = 'file-message note-info';
      note.textContent = '提示';
      row.appendChild(note);
    });
    expect(await colour('.note-info')).not.toBe(red);
    await shot(page, 'defect-4-merge-counts');

    await page.getByRole('button', { name: '撤销本次合并' }).click();
    await statusSays(page, '已撤销本次合并');
    expect(await page.locator('#status-line').innerText()).toBe(`已撤销本次合并：变更记录 ${recorded} 条已恢复。`);
    expect(await page.locator('#panel-merge .file-row .file-state').allInnerTexts()).toEqual(['已撤销', '已撤销', '未合并', '已撤销']);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test('add-in: the same counts, and undo in the workbook says the merge\'s number', async () => {
    const { page } = await openPane('', true);
    await importPasted(page, fs.readFileSync(FIXTURE, 'utf8'));
    await statusSays(page, '已导入 48 项任务');
    // The stand-in's ledger has its own identity: returns made from it, as the file-mode ones were.
    const zipPath = await distributeZip(page, fs.mkdtempSync(path.join(work, 'addin-merge-')));
    const own = await fillTwoReturns(zipPath, fs.mkdtempSync(path.join(work, 'addin-returns-')));
    const states = await mergeFiles(page, [...own, bogus]);
    expect(states).toEqual(['已合并 · 1 项', '已合并 · 1 项', '未合并']);
    const said = await page.locator('#status-line').innerText();
    expect(said).toMatch(/^已合并 2 个文件，1 个文件未合并：2 项任务有更新，写入变更记录 \d+ 条。$/);
    const recorded = /写入变更记录 (\d+) 条/.exec(said)![1];
    await page.getByRole('button', { name: '撤销本次合并' }).click();
    await statusSays(page, '已撤销本次合并');
    expect(await page.locator('#status-line').innerText()).toBe(`已撤销本次合并：变更记录 ${recorded} 条已恢复。`);
    expect(await page.locator('#panel-merge .file-row .file-state').allInnerTexts()).toEqual(['已撤销', '已撤销', '未合并']);
    await page.close();
  }, 180_000);

  test('file mode: the 催报名单 is copied as one line of unit names', async () => {
    const { page } = await openPane();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await importFixtureLedger(page);
    await mergeFiles(page, returns);
    const listed = await page.locator('#panel-merge .chase li').allInnerTexts();
    await page.getByRole('button', { name: '复制催报名单' }).click();
    await statusSays(page, `已复制催报名单（${listed.length} 个单位）`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(listed.join('、'));
    await page.close();
  }, 120_000);

  test('file mode: a return of another ledger is refused by name, without the raw ledger ID', async () => {
    const other = await openPane();
    await importFixture(other.page);
    const foreignZip = await distributeZip(other.page, fs.mkdtempSync(path.join(work, 'foreign-')));
    await other.page.close();
    const [foreign] = await fillTwoReturns(foreignZip, fs.mkdtempSync(path.join(work, 'foreign-returns-')));
    const { page } = await openPane();
    await importFixtureLedger(page);
    expect(await mergeFiles(page, [foreign])).toEqual(['未合并']);
    const text = await page.locator('#panel-merge').innerText();
    expect(text).toContain(`「${path.basename(foreign)}」来自另一本台账，不是本台账分发的报送表，未合并。`);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(await page.locator('#status-line').innerText()).toMatch(/^已合并 0 个文件，1 个文件未合并/);
    await page.close();
  }, 120_000);

  test('file mode: every picked file is accounted for: .ods named with 请另存为 .xlsx, a lock file and a text file ignored by name', async () => {
    const ods = path.join(dir, '区民政局-报送表-2024-09.ods');
    const lock = path.join(dir, '~$区民政局-报送表-2024-09.xlsx');
    const text = path.join(dir, '说明.txt');
    fs.writeFileSync(ods, 'an OpenDocument spreadsheet');
    fs.writeFileSync(lock, 'lock');
    fs.writeFileSync(text, '说明');
    const { page, errors } = await openPane();
    await importFixtureLedger(page);
    expect(await mergeFiles(page, [returns[0], ods, lock, text])).toEqual(['已合并 · 1 项', '未合并', '已忽略', '已忽略']);
    const notes = await page.locator('#panel-merge .file-row').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('.file-message')].map((n) => `${n.className}|${n.textContent}`)));
    expect(notes.slice(1)).toEqual([
      ['file-message note-error|「区民政局-报送表-2024-09.ods」是 .ods 格式，请另存为 .xlsx 后重新合并。'],
      ['file-message note-info|「~$区民政局-报送表-2024-09.xlsx」是 Excel/WPS 打开文件时生成的临时锁定文件，已忽略。'],
      ['file-message note-info|「说明.txt」不是表格文件，已忽略。'],
    ]);
    expect(await page.locator('#status-line').innerText()).toMatch(/^已合并 1 个文件，1 个文件未合并：1 项任务有更新/);

    // Nothing mergeable picked: nothing is merged, and the page says why.
    await pick(page, '选择报送表并合并 (.xlsx)…', [ods, lock]);
    await page.locator('#panel-merge .result p.warning').waitFor();
    expect(await page.locator('#panel-merge .file-row .file-state').allInnerTexts()).toEqual(['未合并', '已忽略']);
    expect(await page.locator('#panel-merge .result').innerText()).toBe('选中的文件里没有可以合并的报送表（.xlsx）：见上面每个文件的说明。');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  /** The ledger the returns were made from (saved by beforeAll), opened in this page. */
  async function importFixtureLedger(page: Page): Promise<void> {
    const ledger = path.join(dir, 'ledger.xlsx');
    if (!fs.existsSync(ledger)) throw new Error('no ledger saved by beforeAll');
    await pick(page, '打开台账 (.xlsx)…', [ledger]);
    await statusSays(page, '已打开 ledger.xlsx');
  }

  /** A unit's return with one row filled well and one with a status no one can read: merged in part. */
  async function partlyFilledReturn(zipPath: string, into: string): Promise<string> {
    const zip = await JSZip.loadAsync(fs.readFileSync(zipPath));
    for (const name of Object.keys(zip.files)) {
      if (name.startsWith('区自然资源局') || name.startsWith('区教体局')) continue;
      const bytes = await zip.file(name)!.async('uint8array');
      const ids = await taskIdsOf(bytes);
      if (ids.length < 2) continue;
      const filled = await fillReturn(bytes, [
        { taskId: ids[0], status: '推进中', progress: '已开展' },
        { taskId: ids[1], status: '差不多了', progress: '' },
      ]);
      const target = path.join(into, name);
      fs.writeFileSync(target, filled);
      return target;
    }
    throw new Error('no unit leads two tasks');
  }
});

async function taskIdsOf(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(RETURN_SHEET)!;
  const header = findRow(ws, FIELD_HEADERS.status);
  const idCol = columnOf(ws.getRow(header), FIELD_HEADERS.id);
  const ids: string[] = [];
  ws.eachRow((row, n) => { if (n > header && row.getCell(idCol).value) ids.push(String(row.getCell(idCol).value)); });
  return ids;
}

describe('5. a table without a year; no CLI words, raw IDs or English in the Chinese pane', () => {
  test('file mode: the import stops and points at 计划年度; with the year typed it imports', async () => {
    const { page } = await openPane();
    await importPasted(page, tsv(SMALL.slice(1)));
    await page.locator('.error-box').waitFor();
    const error = (await errorText(page))!;
    expect(error).toContain('计划年度');
    expect(error).not.toContain('--year');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.id)).toBe(await page.getByLabel('计划年度').getAttribute('id'));
    expect(await page.getByLabel('计划年度').getAttribute('aria-invalid')).toBe('true');
    expect(await ledgerLine(page)).toBe('尚未打开台账');
    await shot(page, 'defect-5-no-year');
    await page.getByLabel('计划年度').fill('2024');
    await page.getByRole('button', { name: '导入粘贴的文本' }).click();
    await statusSays(page, '已导入 3 项任务');
    await page.close();
  }, 60_000);

  test('every step\'s text, in both modes, holds no --year, raw ledger ID, English error or “Office.js”', async () => {
    const FORBIDDEN = [/--year/, /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/, /no ledger/i, /Office\.js/];
    for (const standin of [false, true]) {
      const { page } = await openPane('', standin);
      const texts: string[] = [];
      const collect = async () => texts.push(await page.evaluate(() => [document.body.innerText,
        ...[...document.querySelectorAll('[aria-label],[title],[placeholder]')].flatMap((e) => ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? ''))].join('\n')));
      for (const tab of ['合并', '打印', '导入']) { await step(page, tab); await collect(); }
      await importPasted(page, tsv(SMALL.slice(1)));
      await collect();
      if (standin) await importSelection(page); else await importFixture(page);
      for (const tab of ['校验', '分发', '合并', '状态', '打印', '导入']) { await step(page, tab); await collect(); }
      for (const text of texts) for (const pattern of FORBIDDEN) expect(text).not.toMatch(pattern);
      await page.close();
    }
  }, 120_000);

  test('the built pane carries none of the pane\'s English fallbacks', () => {
    const files = fs.readdirSync(built.site).filter((f) => /^(taskpane|\d+\.[0-9a-f]+)\.js$/.test(f) || f === 'taskpane.html');
    const text = files.map((f) => fs.readFileSync(path.join(built.site, f), 'utf8')).join('\n');
    expect(['no ledger in this workbook', 'no ledger is open', 'Office.js 没有'].filter((phrase) => text.includes(phrase))).toEqual([]);
  });
});

describe('6. a breakdown .xlsx picked in 导入 is imported as a breakdown, told by its content', () => {
  let breakdown = '';
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').addRow(['本表为 2024 年任务分解表']);
    wb.addWorksheet('分解表').addRows(SMALL);
    breakdown = path.join(work, '某区任务台账.xlsx');
    await wb.xlsx.writeFile(breakdown);
  });

  test('file mode: through either button, even named 台账', async () => {
    for (const button of ['打开台账 (.xlsx)…', FROM_FILE]) {
      const { page, errors } = await openPane();
      await pick(page, button, [breakdown]);
      await statusSays(page, '已导入 3 项任务');
      expect(await ledgerLine(page)).toBe('2024年某区政务公开工作任务分解表 · 3 项任务');
      expect(errors).toEqual([]);
      await page.close();
    }
  }, 120_000);

  test('file mode: a ledger .xlsx picked as a breakdown file is opened as the ledger', async () => {
    const { page } = await openPane();
    await importFixture(page);
    const ledger = await download(page, work, () => page.locator('#download-ledger').click());
    await page.close();
    const again = await openPane();
    await pick(again.page, FROM_FILE, [ledger]);
    await statusSays(again.page, `已打开 ${path.basename(ledger)}：48 项任务。`);
    await again.page.close();
  }, 120_000);

  test('add-in: imported into 任务台账', async () => {
    const { page } = await openPane('', true);
    await pick(page, FROM_FILE, [breakdown]);
    await statusSays(page, '已导入 3 项任务');
    expect((await sheetRows(page, SHEETS.tasks))!).toHaveLength(4);
    await page.close();
  }, 120_000);
});

test('7. office.js that never answers (a network that drops the request): the page paints and runs on files', async () => {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/office-js/office.js', () => { /* never answered */ });
  await page.goto(`${server.url}/taskpane.html`, { waitUntil: 'domcontentloaded' });
  expect(await page.locator('#app').innerText()).toContain('任务台账助手');
  await page.locator('.mode-badge', { hasText: '浏览器 · 文件模式' }).waitFor();
  await importFixture(page);
  expect(await ledgerLine(page)).toBe('2024年广丰区政务公开工作任务分解表 · 48 项任务');
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);

test('7. office.js that answers late, in Excel: the pane starts on files, then in Excel while nothing was done on files', async () => {
  const page = await browser.context.newPage();
  let release = () => undefined as void;
  const gate = new Promise<void>((resolve) => { release = resolve; });
  await page.route('**/office-js/office.js', async (route) => {
    await gate;
    await route.fulfill({ contentType: 'text/javascript', body: built.standinScript });
  });
  await page.goto(`${server.url}/taskpane.html`, { waitUntil: 'domcontentloaded' });
  await page.locator('.mode-badge', { hasText: '浏览器 · 文件模式' }).waitFor();
  release();
  await page.locator('.mode-badge', { hasText: 'Excel' }).waitFor();
  expect(await page.getByRole('button', { name: '从选中区域导入' }).count()).toBe(1);
  await page.close();
}, 60_000);

describe('8. layout and messages', () => {
  /** Lines a text takes: one per distinct top of its characters' boxes. */
  async function brokenHeaders(page: Page): Promise<string[]> {
    return page.evaluate(() => [...document.querySelectorAll<HTMLElement>('h1, h2, h3, th, .mode-badge')]
      .filter((e) => e.offsetParent !== null && (e.textContent ?? '').trim().length > 1)
      .filter((e) => {
        const range = document.createRange();
        range.selectNodeContents(e);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        return tops.size > Math.max(1, Math.ceil((e.textContent ?? '').trim().length / 4));
      })
      .map((e) => e.textContent ?? ''));
  }

  test('at 270 px: no sideways scroll on any step, headers not broken per character', async () => {
    const { page } = await openPane();
    await page.setViewportSize({ width: 270, height: 800 });
    await importFixture(page);
    for (const tab of ['导入', '校验', '分发', '合并', '状态', '打印']) {
      await step(page, tab);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect({ tab, scroll }).toEqual({ tab, scroll: client });
      expect({ tab, broken: await brokenHeaders(page) }).toEqual({ tab, broken: [] });
    }
    await step(page, '状态');
    await shot(page, 'defect-8-270-status');
    await page.close();
  }, 120_000);

  test('at 1280 px the pane is not a narrow column pinned left', async () => {
    const { page } = await openPane();
    await page.setViewportSize({ width: 1280, height: 800 });
    const box = await page.locator('main').evaluate((e) => { const r = e.getBoundingClientRect(); return { left: r.left, right: innerWidth - r.right, width: r.width }; });
    expect(Math.abs(box.left - box.right)).toBeLessThanOrEqual(1);
    expect(box.width).toBeGreaterThan(720);
    await page.close();
  }, 60_000);

  test('the header links to the help page', async () => {
    const { page } = await openPane();
    const link = page.getByRole('link', { name: '使用说明' });
    expect(await link.getAttribute('href')).toBe('help.html');
    const help = await page.request.get(`${server.url}/help.html`);
    expect(help.status()).toBe(200);
    expect(await help.text()).toContain('计划年度');
    await page.close();
  }, 60_000);

  test('the last message and error do not carry into the next step', async () => {
    const { page } = await openPane();
    await importFixture(page);
    await step(page, '分发');
    expect(await page.locator('#status-line').innerText()).toBe('');
    await step(page, '导入');
    await page.getByLabel('粘贴分解表文本').fill('');
    await page.getByRole('button', { name: '导入粘贴的文本' }).click();
    await page.locator('.error-box').waitFor();
    await step(page, '校验');
    expect(await page.locator('.error-box').isVisible()).toBe(false);
    await page.close();
  }, 60_000);
});

/** A table whose every unit finding has a fix: a cut-off name, a unit twice, a blank under a filled cell, a group name. */
const FIXABLE = [
  ['2024年某区政务公开工作任务分解表', '', ''],
  ['工作任务', '牵头单位', '完成时限'],
  ['依法推进企业信用信息公示。', '区交通运输局', '持续推进'],
  ['开展征地信息公开标准化规范化试点。', '区交通', '年底前'],
  ['做好义务教育招生政策信息公开。', '区财政局、区财政局', '8月底前'],
  ['做好政务公开专区建设。', '', '持续推进'],
  ['做好政府开放日活动。', '区直各相关单位', '年底前'],
];

describe('采用建议 / 全部采用: findings fixed where they are shown', () => {
  const finding = (page: Page, text: string) => page.locator('#panel-check .finding', { hasText: text });
  const leads = (ledger: { tasks: Array<{ id: string; leadUnits: string[] }> }) => ledger.tasks.map((t) => [t.id, t.leadUnits.join('、')]);
  const FIXED = [['0-01', '区交通运输局'], ['0-02', '区交通运输局'], ['0-03', '区财政局'], ['0-04', '区财政局'], ['0-05', '区交通运输局、区财政局']];

  /** 采用建议 on one finding, 全部采用 for the rest, and units picked for the group name; after each, the finding is gone. */
  async function fixAll(page: Page): Promise<void> {
    await step(page, '校验');
    expect(await page.locator('#panel-check .finding').count()).toBe(4);
    const blank = finding(page, '任务0-04');
    // The button's accessible name begins with its visible words (axe: label-content-name-mismatch).
    const apply = blank.getByRole('button', { name: /^采用建议\s?：任务0-04“（空）”改为“区财政局”$/ });
    expect(await apply.evaluate((b) => b.firstChild?.textContent)).toBe('采用建议'); // the rest is hidden from sight
    await apply.click();
    await statusSays(page, '已采用建议，修改了 1 处。');
    expect(await blank.count()).toBe(0);
    expect(await page.locator('#panel-check .result').innerText()).toContain('任务0-04 牵头单位：“（空）”→“区财政局”');

    const keepOne = finding(page, '任务0-03').getByRole('button', { name: /^采用建议\s?：任务0-03只保留一个“区财政局”$/ });
    expect(await keepOne.getAttribute('aria-label')).toBeNull();
    await page.getByRole('button', { name: /^全部采用/ }).click();
    await statusSays(page, '已采用建议，修改了 2 处。');
    expect(await finding(page, '任务0-02').count()).toBe(0);
    expect(await finding(page, '任务0-03').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^全部采用/ }).isVisible()).toBe(false);

    const group = finding(page, '任务0-05');
    await group.locator('summary', { hasText: '选择具体单位代替“区直各相关单位”' }).click();
    await group.getByRole('button', { name: '采用所选单位' }).click();
    expect(await group.locator('.pick-note').innerText()).toBe('请至少选择一个单位。');
    await group.getByLabel('区交通运输局', { exact: true }).check();
    await group.getByLabel('区财政局', { exact: true }).check();
    await shot(page, 'fix-pick-units');
    await group.getByRole('button', { name: '采用所选单位' }).click();
    await statusSays(page, '已采用建议，修改了 1 处。');
    expect(await finding(page, '任务0-05').count()).toBe(0);
    expect(await page.locator('#panel-check .counts').innerText()).toBe('没有发现问题。');
  }

  test('file mode: the downloaded ledger has every fix, and its 校验 sheet lists nothing left', async () => {
    const { page, errors } = await openPane();
    await importPasted(page, tsv(FIXABLE));
    await statusSays(page, '已导入 5 项任务');
    await fixAll(page);
    const file = await download(page, work, () => page.locator('#download-ledger').click());
    const back = await readLedgerXlsx(fs.readFileSync(file), path.basename(file));
    expect(leads(back.ledger!)).toEqual(FIXED);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.getWorksheet(SHEETS.findings)!.rowCount).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test('add-in: 任务台账 and 校验 in the workbook follow each fix', async () => {
    const { page, errors } = await openPane('', true);
    await importPasted(page, tsv(FIXABLE));
    await statusSays(page, '已导入 5 项任务');
    const findingsSheet = async () => ((await sheetRows(page, SHEETS.findings)) ?? []).slice(1).map((r) => r.join('|'));
    expect((await findingsSheet()).filter((r) => r.includes('0-04'))).toHaveLength(1);
    await fixAll(page);
    const rows = (await sheetRows(page, SHEETS.tasks))!;
    const [id, lead] = [rows[0].indexOf('任务编号'), rows[0].indexOf('牵头单位')];
    expect(rows.slice(1).map((r) => [r[id], r[lead]])).toEqual(FIXED);
    expect(await findingsSheet()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('accessibility (axe-core) and 320 px screenshots of every step, both modes', () => {
  for (const standin of [false, true]) {
    test(`${standin ? 'add-in' : 'file mode'}: no violation on any step with a ledger open`, async () => {
      const { page } = await openPane('', standin);
      if (standin) await importPasted(page, fs.readFileSync(FIXTURE, 'utf8'));
      else await importFixture(page);
      await statusSays(page, '已导入 48 项任务');
      const found: Record<string, string[]> = {};
      for (const tab of ['导入', '校验', '分发', '合并', '状态', '打印']) {
        await step(page, tab);
        await shot(page, `320-${standin ? 'addin' : 'file'}-${tab}`);
        const v = await axeViolations(page);
        if (v.length > 0) found[tab] = v;
      }
      expect(found).toEqual({});
      await page.close();
    }, 120_000);
  }
});
