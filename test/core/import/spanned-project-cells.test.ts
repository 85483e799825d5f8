import { importBreakdown } from '../../../src/core/import';
import { readDocumentXml } from '../../../src/core/import/read-docx-xml';
import { readGrid } from '../../../src/core/import/read-grid';
import { documentXml } from '../../docx/build-docx';

/**
 * A progress table whose 项目名称 is two columns wide: a project with sub-projects is merged down
 * beside them, a project without any is one cell merged across both columns. That cell is the row's
 * own task, not a section over the sub-projects of the project above it.
 */
const header = [{ text: '序号' }, { text: '责任单位' }, { text: '项目名称', span: 2 }, { text: '建设主体' }, { text: '进展情况' }];

describe('a project cell merged across the sub-project column', () => {
  it('is recorded as spanning by the .docx and worksheet readers', () => {
    const xml = documentXml([{ table: [[{ text: '甲' }, { text: '乙', span: 2 }, { text: '丙' }]] }]);
    expect(readDocumentXml(xml).rows[0]).toMatchObject({ cells: ['甲', '乙', '', '丙'], spanned: [2] });
    expect(readGrid([['甲', '乙', '', '丙']], undefined, [{ top: 0, left: 1, bottom: 0, right: 2 }]).rows[0].spanned).toEqual([2]);
  });

  it('makes the project its own task, beside projects merged down over their sub-projects', () => {
    const xml = documentXml([
      { paragraph: '2025年度县民生工程项目进度表' },
      { table: [
        header,
        [{ text: '一', vMerge: 'restart' }, { text: '县水利局', vMerge: 'restart' }, { text: '(一)农村供水保障工程', vMerge: 'restart' }, { text: '1.东岭水厂扩建' }, { text: '县水投' }, { text: '已开工' }],
        [{ text: '', vMerge: 'continue' }, { text: '', vMerge: 'continue' }, { text: '', vMerge: 'continue' }, { text: '2.北坡管网延伸' }, { text: '北坡镇' }, { text: '已完工' }],
        [{ text: '二', vMerge: 'restart' }, { text: '县卫健委', vMerge: 'restart' }, { text: '(一)乡镇卫生院设备更新', span: 2 }, { text: '县卫健委' }, { text: '已完工' }],
        [{ text: '', vMerge: 'continue' }, { text: '', vMerge: 'continue' }, { text: '(二)村卫生室标准化改造', span: 2 }, { text: '各乡镇' }, { text: '推进中' }],
      ] },
    ]);
    const result = importBreakdown({ kind: 'docx', documentXml: xml });
    expect(result.tasks.map((t) => [t.task, t.leadUnits])).toEqual([
      ['1.东岭水厂扩建', ['县水利局']],
      ['2.北坡管网延伸', ['县水利局']],
      ['(一)乡镇卫生院设备更新', ['县卫健委']],
      ['(二)村卫生室标准化改造', ['县卫健委']],
    ]);
  });

  it('reads a worksheet with the same merges alike', () => {
    const rows = [
      ['2025年度县民生工程项目进度表'],
      ['序号', '责任单位', '项目名称', '', '建设主体', '进展情况'],
      ['一', '县交通局', '(一)城乡公交提质工程', '1.新增公交线路', '县公交公司', '已完成'],
      ['', '', '', '2.更新候车亭', '县公交公司', '推进中'],
      ['二', '县教育局', '(一)学校食堂改造', '', '县教育局', '已完工'],
    ];
    const merges = [
      { top: 1, left: 2, bottom: 1, right: 3 },
      { top: 2, left: 0, bottom: 3, right: 0 }, { top: 2, left: 1, bottom: 3, right: 1 }, { top: 2, left: 2, bottom: 3, right: 2 },
      { top: 4, left: 2, bottom: 4, right: 3 },
    ];
    const result = importBreakdown({ kind: 'grid', rows, merges });
    expect(result.tasks.map((t) => [t.task, t.leadUnits])).toEqual([
      ['1.新增公交线路', ['县交通局']],
      ['2.更新候车亭', ['县交通局']],
      ['(一)学校食堂改造', ['县教育局']],
    ]);
  });
});
