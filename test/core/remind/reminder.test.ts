import type { Ledger } from '../../../src/core/ledger';
import { buildReminder, shortTaskText } from '../../../src/core/remind';
import { sampleLedger } from '../report/status-table-fixture';
import { SAMPLE_NOTICE } from './sample-notice';

const I = '\u3000\u3000';

describe('buildReminder (催报通知)', () => {
  it('lists the units without a report for the round and those with overdue tasks, each with its tasks, the 报送截止 and the office', () => {
    const reminder = buildReminder(sampleLedger(), { today: '2024-09-20', round: '2024-09', reportBy: '2024-09-25', office: '区政府办' });
    expect(reminder.chase).toEqual(['区市场监管局', '区自然资源局']);
    expect(reminder.text).toBe(SAMPLE_NOTICE);
  });

  it('a unit that reported is chased only for its own overdue part of a shared task, never for the other unit\'s', () => {
    // 2-02 (9月底前) is led by 区住建局 (reported 已完成) and 区财政局 (reported 推进中): on 5 October only 区财政局's part is overdue.
    const reminder = buildReminder(sampleLedger(), { today: '2024-10-05', round: '2024-09' });
    expect(reminder.units.map((u) => [u.unit, u.unreported, u.tasks.map((t) => `${t.taskId} ${t.overdue}`)])).toEqual([
      ['区市场监管局', true, ['1-01 ']],
      ['区自然资源局', true, ['2-01 逾期35天']],
      ['区财政局', false, ['2-02 逾期5天']],
    ]);
    expect(reminder.text).toContain('三、区财政局（逾期1项）\n');
    expect(reminder.text).toContain(`${I}请尽快报送；逾期任务请一并说明原因及下一步措施。\n\n2024年10月5日\n`);
  });

  it('leaves out 已销号 tasks, group names and tasks without a lead unit; says so when nobody is to be chased', () => {
    const ledger: Ledger = sampleLedger();
    ledger.tasks[0].status = '已销号';
    ledger.tasks[1].leadUnits = ['区直各相关单位'];
    const reminder = buildReminder(ledger, { today: '2024-09-20', round: '2024-09' });
    expect(reminder.chase).toEqual([]);
    expect(reminder.units).toEqual([]);
    expect(reminder.text).toBe('截至2024年9月20日，各牵头单位均已报送2024年9月推进情况，也没有逾期任务，无需催报。\n');
  });

  it('a report of a later round counts for the round chased (the 催报名单 rule)', () => {
    const ledger = sampleLedger();
    ledger.tasks[0].unitReports = { 区市场监管局: { unit: '区市场监管局', status: '推进中', progress: '', evidence: '', contact: '', phone: '', round: '2024-10', reportedAt: '' } };
    expect(buildReminder(ledger, { today: '2024-09-20', round: '2024-09' }).chase).toEqual(['区自然资源局']);
  });

  it('does not mutate the ledger', () => {
    const ledger = sampleLedger();
    const before = JSON.stringify(ledger);
    buildReminder(ledger, { today: '2024-10-05', round: '2024-09', reportBy: '2024-10-10' });
    expect(JSON.stringify(ledger)).toBe(before);
  });
});

describe('shortTaskText', () => {
  it.each([
    ['依法推进企业信用信息公示。', '依法推进企业信用信息公示'],
    ['开展试点。重点公开征地程序。', '开展试点…'],
    ['做好\n义务教育  招生', '做好 义务教育 招生'],
    ['一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二', '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十…'],
  ])('%s → %s', (text, short) => expect(shortTaskText(text)).toBe(short));
});
