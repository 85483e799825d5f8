// test:unit leaves this suite out (slow: 5,000-task ledgers through the Office.js stand-in); npm test runs it.
import { printStatusTable } from '../../src/excel/print-status-table';
import { renderLedger } from '../../src/excel/render-ledger';
import { DEFAULT_PRINT_OPTIONS } from '../../src/layout/print-style';
import type { Ledger } from '../../src/core/ledger';
import { cellKey, createExcelStandin, findSheet, type ExcelStandin, withStandin } from '../support/excel-standin';
import { printedFixtureLedger, PRINT_TODAY } from '../xlsx/print-fixture-ledger';
import { syntheticLedger } from './synthetic-ledger';

/** A workbook holding the ledger already, as the add-in finds it. */
async function ledgerWorkbook(ledger: Ledger, maxApiVersion = '1.9'): Promise<ExcelStandin> {
  const standin = createExcelStandin({ maxApiVersion });
  await withStandin(standin, () => renderLedger(ledger));
  standin.host.stats.syncs = 0;
  return standin;
}

const cellValue = (standin: ExcelStandin, sheet: string, row: number, column: number) => findSheet(standin.host.state, sheet)!.cells.get(cellKey(row, column))?.value;

describe('打印状态表 in the add-in', () => {
  it('builds 推进情况表 and 单位汇总 after the ledger sheets, with the page layout, and activates 推进情况表', async () => {
    const standin = await ledgerWorkbook(printedFixtureLedger());
    const outcome = await withStandin(standin, () => printStatusTable(printedFixtureLedger(), { today: PRINT_TODAY, by: 'category' }, DEFAULT_PRINT_OPTIONS));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    expect(outcome.notices).toEqual(['已生成并选中“推进情况表”工作表（A4 横向、每页重复表头、页脚页码）。加载项无法直接调用打印，请按 Ctrl+P（Mac 为 ⌘+P）或“文件 → 打印”。']);
    const state = standin.host.state;
    expect(state.sheets.map((s) => s.name)).toEqual(['任务台账', '汇总', '校验', '单位名录', '单位报送', '变更记录', '设置', '撤销数据', '推进情况表', '单位汇总']);
    expect(state.sheets.find((s) => s.id === state.activeSheetId)!.name).toBe('推进情况表');
    expect(cellValue(standin, '推进情况表', 0, 0)).toBe('2024年广丰区政务公开工作任务推进情况表');
    expect(cellValue(standin, '推进情况表', 1, 0)).toBe('截至2025年1月6日');
    expect(cellValue(standin, '推进情况表', 2, 1)).toBe('工作任务');
    expect(cellValue(standin, '推进情况表', 3, 0)).toBe('一、聚焦高质量发展推进信息公开');
    const sheet = findSheet(state, '推进情况表')!;
    expect(sheet.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$3:$3',
      centerHorizontally: true,
      headersFooters: expect.objectContaining({ centerFooter: '— &P —' }),
    });
    expect(sheet.merges.length).toBe(2 + 12);
    expect(sheet.showGridlines).toBe(false);
    expect(findSheet(state, '单位汇总')!.pageLayout.orientation).toBe('Landscape');
  });

  it('refreshes the sheets when run again, keeping one of each', async () => {
    const standin = await ledgerWorkbook(printedFixtureLedger());
    await withStandin(standin, () => printStatusTable(printedFixtureLedger(), { today: PRINT_TODAY, by: 'category' }, DEFAULT_PRINT_OPTIONS));
    const again = await withStandin(standin, () => printStatusTable(printedFixtureLedger(), { today: PRINT_TODAY, by: 'unit', only: 'overdue' }, DEFAULT_PRINT_OPTIONS));
    expect(again.ok).toBe(true);
    const state = standin.host.state;
    expect(state.sheets.map((s) => s.name)).toEqual(['任务台账', '汇总', '校验', '单位名录', '单位报送', '变更记录', '设置', '撤销数据', '推进情况表', '单位汇总']);
    expect(cellValue(standin, '推进情况表', 1, 0)).toBe('截至2025年1月6日（仅列逾期任务）');
    expect(cellValue(standin, '推进情况表', 3, 0)).toBe('区自然资源局');
  });

  it('uses as many syncs for 5,000 tasks as for 50', async () => {
    const syncs = async (count: number) => {
      const ledger = syntheticLedger(count);
      const standin = await ledgerWorkbook(ledger);
      const outcome = await withStandin(standin, () => printStatusTable(ledger, { today: PRINT_TODAY, by: 'category' }, DEFAULT_PRINT_OPTIONS));
      expect(outcome.ok).toBe(true);
      return standin.host.stats.syncs;
    };
    const small = await syncs(50);
    expect(await syncs(5000)).toBe(small);
  });

  it('says what was left out on a host without page layout (ExcelApi 1.8)', async () => {
    const standin = await ledgerWorkbook(printedFixtureLedger(), '1.8');
    const outcome = await withStandin(standin, () => printStatusTable(printedFixtureLedger(), { today: PRINT_TODAY, by: 'category' }, DEFAULT_PRINT_OPTIONS));
    expect(outcome.ok && outcome.notices[0]).toMatch(/^当前 Excel 版本（低于 ExcelApi 1\.9）不支持打印设置/);
    expect(findSheet(standin.host.state, '推进情况表')!.pageLayout.orientation).toBe('Portrait');
  });
});
