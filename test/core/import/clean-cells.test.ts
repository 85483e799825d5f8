import { importBreakdown } from '../../../src/core/import';
import { cleanCells } from '../../../src/core/import/clean-cells';
import type { SourceTable } from '../../../src/core/import/types';

const TITLE = ['2024年广丰区政务公开工作任务分解表'];
const HEADER = ['工作类别', '工作任务', '牵头单位', '完成时限'];

describe('control and zero-width characters in a breakdown', () => {
  it('are cleaned from unit names and task texts of a grid (a workbook would drop them from the returns)', () => {
    const rows = [
      TITLE,
      HEADER,
      ['一、聚焦高质量发展推进信息公开', '依法推进企业\u0001信用信息公示。', '区市场监管局\u0007', '持续推进'],
      ['', '\ufeff定期公开重大民生\u200b实事项目执行情况。', '区财政局\u007f、区发改委 \u0008', '年底前'],
    ];
    const result = importBreakdown({ kind: 'grid', rows, sheet: '分解表' }, { file: 'fenjie.xlsx' });
    expect(result.tasks.map((t) => [t.id, t.task, t.leadUnits])).toEqual([
      ['1-01', '依法推进企业信用信息公示。', ['区市场监管局']],
      ['1-02', '定期公开重大民生实事项目执行情况。', ['区财政局', '区发改委']],
    ]);
    expect(result.units.map((u) => u.name)).toEqual(['区市场监管局', '区财政局', '区发改委']);
    expect(result.findings.filter((f) => f.field === 'leadUnits')).toEqual([]);
  });

  it('are cleaned from pasted text too', () => {
    const text = [TITLE[0], HEADER.join('\t'), ['一、聚焦高质量发展推进信息公开', '依法推进企业信用信息公示。\u0002', '区市场监管局\u0007', '持续推进'].join('\t')].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.task, t.leadUnits])).toEqual([['依法推进企业信用信息公示。', ['区市场监管局']]]);
  });
});

describe('cleanCells', () => {
  const table: SourceTable = {
    rows: [{ row: 3, cells: ['甲\u0007', ' 乙 \u0001', '丙', ''], breakBefore: true, continued: [2] }],
    sheet: '分解表',
    hasCellAddresses: true,
  };

  it('strips every cell, trims only the cells it changed, and keeps the rest of the table', () => {
    expect(cleanCells(table)).toEqual({
      rows: [{ row: 3, cells: ['甲', '乙', '丙', ''], breakBefore: true, continued: [2] }],
      sheet: '分解表',
      hasCellAddresses: true,
    });
  });

  it('does not mutate the table', () => {
    const before = JSON.stringify(table);
    cleanCells(table);
    expect(JSON.stringify(table)).toBe(before);
  });
});
