/** The Guangfeng fixture imported into a ledger, with statuses and unit reports set as after a few rounds. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveTaskRow } from '../../src/core/consolidate/derive';
import { importBreakdown } from '../../src/core/import/import-breakdown';
import type { Ledger, LedgerTask, Status } from '../../src/core/ledger';
import { buildLedger } from '../../src/core/ledger/ledger-build';

export const PRINT_TODAY = '2025-01-06';

function report(task: LedgerTask, unit: string, status: Status, progress: string): void {
  task.unitReports[unit] = { unit, status, progress, evidence: '', contact: '', phone: '', round: '2024-12', reportedAt: '2024-12-20' };
}

export function printedFixtureLedger(): Ledger {
  const text = readFileSync(join(__dirname, '..', 'fixtures', 'guangfeng-2024-breakdown.txt'), 'utf8');
  const ledger = buildLedger(importBreakdown({ kind: 'text', text }), { ledgerId: 'gf-2024', createdAt: '2024-08-10T09:00:00' });
  const byId = (id: string) => ledger.tasks.find((t) => t.id === id)!;
  const set = (id: string, status: Status, progress = '') => Object.assign(byId(id), { status, progress });
  set('1-04', '已完成', '已在区政府网站“信用信息”栏目公示企业信用信息312条。');
  set('2-03', '推进中', '已完成试点方案起草，正在征求意见。');
  set('3-02', '已完成', '全年报送选题6个，采用2个。');
  set('10-02', '已完成', '考评办法已印发。');
  set('12-01', '已完成', '已结合“大抓落实年”活动开展专题宣传。');
  set('12-02', '推进中');
  set('11-01', '暂缓');
  const shared = byId('1-01');
  report(shared, '区工信局', '已完成', '已公开“1269”行动计划进展情况4条。\n第二条线。');
  report(shared, '区发改委', '推进中', '大规模设备更新政策解读已起草，待审签后发布。');
  report(shared, '区商务局', '推进中', '消费品以旧换新政策已在政府网站专栏集中公开，持续更新。');
  Object.assign(shared, deriveTaskRow(shared));
  const websites = byId('7-01');
  report(websites, '区政府办', '推进中', '已完成三季度检查，通报问题12个，已整改10个。');
  report(websites, '区大数据管理中心', '已完成', '监测平台已上线运行。');
  Object.assign(websites, deriveTaskRow(websites));
  return ledger;
}
