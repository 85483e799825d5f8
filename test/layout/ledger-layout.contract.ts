/**
 * The layout assertions every renderer must pass: render a ledger, snapshot the result, and
 * compare with the layout description (src/layout) plus a few literal values that pin it down.
 * Used by test/xlsx/ledger-layout.test.ts (ExcelJS) and the Office.js renderer's test.
 */
import type { Ledger } from '../../src/core/ledger';
import { fromExcelDateTimeSerial, toExcelSerial } from '../../src/core/deadline/iso-date';
import { cellAddress, columnLetter } from '../../src/layout/a1';
import { buildLedgerLayout } from '../../src/layout/ledger-layout';
import { NAMES, SHEETS, TASK_TABLE_NAME, taskAreaLastRow } from '../../src/layout/ledger-names';
import type { CellContent, SheetLayout } from '../../src/layout/types';
import { cellOf, sheetOf, type SnapshotCell, type WorkbookSnapshot } from '../support/workbook-snapshot';
import { sampleLedger } from './sample-ledger';

type Render = (ledger: Ledger) => Promise<WorkbookSnapshot>;

function expectedContent(content: CellContent): SnapshotCell {
  if ('formula' in content) return { formula: content.formula };
  if ('date' in content) return { value: toExcelSerial(content.date) };
  // A date-time serial read back is exact to the second, not to the last bit: compared as ISO text.
  if ('dateTime' in content) return { value: content.dateTime };
  return content.value === null || content.value === '' ? {} : { value: content.value };
}

function contentOf(cell: SnapshotCell): SnapshotCell {
  const out: SnapshotCell = {};
  if (cell.formula !== undefined) out.formula = cell.formula;
  else if (cell.value !== undefined) out.value = cell.value;
  return out;
}

function expectSheetMatchesLayout(snapshot: WorkbookSnapshot, layout: SheetLayout): void {
  const sheet = sheetOf(snapshot, layout.name);
  expect(sheet.visibility).toBe(layout.visibility);
  layout.columns.forEach((col, j) => {
    const letter = columnLetter(j + 1);
    expect([layout.name, letter, cellOf(sheet, `${letter}${layout.headerRow}`).value]).toEqual([layout.name, letter, col.header]);
    expect([layout.name, letter, sheet.columnWidths[letter]]).toEqual([layout.name, letter, col.width]);
  });
  layout.rows.forEach((cells, i) => {
    cells.forEach((content, j) => {
      const address = cellAddress(layout.headerRow + 1 + i, j + 1);
      const actual = contentOf(cellOf(sheet, address));
      if ('dateTime' in content && typeof actual.value === 'number') actual.value = fromExcelDateTimeSerial(actual.value) ?? actual.value;
      expect([layout.name, address, actual]).toEqual([layout.name, address, expectedContent(content)]);
    });
  });
  expect(sheet.freeze).toEqual(layout.freeze);
  expect(sheet.print).toMatchObject({
    orientation: 'landscape',
    paperSize: 'A4',
    fitToWidth: 1,
    fitToHeight: 0,
    printTitleRows: '1:1',
    margins: layout.print.margins,
    centerHeader: layout.print.centerHeader,
    centerFooter: '— &P —',
  });
  const header = cellOf(sheet, 'A1');
  expect(header.font).toMatchObject({ name: '黑体', bold: true });
  expect(header.fill).toBe('DDEBF7');
  expect(sheet.rowHeights[1]).toBe(layout.headerHeight);
  for (const [row, height] of Object.entries(layout.rowHeights)) {
    expect([layout.name, row, sheet.rowHeights[Number(row)]]).toEqual([layout.name, row, height]);
  }
}

/** Task 1-02 (led by 区自然资源局、区政府办) with each unit's own report, as consolidation leaves it. */
function withUnitReports(ledger: Ledger): Ledger {
  const report = (unit: string, status: '推进中' | '已完成', progress: string) => ({ unit, status, progress, evidence: '', contact: '李四', phone: '0793-7654321', round: '2024-09', reportedAt: '2024-09-26T10:00:00' });
  const unitReports = { 区政府办: report('区政府办', '已完成', '=已发文'), 区自然资源局: report('区自然资源局', '推进中', '已起草方案') };
  return { ...ledger, tasks: ledger.tasks.map((t) => (t.id === '1-02' ? { ...t, unitReports } : t)) };
}

export function runLedgerLayoutContract(rendererName: string, renderAndSnapshot: Render): void {
  describe(`ledger layout contract — ${rendererName}`, () => {
    const ledger = withUnitReports(sampleLedger());
    const layout = buildLedgerLayout(ledger);
    let snapshot: WorkbookSnapshot;
    beforeAll(async () => {
      snapshot = await renderAndSnapshot(ledger);
    });

    it('has the sheets in tab order, 设置 hidden', () => {
      expect(snapshot.sheets.map((s) => [s.name, s.visibility])).toEqual([
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

    it('draws every sheet as the layout describes: headers, widths, cells, freeze, print setup', () => {
      for (const sheetLayout of layout.sheets) expectSheetMatchesLayout(snapshot, sheetLayout);
    });

    it('writes the 任务台账 headers and task cells, with real dates and live formulas', () => {
      const sheet = sheetOf(snapshot, SHEETS.tasks);
      const headers = 'ABCDEFGHIJKLMNO'.split('').map((c) => cellOf(sheet, `${c}1`).value);
      expect(headers).toEqual(['序号', '任务编号', '工作类别', '工作任务', '牵头单位', '责任单位', '完成时限', '截止日期', '完成状态', '进展情况', '佐证材料', '更新时间', '剩余天数', '预警', '备注']);
      expect(contentOf(cellOf(sheet, 'B3'))).toEqual({ value: '1-02' });
      expect(contentOf(cellOf(sheet, 'C3'))).toEqual({ value: '一、聚焦高质量发展推进信息公开' });
      expect(contentOf(cellOf(sheet, 'C5'))).toEqual({ value: '十一、强化指导协调和督促检查' });
      expect(contentOf(cellOf(sheet, 'E3'))).toEqual({ value: '区自然资源局、区政府办' });
      expect(contentOf(cellOf(sheet, 'H3'))).toEqual({ value: 45657 });
      expect(cellOf(sheet, 'H3').numFmt).toBe('yyyy-mm-dd');
      expect(contentOf(cellOf(sheet, 'H2'))).toEqual({});
      expect(contentOf(cellOf(sheet, 'H4'))).toEqual({
        formula: 'EOMONTH(DATE(YEAR(TODAY()),INT((MONTH(TODAY())-1)/1)*1+1,1),0)',
      });
      expect(contentOf(cellOf(sheet, 'M3'))).toEqual({ formula: 'IF(OR(OR($I3="已完成",$I3="已销号"),NOT(ISNUMBER($H3))),"",$H3-TODAY())' });
      expect(contentOf(cellOf(sheet, 'N3'))).toEqual({
        formula:
          'IF(OR($I3="已完成",$I3="已销号"),"✓完成",IF(NOT(ISNUMBER($H3)),IF($D3="","","—"),IF($H3<TODAY(),"●逾期",IF($H3<=TODAY()+TL_DUE_SOON_DAYS,"▲临期","○正常"))))',
      });
    });

    it('writes 更新时间 and 报送时间 as real date-times shown to the minute', () => {
      const tasks = sheetOf(snapshot, SHEETS.tasks);
      // 2024-09-01T10:00:00: day 45536 and 10/24 of a day.
      expect(cellOf(tasks, 'L3').value).toBeCloseTo(45536 + 10 / 24, 9);
      expect(cellOf(tasks, 'L3').numFmt).toBe('yyyy-mm-dd hh:mm');
      const reports = sheetOf(snapshot, SHEETS.reports);
      expect(cellOf(reports, 'I1').value).toBe('报送时间');
      expect(cellOf(reports, 'I2').value).toBeCloseTo(45561 + 10 / 24, 9);
      expect(cellOf(reports, 'I2').numFmt).toBe('yyyy-mm-dd hh:mm');
    });

    it('keeps a value that starts with = as text, never a formula', () => {
      const cell = cellOf(sheetOf(snapshot, SHEETS.tasks), 'J3');
      expect(contentOf(cell)).toEqual({ value: '=1+1 已起草方案' });
    });

    it('styles data cells: Chinese font, wrapped task text, thin borders', () => {
      const sheet = sheetOf(snapshot, SHEETS.tasks);
      expect(cellOf(sheet, 'D2')).toMatchObject({ font: { name: '宋体', size: 11 }, wrap: true, vAlign: 'top', border: 'A6A6A6' });
      expect(cellOf(sheet, 'A2')).toMatchObject({ numFmt: '0', hAlign: 'center' });
      expect(cellOf(sheet, 'D1')).toMatchObject({ wrap: true, hAlign: 'center', border: 'A6A6A6' });
    });

    it('makes 任务台账 an Excel table over the header and the tasks', () => {
      expect(sheetOf(snapshot, SHEETS.tasks).tables).toEqual([{ name: TASK_TABLE_NAME, ref: 'A1:P5', style: 'TableStyleLight9', headerRow: true }]);
    });

    it('validates 完成状态 from the status list and 牵头单位 from 单位名录, as sheet ranges', () => {
      const last = taskAreaLastRow(ledger.tasks.length);
      const byRange = [...sheetOf(snapshot, SHEETS.tasks).validations].sort((a, b) => b.range.localeCompare(a.range));
      expect(byRange).toEqual([
        expect.objectContaining({ range: `I2:I${last}`, type: 'list', formula: '设置!$D$2:$D$6', allowBlank: true, errorStyle: 'stop' }),
        expect.objectContaining({ range: `E2:E${last}`, type: 'list', formula: '单位名录!$A$2:$A$504', allowBlank: true, errorStyle: 'warning' }),
      ]);
    });

    it('colours whole rows with four mutually exclusive rules on TODAY()', () => {
      const last = taskAreaLastRow(ledger.tasks.length);
      const range = `A2:P${last}`;
      const done = 'OR($I2="已完成",$I2="已销号")';
      expect(sheetOf(snapshot, SHEETS.tasks).conditionalFormats).toEqual([
        { range, formula: done, fill: 'C6EFCE', fontColor: '006100', priority: 1, stopIfTrue: false },
        { range, formula: `AND(NOT(${done}),ISNUMBER($H2),$H2<TODAY())`, fill: 'FFC7CE', fontColor: '9C0006', priority: 2, stopIfTrue: false },
        { range, formula: `AND(NOT(${done}),ISNUMBER($H2),$H2>=TODAY(),$H2<=TODAY()+TL_DUE_SOON_DAYS)`, fill: 'FFEB9C', fontColor: '9C5700', priority: 3, stopIfTrue: false },
        { range, formula: `AND(NOT(${done}),NOT(ISNUMBER($H2)),$D2<>"")`, fill: 'EDEDED', fontColor: '595959', priority: 4, stopIfTrue: false },
      ]);
    });

    it('gives rows with long wrapped text a fitted height', () => {
      // 一、聚焦高质量发展推进信息公开 takes two lines of 工作类别; a short unit name one.
      const twoLines = sheetOf(snapshot, SHEETS.tasks).rowHeights[2];
      const oneLine = sheetOf(snapshot, SHEETS.units).rowHeights[2];
      expect(oneLine).toBeGreaterThanOrEqual(20);
      expect(twoLines).toBeGreaterThanOrEqual(oneLine + 11);
    });

    it('freezes the header and the ID columns of 任务台账', () => {
      expect(sheetOf(snapshot, SHEETS.tasks).freeze).toEqual({ rows: 1, columns: 2 });
    });

    it('defines the settings names, and 设置 holds identity, year, version and 临期天数', () => {
      expect([...snapshot.definedNames].sort((a, b) => a.name.localeCompare(b.name))).toEqual(
        [
          { name: NAMES.ledgerId, ref: '设置!$B$2' },
          { name: NAMES.title, ref: '设置!$B$3' },
          { name: NAMES.planYear, ref: '设置!$B$4' },
          { name: NAMES.schemaVersion, ref: '设置!$B$5' },
          { name: NAMES.createdAt, ref: '设置!$B$6' },
          { name: NAMES.dueSoonDays, ref: '设置!$B$7' },
          { name: NAMES.statuses, ref: '设置!$D$2:$D$6' },
        ].sort((a, b) => a.name.localeCompare(b.name)),
      );
      const settings = sheetOf(snapshot, SHEETS.settings);
      expect(['B2', 'B3', 'B4', 'B5', 'B7'].map((a) => cellOf(settings, a).value)).toEqual(['L-test-0001', '2024年广丰区政务公开工作任务分解表', 2024, 1, 15]);
    });

    it('counts per unit in 汇总 without 区政府办 matching 区政府办公室', () => {
      const sheet = sheetOf(snapshot, SHEETS.summary);
      const names = Object.keys(sheet.cells)
        .filter((a) => /^B\d+$/.test(a) && a !== 'B1')
        .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
        .map((a) => sheet.cells[a].value);
      expect(names).toEqual(['区市场监管局', '区自然资源局', '区政府办', '区政府办公室', '城管局', '一、聚焦高质量发展推进信息公开', '十一、强化指导协调和督促检查', '全部任务']);
      const last = taskAreaLastRow(ledger.tasks.length);
      expect(cellOf(sheet, 'C4').formula).toBe(`SUMPRODUCT(--ISNUMBER(FIND("、"&$B4&"、","、"&任务台账!$E$2:$E$${last}&"、")))`);
      expect(cellOf(sheet, 'H4').formula).toBe('IF(C4=0,"",D4/C4)');
      expect(cellOf(sheet, 'H4').numFmt).toBe('0.0%');
      expect(cellOf(sheet, 'A9').font).toMatchObject({ bold: true });
    });

    it('lists the checks’ findings in 校验 (the import’s wording kept), pointing at the 任务台账 cell with a link', () => {
      const sheet = sheetOf(snapshot, SHEETS.findings);
      const codes = [2, 3, 4, 5].map((r) => cellOf(sheet, `B${r}`).value);
      // 2-01's 区政府办公室 is near 区政府办; 城管局 is the import's own finding; 2-02 has no lead unit and no deadline.
      expect(codes).toEqual(['unit.not-canonical', 'unit.not-canonical', 'unit.lead-missing', 'deadline.missing']);
      expect(['A3', 'B3', 'C3', 'D3', 'E3', 'F3', 'G3'].map((a) => cellOf(sheet, a).value)).toEqual(['警告', 'unit.not-canonical', '2-01', '任务台账!E4', 'guangfeng.txt 第30行', '牵头单位“城管局”应为“区城管局”（导入时的说法）', '区城管局']);
      expect(cellOf(sheet, 'H3').formula).toBe('HYPERLINK("#任务台账!E4","转到 E4")');
    });

    it('writes 单位名录 with aliases joined by 、', () => {
      const sheet = sheetOf(snapshot, SHEETS.units);
      expect(['A2', 'B2', 'C2', 'D2', 'A4', 'B4'].map((a) => cellOf(sheet, a).value)).toEqual(['区政府办', '政府办、区府办', '张三', '0793-1234567', '区自然资源局', '自然资源局']);
    });

    it('writes 单位报送: one row per (task, unit), lead units in 牵头单位 order, = text kept as text', () => {
      const sheet = sheetOf(snapshot, SHEETS.reports);
      const text = (value: unknown) => (typeof value === 'number' ? fromExcelDateTimeSerial(value) : value);
      const row = (n: number) => 'ABCDEFGHI'.split('').map((c) => text(contentOf(cellOf(sheet, `${c}${n}`)).value) ?? '');
      expect([1, 2, 3].map(row)).toEqual([
        ['任务编号', '单位', '完成状态', '进展情况', '佐证材料', '联系人', '联系电话', '报送轮次', '报送时间'],
        ['1-02', '区自然资源局', '推进中', '已起草方案', '', '李四', '0793-7654321', '2024-09', '2024-09-26T10:00:00'],
        ['1-02', '区政府办', '已完成', '=已发文', '', '李四', '0793-7654321', '2024-09', '2024-09-26T10:00:00'],
      ]);
      expect(contentOf(cellOf(sheet, 'A4'))).toEqual({});
    });

    it('keeps the table valid for a ledger with no tasks', async () => {
      const empty = await renderAndSnapshot({ ...sampleLedger(), tasks: [], findings: [] });
      expect(sheetOf(empty, SHEETS.tasks).tables).toEqual([expect.objectContaining({ name: TASK_TABLE_NAME, ref: 'A1:P2' })]);
      expect(cellOf(sheetOf(empty, SHEETS.tasks), 'B1').value).toBe('任务编号');
    });
  });
}
