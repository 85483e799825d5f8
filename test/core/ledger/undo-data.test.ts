/**
 * The packed 撤销数据: a batch of changes becomes a few rows of JSON text and comes back exact,
 * whatever the values hold; a batch edited or cut by hand is named as damaged, never half-read.
 */
import type { ChangeRecord, SheetGrid } from '../../../src/core/ledger';
import { UNDO_DATA_HEADERS, checksum, isPackedUndoData, packChanges, unpackChanges } from '../../../src/core/ledger';

const change = (batchId: string, taskId: string, unit: string, field: string, oldValue: string, newValue: string): ChangeRecord => ({
  time: '2024-09-26T10:00:00+08:00',
  round: '2024-09',
  unit,
  taskId,
  field,
  oldValue,
  newValue,
  sourceFile: `${unit}-报送表-2024-09.xlsx`,
  batchId,
});

const SEPT = [
  change('合并-1', '1-01', '区财政局', '完成状态', '', '推进中'),
  change('合并-1', '1-01', '区财政局', '进展情况', '  前后有空格  ', '换行\n第二行\t制表'),
  change('合并-1', '1-01', '区财政局', '报送轮次', '', '2024-09'),
  change('合并-1', '1-01', '（台账）', '进展情况', '', '😀 表情与 "引号" \\ 反斜杠'),
  change('合并-1', '1-02', '区财政局', '报送时间', '', '2024-09-26T10:00:00+08:00'),
];
const OCT = [change('合并-2', '1-01', '区财政局', '进展情况', '换行\n第二行\t制表', '12345'), change('合并-2', '1-01', '区财政局', '报送时间', '2024-09-26T10:00:00+08:00', '2024-10-25T09:00:00+08:00')];

function grid(changes: ChangeRecord[], chunk?: number): SheetGrid {
  return { name: '撤销数据', rows: [[...UNDO_DATA_HEADERS], ...packChanges(changes, chunk).map((r) => [r.batchId, r.part, r.parts, r.records, r.checksum, r.data])] };
}

describe('packed 撤销数据', () => {
  it('keeps one row per batch, a (task, unit, file) once with only the fields that changed', () => {
    const rows = packChanges([...SEPT, ...OCT]);
    expect(rows.map((r) => [r.batchId, r.part, r.parts, r.records])).toEqual([
      ['合并-1', 1, 1, 5],
      ['合并-2', 1, 1, 2],
    ]);
    const { s, g } = JSON.parse(rows[1].data) as { s: string[]; g: number[][] };
    expect(g.map((group) => group.map((i) => s[i]))).toEqual([
      ['2024-09-26T10:00:00+08:00', '2024-09', '区财政局', '1-01', '区财政局-报送表-2024-09.xlsx', '进展情况', '换行\n第二行\t制表', '12345', '报送时间', '2024-09-26T10:00:00+08:00', '2024-10-25T09:00:00+08:00'],
    ]);
  });

  it('comes back exact: spaces, line breaks, quotes, emoji, number-like text', () => {
    const back = unpackChanges(grid([...SEPT, ...OCT]));
    expect(back.changes).toEqual([...SEPT, ...OCT]);
    expect(back.batches.map((b) => ('damaged' in b ? 'damaged' : b.changes.length))).toEqual([5, 2]);
  });

  it('splits a batch across rows under the cell limit, never inside a surrogate pair', () => {
    const many = Array.from({ length: 400 }, (_, i) => change('合并-3', `2-${i}`, '区发改委', '进展情况', '', `😀${'进展'.repeat(i % 7)}${i}`));
    for (const chunk of [7, 8, 30_000, 1000]) {
      const rows = packChanges(many, chunk);
      expect(rows.every((r) => r.data.length <= chunk && !/^[\udc00-\udfff]/.test(r.data) && !/[\ud800-\udbff]$/.test(r.data))).toBe(true);
      expect(unpackChanges(grid(many, chunk)).changes).toEqual(many);
    }
    expect(packChanges(many, 1000).length).toBeGreaterThan(10);
  });

  it('names a batch edited, cut or reordered by hand as damaged and still reads the others', () => {
    const whole = grid([...SEPT, ...OCT], 40);
    const sept = whole.rows.filter((r) => r[0] === '合并-1').length;
    expect(sept).toBeGreaterThan(2);
    const damagedOf = (g: SheetGrid) => unpackChanges(g).batches.filter((b) => 'damaged' in b).map((b) => b.batchId);

    const edited = { ...whole, rows: whole.rows.map((r, i) => (i === 2 ? [...r.slice(0, 5), String(r[5]).replace(/./, 'x')] : r)) };
    expect(damagedOf(edited)).toEqual(['合并-1']);
    expect(unpackChanges(edited).changes).toEqual(OCT);

    const cut = { ...whole, rows: whole.rows.filter((_, i) => i !== 2) };
    expect(damagedOf(cut)).toEqual(['合并-1']);
    const swapped = { ...whole, rows: [whole.rows[0], whole.rows[2], whole.rows[1], ...whole.rows.slice(3)] };
    expect(damagedOf(swapped)).toEqual(['合并-1']);
    const recount = { ...whole, rows: whole.rows.map((r) => (r[0] === '合并-2' ? [r[0], r[1], r[2], 1, r[4], r[5]] : r)) };
    expect(damagedOf(recount)).toEqual(['合并-2']);
  });

  it('tells the packed sheet from the one-row-per-change sheet of older ledgers', () => {
    expect(isPackedUndoData(grid(SEPT))).toBe(true);
    expect(isPackedUndoData({ name: '撤销数据', rows: [['时间', '轮次', '单位', '任务编号', '字段', '原值', '新值', '来源文件', '批次']] })).toBe(false);
    expect(checksum('')).toBe('811c9dc5');
  });
});
