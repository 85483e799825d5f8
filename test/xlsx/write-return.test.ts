import ExcelJS from 'exceljs';
import { planReturns } from '../../src/core/distribute';
import { readReturnXlsx } from '../../src/xlsx/read-return';
import { writeReturnXlsx } from '../../src/xlsx/write-return';
import { loadWorkbook } from '../support/returns-fill';
import { sampleLedger } from '../support/returns-ledger';

const GENERATED = '2024-09-10T09:00:00+08:00';

function financePlan() {
  const ledger = sampleLedger();
  ledger.tasks[3].progress = '=按季度公开';
  return planReturns(ledger, { round: '2024-09', reportBy: '2024-09-25' }).returns.find((r) => r.unit === '区财政局')!;
}

describe('writeReturnXlsx', () => {
  it('writes title, unit, round, deadline and instructions above the table', async () => {
    const wb = await loadWorkbook(await writeReturnXlsx(financePlan(), GENERATED));
    const ws = wb.getWorksheet('报送表')!;
    expect(ws.getCell('A1').value).toBe('2024年广丰区政务公开工作任务推进情况报送表（2024年9月）');
    expect([ws.getCell('A2').value, ws.getCell('E2').value, ws.getCell('H2').value]).toEqual(['填报单位：区财政局', '报送轮次：2024-09', '报送截止：2024年9月25日']);
    expect(String(ws.getCell('A3').value)).toMatch(/^填报说明：1\. 只填写浅黄色的列/);
    expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual(['任务编号', '工作类别', '工作任务', '牵头单位', '配合单位', '完成时限', '完成状态', '进展情况', '佐证材料', '联系人', '联系电话']);
    expect((ws.getRow(6).values as unknown[]).slice(1, 9)).toEqual(['2-05', '二、围绕保障改善民生深化信息公开', '定期公开重大民生实事项目执行情况。', '区财政局', undefined, '持续推进', undefined, '=按季度公开']);
    expect(ws.getCell('H6').type).toBe(ExcelJS.ValueType.String);
  });

  it('locks everything but the unit’s columns, without a password, with a status drop-down', async () => {
    const wb = await loadWorkbook(await writeReturnXlsx(financePlan(), GENERATED));
    const ws = wb.getWorksheet('报送表')!;
    const sheetProtection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(sheetProtection.sheet).toBe(true);
    expect(sheetProtection.algorithmName).toBeUndefined();
    const locked = (addr: string) => ws.getCell(addr).protection?.locked !== false;
    expect(['A5', 'C5', 'F5', 'C6'].map(locked)).toEqual([true, true, true, true]);
    expect(['G5', 'H5', 'I5', 'J5', 'K5', 'G6', 'K6'].map(locked)).toEqual([false, false, false, false, false, false, false]);
    expect(ws.getCell('G5').dataValidation).toMatchObject({ type: 'list', formulae: ['报送表信息!$D$2:$D$6'] });
  });

  it('names ledger, unit, round and version on a veryHidden sheet', async () => {
    const wb = await loadWorkbook(await writeReturnXlsx(financePlan(), GENERATED));
    const meta = wb.getWorksheet('报送表信息')!;
    expect(meta.state).toBe('veryHidden');
    const pairs = [2, 3, 4, 5, 6].map((r) => [meta.getCell(r, 1).value, meta.getCell(r, 2).value]);
    expect(pairs).toEqual([['台账标识', 'tl-2024-guangfeng-0001'], ['填报单位', '区财政局'], ['报送轮次', '2024-09'], ['格式版本', 1], ['报送截止', '2024-09-25']]);
    expect([2, 3, 4, 5, 6].map((r) => meta.getCell(r, 4).value)).toEqual(['未开始', '推进中', '已完成', '暂缓', '已销号']);
  });

  it('reads back as the plan it was written from', async () => {
    const plan = financePlan();
    const parsed = await readReturnXlsx(await writeReturnXlsx(plan, GENERATED), plan.fileName);
    if (parsed.kind !== 'return') throw new Error(JSON.stringify(parsed));
    expect(parsed.meta).toEqual({
      ledgerId: 'tl-2024-guangfeng-0001',
      unit: '区财政局',
      round: '2024-09',
      schemaVersion: 1,
      reportBy: '2024-09-25',
      sent: Object.fromEntries(plan.rows.map((r) => [r.id, r.sent])),
    });
    expect(parsed.sheet).toBe('报送表');
    expect(parsed.sheetUnit).toBe('区财政局');
    expect(parsed.modifiedAt).toBe('2024-09-10T01:00:00.000Z');
    expect(parsed.columns).toEqual(['id', 'category', 'task', 'leadUnits', 'coUnits', 'deadline', 'status', 'progress', 'evidence', 'contact', 'phone']);
    expect(parsed.rows.map((r) => [r.row, r.fields.id?.text, r.fields.progress?.text, r.fields.progress?.cell])).toEqual([
      [5, '1-03', '', 'H5'],
      [6, '2-05', '=按季度公开', 'H6'],
    ]);
    expect(parsed.findings).toEqual([]);
  });
});
