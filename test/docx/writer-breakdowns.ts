import { fixtureRows, TITLE } from '../core/import/fixture-table';
import type { WriterBlock, WriterCell } from './writer-documents';

/**
 * Breakdown tables as offices lay them out in Word, for LibreOffice Writer to save as .docx
 * (test/docx/real-writer.test.ts says what each must import to).
 */

const cell = (text: string, more: Partial<WriterCell> = {}): WriterCell => ({ text, ...more });

/**
 * The fixture as a Word table with its category column merged down each section (rowspan), the
 * table split before section 7 with `续表` between, the header repeated, section 1's lead units one
 * paragraph each and section 7's on line breaks.
 */
export function fixtureByCategoryColumn(): WriterBlock[] {
  const rows = fixtureRows();
  const header = [cell('序号'), cell('工作类别'), cell('工作任务'), cell('牵头单位'), cell('完成时限')];
  const body = rows.map((r, i): WriterCell[] => {
    const size = rows.slice(i).findIndex((s, k) => k > 0 && s.no !== r.no);
    const span = size === -1 ? rows.length - i : size;
    const lead = r.no === 1 ? cell(r.lead.replace(/、/g, '\n')) : r.no === 7 ? cell(r.lead.replace(/、/g, '\n'), { breaks: 'line' }) : cell(r.lead);
    return [cell(String(i + 1)), ...(r.category ? [cell(r.category, { rowspan: span })] : []), cell(r.task), lead, cell(r.deadline)];
  });
  const split = rows.findIndex((r) => r.no === 7);
  return [
    { paragraph: '附件' },
    { paragraph: TITLE },
    { table: { rows: [header, ...body.slice(0, split)], headerRows: 1 } },
    { paragraph: '续表' },
    { table: { rows: [header, ...body.slice(split)], headerRows: 1 } },
  ];
}

/** The fixture with sections as rows of their own (colspan), the table split inside section 2. */
export function fixtureByCategoryRows(): WriterBlock[] {
  const header = [cell('序号'), cell('工作任务'), cell('牵头单位'), cell('完成时限')];
  const rows: WriterCell[][] = [];
  let index = 0;
  let split = 0;
  for (const r of fixtureRows()) {
    if (r.category) {
      rows.push([cell(r.category, { colspan: 4 })]);
      index = 0;
    }
    index += 1;
    const lead = r.no === 7 ? cell(r.lead.replace(/、/g, '\n'), { breaks: 'line' }) : cell(r.lead);
    rows.push([cell(String(index)), cell(r.task), lead, cell(r.deadline)]);
    if (r.no === 2 && index === 5) split = rows.length;
  }
  return [
    { paragraph: TITLE },
    { table: { rows: [header, ...rows.slice(0, split)], headerRows: 1 } },
    { paragraph: '（续表）' },
    { table: { rows: [header, ...rows.slice(split)], headerRows: 1 } },
  ];
}

/**
 * A two-row header (责任单位 over 牵头单位 | 配合单位, the other header cells merged down), a 类别
 * column merged down, 具体要求 in two paragraphs, units and a deadline on line breaks, a lead unit
 * and a deadline merged over two tasks, the table split inside section 1 (the lower part's 类别
 * cell left empty, as Word leaves it) and a note below the table.
 */
export function variantsDocument(): WriterBlock[] {
  const header: WriterCell[][] = [
    [cell('序号', { rowspan: 2 }), cell('类别', { rowspan: 2 }), cell('工作任务', { rowspan: 2 }), cell('具体要求', { rowspan: 2 }), cell('责任单位', { colspan: 2 }), cell('完成时限', { rowspan: 2 })],
    [cell('牵头单位'), cell('配合单位')],
  ];
  return [
    { paragraph: '附件2' },
    { paragraph: '2025年某县优化营商环境工作任务分解表' },
    { table: { headerRows: 2, rows: [
      ...header,
      [cell('1'), cell('一、优化政务服务', { rowspan: 3 }), cell('推进“一网通办”。'), cell('1.梳理高频事项清单；\n2.上线办事指南。'), cell('县政务服务中心'), cell('县大数据中心\n各乡镇（街道）', { breaks: 'line' }), cell('6月底前')],
      [cell('2'), cell('深化“一件事一次办”。'), cell('拓展集成服务场景。'), cell('县政务服务中心', { rowspan: 2 }), cell('县人社局、县医保局'), cell('2025年9月\n底前', { rowspan: 2, breaks: 'line' })],
      [cell('3'), cell('规范政务服务大厅运行。'), cell('落实首问负责、一次性告知制度。'), cell('/')],
    ] } },
    { paragraph: '（续表）' },
    { table: { headerRows: 2, rows: [
      ...header,
      [cell('4'), cell('', { rowspan: 2 }), cell('推行“证照分离”改革。'), cell('全面实行告知承诺。'), cell('县市场监管局'), cell(''), cell('年底前')],
      [cell('5'), cell('开展“减证便民”行动。'), cell('清理证明事项。'), cell('县司法局'), cell('县直各相关单位'), cell('11月30日前')],
      [cell('6'), cell('二、强化要素保障', { rowspan: 2 }), cell('保障重点项目用地。'), cell('开展批而未供土地处置。'), cell('县自然资源局'), cell('县发改委'), cell('每季度')],
      [cell('7'), cell('落实减税降费政策。'), cell('确保政策应享尽享。'), cell('县税务局'), cell('县财政局'), cell('长期坚持')],
    ] } },
    { paragraph: '注：各牵头单位于每季度末向县政府办报送进展情况。' },
  ];
}

/**
 * Other header names (主要任务/工作措施/主责单位/配合单位/时间节点, 责任领导 ignored), sections
 * and subsections as rows whose 序号 cell holds the number, a unit cell merged across both unit
 * columns and down two tasks, a co unit list wrapped after `、`.
 */
export function headingRowsDocument(): WriterBlock[] {
  const heading = (no: string, title: string) => [cell(no), cell(title, { colspan: 6 })];
  return [
    { paragraph: '2024年某市数字政府建设重点任务分解表' },
    { table: { headerRows: 1, rows: [
      [cell('序号'), cell('主要任务'), cell('工作措施'), cell('主责单位'), cell('配合单位'), cell('时间节点'), cell('责任领导')],
      heading('一', '加快数字基础设施建设'),
      heading('（一）', '夯实网络基础'),
      [cell('1'), cell('建设千兆光网。'), cell('新增5G基站200个。\n实现行政村全覆盖。'), cell('市工信局'), cell('市通信办'), cell('2024年12月31日前'), cell('张三')],
      [cell('2'), cell('推进IPv6规模部署。'), cell('完成政府网站改造。'), cell('市大数据局', { rowspan: 2, colspan: 2 }), cell('三季度末'), cell('李四')],
      [cell('3'), cell('推进物联网感知设施建设。'), cell('部署智能感知终端。'), cell('上半年'), cell('李四')],
      heading('（二）', '提升算力水平'),
      [cell('4'), cell('建设城市算力中心。'), cell('一期工程投运。'), cell('市发改委'), cell('市大数据局、\n市财政局', { breaks: 'line' }), cell('9月底前'), cell('王五')],
      heading('二', '推进政务数据共享'),
      [cell('5'), cell('完善数据共享目录。'), cell('每月更新。'), cell('市大数据局'), cell('市直各部门'), cell('每月'), cell('赵六')],
    ] } },
  ];
}

/**
 * Numbering Writer does, none of it text in the document: sections and subsections are 标题 1 and
 * 标题 2 paragraphs in rows of their own (outline numbering `一、`, `（一）`), 序号 is a list that
 * counts on across both tables, and two 具体要求 cells are numbered lists.
 */
export function numberedDocument(): WriterBlock[] {
  const header = [cell('序号'), cell('工作任务'), cell('具体要求'), cell('牵头单位'), cell('完成时限')];
  const heading = (level: 1 | 2, title: string) => [cell(title, { colspan: 5, heading: level })];
  const task = (text: string, requirement: WriterCell, lead: string, deadline: string) =>
    [cell('', { list: 'seq' }), cell(text), requirement, cell(lead), cell(deadline)];
  return [
    { paragraph: '2024年某区政务公开工作任务分解表' },
    { table: { headerRows: 1, rows: [
      header,
      heading(1, '推进政务公开'),
      heading(2, '做好财政信息公开'),
      task('公开财政预算。', cell('细化到功能分类项级科目\n同步公开绩效目标', { list: 'steps' }), '区财政局', '6月底前'),
      task('公开财政决算。', cell('9月底前完成'), '区财政局', '9月底前'),
      heading(2, '做好民生信息公开'),
      task('公开就业政策。', cell(''), '区人社局', '持续推进'),
    ] } },
    { paragraph: '续表' },
    { table: { headerRows: 1, rows: [
      header,
      heading(1, '加强平台建设'),
      heading(2, '规范政府网站'),
      task('开展网站检查。', cell('每季度检查一次'), '区政府办', '每季度'),
      task('整改突出问题。', cell('建立问题台账\n限期整改到位', { list: 'steps' }), '区政府办、区大数据中心', '年底前'),
    ] } },
  ];
}

const CHANGE_INFO = '<office:change-info><dc:creator>张三</dc:creator><dc:date>2024-03-01T09:00:00</dc:date></office:change-info>';

/**
 * What Writer keeps beside the text: `附件4` in a text box anchored in the title paragraph, hidden
 * text, a comment, a footnote, a tracked deletion and insertion, a hyperlink, a bookmark, and a
 * text box inside a task cell.
 */
export function extrasDocument(): WriterBlock[] {
  return [
    { odf: '<text:tracked-changes text:track-changes="false">'
      + `<text:changed-region xml:id="ct1" text:id="ct1"><text:deletion>${CHANGE_INFO}<text:p>区财政局、</text:p></text:deletion></text:changed-region>`
      + `<text:changed-region xml:id="ct2" text:id="ct2"><text:insertion>${CHANGE_INFO}</text:insertion></text:changed-region></text:tracked-changes>` },
    { odf: '<text:p><draw:frame draw:name="附件框" text:anchor-type="paragraph" svg:width="3cm" svg:height="1cm"><draw:text-box><text:p>附件4</text:p></draw:text-box></draw:frame>'
      + '2024年某区政务服务工作任务分解表</text:p>' },
    { table: { headerRows: 1, rows: [
      [cell('序号'), cell('工作任务'), cell('牵头单位'), cell('责任单位'), cell('完成时限')],
      [cell('一、优化政务服务', { colspan: 5 })],
      [cell('1'),
        cell('', { odf: '<text:p>推进政务服务事项<text:span text:style-name="hidden">（内部备注：待核）</text:span>标准化。<office:annotation><dc:creator>李四</dc:creator><text:p>请核实时限</text:p></office:annotation></text:p>' }),
        cell('', { odf: '<text:p><text:change text:change-id="ct1"/><text:change-start text:change-id="ct2"/>区税务局<text:change-end text:change-id="ct2"/></text:p>' }),
        cell('', { odf: '<text:p>区统计局<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>按职责配合。</text:p></text:note-body></text:note></text:p>' }),
        cell('年底前')],
      [cell('2'),
        cell('', { odf: '<text:p>建设“一网通办”平台。<draw:frame draw:name="标注" text:anchor-type="as-char" svg:width="2cm" svg:height="1cm"><draw:text-box><text:p>重点</text:p></draw:text-box></draw:frame></text:p>' }),
        cell('', { odf: '<text:p><text:a xlink:type="simple" xlink:href="http://www.example.gov.cn/">区政务服务中心</text:a></text:p>' }),
        cell(''),
        cell('', { odf: '<text:p>6月<text:bookmark text:name="时限"/>底前</text:p>' })],
    ] } },
  ];
}

/**
 * Column borders out of line, as a row gets when someone drags one cell's border: one grid of
 * six columns, the header's 工作任务 spanning two of them, task 2's 牵头单位 starting one column
 * early (its task cell narrower), a section row spanning the whole table.
 */
export function misalignedDocument(): WriterBlock[] {
  return [
    { paragraph: '2024年某镇安全生产工作任务分解表' },
    { table: { headerRows: 1, rows: [
      [cell('序号'), cell('工作任务', { colspan: 2 }), cell('牵头单位'), cell('责任单位'), cell('完成时限')],
      [cell('一、开展隐患排查整治', { colspan: 6 })],
      [cell('1'), cell('开展安全隐患排查。', { colspan: 2 }), cell('镇应急办'), cell('镇派出所'), cell('每月')],
      [cell('2'), cell('整治违规用电。'), cell('镇供电所', { colspan: 2 }), cell('镇消防队'), cell('6月底前')],
      [cell('3'), cell('开展消防演练。', { colspan: 2 }), cell('镇消防队'), cell(''), cell('9月底前')],
    ] } },
  ];
}

/**
 * Each section a heading paragraph above a table of its own, the header repeated in each — as
 * notices laid out in Word often are.
 */
export function sectionTablesDocument(): WriterBlock[] {
  const header = [cell('序号'), cell('工作任务'), cell('牵头单位'), cell('完成时限')];
  return [
    { paragraph: '2024年某区政务公开工作任务分解表' },
    { paragraph: '一、聚焦高质量发展推进信息公开' },
    { table: { headerRows: 1, rows: [header,
      [cell('1'), cell('公开财政预算决算。'), cell('区财政局'), cell('6月底前')],
      [cell('2'), cell('公开重大建设项目批准和实施信息。'), cell('区发改委、区住建局'), cell('持续推进')],
    ] } },
    { paragraph: '二、加强政策解读回应' },
    { table: { headerRows: 1, rows: [header,
      [cell('1'), cell('解读重要政策文件。'), cell('区政府办'), cell('每季度')],
    ] } },
  ];
}
