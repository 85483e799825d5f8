import ExcelJS from 'exceljs';
import { consolidate } from '../../src/core/consolidate/consolidate';
import type { Ledger, LedgerTask } from '../../src/core/ledger';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { readReturnXlsx } from '../../src/xlsx/read-return';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { sampleLedger } from '../layout/sample-ledger';
import { fixtureLedger as scenarioLedger, returnedFiles } from '../support/returns-scenario';
import { fixtureLedger } from './fixture-ledger';

/** A task without `source`: the row it was read from is not part of what was written. */
function comparable(t: LedgerTask): Omit<LedgerTask, 'source'> {
  const copy: Partial<LedgerTask> = { ...t };
  delete copy.source;
  return copy as Omit<LedgerTask, 'source'>;
}

async function edit(buffer: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readLedgerXlsx', () => {
  it('reads back the fixture ledger: the tasks, units, meta that were written', async () => {
    const ledger = fixtureLedger();
    const { ledger: read, findings } = await readLedgerXlsx(await writeLedgerXlsx(ledger), 'ledger.xlsx');
    expect(findings).toEqual([]);
    expect(read!.tasks.map(comparable)).toEqual(ledger.tasks.map(comparable));
    expect(read!.tasks).toHaveLength(48);
    expect(read!.units).toEqual(ledger.units);
    expect(read!.meta).toEqual(ledger.meta);
    expect(read!.tasks[5].source).toEqual({ row: 7 });
  });

  it('reads back statuses, progress, recurring and no deadlines, and 变更记录', async () => {
    const ledger = sampleLedger();
    ledger.changes.push({ time: '2024-09-02T10:00:00', round: '2024-09', unit: '区政府办', taskId: '1-02', field: '进展情况', oldValue: '', newValue: '已起草', sourceFile: '区政府办.xlsx', batchId: 'B1' });
    const { ledger: read } = await readLedgerXlsx(await writeLedgerXlsx(ledger), 'sample.xlsx');
    expect(read!.tasks.map(comparable)).toEqual(ledger.tasks.map(comparable));
    expect(read!.changes).toEqual(ledger.changes);
  });

  it("keeps a user's edits: status, progress, evidence, a changed date, a new row, a new unit", async () => {
    const ledger = fixtureLedger();
    const edited = await edit(await writeLedgerXlsx(ledger), (wb) => {
      const ws = wb.getWorksheet('任务台账')!;
      ws.getCell('I2').value = '已完成';
      ws.getCell('J2').value = '已在政府网站专栏公开';
      ws.getCell('K2').value = 'https://www.gfx.gov.cn/zwgk/1.html';
      ws.getCell('H8').value = new Date(Date.UTC(2024, 10, 30));
      ws.getCell('D50').value = '新增：开展政务公开培训。';
      ws.getCell('E50').value = '区政府办、区新单位';
      ws.getCell('G50').value = '10月底前';
      ws.getCell('I50').value = '推进中';
      const units = wb.getWorksheet('单位名录')!;
      units.getCell(`A${units.rowCount + 1}`).value = '区新单位';
    });
    const { ledger: read, findings } = await readLedgerXlsx(edited, 'edited.xlsx');
    const tasks = read!.tasks;
    expect(tasks).toHaveLength(49);
    expect([tasks[0].status, tasks[0].progress, tasks[0].evidence]).toEqual(['已完成', '已在政府网站专栏公开', 'https://www.gfx.gov.cn/zwgk/1.html']);
    expect(tasks[6].deadline).toEqual({ kind: 'date', text: '年底前', due: '2024-11-30' });
    expect(tasks[48]).toMatchObject({
      id: '12-03',
      seq: 49,
      category: { no: 12, title: '凝聚合力 狠抓工作落实' },
      task: '新增：开展政务公开培训。',
      leadUnits: ['区政府办', '区新单位'],
      deadline: { kind: 'date', text: '10月底前', due: '2024-10-31' },
      status: '推进中',
    });
    expect(read!.units.map((u) => u.name)).toContain('区新单位');
    expect(findings).toEqual([
      expect.objectContaining({
        level: 'warning',
        code: 'ledger.due-mismatch',
        message: 'G8的完成时限“年底前”是2024年12月31日，与H8的截止日期2024年11月30日不一致，按截止日期计算',
        sheet: '任务台账',
        row: 8,
        cell: 'H8',
      }),
      expect.objectContaining({ level: 'info', code: 'ledger.new-task-id', taskId: '12-03', file: 'edited.xlsx', sheet: '任务台账', row: 50, cell: 'B50' }),
    ]);
  });

  it('names file, sheet, row and cell for a bad status or a date typed as text', async () => {
    const edited = await edit(await writeLedgerXlsx(fixtureLedger()), (wb) => {
      const ws = wb.getWorksheet('任务台账')!;
      ws.getCell('I3').value = '差不多了';
      ws.getCell('H9').value = '十月份';
    });
    const { ledger, findings } = await readLedgerXlsx(edited, '台账.xlsx');
    expect(ledger!.tasks[1].status).toBe('');
    expect(findings).toEqual([
      { level: 'warning', code: 'ledger.bad-status', field: 'status', message: 'I3的完成状态“差不多了”不是可选值（未开始、推进中、已完成、暂缓、已销号），按未填写处理', suggestion: '请从下拉列表中选择完成状态', file: '台账.xlsx', sheet: '任务台账', row: 3, cell: 'I3' },
      { level: 'warning', code: 'ledger.bad-due', field: 'deadline', message: 'H9的截止日期“十月份”不是日期，按完成时限推算', suggestion: '请输入日期，如 2024-12-31', file: '台账.xlsx', sheet: '任务台账', row: 9, cell: 'H9' },
    ]);
  });

  it('refuses a file that is not an .xlsx, in Chinese, naming the file', async () => {
    const { ledger, findings } = await readLedgerXlsx(Buffer.from('这不是表格'), '通知.docx');
    expect(ledger).toBeNull();
    expect(findings).toEqual([expect.objectContaining({ level: 'error', code: 'ledger.not-workbook', file: '通知.docx' })]);
    expect(findings[0].message).toMatch(/^“通知.docx”不是有效的 Excel 工作簿/);
  });

  it('refuses a workbook without 任务台账, and one missing required columns', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').getCell('A1').value = '别的表';
    const notLedger = await readLedgerXlsx(Buffer.from(await other.xlsx.writeBuffer()), '别的.xlsx');
    expect(notLedger).toEqual({ ledger: null, findings: [expect.objectContaining({ code: 'ledger.not-ledger', message: '“别的.xlsx”不是任务台账：找不到“任务台账”工作表' })] });

    const edited = await edit(await writeLedgerXlsx(fixtureLedger()), (wb) => {
      const ws = wb.getWorksheet('任务台账')!;
      ws.getCell('I1').value = '状态';
      ws.getCell('G1').value = null;
    });
    const broken = await readLedgerXlsx(edited, '台账.xlsx');
    expect(broken).toEqual({
      ledger: null,
      findings: [expect.objectContaining({ code: 'ledger.missing-columns', sheet: '任务台账', row: 1, message: '“台账.xlsx”的“任务台账”工作表第1行缺少列：完成时限、完成状态' })],
    });
  });

  it('warns when 设置 is gone and falls back to the given plan year', async () => {
    const edited = await edit(await writeLedgerXlsx(fixtureLedger()), (wb) => wb.removeWorksheet(wb.getWorksheet('设置')!.id));
    const { ledger, findings } = await readLedgerXlsx(edited, 'x.xlsx', { fallbackPlanYear: 2024 });
    expect(ledger!.meta.planYear).toBe(2024);
    expect(findings.map((f) => f.code)).toEqual(['ledger.no-settings']);
  });

  describe('单位报送: each unit\'s own reports', () => {
    let merged: Ledger;
    beforeAll(async () => {
      const before = (await readLedgerXlsx(await writeLedgerXlsx(scenarioLedger()), '台账.xlsx')).ledger!;
      const files = await returnedFiles(before);
      const returns = await Promise.all(files.map((f) => readReturnXlsx(f.bytes, f.file)));
      merged = consolidate(before, returns, { batchId: 'B1', time: '2024-09-26T10:00:00+08:00' }).ledger;
    });

    it('a consolidated ledger written and read back is deep-equal, every unit report included', async () => {
      const { ledger: read, findings } = await readLedgerXlsx(await writeLedgerXlsx(merged), '台账.xlsx');
      expect(findings).toEqual([]);
      expect(read).toEqual(merged);
      expect(Object.keys(read!.tasks.find((t) => t.id === '1-03')!.unitReports)).toEqual(['区发改委', '区市场监管局', '区财政局']);
      expect(read!.tasks.find((t) => t.id === '1-03')!.unitReports['区市场监管局']).toEqual({
        unit: '区市场监管局', status: '推进中', progress: '已梳理民营经济政策清单\n月底前集中公开', evidence: '', contact: '赵强', phone: '13800000001', round: '2024-09', reportedAt: '2024-09-26T10:00:00+08:00',
      });
    });

    it('a ledger without 单位报送 (made before the sheet existed) reads with no reports and no finding', async () => {
      const edited = await edit(await writeLedgerXlsx(merged), (wb) => wb.removeWorksheet(wb.getWorksheet('单位报送')!.id));
      const { ledger: read, findings } = await readLedgerXlsx(edited, '台账.xlsx');
      expect(findings).toEqual([]);
      expect(read!.tasks.every((t) => Object.keys(t.unitReports).length === 0)).toBe(true);
    });

    it('warns about a report whose task is no longer in 任务台账, naming sheet, row and cell', async () => {
      const edited = await edit(await writeLedgerXlsx(merged), (wb) => {
        wb.getWorksheet('单位报送')!.addRow(['99-01', '区财政局', '已完成', '已办结', '', '', '', '2024-09', '2024-09-21']);
      });
      const { ledger: read, findings } = await readLedgerXlsx(edited, '台账.xlsx');
      const row = merged.tasks.reduce((n, t) => n + Object.keys(t.unitReports).length, 0) + 2;
      expect(findings).toEqual([{
        level: 'warning', code: 'ledger.orphan-report', taskId: '99-01', field: 'id', file: '台账.xlsx', sheet: '单位报送', row, cell: `A${row}`,
        message: `“单位报送”第${row}行是区财政局对任务“99-01”的报送，但任务台账中没有这个任务编号（任务可能被删除），这一行仍保留在“单位报送”中`,
        suggestion: '如果任务被误删，请在任务台账中恢复该任务（任务编号不变）；否则可以忽略',
      }]);
      expect(read!.tasks).toEqual(merged.tasks);
      // Kept, and written back as it was: a deleted task's reports are never lost.
      const orphan = { taskId: '99-01', report: { unit: '区财政局', status: '已完成', progress: '已办结', evidence: '', contact: '', phone: '', round: '2024-09', reportedAt: '2024-09-21' } };
      expect(read!.orphanReports).toEqual([orphan]);
      expect((await readLedgerXlsx(await writeLedgerXlsx(read!), '台账.xlsx')).ledger!.orphanReports).toEqual([orphan]);
    });
  });
});
