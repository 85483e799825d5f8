/** A small hand-made ledger for the status-table tests: three sections, shared tasks, statuses set. */
import type { Ledger, LedgerTask, Status, UnitReport } from '../../../src/core/ledger';
import type { Deadline } from '../../../src/core/ledger/task';

const ONGOING: Deadline = { kind: 'ongoing', text: '持续推进', due: null };
const dateDeadline = (text: string, due: string): Deadline => ({ kind: 'date', text, due });

function report(unit: string, status: Status | '', progress: string): UnitReport {
  return { unit, status, progress, evidence: '', contact: '', phone: '', round: '2024-09', reportedAt: '2024-09-20' };
}

function task(seq: number, id: string, no: number, title: string, text: string, leadUnits: string[], deadline: Deadline, status: Status | '', progress = '', unitReports: Record<string, UnitReport> = {}): LedgerTask {
  return {
    id, seq, category: { no, title }, task: text, leadUnits, coUnits: [], deadline, status, progress,
    evidence: '', updatedAt: '', note: '', unitReports,
  };
}

export function sampleLedger(): Ledger {
  return {
    meta: { ledgerId: 'L1', title: '2024年广丰区政务公开工作任务分解表', planYear: 2024, schemaVersion: 1, createdAt: '2024-08-09', dueSoonDays: 15 },
    units: ['区政府办', '区住建局', '区财政局', '区自然资源局'].map((name) => ({ name, aliases: [], contact: '', phone: '' })),
    findings: [],
    changes: [],
    tasks: [
      task(1, '1-01', 1, '聚焦高质量发展推进信息公开', '依法推进企业信用信息公示。', ['区市场监管局'], ONGOING, '推进中', '已公示。'),
      task(2, '2-01', 2, '围绕保障改善民生深化信息公开', '开展征地信息公开标准化规范化试点。', ['区自然资源局'], dateDeadline('8月底前', '2024-08-31'), '推进中'),
      task(3, '2-02', 2, '围绕保障改善民生深化信息公开', '加强棚户区改造等方面的信息公开。', ['区住建局', '区财政局'], dateDeadline('9月底前', '2024-09-30'), '推进中',
        '【区住建局】已完成专栏。\n【区财政局】正在整理。',
        { 区住建局: report('区住建局', '已完成', '已完成专栏。'), 区财政局: report('区财政局', '推进中', '正在整理。') }),
      task(4, '2-03', 2, '围绕保障改善民生深化信息公开', '定期公开重大民生实事项目执行情况。', ['区财政局'], dateDeadline('6月30日前', '2024-06-30'), '已完成', '已公开。'),
      task(5, '10-01', 10, '持续推进基层政务公开', '建立政务舆情处置回应台账。', [], dateDeadline('年底前', '2024-12-31'), ''),
    ],
  };
}
