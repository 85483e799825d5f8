/**
 * 撤销数据 through real files: a ledger written by the older code (one hidden row per changed
 * value, test/fixtures/ledgers) still loads and undoes round by round; written again it is packed
 * (a few rows per merge) and undoes the same; a packed batch edited by hand is refused.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import * as path from 'path';
import { undoLastConsolidation } from '../../src/core/consolidate/undo';
import { UNDO_DATA_HEADERS, type Ledger } from '../../src/core/ledger';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';

const fixture = (name: string) => readFileSync(path.join(__dirname, '..', 'fixtures', 'ledgers', name));

async function read(bytes: Buffer) {
  const result = await readLedgerXlsx(bytes, '台账.xlsx');
  if (!result.ledger) throw new Error(JSON.stringify(result.findings));
  return { ...result, ledger: result.ledger };
}

async function sheet(bytes: Buffer, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

let start: Ledger;
let september: Ledger;
let october: Awaited<ReturnType<typeof read>>;

beforeAll(async () => {
  start = (await read(fixture('undo-v1-start.xlsx'))).ledger;
  september = (await read(fixture('undo-v1-september.xlsx'))).ledger;
  october = await read(fixture('undo-v1-october.xlsx'));
});

describe('撤销数据 written by the older code', () => {
  it('is one row per change, and reads as the history', async () => {
    const rows = await sheet(fixture('undo-v1-october.xlsx'), '撤销数据');
    expect(rows[0]).toEqual(['时间', '轮次', '单位', '任务编号', '字段', '原值', '新值', '来源文件', '批次']);
    expect(rows.length - 1).toBe(october.ledger.changes.length);
    expect(october.ledger.changes.length - september.changes.length).toBe(49);
    expect(october.damagedBatches).toBeUndefined();
  });

  it('undoes October, then September, exactly', () => {
    const once = undoLastConsolidation(october.ledger, october.shownChanges, october.damagedBatches);
    expect([once.batchId, once.restored, once.findings]).toEqual(['合并-20241025-090000', 49, []]);
    expect(once.ledger).toEqual(september);
    expect(undoLastConsolidation(once.ledger).ledger).toEqual(start);
  });

  it('written again, is packed a merge to a row and undoes the same, through the file', async () => {
    const bytes = await writeLedgerXlsx(october.ledger);
    const rows = await sheet(bytes, '撤销数据');
    expect(rows[0]).toEqual([...UNDO_DATA_HEADERS]);
    expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['合并-20240926-100000', 1, 1, september.changes.length],
      ['合并-20241025-090000', 1, 1, 49],
    ]);
    const back = await read(bytes);
    expect(back.ledger).toEqual(october.ledger);
    const once = undoLastConsolidation(back.ledger, back.shownChanges, back.damagedBatches);
    expect([once.batchId, once.restored, once.findings]).toEqual(['合并-20241025-090000', 49, []]);
    const again = await read(await writeLedgerXlsx(once.ledger));
    expect(again.ledger).toEqual(september);
    expect(undoLastConsolidation(again.ledger, again.shownChanges, again.damagedBatches).ledger).toEqual(start);
  });

  it('refuses to undo a packed batch edited or cut by hand; the history keeps what 变更记录 shows of it', async () => {
    const edit = async (change: (ws: ExcelJS.Worksheet) => void) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await writeLedgerXlsx(october.ledger)) as unknown as ArrayBuffer);
      change(wb.getWorksheet('撤销数据')!);
      return read(Buffer.from(await wb.xlsx.writeBuffer()));
    };
    const edited = await edit((ws) => {
      const cell = ws.getRow(3).getCell(6);
      cell.value = String(cell.value).replace('10月无新进展', '10月有新进展');
    });
    expect(edited.damagedBatches).toEqual(['合并-20241025-090000']);
    const refused = undoLastConsolidation(edited.ledger, edited.shownChanges, edited.damagedBatches);
    expect(refused.batchId).toBeNull();
    expect(refused.findings.map((f) => f.message)).toEqual([
      '无法撤销合并批次 合并-20241025-090000：隐藏的“撤销数据”工作表被删除或改动过（批次 合并-20241025-090000 的数据与其校验值不符或缺行），撤销只能恢复一部分，因此没有撤销，台账未改动。可用合并前自动生成的备份文件（台账.备份-…xlsx）恢复。',
    ]);
    // The history keeps what 变更记录 shows of the damaged batch.
    expect(edited.ledger.changes.slice(september.changes.length).map((c) => [c.taskId, c.unit, c.field, c.newValue])).toEqual([
      ['3-01', '区政府办', '进展情况', '10月无新进展'],
      ['3-01', '（台账）', '进展情况', '10月无新进展'],
    ]);

    const cut = await edit((ws) => ws.spliceRows(3, 1));
    expect(cut.damagedBatches).toEqual(['合并-20241025-090000']);
    expect(undoLastConsolidation(cut.ledger, cut.shownChanges, cut.damagedBatches).findings[0].code).toBe('consolidate.undo-data-damaged');
  });
});
