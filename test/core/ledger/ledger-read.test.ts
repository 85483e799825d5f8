import type { GridValue, LedgerGrids } from '../../../src/core/ledger/ledger-grid';
import { readLedgerGrids } from '../../../src/core/ledger/ledger-read';
import { toExcelSerial } from '../../../src/core/deadline/iso-date';

/** A ledger as grids, with 任务台账's columns in the user's own order. */
function grids(taskRows: GridValue[][], settings: GridValue[][] = [['临期天数', 15], ['计划年度', 2024], ['台账标识', 'L1']]): LedgerGrids {
  return {
    file: '台账.xlsx',
    sheets: [
      { name: '任务台账', rows: [['完成状态', '工作任务', '任务编号', '工作类别', '牵头单位', '完成时限', '截止日期', '备注'], ...taskRows] },
      { name: '设置', rows: [['项目', '值'], ...settings] },
      { name: '单位名录', rows: [['单位名称', '别名'], ['区政府办', '政府办、区府办'], [null, null]] },
    ],
  };
}

describe('readLedgerGrids', () => {
  it('finds columns by header, skips blank rows, gives a new row the section above and the next ID', () => {
    const { ledger, findings } = readLedgerGrids(
      grids([
        ['推进中', '任务甲', '3-01', '三、第三板块', '区政府办', '年底前', toExcelSerial('2024-12-31'), ''],
        [null, null, null, null, null, null, null, null],
        ['', '任务乙', '', '', '区政府办、区财政局', '每季度', 45000, '新增'],
      ]),
      { fallbackPlanYear: 2030 },
    );
    expect(ledger!.tasks.map((t) => [t.id, t.seq, t.category.no, t.task, t.leadUnits, t.deadline.kind, t.status, t.note, t.source])).toEqual([
      ['3-01', 1, 3, '任务甲', ['区政府办'], 'date', '推进中', '', { row: 2 }],
      ['3-02', 2, 3, '任务乙', ['区政府办', '区财政局'], 'recurring', '', '新增', { row: 4 }],
    ]);
    expect(ledger!.units).toEqual([{ name: '区政府办', aliases: ['政府办', '区府办'], contact: '', phone: '' }]);
    expect(ledger!.meta).toMatchObject({ ledgerId: 'L1', planYear: 2024, dueSoonDays: 15 });
    expect(findings).toEqual([expect.objectContaining({ code: 'ledger.new-task-id', taskId: '3-02', row: 4, cell: 'C4', sheet: '任务台账', file: '台账.xlsx' })]);
  });

  it('reports duplicate IDs and a bad 临期天数 (kept at the default)', () => {
    const { ledger, findings } = readLedgerGrids(
      grids([['', '甲', '1-01', '一、A', '区政府办', '年底前', null, ''], ['', '乙', '1-01', '一、A', '区政府办', '年底前', null, '']], [['临期天数', '半个月'], ['计划年度', 2024]]),
      { fallbackPlanYear: 2024 },
    );
    expect(ledger!.meta.dueSoonDays).toBe(15);
    expect(findings.map((f) => [f.level, f.code, f.message])).toEqual([
      ['warning', 'ledger.bad-setting', '“设置”工作表中的临期天数“半个月”无效，已按默认值处理'],
      ['error', 'ledger.duplicate-id', '任务编号“1-01”重复出现在第2、3行'],
    ]);
  });

  it('does not mutate the grids', () => {
    const input = grids([['', '甲', '', '一、A', '区政府办', '年底前', null, '']]);
    const before = JSON.stringify(input);
    readLedgerGrids(input, { fallbackPlanYear: 2024 });
    expect(JSON.stringify(input)).toBe(before);
  });
});
