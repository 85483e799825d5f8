/**
 * The month the tests play through: the fixture's ledger is distributed for round 2024-09,
 * units fill their returns as they would (real .xlsx files through ExcelJS), some send
 * broken or wrong files, and the office merges everything at once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { planReturns, type ReturnPlan } from '../../src/core/distribute';
import { importBreakdown } from '../../src/core/import';
import type { Ledger } from '../../src/core/ledger';
import { buildLedger } from '../../src/core/ledger/ledger-build';
import { writeReturnXlsx } from '../../src/xlsx/write-return';
import { encrypted, truncated } from './returns-bad-files';
import { fillReturn } from './returns-fill';

export const LEDGER_ID = 'tl-guangfeng-2024-a1b2';
export const GENERATED = '2024-09-10T09:00:00+08:00';

export function fixtureLedger(): Ledger {
  const text = readFileSync(join(__dirname, '..', 'fixtures', 'guangfeng-2024-breakdown.txt'), 'utf8');
  const imported = importBreakdown({ kind: 'text', text }, { file: 'guangfeng-2024-breakdown.txt' });
  return buildLedger(imported, { ledgerId: LEDGER_ID, createdAt: '2024-08-12T09:00:00+08:00' });
}

export interface ReturnedFile {
  file: string;
  bytes: Buffer;
}

function planOf(plans: ReturnPlan[], unit: string): ReturnPlan {
  const plan = plans.find((p) => p.unit === unit);
  if (!plan) throw new Error(`no plan for ${unit}`);
  return plan;
}

/** A unit that threw the template away and typed its own table (no ID column, no metadata sheet). */
async function rebuiltByHand(plan: ReturnPlan): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow([`${plan.unit}政务公开任务进展（9月）`]);
  ws.addRow([`填报单位：${plan.unit}`]);
  ws.addRow(['序号', '工作任务', '完成状态', '进展情况', '备注', '联系人', '联系电话']);
  ws.addRow([1, plan.rows[0].task, '已完成', '已将政务公开纳入综合考核，分值由2分提高到3分', '', '周洁', '0793-2602233']);
  ws.addRow([2, plan.rows[1].task, '推进中', '已纳入9月初任公务员培训班课程', '', '周洁', '0793-2602233']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function returnedFiles(ledger: Ledger): Promise<ReturnedFile[]> {
  const plans = planReturns(ledger, { round: '2024-09', reportBy: '2024-09-25' }).returns;
  const blank = async (unit: string) => writeReturnXlsx(planOf(plans, unit), GENERATED);
  const file = (unit: string) => planOf(plans, unit).fileName;
  const contact = { contact: '赵强', phone: '13800000001' };
  const otherLedger = { ...ledger, meta: { ...ledger.meta, ledgerId: 'tl-2023-other' } };
  const august = planReturns(ledger, { round: '2024-08' }).returns;
  return [
    { file: file('区市场监管局'), bytes: await fillReturn(await blank('区市场监管局'), {
      '1-03': { status: '推进中', progress: '已梳理民营经济政策清单\n月底前集中公开', ...contact },
      '1-04': { status: '已完成', progress: '已公示企业信用信息1200条', evidence: 'https://www.gf.gov.cn/xyxx', ...contact },
    }, { modifiedAt: '2024-09-20T08:00:00Z' }) },
    { file: file('区发改委'), bytes: await fillReturn(await blank('区发改委'), {
      '1-01': { status: '推进中', progress: '已公开“1269”行动计划进展' },
      '1-03': { status: '已完成', progress: '已出台并公开民营经济20条', evidence: '发改〔2024〕12号.pdf' },
    }) },
    { file: '区财政局（初稿）.xlsx', bytes: await fillReturn(await blank('区财政局'), {
      '2-05': { status: '未开始' },
    }, { modifiedAt: '2024-09-18T08:00:00Z' }) },
    { file: file('区财政局'), bytes: await fillReturn(await blank('区财政局'), {
      '1-03': { status: '已完成', progress: '已公开政府采购支持中小企业政策' },
      '2-05': { status: '推进中', progress: '按季度公开民生实事执行情况', phone: '0793-2600000' },
    }, { modifiedAt: '2024-09-21T08:00:00Z' }) },
    { file: file('区自然资源局'), bytes: await fillReturn(await blank('区自然资源局'), {
      '2-03': { status: '推进中', progress: '试点方案已报区政府', deadline: '2025年6月底前' },
    }, { also: (ws) => ws.unprotect() }) },
    { file: file('区政府办'), bytes: await fillReturn(await blank('区政府办'), {
      '3-02': { status: '已完成', progress: '=已报送选题3个' },
      '10-02': { status: '推进中', progress: { formula: '"考评办法"&"征求意见中"', result: '考评办法征求意见中' } },
    }) },
    { file: '区委组织部.xlsx', bytes: await rebuiltByHand(planOf(plans, '区委组织部')) },
    { file: file('区卫健委'), bytes: await encrypted(await blank('区卫健委')) },
    { file: file('区医保局'), bytes: truncated(await blank('区医保局')) },
    { file: '区教体局-报送表-2024-08.xlsx', bytes: await writeReturnXlsx(planOf(august, '区教体局'), GENERATED) },
    { file: '区民政局（旧台账）.xlsx', bytes: await writeReturnXlsx(planOf(planReturns(otherLedger, { round: '2024-09' }).returns, '区民政局'), GENERATED) },
  ];
}
