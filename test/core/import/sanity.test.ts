import { readFileSync } from 'node:fs';
import { importBreakdown } from '../../../src/core/import';
import { FIXTURE } from './fixture-expected';

/** The sanity guard: an import that plainly went wrong is one error finding saying why, not a ledger. */
const table = (rows: string[][]) => ['2024年某区工作任务分解表', ...rows.map((r) => r.join('\t'))].join('\n');
const implausible = (text: string) => importBreakdown({ kind: 'text', text }).findings.filter((f) => f.code === 'import.implausible');

describe('the sanity guard', () => {
  it('lets the fixture through', () => {
    expect(implausible(readFileSync(FIXTURE, 'utf8'))).toEqual([]);
  });

  it('stops when most tasks have neither a lead unit nor a deadline', () => {
    const rows = [['工作任务', '牵头单位', '完成时限'], ['公开预算。', '', ''], ['公开决算。', '', ''], ['公开审计结果。', '', ''], ['解读政策。', '区政府办', '年底前']];
    expect(implausible(table(rows)).map((f) => [f.level, f.message])).toEqual([
      ['error', '读出4项任务，但结果看来不对，没有生成台账：4项中有3项既没有牵头单位也没有完成时限'],
    ]);
  });

  it('stops when the units hold deadlines (columns run together)', () => {
    const rows = [['工作任务', '牵头单位'], ...['公开预算。', '公开决算。', '解读政策。', '回应关切。'].map((t) => [t, '区财政局持续推进'])];
    expect(implausible(table(rows)).map((f) => f.message)).toEqual([
      '读出4项任务，但结果看来不对，没有生成台账：有4个牵头单位不像单位名称（如“区财政局持续推进”），像是几列文字连在了一起',
    ]);
  });

  it('lets through an office whose name holds 推进 (a 推进办, a 推进领导小组)', () => {
    const rows = [['工作任务', '牵头单位', '完成时限'], ['开展控烟宣传。', '全民健身行动推进办', '年底前'], ['开展义诊活动。', '全民健身行动推进办', '年底前'],
      ['建设健身步道。', '城乡融合推进领导小组', '年底前'], ['培训社会体育指导员。', '区教体局', '年底前']];
    expect(implausible(table(rows))).toEqual([]);
  });

  it('stops when the tasks are unit names (a column read for another)', () => {
    const rows = [['工作任务', '牵头单位', '完成时限'], ...['区财政局', '区审计局', '区政府办', '区统计局'].map((u) => [u, '区财政局', '年底前'])];
    expect(implausible(table(rows)).map((f) => f.message)).toEqual([
      '读出4项任务，但结果看来不对，没有生成台账：4项中有4项的工作任务只是一个单位名称（如“区财政局”、“区审计局”、“区政府办”），像是读错了列',
    ]);
  });

  it('stops when far more tasks are read than the 序号 numbers', () => {
    const rows = [['序号', '工作任务', '牵头单位', '完成时限']];
    for (let i = 1; i <= 5; i++) rows.push([String(i), `第${i}项工作的前半句。`, '区财政局', '年底前'], ['', `第${i}项工作的后半句。`, '区财政局', '年底前']);
    const found = implausible(table(rows));
    expect(found.map((f) => f.message)).toEqual(['读出10项任务，但结果看来不对，没有生成台账：表中序号共5个，读出的任务却有10项']);
    expect(found[0].suggestion).toBe('如是从 PDF 复制或用 pdftotext 转出的文字，请直接导入 PDF 文件或原 .docx；否则请把表格另存为 .docx 或 .xlsx 后再导入');
  });
});

describe('the sanity guard on rows read into one text', () => {
  it('stops a heading holding numbered items, however few tasks were read', () => {
    const text = [
      '2024年某县优化营商环境任务分解表',
      ['序号', '工作任务', '牵头单位', '完成时限'].join('\t'),
      '一、提升审批效率 2.压缩审批时限 县行政审批局 6月底前 3.推行容缺受理 县行政审批局 9月底前 4.推广电子证照 县数据局 年底前',
      ['1', '推行一窗受理。', '县行政审批局', '3月底前'].join('\t'),
    ].join('\n');
    expect(implausible(text).map((f) => f.message)).toEqual([
      '读出1项任务，但结果看来不对，没有生成台账：板块标题“提升审批效率 2.压缩审批时限 县行政审……”里含有编号2至4的3个条目，像是表格的几行被读进了一个标题',
    ]);
  });

  it('stops a task holding items numbered on from its own, and lets a cell’s own list starting at 1 through', () => {
    const rows = [['序号', '工作任务', '牵头单位', '完成时限'],
      ['1', '建立河长制。1.设立县乡村三级河长；2.建立巡河制度；3.公示河长名单。', '县水利局', '6月底前'],
      ['2', '整治入河排污口。3.排查排污口 县生态环境分局 9月底前 4.分类整治 县生态环境分局 年底前 5.建立档案', '县生态环境分局', '年底前']];
    expect(implausible(table(rows)).map((f) => f.message)).toEqual([
      '读出2项任务，但结果看来不对，没有生成台账：任务0-02里含有编号3至5的条目，像是后面几行被读进了这一项任务',
    ]);
  });
});

describe('the sanity guard on items read as one', () => {
  it('stops a task holding an item’s units bracket with the next item after it, and lets a bracket the task’s own words follow through', () => {
    const rows = [['序号', '工作任务', '牵头单位', '完成时限'],
      ['1', '清理河塘沟渠。组织各村清理淤泥和漂浮物。（责任单位：镇农业农村办）——整治乱堆乱放。清理房前屋后杂物堆。', '镇农业农村办', '6月底前'],
      ['2', '落实公厕专人保洁（责任单位：镇卫健办），并纳入年度考核。', '镇卫健办', '年底前']];
    expect(implausible(table(rows)).map((f) => f.message)).toEqual([
      '读出2项任务，但结果看来不对，没有生成台账：任务0-01的文字中间还有“（责任单位：……）”一类的括号，其后又是一项工作，像是两项任务被读成了一项',
    ]);
  });

  it('stops tasks whose own lists number on from the task before (items under headings read as one)', () => {
    const rows = [['序号', '工作任务', '牵头单位', '完成时限'],
      ['1', '摸清底数。1.开展普查；2.建立名录；3.录入系统。', '区统计局', '6月底前'],
      ['2', '强化管控。4.落实禁限措施；5.开展专项检查。', '区市场监管局', '9月底前'],
      ['3', '健全制度。1.制定管理办法；2.明确责任分工。', '区司法局', '年底前']];
    expect(implausible(table(rows)).map((f) => f.message)).toEqual([
      '读出3项任务，但结果看来不对，没有生成台账：任务0-02里的编号接着上一项任务里的编号往下排，像是几项任务被读进了同一项',
    ]);
  });
});
