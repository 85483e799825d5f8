/**
 * 更新时间 (任务台账), 报送时间 (单位报送) and 时间 (变更记录; 撤销数据 keeps the text itself, packed) are real Excel date-times
 * shown `yyyy-mm-dd hh:mm`: written as serial numbers, read back to the exact ISO text the core
 * keeps (`2026-12-06T05:08:43`), and a ledger written before (ISO text in those cells) still reads.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { consolidate } from '../../src/core/consolidate/consolidate';
import { undoLastConsolidation } from '../../src/core/consolidate/undo';
import type { Ledger } from '../../src/core/ledger';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { readReturnXlsx } from '../../src/xlsx/read-return';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { sampleLedger } from '../layout/sample-ledger';
import { fixtureLedger, returnedFiles } from '../support/returns-scenario';
import { sofficeConvert } from './libreoffice';

const UPDATED = '2026-12-06T05:08:43';
const REPORTED = '2026-12-06T23:59:59';
const MIDNIGHT = '2026-12-07T00:00:00';

/** The sample ledger with times to the second (one at midnight), a report and a change record. */
function timedLedger(): Ledger {
  const ledger = sampleLedger();
  const [, second, third] = ledger.tasks;
  second.updatedAt = UPDATED;
  third.updatedAt = MIDNIGHT;
  second.unitReports = {
    区政府办: { unit: '区政府办', status: '推进中', progress: '已起草', evidence: '', contact: '李四', phone: '0793-7654321', round: '2026-12', reportedAt: REPORTED },
  };
  ledger.changes = [
    { time: UPDATED, round: '2026-12', unit: '区政府办', taskId: '1-02', field: '进展情况', oldValue: '', newValue: '已起草', sourceFile: '区政府办.xlsx', batchId: 'merge-1' },
  ];
  return ledger;
}

async function readBack(bytes: Buffer): Promise<Ledger> {
  const { ledger, findings } = await readLedgerXlsx(bytes, '台账.xlsx');
  if (!ledger) throw new Error(JSON.stringify(findings));
  return ledger;
}

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** The cell under `header` in data row `row` (1-based sheet row) of sheet `name`. */
function cellUnder(wb: ExcelJS.Workbook, name: string, header: string, row: number): ExcelJS.Cell {
  const ws = wb.getWorksheet(name)!;
  let column = 0;
  ws.getRow(1).eachCell((cell, c) => {
    if (cell.value === header && column === 0) column = c;
  });
  if (column === 0) throw new Error(`no ${header} on ${name}`);
  return ws.getRow(row).getCell(column);
}

const TIME_CELLS: Array<[sheet: string, header: string, row: number, iso: string]> = [
  ['任务台账', '更新时间', 3, UPDATED],
  ['任务台账', '更新时间', 4, MIDNIGHT],
  ['单位报送', '报送时间', 2, REPORTED],
  ['变更记录', '时间', 2, UPDATED],
];

describe('time columns as real date-times', () => {
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await writeLedgerXlsx(timedLedger());
  });

  it('reads back the exact times, seconds and midnight included', async () => {
    const back = await readBack(bytes);
    expect(back.tasks.map((t) => t.updatedAt)).toEqual(['', UPDATED, MIDNIGHT, '']);
    expect(back.tasks[1].unitReports['区政府办'].reportedAt).toBe(REPORTED);
    expect(back.changes.map((c) => c.time)).toEqual([UPDATED]);
    expect(back).toEqual(await readBack(await writeLedgerXlsx(back)));
  });

  it('holds each time as a date-time number formatted yyyy-mm-dd hh:mm', async () => {
    const wb = await load(bytes);
    for (const [sheet, header, row, iso] of TIME_CELLS) {
      const cell = cellUnder(wb, sheet, header, row);
      // ExcelJS reads a number in a date format as a Date (UTC = the serial's wall time).
      expect([sheet, row, cell.type, cell.numFmt]).toEqual([sheet, row, ExcelJS.ValueType.Date, 'yyyy-mm-dd hh:mm']);
      expect([sheet, row, (cell.value as Date).toISOString()]).toEqual([sheet, row, `${iso}.000Z`]);
    }
  });

  it('shows 2026-12-06 05:08 in LibreOffice', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dates-'));
    try {
      const file = join(dir, '台账.xlsx');
      await writeFile(file, bytes);
      // Every sheet to its own CSV (UTF-8, formatted text as shown): 台账-<sheet>.csv
      // (sofficeConvert then finds no 台账.csv, which is expected).
      await sofficeConvert(file, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', dir).catch((err: Error) => {
        if (!/wrote no/.test(err.message)) throw err;
      });
      const csv = async (sheet: string) => (await readFile(join(dir, `台账-${sheet}.csv`), 'utf8')).split('\n').map((line) => line.split(','));
      const tasks = await csv('任务台账');
      const at = tasks[0].indexOf('更新时间');
      expect([tasks[2][at], tasks[3][at]]).toEqual(['2026-12-06 05:08', '2026-12-07 00:00']);
      const reports = await csv('单位报送');
      expect(reports[1][reports[0].indexOf('报送时间')]).toBe('2026-12-06 23:59');
      const changes = await csv('变更记录');
      expect(changes[1][changes[0].indexOf('时间')]).toBe('2026-12-06 05:08');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 240_000);

  it('reads a ledger written before (ISO text in the time cells) to the same times', async () => {
    const wb = await load(bytes);
    for (const [sheet, header, row, iso] of TIME_CELLS) {
      const cell = cellUnder(wb, sheet, header, row);
      cell.numFmt = '@';
      cell.value = iso;
    }
    const old = await readBack(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(old).toEqual(await readBack(bytes));
  });

  it('keeps a time that is not a plain local date-time as text (zone, typed by hand)', async () => {
    const ledger = timedLedger();
    ledger.tasks[1].updatedAt = '2024-09-26T10:00:00+08:00';
    ledger.tasks[2].updatedAt = '9月6日上午';
    const written = await writeLedgerXlsx(ledger);
    const cell = cellUnder(await load(written), '任务台账', '更新时间', 3);
    expect([cell.type, cell.value]).toEqual([ExcelJS.ValueType.String, '2024-09-26T10:00:00+08:00']);
    expect((await readBack(written)).tasks.map((t) => t.updatedAt)).toEqual(['', '2024-09-26T10:00:00+08:00', '9月6日上午', '']);
  });
});

describe('merge and undo through the file with date-time cells', () => {
  it('a merge written and read back, undone, gives the ledger before it', async () => {
    const start = await readBack(await writeLedgerXlsx(fixtureLedger()));
    const returns = await Promise.all((await returnedFiles(start)).map((f) => readReturnXlsx(f.bytes, f.file)));
    const merged = consolidate(start, returns, { batchId: 'merge-20261206050843', time: UPDATED }).ledger;
    const back = await readBack(await writeLedgerXlsx(merged));
    expect(back.changes.length).toBeGreaterThan(0);
    expect(new Set(back.changes.map((c) => c.time))).toEqual(new Set([UPDATED]));
    expect(back).toEqual(merged);
    const undone = undoLastConsolidation(back);
    expect(undone.findings.filter((f) => f.level !== 'info')).toEqual([]);
    expect(await readBack(await writeLedgerXlsx(undone.ledger))).toEqual(start);
  }, 120_000);
});
