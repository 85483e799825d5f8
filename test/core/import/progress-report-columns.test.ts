import { importBreakdown } from '../../../src/core/import';
import { headerRole, indicatorSections } from '../../../src/core/import/header';
import { readDocxDocumentXml } from '../../../src/docx/read-docx';
import { buildDocx } from '../../docx/build-docx';

/**
 * Blind round 12's class (in wordings of our own): a progress report's table `重点项目 | 项目内容及目标要求 |
 * 执行措施、工作进展、取得成效 | 后续举措 | 责任单位 | 监督方式` — names listing names read by their parts,
 * a column of progress named by its words, the projects' names before their content the sections,
 * a phone number kept — in page text one cell a paragraph, and as a grid, tab text and `|` rows.
 */
describe('a header name listing names', () => {
  it.each(['执行措施、工作进展、取得成效', '工作举措、进展情况', '推进措施及工作成效', '完成情况及存在问题'])('naming progress among its parts is kept in 备注: %s', (name) => {
    expect(headerRole(name)).toBe('other');
  });

  it.each([['项目内容及目标要求', 'requirement'], ['主要内容及工作目标', 'requirement'], ['牵头单位、配合单位', 'lead'], ['责任单位及责任人', 'co']])('names what its parts name: %s', (name, role) => {
    expect(headerRole(name)).toBe(role);
  });

  it.each(['监督方式', '监督电话', '咨询电话'])('%s is a column kept in 备注', (name) => {
    expect(headerRole(name)).toBe('other');
  });

  it('leaves a target (`预期成效`) no progress', () => {
    expect(headerRole('预期成效')).not.toBe('other');
  });
});

describe('a column naming projects', () => {
  it('right before what they hold (`…内容`) is the sections', () => {
    expect([...indicatorSections(['民生项目', '建设内容', '推进情况', '责任单位'])]).toEqual([[0, 'category']]);
    expect([...indicatorSections(['重点项目', '项目内容及目标要求', '执行措施、工作进展、取得成效', '后续举措', '责任单位', '监督方式'])]).toEqual([[0, 'category']]);
  });

  it('is no section before a task column of another name', () => {
    expect([...indicatorSections(['重点项目', '工作任务', '责任单位'])]).toEqual([]);
  });

  it('is the subsections under a section column named', () => {
    expect([...indicatorSections(['工作类别', '重点项目', '项目内容', '责任单位'])]).toEqual([[1, 'subcategory']]);
  });
});

const HEADER = ['重点项目', '项目内容及目标要求', '执行措施、工作进展、取得成效', '后续举措', '责任单位', '监督方式'];
const ROW = ['教育提升', '新建城区小学2所,改扩建乡镇中学3所,新增学位2400个。', '城区小学:主体结构封顶,室内装修进行中;\n乡镇中学:完成2所教学楼改造。', '下一步加快室内装修。', '县教育局\n县财政局', '0531-1234567'];
const TITLE = '县教育局2023年政府工作报告重点项目三季度落实情况';

function expectRead(result: ReturnType<typeof importBreakdown>): void {
  expect(result.tasks.map((t) => [t.task, t.leadUnits, t.coUnits, t.category.title, t.deadline.kind])).toEqual([
    ['新建城区小学2所,改扩建乡镇中学3所,新增学位2400个。', ['县教育局'], ['县财政局'], '教育提升', 'none'],
  ]);
  expect(result.tasks[0].note).toContain('城区小学:主体结构封顶');
  expect(result.tasks[0].note).toContain('0531-1234567');
}

describe('a progress report’s table of projects', () => {
  it('reads in page text one cell a paragraph, a cell’s own lines (units one a line) with no blank line between', () => {
    const paragraphs = [TITLE, ...HEADER, ' ', ...ROW.slice(0, 2), '城区小学:主体结构封顶,室内装修进行中;\n乡镇中学:完成2所教学楼改造。', '第三所中学完成招标。', ...ROW.slice(3)];
    const result = importBreakdown({ kind: 'text', text: paragraphs.join('\n\n') });
    expectRead(result);
    expect(result.tasks[0].note).toContain('第三所中学完成招标。');
  });

  it('reads as a .docx', async () => {
    const bytes = await buildDocx([{ paragraph: TITLE }, { table: [HEADER, ROW].map((r) => r.map((text) => ({ text }))), headerRows: 1 }]);
    expectRead(importBreakdown({ kind: 'docx', documentXml: await readDocxDocumentXml(new Uint8Array(bytes)) }));
  });

  it('reads as a worksheet grid', () => {
    expectRead(importBreakdown({ kind: 'grid', rows: [[TITLE], HEADER, ROW], sheet: 'Sheet1' }));
  });

  it('reads as `|` rows', () => {
    const text = [TITLE, ...[HEADER, ROW].map((r) => `| ${r.map((c) => c.replace(/\n/g, '<br>')).join(' | ')} |`)].join('\n');
    expectRead(importBreakdown({ kind: 'text', text }));
  });

  it('reads as tab text (Excel quoting cells of several lines)', () => {
    const text = [TITLE, ...[HEADER, ROW].map((r) => r.map((c) => (c.includes('\n') ? `"${c}"` : c)).join('\t'))].join('\n');
    expectRead(importBreakdown({ kind: 'text', text }));
  });
});
