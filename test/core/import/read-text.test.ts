import { readText } from '../../../src/core/import/read-text';
import { importBreakdown } from '../../../src/core/import';

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

  it('joins a cell Word copied as two lines (two paragraphs) back into its row', () => {
    const text = ['序号\t工作任务\t牵头单位\t完成时限', '1\t公开财政预算；\t区财政局\t年底前', '2\t公开政府债务；', '公开国有资产报告。\t区财政局\t持续推进', '3\t公开审计结果。\t区审计局\t年底前'].join('\n');
    expect(readText(text).rows.map((r) => [r.row, r.cells])).toEqual([
      [1, ['序号', '工作任务', '牵头单位', '完成时限']],
      [2, ['1', '公开财政预算；', '区财政局', '年底前']],
      [3, ['2', '公开政府债务；\n公开国有资产报告。', '区财政局', '持续推进']],
      [5, ['3', '公开审计结果。', '区审计局', '年底前']],
    ]);
  });

  it('reads |-separated tables, skipping the Markdown rule line', () => {
    const text = '| 工作任务 | 牵头单位 |\n| :--- | --- |\n| 公开信息 | 区政府办 |\n| 无外框 | 区财政局';
    expect(readText(text).rows.map((r) => r.cells)).toEqual([['工作任务', '牵头单位'], ['公开信息', '区政府办'], ['无外框', '区财政局']]);
  });

  it('reads <br> in a |-separated cell as a line break', () => {
    const text = '| 工作任务 | 配合单位 |\n| --- | --- |\n| 公开信息 | 县自然资源局<br>县财政局 <BR/> 县税务局 |';
    expect(readText(text).rows.map((r) => r.cells)).toEqual([['工作任务', '配合单位'], ['公开信息', '县自然资源局\n县财政局\n县税务局']]);
  });
  it('reads a web page’s table as page text, one cell a line between `|` lines, `|` `|` ending a row', () => {
    const text = ['某镇政务公开工作任务', '|', '工作任务', '|', '具体内容', '|', '责任部门', '|', '|', '推进政策公开', '|', '公开民生领域信息。', '|', '党政办公室、财政所等', '|', '|',
      '持续发布政策文件。', '第二段。', '|', '便民服务中心', '|'].join('\n');
    expect(readText(text).rows.map((r) => [r.row, r.cells])).toEqual([
      [1, ['某镇政务公开工作任务']],
      [3, ['工作任务', '具体内容', '责任部门']],
      [10, ['推进政策公开', '公开民生领域信息。', '党政办公室、财政所等']],
      [17, ['持续发布政策文件。\n第二段。', '便民服务中心']],
    ]);
  });

  it('reads a web page’s table as page text, one cell a line ending in `|`, rows as wide as the header', () => {
    const text = ['2025年某区重点工作清单', '序号 |', '重点工作 |', '责任领导 |', '责任单位 |', '完成时限 |', '1 |', '推进项目建设,', '全力服务项目落地。 |', '张三 |', '区发改局、区财政局 |', '全年 |',
      '2 |', '盘活存量土地。 |', '李四 |', '区自然资源局 |', '6月底前 |'].join('\n');
    expect(readText(text).rows.map((r) => [r.row, r.cells])).toEqual([
      [1, ['2025年某区重点工作清单']],
      [2, ['序号', '重点工作', '责任领导', '责任单位', '完成时限']],
      [7, ['1', '推进项目建设,\n全力服务项目落地。', '张三', '区发改局、区财政局', '全年']],
      [13, ['2', '盘活存量土地。', '李四', '区自然资源局', '6月底前']],
    ]);
  });

  // Dev round 9t: the same page text where each data row ends in a line of bars only (`|`, or `||`
  // when its last cell is blank) and rows lack a cell merged down from a row above.
  it('reads rows ended by a line of bars, a blank last cell `||`, rows shorter than the header', () => {
    const text = ['某区实事推进情况', '序号 |', '类别 |', '年度任务 |', '牵头单位 |', '推进情况 |', '备注 |',
      '7 |', '改造路灯300盏。 |', '区住建局 |', '已完成120盏。 |', '||',
      '8 |', '新增泊位500个。 |', '区交通局 |', '已开工。 |', '招标滞后。 |', '|',
      '9 |', '建成公厕10座。 |', '区城管局 |', '已建成4座。 |'].join('\n');
    expect(readText(text).rows.map((r) => [r.row, r.cells])).toEqual([
      [1, ['某区实事推进情况']],
      [2, ['序号', '类别', '年度任务', '牵头单位', '推进情况', '备注']],
      [8, ['7', '改造路灯300盏。', '区住建局', '已完成120盏。', '']],
      [13, ['8', '新增泊位500个。', '区交通局', '已开工。', '招标滞后。']],
      [19, ['9', '建成公厕10座。', '区城管局', '已建成4座。']],
    ]);
  });

  // Blind round 12 (宣城): the page ends every row with `||`, the header's names too — no blank cell there.
  it('reads `||` under the header’s names as the mark of every row’s end, a bar more a blank cell', () => {
    const text = ['某县公开工作清单', '工作事项 |', '工作要求 |', '责任部门 |', '办理情况 |', '备注 |', '||',
      '一、常规工作 |', '|', '|||||',
      '1.公开预算信息 |', '按时公开部门预算。 |', '县财政局 |', '已启动 |', '9月底前 |', '||',
      '2.更新政策库 |', '整理现行文件。 |', '县司法局 |', '未开始 |', '|||'].join('\n');
    expect(readText(text).rows.filter((r) => r.cells.some((c) => c !== '')).map((r) => [r.row, r.cells])).toEqual([
      [1, ['某县公开工作清单']],
      [2, ['工作事项', '工作要求', '责任部门', '办理情况', '备注']],
      [8, ['一、常规工作']],
      [11, ['1.公开预算信息', '按时公开部门预算。', '县财政局', '已启动', '9月底前']],
      [17, ['2.更新政策库', '整理现行文件。', '县司法局', '未开始', '']],
    ]);
  });

  it('imports those rows, the short ones aligned by their content', () => {
    const text = ['2024年某区实事推进情况', '序号 |', '类别 |', '年度任务 |', '牵头单位 |', '推进情况 |', '备注 |',
      '7 |', '改造路灯300盏。 |', '区住建局 |', '已完成120盏。 |', '||',
      '8 |', '新增泊位500个。 |', '区交通局 |', '已开工。 |', '招标滞后。 |', '|',
      '9 |', '建成公厕10座。 |', '区城管局 |', '已建成4座。 |'].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.task, t.leadUnits])).toEqual([
      ['改造路灯300盏。', ['区住建局']], ['新增泊位500个。', ['区交通局']], ['建成公厕10座。', ['区城管局']],
    ]);
  });
});
