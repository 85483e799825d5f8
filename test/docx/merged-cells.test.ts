import { importBreakdown } from '../../src/core/import';
import { readDocxDocumentXml } from '../../src/docx/read-docx';
import { buildDocx, type DocxCell } from './build-docx';

const cell = (text: string, vMerge?: 'restart' | 'continue'): DocxCell => ({ text, vMerge });

describe('a .docx whose unit and deadline cells are merged over several tasks', () => {
  it('gives each task of the merge the same lead unit and deadline', async () => {
    const docx = await buildDocx([
      { paragraph: '2024年信息公开工作任务分解表' },
      { table: [
        [cell('序号'), cell('工作任务'), cell('牵头单位'), cell('完成时限')],
        [cell('1'), cell('公开财政预算。'), cell('区财政局', 'restart'), cell('6月底前', 'restart')],
        [cell('2'), cell('公开财政决算。'), cell('', 'continue'), cell('', 'continue')],
        [cell('3'), cell('公开政府债务。'), cell('', 'continue'), cell('年底前')],
        [cell('4'), cell('公开重大项目。'), cell('区发改委'), cell('持续推进')],
      ] },
    ]);
    const result = importBreakdown({ kind: 'docx', documentXml: await readDocxDocumentXml(docx) });
    expect(result.tasks.map((t) => [t.id, t.task, t.leadUnits, t.deadline.text])).toEqual([
      ['0-01', '公开财政预算。', ['区财政局'], '6月底前'],
      ['0-02', '公开财政决算。', ['区财政局'], '6月底前'],
      ['0-03', '公开政府债务。', ['区财政局'], '年底前'],
      ['0-04', '公开重大项目。', ['区发改委'], '持续推进'],
    ]);
    expect(result.findings).toEqual([]);
  });

  it('does the same for a grid whose merged ranges are known, and not otherwise', () => {
    const rows = [
      ['工作任务', '牵头单位', '完成时限'],
      ['公开财政预算。', '区财政局', '6月底前'],
      ['公开财政决算。', '', ''],
    ];
    const merges = [{ top: 1, left: 1, bottom: 2, right: 2 }];
    const merged = importBreakdown({ kind: 'grid', rows, merges }, { planYear: 2024 });
    expect(merged.tasks.map((t) => [t.leadUnits, t.deadline.due])).toEqual([[['区财政局'], '2024-06-30'], [['区财政局'], '2024-06-30']]);
    const plain = importBreakdown({ kind: 'grid', rows }, { planYear: 2024 });
    expect(plain.tasks.map((t) => [t.leadUnits, t.deadline.kind])).toEqual([[['区财政局'], 'date'], [[], 'none']]);
  });
});
