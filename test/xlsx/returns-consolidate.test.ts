/**
 * The whole month on real files: distribute the fixture's ledger, fill the returns as units do,
 * merge them all at once, write the ledger, read it back; then undo, merge again, shuffle.
 */
import { consolidate } from '../../src/core/consolidate/consolidate';
import { undoLastConsolidation } from '../../src/core/consolidate/undo';
import type { ConsolidationReport, ParsedReturn } from '../../src/core/consolidate/types';
import type { Ledger, LedgerTask } from '../../src/core/ledger';
import { readReturnXlsx } from '../../src/xlsx/read-return';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { fixtureLedger, returnedFiles } from '../support/returns-scenario';

const TIME = '2024-09-26T10:00:00+08:00';
const OPTS = { batchId: '合并-20240926-100000', time: TIME };

async function roundTrip(ledger: Ledger): Promise<Ledger> {
  const { ledger: back, findings } = await readLedgerXlsx(await writeLedgerXlsx(ledger), '台账.xlsx');
  if (!back) throw new Error(JSON.stringify(findings));
  return back;
}

let before: Ledger;
let parsed: ParsedReturn[];
let after: Ledger;
let report: ConsolidationReport;
const task = (l: Ledger, id: string): LedgerTask => l.tasks.find((t) => t.id === id)!;

beforeAll(async () => {
  before = await roundTrip(fixtureLedger());
  const files = await returnedFiles(before);
  parsed = await Promise.all(files.map((f) => readReturnXlsx(f.bytes, f.file)));
  ({ ledger: after, report } = consolidate(before, parsed, OPTS));
});

describe('merging the returns of the fixture ledger', () => {
  it('reports every file', () => {
    expect(report.files.map((f) => [f.file, f.unit, f.status, f.updated])).toEqual([
      ['区医保局-报送表-2024-09.xlsx', '', 'rejected', 0],
      ['区卫健委-报送表-2024-09.xlsx', '', 'rejected', 0],
      ['区发改委-报送表-2024-09.xlsx', '区发改委', 'merged', 2],
      ['区委组织部.xlsx', '区委组织部', 'merged', 2],
      ['区市场监管局-报送表-2024-09.xlsx', '区市场监管局', 'merged', 2],
      ['区政府办-报送表-2024-09.xlsx', '区政府办', 'merged', 2],
      ['区教体局-报送表-2024-08.xlsx', '区教体局', 'rejected', 0],
      ['区民政局（旧台账）.xlsx', '区民政局', 'rejected', 0],
      ['区自然资源局-报送表-2024-09.xlsx', '区自然资源局', 'partial', 1],
      ['区财政局-报送表-2024-09.xlsx', '区财政局', 'merged', 2],
      ['区财政局（初稿）.xlsx', '区财政局', 'rejected', 0],
    ]);
    const messages = Object.fromEntries(report.files.map((f) => [f.file, [...f.conflicts, ...f.findings].map((x) => x.message)]));
    expect(messages['区民政局（旧台账）.xlsx']).toEqual(['「区民政局（旧台账）.xlsx」来自另一本台账，不是本台账分发的报送表，未合并。']);
    expect(messages['区医保局-报送表-2024-09.xlsx']).toEqual(['「区医保局-报送表-2024-09.xlsx」文件不完整（可能在下载或复制时中断），无法打开，请单位重新发送。']);
    expect(messages['区卫健委-报送表-2024-09.xlsx']).toEqual(['「区卫健委-报送表-2024-09.xlsx」设置了打开密码，无法读取。请单位取消密码（文件→信息→保护工作簿）后重新报送。']);
    expect(messages['区教体局-报送表-2024-08.xlsx']).toEqual(['「区教体局-报送表-2024-08.xlsx」是 2024-08 轮次的报送表，本次合并的是 2024-09 轮次，未合并。']);
    expect(messages['区财政局（初稿）.xlsx']).toEqual(['「区财政局（初稿）.xlsx」与「区财政局-报送表-2024-09.xlsx」都是「区财政局」的报送表，以较新的「区财政局-报送表-2024-09.xlsx」为准，本文件未合并。']);
    expect(messages['区财政局-报送表-2024-09.xlsx']).toEqual(['「区财政局」报送了多个文件，以本文件「区财政局-报送表-2024-09.xlsx」为准（较新），「区财政局（初稿）.xlsx」未合并。']);
    expect(messages['区自然资源局-报送表-2024-09.xlsx']).toEqual(['「区自然资源局-报送表-2024-09.xlsx」工作表「报送表」第 5 行 F5 单元格：任务 2-03 的完成时限被改为「2025年6月底前」（台账为「年底前」）。完成时限由台账管理员维护，未采用；如需修改请与办公室联系。']);
    expect(messages['区委组织部.xlsx']).toEqual([
      '「区委组织部.xlsx」缺少隐藏的“报送表信息”工作表（可能是另建的工作簿），按表头上方写的单位「区委组织部」合并，无法核对是否来自本台账。',
      '「区委组织部.xlsx」工作表「Sheet1」第 4 行 B4 单元格：没有任务编号，按工作任务内容对应到任务 10-01。',
      '「区委组织部.xlsx」工作表「Sheet1」第 5 行 B5 单元格：没有任务编号，按工作任务内容对应到任务 10-03。',
    ]);
    expect(report.files.find((f) => f.file === '区委组织部.xlsx')!.matchedByText).toEqual([{ taskId: '10-01', row: 4 }, { taskId: '10-03', row: 5 }]);
    expect(messages['区政府办-报送表-2024-09.xlsx']).toEqual(['「区政府办-报送表-2024-09.xlsx」工作表「报送表」第 21 行 H21 单元格：单元格是公式，已按其显示的值作为文字合并，公式和外部链接不带入台账。']);
  });

  it('lists the units that still owe a return (催报名单)', () => {
    expect(report.missingUnits).toEqual([
      '区工信局', '区大数据管理中心', '区科技局', '区文广旅局', '区商务局', '区农业农村局', '区住建局', '区体育局', '区人社局', '区教体局', '区民政局', '区退役军人事务局', '区卫健委', '区城管局', '区生态环境局', '区交通运输局', '区医保局',
    ]);
  });

  it('writes the units’ fields into the ledger and nothing else', () => {
    const row = (id: string) => { const t = task(after, id); return [t.status, t.progress, t.evidence, t.updatedAt]; };
    expect(row('1-01')).toEqual(['推进中', '【区发改委】已公开“1269”行动计划进展', '', TIME]);
    expect(row('1-03')).toEqual(['推进中', '【区发改委】已出台并公开民营经济20条\n【区市场监管局】已梳理民营经济政策清单；月底前集中公开\n【区财政局】已公开政府采购支持中小企业政策', '【区发改委】发改〔2024〕12号.pdf', TIME]);
    expect(row('1-04')).toEqual(['已完成', '已公示企业信用信息1200条', 'https://www.gf.gov.cn/xyxx', TIME]);
    expect(row('2-03')).toEqual(['推进中', '试点方案已报区政府', '', TIME]);
    expect(row('2-05')).toEqual(['推进中', '按季度公开民生实事执行情况', '', TIME]);
    expect(row('3-02')).toEqual(['已完成', '=已报送选题3个', '', TIME]);
    expect(row('10-01')).toEqual(['已完成', '已将政务公开纳入综合考核，分值由2分提高到3分', '', TIME]);
    expect(row('10-02')).toEqual(['推进中', '考评办法征求意见中', '', TIME]);
    expect(row('10-03')).toEqual(['推进中', '已纳入9月初任公务员培训班课程', '', TIME]);
    expect(task(after, '2-03').deadline.text).toBe('年底前');
    expect(task(after, '2-05').unitReports['区财政局']).toEqual({
      unit: '区财政局', status: '推进中', progress: '按季度公开民生实事执行情况', evidence: '', contact: '', phone: '0793-2600000', round: '2024-09', reportedAt: TIME,
    });
    const changedIds = ['1-01', '1-03', '1-04', '2-03', '2-05', '3-02', '10-01', '10-02', '10-03'];
    const others = (l: Ledger) => l.tasks.filter((t) => !changedIds.includes(t.id)).map((t) => ({ ...t, unitReports: {} }));
    expect(others(after)).toEqual(others(before));
    // A row returned untouched records only that the unit reported this round.
    expect(task(after, '3-01').unitReports).toEqual({
      区政府办: { unit: '区政府办', status: '', progress: '', evidence: '', contact: '', phone: '', round: '2024-09', reportedAt: TIME },
    });
    expect(task(after, '2-01').unitReports).toEqual({});
    expect([after.meta, after.units, after.findings]).toEqual([before.meta, before.units, before.findings]);
  });

  it('keeps every changed value in 变更记录', () => {
    expect(report.changes).toBe(after.changes.length);
    const rows = after.changes.filter((c) => c.taskId === '1-04').map((c) => [c.unit, c.field, c.oldValue, c.newValue, c.sourceFile]);
    const f = '区市场监管局-报送表-2024-09.xlsx';
    expect(rows).toEqual([
      ['区市场监管局', '完成状态', '', '已完成', f],
      ['区市场监管局', '进展情况', '', '已公示企业信用信息1200条', f],
      ['区市场监管局', '佐证材料', '', 'https://www.gf.gov.cn/xyxx', f],
      ['区市场监管局', '联系人', '', '赵强', f],
      ['区市场监管局', '联系电话', '', '13800000001', f],
      ['区市场监管局', '报送轮次', '', '2024-09', f],
      ['区市场监管局', '报送时间', '', TIME, f],
      ['（台账）', '完成状态', '', '已完成', f],
      ['（台账）', '进展情况', '', '已公示企业信用信息1200条', f],
      ['（台账）', '佐证材料', '', 'https://www.gf.gov.cn/xyxx', f],
      ['（台账）', '更新时间', '', TIME, f],
    ]);
    expect(after.changes.find((c) => c.taskId === '1-03' && c.unit === '（台账）' && c.field === '进展情况')?.sourceFile)
      .toBe('区发改委-报送表-2024-09.xlsx、区市场监管局-报送表-2024-09.xlsx、区财政局-报送表-2024-09.xlsx');
    expect(new Set(after.changes.map((c) => [c.time, c.round, c.batchId].join('|')))).toEqual(new Set([`${TIME}|2024-09|合并-20240926-100000`]));
  });

  it('survives writing the ledger and reading it back', async () => {
    expect(await roundTrip(after)).toEqual(after);
  });

  it('is undone exactly, also after a write and read', async () => {
    expect(undoLastConsolidation(after).ledger).toEqual(before);
    expect(undoLastConsolidation(await roundTrip(after)).ledger).toEqual(before);
  });

  it('changes nothing when the same files are merged again', () => {
    const again = consolidate(after, parsed, { batchId: 'again', time: '2024-09-27T09:00:00+08:00' });
    expect(again.ledger).toEqual(after);
    expect(again.report.changes).toBe(0);
  });

  it('does not depend on the order of the files', () => {
    expect(consolidate(before, [...parsed].reverse(), OPTS)).toEqual({ ledger: after, report });
    const rotated = [...parsed.slice(5), ...parsed.slice(0, 5)];
    expect(consolidate(before, rotated, OPTS)).toEqual({ ledger: after, report });
  });
});
