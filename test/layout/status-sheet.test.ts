import { buildPrintLayout } from '../../src/layout/print-layout';
import { unbreakableRuns } from '../../src/layout/print-line-break';
import { wrappedLines, rowHeightFor, MAX_ROW_HEIGHT } from '../../src/layout/print-row-height';
import { DEFAULT_PRINT_FONTS, DEFAULT_PRINT_OPTIONS, PRINT_MARGINS } from '../../src/layout/print-style';
import type { CellContent } from '../../src/layout/types';
import { sampleLedger } from '../core/report/status-table-fixture';

const value = (c: CellContent) => ('value' in c ? c.value : undefined);

describe('推进情况表 and 单位汇总 layouts', () => {
  const layout = buildPrintLayout(sampleLedger(), { today: '2024-09-20', by: 'category', only: 'not-done' });
  const [status, units] = layout.sheets;

  it('puts title and 截至 line above the header, merged across, in the title and body fonts', () => {
    expect(status.name).toBe('推进情况表');
    expect(status.headerRow).toBe(3);
    expect(status.preamble!.map((r) => value(r[0]))).toEqual(['2024年广丰区政务公开工作任务推进情况表', '截至2024年9月20日（仅列未完成任务）']);
    expect(status.preamble![0][0].style!.font).toEqual({ name: '方正小标宋简体', size: 22, bold: true, color: '000000' });
    // Filtered: the rows are numbered 1…n and show the 任务编号; a four-character header over a narrow column breaks in the middle.
    expect(status.columns.map((c) => c.header)).toEqual(['序号', '任务\n编号', '工作任务', '牵头单位', '完成时限', '完成\n状态', '进展情况', '预警']);
    expect(status.columns[2].style.font!.name).toBe('仿宋');
    expect(status.merges!.slice(0, 2)).toEqual(['A1:H1', 'A2:H2']);
  });

  it('lists each group heading (merged) before its tasks, overdue marks bold', () => {
    expect(status.rows.map((r) => value(r[0]))).toEqual(['一、聚焦高质量发展推进信息公开', 1, '二、围绕保障改善民生深化信息公开', 2, 3, '十、持续推进基层政务公开', 4]);
    expect(status.rows.map((r) => value(r[1])).filter(Boolean)).toEqual(['1-01', '2-01', '2-02', '10-01']);
    expect(status.merges!.slice(2)).toEqual(['A4:H4', 'A6:H6', 'A9:H9']);
    // Cells hold the lines as the layout broke them.
    expect(status.rows[3].map(value)).toEqual([2, '2-01', '开展征地信息公开标准化规范\n化试点。', '区自然资源局', '8月底前', '推进中', null, '●逾期\n20天']);
    expect(status.rows[3][7].style!.font!.bold).toBe(true);
    expect(status.rows[4][7].style).toBeUndefined();
    expect(value(status.rows[4][6])).toBe('【区住建局】已完成专栏。\n【区财政局】正在整理。');
    // 10-01: nobody has reported on it.
    expect(value(status.rows[6][5])).toBe('未报送');
  });

  it('numbers the rows of `--only overdue` 1…n and shows each task\'s 任务编号', () => {
    const overdue = buildPrintLayout(sampleLedger(), { today: '2024-12-20', by: 'category', only: 'overdue' }).sheets[0];
    const tasks = overdue.rows.filter((r) => typeof value(r[0]) === 'number');
    expect(tasks.map((r) => value(r[0]))).toEqual(tasks.map((_, i) => i + 1));
    expect(overdue.columns[1].header).toBe('任务\n编号');
    expect(tasks.map((r) => value(r[1]))).toEqual(['2-01', '2-02']);
  });

  it('sets A4 landscape, one page wide, header row repeated, GB/T 9704 margins turned for landscape, `— n —` footer', () => {
    expect(status.print).toEqual({
      orientation: 'landscape', paperSize: 'A4', fitToWidth: 1, fitToHeight: 0, printTitleRows: '3:3',
      margins: PRINT_MARGINS, centerFooter: '— &P —', horizontalCentered: true,
    });
    expect(PRINT_MARGINS).toEqual({ top: 1.102, bottom: 1.024, left: 1.378, right: 1.457, header: 0.591, footer: 0.591 });
    expect(units.print.printTitleRows).toBe('3:3');
  });

  it('gives every row a height, taller for the two-unit progress', () => {
    const heights = status.rows.map((_, i) => status.rowHeights[4 + i]);
    // Headings 20 pt; task rows 1.44 em a line plus 2 pt, to a quarter point.
    expect(heights).toEqual([20, 19.5, 20, 36.75, 36.75, 20, 19.5]);
  });

  it('lists units most overdue first, then a bold total row counting tasks once, then the note', () => {
    expect(units.name).toBe('单位汇总');
    expect(units.columns.map((c) => c.header)).toEqual(['序号', '牵头单位', '任务数', '已完成', '推进中', '未开始', '未报送', '暂缓', '逾期', '临期', '完成率']);
    expect(units.rows.map((r) => r.map(value))).toEqual([
      [1, '区自然资源局', 1, 0, 1, 0, 0, 0, 1, 0, 0],
      [2, '区财政局', 2, 1, 1, 0, 0, 0, 0, 1, 0.5],
      [3, '区市场监管局', 1, 0, 1, 0, 0, 0, 0, 0, 0],
      [4, '区住建局', 1, 1, 0, 0, 0, 0, 0, 0, 1],
      [5, '未明确牵头单位', 1, 0, 0, 0, 1, 0, 0, 0, 0],
      ['合计', null, 5, 1, 3, 0, 1, 0, 1, 1, 0.2],
      ['注：多个单位共同牵头的任务，在各牵头单位分别计数；合计行每项任务只计一次。', null, null, null, null, null, null, null, null, null, null],
    ]);
    expect(units.rows[5][2].style!.font!.bold).toBe(true);
    expect(units.merges).toEqual(['A1:K1', 'A2:K2', 'A9:B9', 'A10:K10']);
  });

  it('takes other fonts when asked', () => {
    const fallback = buildPrintLayout(sampleLedger(), { today: '2024-09-20', by: 'unit' }, { ...DEFAULT_PRINT_OPTIONS, fonts: { ...DEFAULT_PRINT_FONTS, title: '宋体' } });
    expect(fallback.sheets[0].preamble![0][0].style!.font!.name).toBe('宋体');
    expect(fallback.sheets[0].rows.map((r) => value(r[0]))).toEqual(['区住建局', 3, '区财政局', 3, 4, '区自然资源局', 2, '区市场监管局', 1, '未明确牵头单位', 5]);
  });

  it('does not mutate the ledger', () => {
    const ledger = sampleLedger();
    const before = JSON.stringify(ledger);
    buildPrintLayout(ledger, { today: '2024-09-20', by: 'unit' });
    expect(JSON.stringify(ledger)).toBe(before);
  });
});

describe('row height estimates', () => {
  it('counts wrapped lines: full-width characters take an em, others about half, line breaks start lines', () => {
    expect(wrappedLines({ text: '字'.repeat(18), widthPoints: 224.25, fontSize: 12 })).toBe(1);
    expect(wrappedLines({ text: '字'.repeat(19), widthPoints: 224.25, fontSize: 12 })).toBe(2);
    expect(wrappedLines({ text: 'a'.repeat(33), widthPoints: 224.25, fontSize: 12 })).toBe(1);
    expect(wrappedLines({ text: '甲\n乙\n\n丙', widthPoints: 224.25, fontSize: 12 })).toBe(4);
    expect(wrappedLines({ text: '', widthPoints: 35.25, fontSize: 12 })).toBe(1);
  });

  it('breaks lines where renderers may: words and numbers whole, no closing mark starting a line, quotes holding on', () => {
    expect(unbreakableRuns('设“1269”行动，共100%。')).toEqual(['设“1269”行', '动，', '共', '100%。']);
    expect(unbreakableRuns('（一）Word文档')).toEqual(['（一）', 'Word', '文', '档']);
    expect(unbreakableRuns('甲乙').join('')).toBe('甲乙');
    // LibreOffice wraps task 1-01 at 24.5 × 7 pt in nine lines: `设“1269”` may not be split from what precedes or follows.
    const task = '及时公开我区贯彻落实全省制造业重点产业链现代化建设“1269”行动计划、“十百千万”工程行动计划、数字经济做优做强“一号发展工程”、科技兴赣六大行动、旅游强省发展战略、大规模设备更新和消费品以旧换新等政策举措和进展成效。';
    expect(wrappedLines({ text: task, widthPoints: 171.5, fontSize: 12 })).toBe(9);
  });

  it('sizes a row for its tallest cell, within Excel\'s limit', () => {
    expect(rowHeightFor([{ text: '字', widthPoints: 56.25, fontSize: 12 }])).toBe(24);
    expect(rowHeightFor([{ text: '字', widthPoints: 56.25, fontSize: 12 }, { text: '字'.repeat(40), widthPoints: 56.25, fontSize: 12 }])).toBe(Math.ceil(6 + 10 * 12 * 1.44));
    expect(rowHeightFor([{ text: '字'.repeat(2000), widthPoints: 56.25, fontSize: 12 }])).toBe(MAX_ROW_HEIGHT);
  });
});
