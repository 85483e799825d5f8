import { readFileSync } from 'fs';
import { importBreakdown } from '../../src/core/import';
import { DocxReadError, readDocxDocumentXml } from '../../src/docx/read-docx';
import { expectFixtureTasks, FIXTURE } from '../core/import/fixture-expected';
import { fixtureRows, TITLE } from '../core/import/fixture-table';
import { buildDocx, type DocxBlock, type DocxCell } from './build-docx';

/**
 * The fixture's table as offices receive it in Word: a title row spanning the table (w:gridSpan),
 * a two-row header (责任单位 spanning 牵头单位 | 配合单位, the other header cells merged down),
 * section cells merged down (w:vMerge), and the table continued in a second w:tbl that repeats
 * the header. Section 7's lead units are on separate lines instead of `、`.
 */
function fixtureDocxBlocks(): DocxBlock[] {
  const header: DocxCell[][] = [
    [{ text: '类别', vMerge: 'restart' }, { text: '工作任务', vMerge: 'restart' }, { text: '责任单位', span: 2 }, { text: '完成时限', vMerge: 'restart' }],
    [{ text: '', vMerge: 'continue' }, { text: '', vMerge: 'continue' }, { text: '牵头单位' }, { text: '配合单位' }, { text: '', vMerge: 'continue' }],
  ];
  const body: DocxCell[][] = fixtureRows().map((r) => [
    { text: r.category, vMerge: r.category ? 'restart' : 'continue' },
    { text: r.task },
    { text: r.no === 7 ? r.lead.replace(/、/g, '\n') : r.lead },
    { text: '' },
    { text: r.deadline },
  ]);
  const split = fixtureRows().findIndex((r) => r.no === 7);
  return [
    { paragraph: '附件' },
    { table: [[{ text: TITLE, span: 5 }], ...header, ...body.slice(0, split)], headerRows: 3 },
    { table: [...header, ...body.slice(split)], headerRows: 2 },
  ];
}

describe('a breakdown in a .docx', () => {
  it('gives the same tasks and findings as the text', async () => {
    const docx = await buildDocx(fixtureDocxBlocks());
    const xml = await readDocxDocumentXml(docx);
    const result = importBreakdown({ kind: 'docx', documentXml: xml }, { file: 'fenjie.docx' });
    expect(result.planYear).toBe(2024);
    expect(result.title).toBe(TITLE);
    expectFixtureTasks(result, { rows: false });
    const fromText = importBreakdown({ kind: 'text', text: readFileSync(FIXTURE, 'utf8') });
    const codes = (r: typeof result) => r.findings.map((f) => [f.level, f.code, f.taskId, f.field, f.message, f.suggestion]);
    expect(codes(result)).toEqual(codes(fromText));
    expect(result.findings.every((f) => f.file === 'fenjie.docx')).toBe(true);
  });

  it('rejects a file that is not a .docx, in Chinese, naming it', async () => {
    await expect(readDocxDocumentXml(Buffer.from('not a zip'), '分解表.docx')).rejects.toThrow(
      new DocxReadError('分解表.docx：不是有效的 .docx 文件（无法作为 zip 压缩包打开）'));
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    await expect(readDocxDocumentXml(await zip.generateAsync({ type: 'nodebuffer' }))).rejects.toThrow('缺少 word/document.xml');
  });
});
