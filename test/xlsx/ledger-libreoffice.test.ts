/**
 * The ledger as LibreOffice sees it: written with ExcelJS, opened headless, formulas computed
 * on the real TODAY(), whole rows coloured by the conditional formats. One conversion to xlsx
 * (computed values) and one to PDF (colours, and a PNG of page 1 under test-results/).
 */
import ExcelJS from 'exceljs';
import { mkdirSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { addDays, fromExcelSerial } from '../../src/core/deadline/iso-date';
import type { Ledger } from '../../src/core/ledger';
import type { LedgerStatus } from '../../src/core/ledger/ledger-status';
import { localToday } from '../../src/cli/print-command';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { runCli } from '../cli/run-cli';
import { tempDir } from '../cli/ledger-files';
import { dominantColour, rasterPage, readCachedValues, sofficeConvert } from './libreoffice';
import { fixtureLedger } from './fixture-ledger';
import { readPdf, writePageOnePng } from './print-pdf-tools';

const DPI = 50;
const today = localToday();

/** The fixture with the first rows pinned around today. */
function pinnedLedger(): Ledger {
  const ledger = fixtureLedger();
  const pin = (i: number, due: string, status: Ledger['tasks'][number]['status'] = '') => {
    ledger.tasks[i].deadline = { kind: 'date', text: due, due };
    ledger.tasks[i].status = status;
  };
  pin(0, addDays(today, -1), '推进中'); // 1-01 red
  pin(1, addDays(today, 5)); // 1-02 yellow
  ledger.tasks[2].status = '已完成'; // 1-03 green (ongoing, done)
  // 1-04 stays 持续推进: grey
  pin(4, addDays(today, 40)); // 2-01 on track: white
  ledger.tasks[5].deadline = { kind: 'recurring', text: '每月10日前', due: null, period: 'month', dayOfPeriod: 10 }; // 2-02
  // A unit whose name contains another's: 区政府办 must not count it.
  const last = ledger.tasks[ledger.tasks.length - 1];
  ledger.tasks.push({ ...last, id: '12-03', seq: last.seq + 1, task: '区政府办公室牵头的新任务。', leadUnits: ['区政府办公室'], unitReports: {} });
  return ledger;
}

async function sheetXml(file: string, part: string): Promise<string> {
  const JSZip = (await import('jszip')).default;
  return (await JSZip.loadAsync(await fs.readFile(file))).file(part)!.async('string');
}

type Computed = (sheet: string, address: string) => string | number | null;

/** 截止日期 shows dates: their serials back to ISO dates. */
function dueOf(computed: Computed, row: number): string | null {
  const v = computed('任务台账', `H${row}`);
  return typeof v === 'number' ? fromExcelSerial(v) : v;
}

describe('the ledger in LibreOffice', () => {
  let dir: string;
  let original: string;
  let computed: Computed;
  let pdf: string;

  beforeAll(async () => {
    dir = await tempDir('ledger-lo-');
    original = path.join(dir, 'ledger.xlsx');
    await fs.writeFile(original, await writeLedgerXlsx(pinnedLedger()));
    const resavedDir = path.join(dir, 'resaved');
    const [resaved, converted] = [await sofficeConvert(original, 'xlsx', resavedDir), await sofficeConvert(original, 'pdf', dir)];
    computed = await readCachedValues(resaved.output);
    pdf = converted.output;
  });

  it('opens the file and keeps every sheet (no repair: a re-save holds all of them)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await fs.readFile(path.join(dir, 'resaved', 'ledger.xlsx'))) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['任务台账', 'visible'],
      ['汇总', 'visible'],
      ['校验', 'visible'],
      ['单位名录', 'visible'],
      ['单位报送', 'visible'],
      ['变更记录', 'visible'],
      ['设置', 'hidden'],
      ['撤销数据', 'hidden'],
    ]);
  });

  it('computes 剩余天数, 预警 and the recurring 截止日期 on TODAY()', () => {
    const row = (r: number) => [dueOf(computed, r), computed('任务台账', `M${r}`), computed('任务台账', `N${r}`)];
    expect(row(2)).toEqual([addDays(today, -1), -1, '●逾期']);
    expect(row(3)).toEqual([addDays(today, 5), 5, '▲临期']);
    expect(row(4)).toEqual([null, null, '✓完成']);
    expect(row(5)).toEqual([null, null, '—']);
    expect(row(6)).toEqual([addDays(today, 40), 40, '○正常']);
    const day = Number(today.slice(8));
    const monthly = day <= 10 ? `${today.slice(0, 8)}10` : null;
    if (monthly) expect(row(7)[0]).toBe(monthly);
    expect(row(7)[2]).toBe(Number(row(7)[1]) <= 15 ? '▲临期' : '○正常');
  });

  it('agrees with `status` for the same day: every task\'s 截止日期, 剩余天数 and 预警, and the 汇总 counts', async () => {
    const run = await runCli('status', original, '--today', today, '--json');
    const status = JSON.parse(run.stdout) as LedgerStatus;
    const sheet = status.tasks.map((_, i) => [dueOf(computed, i + 2), computed('任务台账', `M${i + 2}`), computed('任务台账', `N${i + 2}`)]);
    expect(sheet).toEqual(status.tasks.map((t) => [t.due, t.daysLeft, t.mark]));
    const summary = [...status.summary.units, ...status.summary.categories, status.summary.total];
    // LibreOffice stores 15 significant digits: rates compare to 9 places.
    const rate = (v: string | number | null) => (typeof v === 'number' ? Number(v.toFixed(9)) : v);
    const sheetSummary = summary.map((_, i) => ['B', 'C', 'D', 'E', 'F', 'G', 'H'].map((c) => rate(computed('汇总', `${c}${i + 2}`))));
    expect(sheetSummary).toEqual(summary.map((s) => [s.name, s.total, s.done, s.inProgress, s.overdue, s.dueSoon, rate(s.completionRate)]));
  });

  it('counts 区政府办 and 区政府办公室 apart in 汇总', () => {
    const rows = Array.from({ length: 40 }, (_, i) => i + 2);
    const total = (unit: string) => computed('汇总', `C${rows.find((r) => computed('汇总', `B${r}`) === unit)}`);
    expect([total('区政府办'), total('区政府办公室')]).toEqual([23, 1]);
  });

  it('keeps the drop-downs, the row colours and the link to the cell when LibreOffice saves the file', async () => {
    const xml = await sheetXml(path.join(dir, 'resaved', 'ledger.xlsx'), 'xl/worksheets/sheet1.xml');
    const lists = [...xml.matchAll(/<dataValidation ([^>]*)>\s*<formula1>([^<]*)<\/formula1>/g)]
      .filter((m) => m[1].includes('type="list"'))
      .map((m) => [/sqref="([^"]+)"/.exec(m[1])![1], m[2]])
      .sort();
    expect(lists).toEqual([
      ['E2:E1050', '单位名录!$A$2:$A$524'],
      ['I2:I1050', '设置!$D$2:$D$6'],
    ]);
    expect((xml.match(/<cfRule /g) ?? []).length).toBe(4);
    expect(computed('校验', 'D2')).toMatch(/^任务台账![A-Z]+\d+$/);
    expect(computed('校验', 'H2')).toBe(`转到 ${String(computed('校验', 'D2')).split('!')[1]}`);
  });

  it('agrees with `check`: the file LibreOffice saved reads back with the same findings', async () => {
    const before = JSON.parse((await runCli('check', original, '--json')).stdout);
    const after = JSON.parse((await runCli('check', path.join(dir, 'resaved', 'ledger.xlsx'), '--json')).stdout);
    expect(after).toEqual(before);
    expect(before.findings.length).toBeGreaterThan(0);
  });

  it('colours whole rows: red overdue, yellow due soon, green done, grey ongoing, white on track', () => {
    const words = readPdf(pdf).words[0];
    const raster = rasterPage(pdf, 1, DPI);
    const px = (pt: number) => (pt * DPI) / 72;
    const left = words.find((w) => w.text === '序号')!;
    const right = words.find((w) => w.text === '备注')!;
    const colourOf = (id: string) => {
      const w = words.find((word) => word.text === id);
      if (!w) throw new Error(`${id} not on page 1`);
      return dominantColour(raster, px((w.y0 + w.y1) / 2), Math.round(px(left.x0)), Math.round(px(right.x1)));
    };
    expect(['1-01', '1-02', '1-03', '1-04', '2-01'].map(colourOf)).toEqual(['FFC7CE', 'FFEB9C', 'C6EFCE', 'EDEDED', 'FFFFFF']);
    mkdirSync('test-results', { recursive: true });
    writePageOnePng(pdf, path.join('test-results', 'ledger-libreoffice-page1'), DPI);
  });
});
