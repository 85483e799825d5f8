import { planReturns, toChineseOrdinal } from '../../../src/core/distribute';
import { returnFileName, safeFileStem } from '../../../src/core/consolidate/file-name';
import { sentFingerprint } from '../../../src/core/consolidate';
import { sampleLedger } from '../../support/returns-ledger';

describe('planReturns', () => {
  it('gives every lead unit one return holding every task it leads', () => {
    const plan = planReturns(sampleLedger(), { round: '2024-09', reportBy: '2024-09-25' });
    expect(plan.returns.map((r) => [r.unit, r.rows.map((row) => row.id)])).toEqual([
      ['区发改委', ['1-03']],
      ['区市场监管局', ['1-03', '1-04']],
      ['区财政局', ['1-03', '2-05']],
      ['区自然资源局', ['2-03']],
      ['区委组织部', ['10-01', '10-03']],
    ]);
    expect(plan.unassigned).toEqual(['6-01']);
    expect(plan.findings.map((f) => f.message)).toEqual(['任务 6-01 没有牵头单位，未分发给任何单位。']);
  });

  it('names the file after the unit and carries ledger, round and deadline', () => {
    const [first] = planReturns(sampleLedger(), { round: '2024-09', reportBy: '2024-09-25' }).returns;
    expect(first).toEqual({
      unit: '区发改委',
      fileName: '区发改委-报送表-2024-09.xlsx',
      ledgerId: 'tl-2024-guangfeng-0001',
      title: '2024年广丰区政务公开工作任务分解表',
      round: '2024-09',
      reportBy: '2024-09-25',
      rows: [
        {
          id: '1-03',
          category: '一、聚焦高质量发展推进信息公开',
          task: '加强民营经济发展壮大系列政策措施、中小企业政府采购支持政策等方面的信息公开。',
          requirement: '',
          leadUnits: '区发改委、区市场监管局、区财政局',
          coUnits: '',
          deadline: '持续推进',
          status: '',
          progress: '',
          evidence: '',
          contact: '王敏',
          phone: '0793-2601001',
          // What the row was sent with, kept in the return's metadata (未填写 compares with it).
          sent: sentFingerprint({ status: '', progress: '', evidence: '' }),
        },
      ],
    });
  });

  it("prefills the unit's previous report, and a single-lead task's ledger row", () => {
    const ledger = sampleLedger();
    ledger.tasks[0].unitReports['区财政局'] = {
      unit: '区财政局', status: '推进中', progress: '已梳理政策清单', evidence: 'a.pdf', contact: '李娜', phone: '13900000000', round: '2024-08', reportedAt: '2024-08-30T10:00:00+08:00',
    };
    ledger.tasks[3].status = '推进中';
    ledger.tasks[3].progress = '按月公开';
    const finance = planReturns(ledger, { round: '2024-09' }).returns.find((r) => r.unit === '区财政局')!;
    expect(finance.reportBy).toBeUndefined();
    expect(finance.rows.map((r) => [r.id, r.status, r.progress, r.evidence, r.contact, r.phone])).toEqual([
      ['1-03', '推进中', '已梳理政策清单', 'a.pdf', '李娜', '13900000000'],
      ['2-05', '推进中', '按月公开', '', '李娜', '13900000000'],
    ]);
  });

  it('warns about a lead unit missing from the 单位名录 and still plans its return', () => {
    const ledger = sampleLedger();
    ledger.tasks[1].leadUnits = ['市场监管'];
    const plan = planReturns(ledger, { round: '2024-09' });
    expect(plan.returns.map((r) => r.unit)).toContain('市场监管');
    expect(plan.findings[0].message).toBe('牵头单位「市场监管」不在单位名录中（任务 1-04），仍为其生成报送表，请核对单位名称。');
  });

  it('does not mutate the ledger', () => {
    const ledger = sampleLedger();
    const before = JSON.parse(JSON.stringify(ledger));
    planReturns(ledger, { round: '2024-09' });
    expect(ledger).toEqual(before);
  });

  it('refuses an empty round', () => {
    expect(() => planReturns(sampleLedger(), { round: ' ' })).toThrow('round is required');
  });
});

describe('file names', () => {
  it('are safe for Windows', () => {
    expect(safeFileStem('区住建局/房管中心: "A"*?<>|')).toBe('区住建局_房管中心_ _A______');
    expect(safeFileStem('CON')).toBe('_CON');
    expect(safeFileStem('单位. ')).toBe('单位');
    expect(returnFileName('区政府办', '2024-09')).toBe('区政府办-报送表-2024-09.xlsx');
  });

  it('fit 255 bytes of UTF-8: a long unit name is cut, never the suffix; no leading dot', () => {
    const unit = `..${'政务公开'.repeat(30)}😀办`;
    const name = returnFileName(unit, '2024-09');
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255 - 12);
    expect(name).toBe(`${'政务公开'.repeat(18)}政-报送表-2024-09.xlsx`);
    expect(returnFileName(' .区财政局', '2024-09')).toBe('区财政局-报送表-2024-09.xlsx');
    expect(safeFileStem(`${'一'.repeat(100)}。`)).toBe('一'.repeat(81));
  });

  it('stay unique when two units differ only in forbidden characters', () => {
    const ledger = sampleLedger();
    ledger.tasks[2].leadUnits = ['甲/乙'];
    ledger.tasks[3].leadUnits = ['甲:乙'];
    const names = planReturns(ledger, { round: '2024-09' }).returns.map((r) => r.fileName);
    expect(names).toContain('甲_乙-报送表-2024-09.xlsx');
    expect(names).toContain('甲_乙-报送表-2024-09（2）.xlsx');
  });
});

describe('toChineseOrdinal', () => {
  it.each([[1, '一'], [9, '九'], [10, '十'], [12, '十二'], [20, '二十'], [31, '三十一']])('%i → %s', (n, s) => {
    expect(toChineseOrdinal(n)).toBe(s);
  });
});
