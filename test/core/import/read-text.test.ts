import { readText } from '../../../src/core/import/read-text';

describe('readText', () => {
  it('splits tab text into rows with their line numbers, marking blank lines as breaks', () => {
    expect(readText('\uFEFF标题\n\n序号\t工作任务\n1\t任务一 ').rows).toEqual([
      { row: 1, cells: ['标题'], breakBefore: false },
      { row: 3, cells: ['序号', '工作任务'], breakBefore: true },
      { row: 4, cells: ['1', '任务一'], breakBefore: false },
    ]);
  });

  it('reads Excel’s quoted cells holding line breaks and quotes', () => {
    const text = '1\t"第一行\n第二行"\t区政府办\n2\t"他说""好"""\t区财政局';
    expect(readText(text).rows.map((r) => [r.row, r.cells])).toEqual([
      [1, ['1', '第一行\n第二行', '区政府办']],
      [3, ['2', '他说"好"', '区财政局']],
    ]);
  });

  it('keeps a cell that merely starts with a quote as it is', () => {
    expect(readText('1\t"十百千万"行动\t区商务局').rows[0].cells).toEqual(['1', '"十百千万"行动', '区商务局']);
  });

  it('reads |-separated tables, skipping the Markdown rule line', () => {
    const text = '| 工作任务 | 牵头单位 |\n| :--- | --- |\n| 公开信息 | 区政府办 |\n| 无外框 | 区财政局';
    expect(readText(text).rows.map((r) => r.cells)).toEqual([['工作任务', '牵头单位'], ['公开信息', '区政府办'], ['无外框', '区财政局']]);
  });
});
