import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { importBreakdown, type ImportResult } from '../../../src/core/import';
import { readDocxDocumentXml } from '../../../src/docx/read-docx';
import { readFirstSheetGrid } from '../../../src/xlsx/read-grid';
import { buildDocx, type DocxBlock, type DocxCell } from '../../docx/build-docx';
import { observed, requiredFindings, sortPairs, wanted } from '../../fixtures/tables/compare';
import { BEIZHU, JINGZHOU, NANXI, STREET, type CorpusCase } from '../../fixtures/tables/expected';
import { tsvGrid } from '../../fixtures/tables/grid';
import { readTable } from '../../fixtures/tables/read-table';

/** The corpus tables given as a worksheet grid and as a real .docx import to the same tasks as their text. */
function expectCase(result: ImportResult, c: CorpusCase): void {
  expect(result.planYear).toBe(c.expectedPlanYear);
  expect(result.tasks).toHaveLength(c.count);
  for (const [position, expected] of Object.entries(c.tasks)) {
    expect([position, observed(result.tasks[Number(position)], expected, c.text)]).toEqual([position, wanted(expected)]);
  }
  expect(requiredFindings(result, c)).toEqual(sortPairs(c.findings));
}

async function importDocx(blocks: DocxBlock[], c: CorpusCase): Promise<ImportResult> {
  const bytes = await buildDocx(blocks);
  expect((await JSZip.loadAsync(bytes)).file('word/document.xml')).not.toBeNull();
  return importBreakdown({ kind: 'docx', documentXml: await readDocxDocumentXml(new Uint8Array(bytes)) }, { planYear: c.planYear });
}

const cell = (text: string, more: Partial<DocxCell> = {}): DocxCell => ({ text, ...more });

describe.each([STREET, BEIZHU].map((c) => [c.file, c] as const))('%s as a worksheet grid', (_file, c) => {
  const rows = tsvGrid(readTable(c));
  const before = JSON.stringify(rows);
  const result = importBreakdown({ kind: 'grid', rows, sheet: 'Sheet1' }, { planYear: c.planYear });

  it('imports the same tasks as the text', () => {
    expectCase(result, c);
  });

  it('names the row and cell of each finding, and leaves the grid as it was', () => {
    for (const f of result.findings.filter((x) => x.taskId !== undefined && x.field !== undefined)) {
      expect(f.sheet).toBe('Sheet1');
      expect(f.cell).toMatch(new RegExp(`^[A-Z]+${f.row}$`));
    }
    expect(JSON.stringify(rows)).toBe(before);
  });
});

describe('the street list as a .docx with section rows spanning the table', () => {
  it('imports the same tasks as the text', async () => {
    const grid = tsvGrid(readTable(STREET));
    const table = grid.slice(1).map((r) => (r[0].match(/^[一二三四五六七八九十]+、/) && r.slice(1).every((x) => x === '')
      ? [cell(r[0], { span: 5 })] : r.map((x) => cell(x))));
    expectCase(await importDocx([{ paragraph: grid[0][0] }, { table, headerRows: 1 }], STREET), STREET);
  });
});

describe('the Jingzhou list as a .docx: spanned header cells, merged section and subsection cells', () => {
  it('imports the same tasks as the text', async () => {
    const grid = tsvGrid(readTable(JINGZHOU));
    const header = [cell('工作任务', { span: 2 }), cell('具体要求', { span: 2 }), cell('责任单位'), cell('时限要求')];
    const body = grid.slice(2).map((r) => r.map((x, i) => (i < 2 ? cell(x, { vMerge: x === '' ? 'continue' : 'restart' }) : cell(x))));
    expectCase(await importDocx([{ paragraph: grid[0][0] }, { table: [header, ...body], headerRows: 1 }], JINGZHOU), JINGZHOU);
  });
});

describe('the Nanxi table as a .docx continued over two tables, header repeated', () => {
  const header = ['序号', '类别', '工作任务', '具体要求', '主责单位', '协办单位', '完成时间'].map((h) => cell(h));
  const row = (no: string, category: DocxCell, rest: string[]) => [cell(no), category, ...rest.map((x) => cell(x))];
  const first = [header,
    row('1', cell('一、加强政策发布解读', { vMerge: 'restart' }), ['做好政策文件发布', '规范性文件在印发后5个工作日内在政府网站公开。', '区司法局', '区政府办', '持续推进']),
    row('2', cell('', { vMerge: 'continue' }), ['提升解读质量', '解读材料与政策文件同步发布，实质性解读比例达到100%。', '区政府办', '区直各单位', '2025年6月底前']),
    row('3', cell('', { vMerge: 'continue' }), ['开展政策直播', '围绕惠企政策开展直播解读不少于3场。', '区工信局', '区商务局、区融媒体中心', '二季度']),
    row('4', cell('二、深化重点领域信息公开', { vMerge: 'restart' }), ['公开涉企收费信息', '全面公开涉企收费目录清单，接受社会监督。', '区发改委', '区市场监管局、区财政局', '11月底前'])];
  const second = [header,
    row('5', cell(''), ['公开民生资金信息', '按季度公开教育、社保、医疗等民生资金分配和使用情况，\n做到应公开尽公开。', '区财政局', '区教体局\n区人社局\n区卫健委', '每季度']),
    row('6', cell(''), ['公开生态环境信息', '及时公开环境质量、污染源监测、突发环境事件处置等信息。', '区生态环境分局', '', '持续推进']),
    row('7', cell('三、夯实公开平台基础', { vMerge: 'restart' }), ['管好政府网站', '开展政府网站和政务新媒体季度检查，问题整改率100%。', '区政府办、区数据局', '', '每季度末']),
    row('8', cell('', { vMerge: 'continue' }), ['建好政务公开专区', '在区政务服务中心设立政务公开专区，提供查阅和咨询服务。', '区行政审批局', '', '2025年9月'])];

  it('imports the same tasks as the text', async () => {
    const blocks: DocxBlock[] = [{ paragraph: '附件' }, { paragraph: '2025年南溪区政务公开工作任务分解表' },
      { table: first, headerRows: 1 }, { table: second, headerRows: 1 }];
    expectCase(await importDocx(blocks, NANXI), NANXI);
  });
});

describe('the street list as a real .xlsx: merged title and section rows, wrapped cells', () => {
  async function writeXlsx(grid: string[][], dueCell?: { row: number; date: Date }): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('任务清单');
    grid.forEach((r, i) => {
      const row = sheet.addRow(r);
      row.eachCell((c) => { c.alignment = { wrapText: true, vertical: 'middle' }; });
      if (r.slice(1).every((x) => x === '')) sheet.mergeCells(i + 1, 1, i + 1, r.length);
    });
    if (dueCell) sheet.getCell(dueCell.row, 5).value = dueCell.date;
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  it('imports the same tasks as the text', async () => {
    const grid = await readFirstSheetGrid(await writeXlsx(tsvGrid(readTable(STREET))));
    expect(grid.rows[0]).toEqual(['2024年城西街道重点工作任务清单', '', '', '', '']);
    expectCase(importBreakdown({ kind: 'grid', rows: grid.rows, sheet: grid.sheet }, {}), STREET);
  });

  it('reads a deadline typed as an Excel date as that day', async () => {
    const grid = await readFirstSheetGrid(await writeXlsx(tsvGrid(readTable(STREET)), { row: 5, date: new Date(Date.UTC(2024, 11, 31)) }));
    const task = importBreakdown({ kind: 'grid', rows: grid.rows, sheet: grid.sheet }, {}).tasks[1];
    expect([task.task, task.deadline.kind, task.deadline.due]).toEqual(['推进社区党群服务中心标准化建设。', 'date', '2024-12-31']);
  });
});
