import { importBreakdown } from '../../../src/core/import';
import { readDocxDocumentXml } from '../../../src/docx/read-docx';
import { buildDocx } from '../../docx/build-docx';

/**
 * Blind round 12's class (in wordings of our own): a table numbering its tasks in 序号 gives its
 * sections as rows of text only — no 序号, no unit, no deadline, no person (`推进城乡融合发展。`) —
 * right above the numbered rows, sometimes with a `（一）` row under them: sections, not tasks.
 */
const HEADER = ['序号', '重点工作', '分管领导', '牵头单位', '配合单位', '备注'];
const ROWS = [
  ['', '推进城乡融合发展。', '', '', '', ''],
  ['（一）', '完善乡村基础设施。', '', '', '', ''],
  ['1', '新改建农村公路80公里,提升通村客运覆盖率。', '李 明', '县交通局', '各镇政府', ''],
  ['2', '完成农村供水管网改造120公里。', '李 明', '县水利局', '县财政局', ''],
  ['', '提升公共服务水平。', '', '', '', ''],
  ['3', '新建普惠性幼儿园3所。', '赵 兰', '县教育局', '', ''],
];
const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');
const piped = (rows: string[][]) => rows.map((r) => `| ${r.join(' | ')} |`).join('\n');

const read = (result: ReturnType<typeof importBreakdown>) => result.tasks.map((t) => [t.task, t.leadUnits, t.category.title, t.subcategory?.title ?? '']);
const EXPECTED = [
  ['新改建农村公路80公里,提升通村客运覆盖率。', ['县交通局'], '推进城乡融合发展。', '完善乡村基础设施。'],
  ['完成农村供水管网改造120公里。', ['县水利局'], '推进城乡融合发展。', '完善乡村基础设施。'],
  ['新建普惠性幼儿园3所。', ['县教育局'], '提升公共服务水平。', ''],
];

describe('a numbered table’s rows of text only above its numbered rows', () => {
  it('are sections in a worksheet grid', () => {
    expect(read(importBreakdown({ kind: 'grid', rows: [['2024年县政府工作报告重点工作分工'], HEADER, ...ROWS], sheet: 'Sheet1' }))).toEqual(EXPECTED);
  });

  it('are sections in a .docx, the header cell `分管领导` of two paragraphs (`县政府` / `分管领导`)', async () => {
    const header = HEADER.map((h) => ({ text: h === '分管领导' ? '县政府\n分管领导' : h }));
    const bytes = await buildDocx([{ paragraph: '2024年县政府工作报告重点工作分工' }, { table: [header, ...ROWS.map((r) => r.map((text) => ({ text })))], headerRows: 1 }]);
    expect(read(importBreakdown({ kind: 'docx', documentXml: await readDocxDocumentXml(new Uint8Array(bytes)) }))).toEqual(EXPECTED);
  });

  it('are sections in tab text', () => {
    expect(read(importBreakdown({ kind: 'text', text: tsv([['2024年县政府工作报告重点工作分工'], HEADER, ...ROWS]) }))).toEqual(EXPECTED);
  });

  it('are sections in `|` rows', () => {
    expect(read(importBreakdown({ kind: 'text', text: ['2024年县政府工作报告重点工作分工', piped([HEADER, ...ROWS])].join('\n') }))).toEqual(EXPECTED);
  });

  it('leave a task’s text cut by a page break (no 序号 either) joined to its row above', () => {
    const text = ['2024年县政府工作报告重点工作分工', tsv([['序号', '重点工作', '牵头单位'], ['1', '新改建农村公路80公里,提升通村客运', '县交通局']]), '', tsv([['', '覆盖率。', ''], ['2', '完成农村供水管网改造120公里。', '县水利局']])].join('\n');
    expect(importBreakdown({ kind: 'text', text }).tasks.map((t) => [t.task, t.leadUnits, t.category.title])).toEqual([
      ['新改建农村公路80公里,提升通村客运覆盖率。', ['县交通局'], ''],
      ['完成农村供水管网改造120公里。', ['县水利局'], ''],
    ]);
  });

  it('leave a task lacking its unit in an unnumbered table a task, with its finding', () => {
    const rows = [['2024年县政府工作报告重点工作分工'], ['重点工作', '牵头单位', '完成时限'],
      ['新改建农村公路80公里。', '县交通局', '年底前'], ['完成农村供水管网改造120公里。', '', '年底前'], ['新建普惠性幼儿园3所。', '县教育局', '9月底前']];
    const result = importBreakdown({ kind: 'grid', rows, sheet: 'Sheet1' });
    expect(result.tasks.map((t) => t.task)).toEqual(['新改建农村公路80公里。', '完成农村供水管网改造120公里。', '新建普惠性幼儿园3所。']);
    expect(result.findings.some((f) => f.taskId === result.tasks[1].id && f.field === 'leadUnits')).toBe(true);
  });

  it('leave a row of text only with no numbered row below a task (the table’s last row)', () => {
    const rows = [['2024年县政府工作报告重点工作分工'], HEADER.slice(0, 4), ['1', '新改建农村公路80公里。', '李 明', '县交通局'], ['', '完成农村供水管网改造120公里。', '', '']];
    const result = importBreakdown({ kind: 'grid', rows, sheet: 'Sheet1' });
    expect(result.tasks.map((t) => t.task)).toEqual(['新改建农村公路80公里。', '完成农村供水管网改造120公里。']);
  });
});
