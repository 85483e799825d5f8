/** A small hand-made ledger covering every kind of row the layout draws (no importer needed). */
import type { Finding } from '../../src/core/finding';
import { newLedgerTask } from '../../src/core/ledger/ledger-build';
import { DEFAULT_DUE_SOON_DAYS, SCHEMA_VERSION, type Ledger, type LedgerTask } from '../../src/core/ledger';
import type { Deadline } from '../../src/core/ledger/task';

function task(seq: number, id: string, section: number, categoryTitle: string, text: string, leadUnits: string[], deadline: Deadline, extra: Partial<LedgerTask> = {}): LedgerTask {
  return { ...newLedgerTask({ id, category: { no: section, title: categoryTitle }, task: text, leadUnits, coUnits: [], deadline }, seq), ...extra };
}

export function sampleLedger(): Ledger {
  const s1 = '聚焦高质量发展推进信息公开';
  const s2 = '强化指导协调和督促检查';
  const finding: Finding = {
    level: 'warning',
    code: 'unit.not-canonical',
    taskId: '2-01',
    field: 'leadUnits',
    message: '牵头单位“城管局”应为“区城管局”（导入时的说法）',
    suggestion: '区城管局',
    file: 'guangfeng.txt',
    row: 30,
  };
  return {
    meta: {
      ledgerId: 'L-test-0001',
      title: '2024年广丰区政务公开工作任务分解表',
      planYear: 2024,
      schemaVersion: SCHEMA_VERSION,
      createdAt: '2024-08-10T09:00:00',
      dueSoonDays: DEFAULT_DUE_SOON_DAYS,
    },
    tasks: [
      task(1, '1-01', 1, s1, '依法推进企业信用信息公示。', ['区市场监管局'], { kind: 'ongoing', text: '持续推进', due: null }),
      task(2, '1-02', 1, s1, '开展征地信息公开标准化规范化试点。', ['区自然资源局', '区政府办'], { kind: 'date', text: '年底前', due: '2024-12-31' }, {
        status: '推进中',
        progress: '=1+1 已起草方案',
        evidence: '方案.docx',
        updatedAt: '2024-09-01T10:00:00',
      }),
      task(3, '2-01', 11, s2, '每月报送工作进展。', ['区政府办公室', '城管局'], { kind: 'recurring', text: '每月', due: null, period: 'month' }),
      task(4, '2-02', 11, s2, '地方和部门主要负责同志每年至少听取一次政务公开工作汇报。', [], { kind: 'none', text: '/', due: null }, {
        status: '已完成',
        note: '已听取',
      }),
    ],
    units: [
      { name: '区政府办', aliases: ['政府办', '区府办'], contact: '张三', phone: '0793-1234567' },
      { name: '区市场监管局', aliases: [], contact: '', phone: '' },
      { name: '区自然资源局', aliases: ['自然资源局'], contact: '', phone: '' },
    ],
    findings: [finding],
    changes: [],
  };
}
