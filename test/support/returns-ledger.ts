/**
 * A small ledger with real tasks of the fixture (2024年广丰区政务公开工作任务分解表): one task
 * with three lead units, single-lead tasks, two tasks of one unit, and one with no lead unit.
 */
import type { Ledger, LedgerTask } from '../../src/core/ledger';
import { newLedgerTask } from '../../src/core/ledger/ledger-build';
import type { Deadline } from '../../src/core/ledger/task';

const ONGOING: Deadline = { kind: 'ongoing', text: '持续推进', due: null };
const YEAR_END: Deadline = { kind: 'date', text: '年底前', due: '2024-12-31' };

const CATEGORIES = {
  1: '聚焦高质量发展推进信息公开',
  2: '围绕保障改善民生深化信息公开',
  6: '健全政务舆情会商处置和回应机制',
  10: '完善考核评估体系和培训机制',
} as const;

function task(seq: number, id: string, cat: keyof typeof CATEGORIES, text: string, leadUnits: string[], deadline: Deadline): LedgerTask {
  return newLedgerTask({ id, category: { no: cat, title: CATEGORIES[cat] }, task: text, leadUnits, coUnits: [], deadline }, seq);
}

export function sampleLedger(): Ledger {
  return {
    meta: {
      ledgerId: 'tl-2024-guangfeng-0001',
      title: '2024年广丰区政务公开工作任务分解表',
      planYear: 2024,
      schemaVersion: 1,
      createdAt: '2024-08-12T09:00:00+08:00',
      dueSoonDays: 15,
    },
    tasks: [
      task(1, '1-03', 1, '加强民营经济发展壮大系列政策措施、中小企业政府采购支持政策等方面的信息公开。', ['区发改委', '区市场监管局', '区财政局'], ONGOING),
      task(2, '1-04', 1, '依法推进企业信用信息公示。', ['区市场监管局'], ONGOING),
      task(3, '2-03', 2, '开展征地信息公开标准化规范化试点。', ['区自然资源局'], YEAR_END),
      task(4, '2-05', 2, '定期公开重大民生实事项目执行情况。', ['区财政局'], ONGOING),
      task(5, '6-01', 6, '按照“谁主管谁回应、谁处置谁回应”的原则，严格落实政务舆情处置回应主体责任。', [], ONGOING),
      task(6, '10-01', 10, '坚持把政务公开纳入综合考核重要内容，逐步提高考核分值权重。', ['区委组织部'], YEAR_END),
      task(7, '10-03', 10, '将政务公开纳入领导干部培训和初任公务员培训内容，持续提升全区各级行政机关工作人员的政务公开工作素养。', ['区委组织部'], YEAR_END),
    ],
    units: [
      { name: '区发改委', aliases: ['发改委'], contact: '王敏', phone: '0793-2601001' },
      { name: '区市场监管局', aliases: ['市场监管局'], contact: '', phone: '' },
      { name: '区财政局', aliases: [], contact: '', phone: '' },
      { name: '区自然资源局', aliases: [], contact: '', phone: '' },
      { name: '区委组织部', aliases: [], contact: '', phone: '' },
    ],
    findings: [],
    changes: [],
  };
}
