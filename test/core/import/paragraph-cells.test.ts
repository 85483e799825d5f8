import { importBreakdown } from '../../../src/core/import';
import { readCellPerLine } from '../../../src/core/import/read-cell-per-line';

/**
 * Blind round 12's class (in wordings of our own): a web page's table as its page text gives it,
 * one cell a paragraph — a blank line between cells, a cell's own lines (units one a line) with
 * none, an empty cell leaving one blank line more — a header cell of two paragraphs (`县政府` /
 * `分管领导`), and the sections as rows of text only above the numbered rows.
 */
/** A row's cells, each a paragraph and a blank line, an empty cell (null) only its blank line. */
const paragraphs = (cells: ReadonlyArray<string | null>) => cells.map((c) => (c === null ? '\n' : `${c}\n\n`)).join('');

const TITLE = '2024年县政府工作报告重点工作责任分工';
const HEADER = ['序号', '重点工作', '县政府', '分管领导', '牵头单位', '配合单位', '备注'];
const ROWS: Array<Array<string | null>> = [
  // A row's first empty cell leaves no mark; those after its last cell a blank line each.
  ['推进城乡融合发展。', null, null, null, null],
  ['（一）', '完善乡村基础设施。', null, null, null, null],
  ['1', '新改建农村公路80公里,提升通村客运覆盖率。', '李 明', '县交通局', '各镇政府', null],
  ['2', '完成农村供水管网改造120公里。', '李 明', '县水利局', '县财政局\n县农业农村局', null],
  ['（二）', '提升公共服务水平。', null, null, null, null],
  ['3', '新建普惠性幼儿园3所。', '赵 兰', '县教育局', null, null],
];
const TEXT = [`${TITLE}\n\n`, paragraphs(HEADER), ...ROWS.map(paragraphs)].join('');

describe('a numbered table’s page text, one cell a paragraph', () => {
  it('reads a header cell of two paragraphs as one name', () => {
    const read = readCellPerLine(TEXT);
    expect(read?.rows.find((r) => r.cells[0] === '序号')?.cells).toEqual(['序号', '重点工作', '县政府分管领导', '牵头单位', '配合单位', '备注']);
  });

  it('reads its rows, a section’s bare number in 序号 and the sections of text only no tasks', () => {
    const result = importBreakdown({ kind: 'text', text: TEXT });
    expect(result.tasks.map((t) => [t.task, t.leadUnits, t.coUnits, t.category.title, t.subcategory?.title ?? '', t.note])).toEqual([
      ['新改建农村公路80公里,提升通村客运覆盖率。', ['县交通局'], ['各镇政府'], '推进城乡融合发展。', '完善乡村基础设施。', '县政府分管领导：李 明'],
      ['完成农村供水管网改造120公里。', ['县水利局'], ['县财政局', '县农业农村局'], '推进城乡融合发展。', '完善乡村基础设施。', '县政府分管领导：李 明'],
      ['新建普惠性幼儿园3所。', ['县教育局'], [], '推进城乡融合发展。', '提升公共服务水平。', '县政府分管领导：赵 兰'],
    ]);
    expect(result.tasks.every((t) => t.deadline.kind === 'none')).toBe(true);
  });
});

describe('an unnumbered table’s page text, one cell a paragraph', () => {
  const rows: Array<Array<string | null>> = [
    ['开展农村人居环境整治行动,完成改厕1200户。', '县农业农村局', null, '年底前', null],
    ['推进城乡融合发展。', null, null, null, null],
    ['新改建农村公路80公里,提升通村客运覆盖率。', '县交通局', '各镇政府', '10月底前', null],
    ['完成农村供水管网改造120公里。', null, null, '年底前', '县级民生实事。'],
    ['新建普惠性幼儿园3所。', '县教育局', null, null, null],
  ];
  const text = ['2024年重点工作分工表\n\n', paragraphs(['重点工作', '牵头单位', '配合单位', '完成时限', '备注']), ...rows.map(paragraphs)].join('');

  it('keeps the next row’s task out of a row’s empty last cells (a blank line more each)', () => {
    const read = readCellPerLine(text);
    expect(read?.rows.slice(2).map((r) => r.cells)).toEqual(rows.map((r) => r.map((c) => c ?? '')));
  });

  it('leaves a task lacking its unit a task, with its finding', () => {
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.task, t.leadUnits, t.deadline.text])).toEqual([
      ['开展农村人居环境整治行动,完成改厕1200户。', ['县农业农村局'], '年底前'],
      ['推进城乡融合发展。', [], ''],
      ['新改建农村公路80公里,提升通村客运覆盖率。', ['县交通局'], '10月底前'],
      ['完成农村供水管网改造120公里。', [], '年底前'],
      ['新建普惠性幼儿园3所。', ['县教育局'], ''],
    ]);
    expect(result.findings.filter((f) => f.field === 'leadUnits' && f.level === 'warning').map((f) => f.taskId)).toEqual([result.tasks[1].id, result.tasks[3].id]);
  });
});
