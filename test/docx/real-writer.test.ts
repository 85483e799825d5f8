import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { loadBreakdown } from '../../src/cli/load-breakdown';
import { importBreakdown, type ImportResult } from '../../src/core/import';
import type { Task } from '../../src/core/ledger/task';
import { expectFixtureTasks, FIXTURE } from '../core/import/fixture-expected';
import { TITLE } from '../core/import/fixture-table';
import { sofficeConvert } from '../xlsx/libreoffice';
import {
  extrasDocument, fixtureByCategoryColumn, fixtureByCategoryRows, headingRowsDocument, misalignedDocument, numberedDocument, sectionTablesDocument, variantsDocument,
} from './writer-breakdowns';
import { toFodt, toHtml, type WriterBlock } from './writer-documents';

/**
 * Breakdowns saved as .docx by LibreOffice Writer — not by our own test builder — and imported
 * the way `task-ledger import` does (loadBreakdown). Each document is written at test time as
 * HTML (Writer/Web's import, as a table pasted from a web page) or flat ODT (Writer's own format)
 * and converted with `soffice --convert-to docx`; Writer decides how merges, line breaks, header
 * rows, numbering and text boxes look in the .docx.
 */

const DOCUMENTS: Record<string, () => WriterBlock[]> = {
  'fixture-category.html': fixtureByCategoryColumn,
  'fixture-sections.fodt': fixtureByCategoryRows,
  'variants.fodt': variantsDocument,
  'variants.html': variantsDocument,
  'headings.fodt': headingRowsDocument,
  'headings.html': headingRowsDocument,
  'numbered.fodt': numberedDocument,
  'extras.fodt': extrasDocument,
  'misaligned.fodt': misalignedDocument,
  'misaligned.html': misalignedDocument,
  'section-tables.html': sectionTablesDocument,
};

const dir = mkdtempSync(join(tmpdir(), 'writer-docx-'));
const docx = new Map<string, string>();

/** Writes the document as `name` and has Writer save it as .docx; fails naming the package Writer comes in. */
async function writerDocx(name: string, blocks: WriterBlock[]): Promise<string> {
  const source = join(dir, name);
  writeFileSync(source, name.endsWith('.html') ? toHtml(blocks) : toFodt(blocks));
  try {
    // HTML opens in Writer/Web, which exports .docx only when the filter is named.
    return (await sofficeConvert(source, 'docx:MS Word 2007 XML', dir)).output;
  } catch (err) {
    throw new Error(`LibreOffice Writer could not save ${name} as .docx; install Debian's libreoffice-writer-nogui `
      + `(npm test does, via scripts/ensure-test-tools.js): ${(err as Error).message}`);
  }
}

beforeAll(async () => {
  // Two conversions at a time (each soffice has its own profile), as many as the machine has cores.
  const names = Object.keys(DOCUMENTS);
  const next = async (): Promise<void> => {
    const name = names.shift();
    if (!name) return;
    docx.set(name, await writerDocx(name, DOCUMENTS[name]()));
    return next();
  };
  await Promise.all([next(), next()]);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const load = (name: string) => loadBreakdown(docx.get(name)!);

async function documentXmlOf(name: string): Promise<string> {
  return (await JSZip.loadAsync(readFileSync(docx.get(name)!))).file('word/document.xml')!.async('string');
}

/** What Writer wrote into word/document.xml, counted: the forms the reader has to understand. */
async function forms(name: string): Promise<Record<string, number>> {
  const xml = await documentXmlOf(name);
  const count = (re: RegExp) => (xml.match(re) ?? []).length;
  return {
    tables: count(/<w:tbl>/g),
    vMergeRestart: count(/<w:vMerge w:val="restart"\/>/g),
    vMergeContinue: count(/<w:vMerge w:val="continue"\/>/g),
    gridSpan: count(/<w:gridSpan w:val="\d+"\/>/g),
    tblHeader: count(/<w:tblHeader w:val="true"\/>/g),
    br: count(/<w:br\/>/g),
    numPr: count(/<w:numPr>/g),
  };
}

type Row = [id: string, category: string, subcategory: string | null, task: string, requirement: string | null,
  lead: string[], co: string[], deadline: string, kind: string, due: string | null];

function rowOf(t: Task): Row {
  return [t.id, `${t.category.no} ${t.category.title}`, t.subcategory ? `${t.subcategory.no} ${t.subcategory.title}` : null, t.task,
    t.requirement ?? null, t.leadUnits, t.coUnits, t.deadline.text, t.deadline.kind, t.deadline.due];
}

const findingsOf = (r: ImportResult) => r.findings.map((f) => [f.level, f.code, f.taskId, f.field, f.message, f.suggestion]);
const fromText = () => importBreakdown({ kind: 'text', text: readFileSync(FIXTURE, 'utf8') });

describe('the fixture saved as .docx by LibreOffice Writer', () => {
  it('with its category column merged down (w:vMerge) gives the 48 tasks and the findings of the text', async () => {
    expect(await forms('fixture-category.html')).toEqual({ tables: 2, vMergeRestart: 12, vMergeContinue: 36, gridSpan: 0, tblHeader: 2, br: 5, numPr: 0 });
    const result = await load('fixture-category.html');
    expect([result.planYear, result.title]).toEqual([2024, TITLE]);
    expectFixtureTasks(result, { rows: false });
    expect(findingsOf(result)).toEqual(findingsOf(fromText()));
    expect(result.findings.every((f) => f.file === 'fixture-category.docx')).toBe(true);
    expect(result.notes).toEqual(['第 31 行没有工作任务，已跳过：续表']);
  });

  it('with sections as rows of their own (w:gridSpan), split inside section 2, gives the same', async () => {
    expect(await forms('fixture-sections.fodt')).toEqual({ tables: 2, vMergeRestart: 0, vMergeContinue: 0, gridSpan: 12, tblHeader: 2, br: 5, numPr: 0 });
    const result = await load('fixture-sections.fodt');
    expect([result.planYear, result.title]).toEqual([2024, TITLE]);
    expectFixtureTasks(result, { rows: false });
    expect(findingsOf(result)).toEqual(findingsOf(fromText()));
    expect(result.notes).toEqual(['第 14 行没有工作任务，已跳过：（续表）']);
  });
});

describe('breakdowns saved as .docx by LibreOffice Writer', () => {
  const group = (taskId: string, unit: string, file: string, row: number) => ({
    level: 'warning', code: 'unit.group', taskId, field: 'coUnits', file, row,
    message: `任务${taskId}的“${unit}”是泛指，不是某一个具体单位，无法分发和催报`, suggestion: '请写明具体单位名称',
    fix: { kind: 'choose-units', taskId, field: 'coUnits', group: unit },
  });

  it.each(['variants.fodt', 'variants.html'])('%s: a two-row header, merged 类别, unit and deadline cells, a split table and a note', async (name) => {
    // Header cells merged down and 类别 (3 + 2 + 2 rows), the lead unit and deadline over two tasks.
    expect(await forms(name)).toEqual({ tables: 2, vMergeRestart: 15, vMergeContinue: 16, gridSpan: 2, tblHeader: 4, br: 2, numPr: 0 });
    const result = await load(name);
    expect([result.planYear, result.title]).toEqual([2025, '2025年某县优化营商环境工作任务分解表']);
    expect(result.tasks.map(rowOf)).toEqual<Row[]>([
      ['1-01', '1 优化政务服务', null, '推进“一网通办”。', '1.梳理高频事项清单；\n2.上线办事指南。', ['县政务服务中心'], ['县大数据中心', '各乡镇（街道）'], '6月底前', 'date', '2025-06-30'],
      ['1-02', '1 优化政务服务', null, '深化“一件事一次办”。', '拓展集成服务场景。', ['县政务服务中心'], ['县人社局', '县医保局'], '2025年9月底前', 'date', '2025-09-30'],
      ['1-03', '1 优化政务服务', null, '规范政务服务大厅运行。', '落实首问负责、一次性告知制度。', ['县政务服务中心'], [], '2025年9月底前', 'date', '2025-09-30'],
      ['1-04', '1 优化政务服务', null, '推行“证照分离”改革。', '全面实行告知承诺。', ['县市场监管局'], [], '年底前', 'date', '2025-12-31'],
      ['1-05', '1 优化政务服务', null, '开展“减证便民”行动。', '清理证明事项。', ['县司法局'], ['县直各相关单位'], '11月30日前', 'date', '2025-11-30'],
      ['2-01', '2 强化要素保障', null, '保障重点项目用地。', '开展批而未供土地处置。', ['县自然资源局'], ['县发改委'], '每季度', 'recurring', null],
      ['2-02', '2 强化要素保障', null, '落实减税降费政策。', '确保政策应享尽享。', ['县税务局'], ['县财政局'], '长期坚持', 'ongoing', null],
    ]);
    const file = 'variants.docx';
    expect(result.findings).toEqual([group('1-01', '各乡镇（街道）', file, 5), group('1-05', '县直各相关单位', file, 12)]);
    expect(result.notes).toEqual(['第 8 行没有工作任务，已跳过：（续表）', '第 15 行是表注：注：各牵头单位于每季度末向县政府办报送进展情况。']);
  });

  it.each(['headings.fodt', 'headings.html'])('%s: other header names, numbered section and subsection rows, a unit cell merged across and down', async (name) => {
    expect(await forms(name)).toEqual({ tables: 1, vMergeRestart: 1, vMergeContinue: 1, gridSpan: 6, tblHeader: 1, br: 1, numPr: 0 });
    const result = await load(name);
    expect([result.planYear, result.title]).toEqual([2024, '2024年某市数字政府建设重点任务分解表']);
    expect(result.tasks.map(rowOf)).toEqual<Row[]>([
      ['1-01', '1 加快数字基础设施建设', '1 夯实网络基础', '建设千兆光网。', '新增5G基站200个。\n实现行政村全覆盖。', ['市工信局'], ['市通信办'], '2024年12月31日前', 'date', '2024-12-31'],
      ['1-02', '1 加快数字基础设施建设', '1 夯实网络基础', '推进IPv6规模部署。', '完成政府网站改造。', ['市大数据局'], [], '三季度末', 'date', '2024-09-30'],
      ['1-03', '1 加快数字基础设施建设', '1 夯实网络基础', '推进物联网感知设施建设。', '部署智能感知终端。', ['市大数据局'], [], '上半年', 'date', '2024-06-30'],
      ['1-04', '1 加快数字基础设施建设', '2 提升算力水平', '建设城市算力中心。', '一期工程投运。', ['市发改委'], ['市大数据局', '市财政局'], '9月底前', 'date', '2024-09-30'],
      ['2-01', '2 推进政务数据共享', null, '完善数据共享目录。', '每月更新。', ['市大数据局'], ['市直各部门'], '每月', 'recurring', null],
    ]);
    // The 责任领导 column is not a ledger column: kept in 备注, said once.
    expect(result.findings).toEqual([
      {
        level: 'info', code: 'import.column-kept', field: 'file', file: 'headings.docx',
        message: '“责任领导”列不是台账中的列，其内容已写入“备注”，写作“责任领导：……”', suggestion: '如不需要这些内容，可在台账中删去',
      },
      group('2-01', '市直各部门', 'headings.docx', 11),
    ]);
    expect(result.tasks.map((t) => t.note)).toEqual(['责任领导：张三', '责任领导：李四', '责任领导：李四', '责任领导：王五', '责任领导：赵六']);
    expect(result.notes).toEqual([]);
  });

  it('section-tables.html: each section a heading paragraph above a table of its own', async () => {
    expect(await forms('section-tables.html')).toEqual({ tables: 2, vMergeRestart: 0, vMergeContinue: 0, gridSpan: 0, tblHeader: 2, br: 0, numPr: 0 });
    const result = await load('section-tables.html');
    expect([result.planYear, result.title]).toEqual([2024, '2024年某区政务公开工作任务分解表']);
    expect(result.tasks.map(rowOf)).toEqual<Row[]>([
      ['1-01', '1 聚焦高质量发展推进信息公开', null, '公开财政预算决算。', null, ['区财政局'], [], '6月底前', 'date', '2024-06-30'],
      ['1-02', '1 聚焦高质量发展推进信息公开', null, '公开重大建设项目批准和实施信息。', null, ['区发改委', '区住建局'], [], '持续推进', 'ongoing', null],
      ['2-01', '2 加强政策解读回应', null, '解读重要政策文件。', null, ['区政府办'], [], '每季度', 'recurring', null],
    ]);
    expect(result.findings).toEqual([]);
  });

  it('numbered.fodt: sections, subsections, 序号 and 具体要求 numbered by Writer, not typed', async () => {
    // Five headings numbered through their style (no w:numPr of their own); 序号 (5) and the two lists (2 + 2) directly.
    expect(await forms('numbered.fodt')).toEqual({ tables: 2, vMergeRestart: 0, vMergeContinue: 0, gridSpan: 5, tblHeader: 2, br: 0, numPr: 9 });
    expect(await documentXmlOf('numbered.fodt')).not.toMatch(/一、|（一）/);
    const result = await load('numbered.fodt');
    expect([result.planYear, result.title]).toEqual([2024, '2024年某区政务公开工作任务分解表']);
    expect(result.tasks.map(rowOf)).toEqual<Row[]>([
      ['1-01', '1 推进政务公开', '1 做好财政信息公开', '公开财政预算。', '1.细化到功能分类项级科目\n2.同步公开绩效目标', ['区财政局'], [], '6月底前', 'date', '2024-06-30'],
      ['1-02', '1 推进政务公开', '1 做好财政信息公开', '公开财政决算。', '9月底前完成', ['区财政局'], [], '9月底前', 'date', '2024-09-30'],
      ['1-03', '1 推进政务公开', '2 做好民生信息公开', '公开就业政策。', '', ['区人社局'], [], '持续推进', 'ongoing', null],
      ['2-01', '2 加强平台建设', '1 规范政府网站', '开展网站检查。', '每季度检查一次', ['区政府办'], [], '每季度', 'recurring', null],
      ['2-02', '2 加强平台建设', '1 规范政府网站', '整改突出问题。', '1.建立问题台账\n2.限期整改到位', ['区政府办', '区大数据中心'], [], '年底前', 'date', '2024-12-31'],
    ]);
    expect(result.findings).toEqual([]);
    expect(result.notes).toEqual(['第 9 行没有工作任务，已跳过：续表']);
  });

  it('extras.fodt: a text box in the title, hidden text, a comment, a footnote, tracked changes, a link and a box in a cell', async () => {
    const xml = await documentXmlOf('extras.fodt');
    const count = (s: string) => xml.split(s).length - 1;
    // Each text box twice (DrawingML, then VML in mc:Fallback).
    expect([count('<mc:AlternateContent>'), count('<w:txbxContent>'), count('<w:vanish/>'), count('<w:del '), count('<w:ins '),
      count('<w:commentReference'), count('<w:footnoteReference'), count('<w:hyperlink'), count('<w:bookmarkStart')]).toEqual([2, 4, 1, 1, 1, 1, 1, 1, 1]);
    const result = await load('extras.fodt');
    expect([result.planYear, result.title]).toEqual([2024, '2024年某区政务服务工作任务分解表']);
    expect(result.tasks.map(rowOf)).toEqual<Row[]>([
      ['1-01', '1 优化政务服务', null, '推进政务服务事项标准化。', null, ['区税务局'], ['区统计局'], '年底前', 'date', '2024-12-31'],
      ['1-02', '1 优化政务服务', null, '建设“一网通办”平台。\n重点', null, ['区政务服务中心'], [], '6月底前', 'date', '2024-06-30'],
    ]);
    expect(result.findings).toEqual([]);
    expect(result.notes).toEqual([]);
  });

  it.each(['misaligned.fodt', 'misaligned.html'])('%s: a row whose column border was dragged out of line', async (name) => {
    expect(await forms(name)).toEqual({ tables: 1, vMergeRestart: 0, vMergeContinue: 0, gridSpan: 5, tblHeader: 1, br: 0, numPr: 0 });
    const result = await load(name);
    expect([result.planYear, result.title]).toEqual([2024, '2024年某镇安全生产工作任务分解表']);
    expect(result.tasks.map(rowOf)).toEqual<Row[]>([
      ['1-01', '1 开展隐患排查整治', null, '开展安全隐患排查。', null, ['镇应急办'], ['镇派出所'], '每月', 'recurring', null],
      ['1-02', '1 开展隐患排查整治', null, '整治违规用电。', null, ['镇供电所'], ['镇消防队'], '6月底前', 'date', '2024-06-30'],
      ['1-03', '1 开展隐患排查整治', null, '开展消防演练。', null, ['镇消防队'], [], '9月底前', 'date', '2024-09-30'],
    ]);
    expect(result.findings).toEqual([]);
  });
});
