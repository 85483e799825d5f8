import { checkDeadline } from '../../../src/core/deadline/deadline-check';
import { parseDeadline } from '../../../src/core/deadline';
import type { Finding } from '../../../src/core/finding';
import type { Deadline, Task } from '../../../src/core/ledger/task';

function taskWith(text: string, planYear = 2024, deadline: Deadline = parseDeadline(text, planYear)): Task {
  return {
    id: '2-05',
    category: { no: 2, title: '聚焦优化营商环境加强信息公开' },
    task: '持续优化政务公开专区建设',
    leadUnits: ['区政务服务中心'],
    coUnits: [],
    deadline,
  };
}

const at = (level: Finding['level'], code: Finding['code'], message: string, suggestion?: string): Finding => ({
  level,
  code,
  taskId: '2-05',
  field: 'deadline',
  message: `任务2-05（“持续优化政务公开专区建设”）${message}`,
  ...(suggestion === undefined ? {} : { suggestion }),
});

const READABLE = '请改为可识别的写法，如“2024年6月30日前”“8月底前”“三季度末”“年底前”“每季度末”“持续推进”';

describe('checkDeadline', () => {
  test.each<[string, Finding[]]>([
    ['年底前', []],
    ['8月底前', []],
    ['持续推进', []],
    ['每季度首月10日前', []],
    ['', [at('warning', 'deadline.missing', '未填写完成时限', '请填写完成时限，如“年底前”“8月底前”“6月30日前”或“持续推进”')]],
    ['/', [at('warning', 'deadline.missing', '未填写完成时限', '请填写完成时限，如“年底前”“8月底前”“6月30日前”或“持续推进”')]],
    ['—', [at('warning', 'deadline.missing', '未填写完成时限', '请填写完成时限，如“年底前”“8月底前”“6月30日前”或“持续推进”')]],
    ['待定', [at('error', 'deadline.unknown', '无法识别完成时限“待定”', READABLE)]],
    ['尽快', [at('error', 'deadline.unknown', '无法识别完成时限“尽快”', READABLE)]],
    ['12月32日', [at('error', 'deadline.unknown', '完成时限“12月32日”不是有效日期（日期不存在或起止颠倒）', READABLE)]],
    ['11-2月', [at('error', 'deadline.unknown', '完成时限“11-2月”不是有效日期（日期不存在或起止颠倒）', READABLE)]],
    [
      '次年3月底前',
      [at('info', 'deadline.outside-plan-year', '完成时限“次年3月底前”的截止日期2025年3月31日不在计划年度2024年内', '请核对年份是否有误')],
    ],
    [
      '2023年12月底前',
      [at('warning', 'deadline.outside-plan-year', '完成时限“2023年12月底前”的截止日期2023年12月31日早于计划年度2024年', '请核对年份是否有误')],
    ],
    ['3-6月', [at('info', 'deadline.range', '完成时限“3-6月”是一个时间段（2024年3月1日起），按结束日期2024年6月30日计')]],
    [
      '10月底前完成初稿、12月底前完成验收',
      [
        at(
          'info',
          'deadline.several-dates',
          '完成时限“10月底前完成初稿、12月底前完成验收”含多个日期（2024年10月31日、2024年12月31日），按最晚的2024年12月31日计',
        ),
      ],
    ],
    ['力争9月底前建成', [at('info', 'deadline.date-in-text', '从完成时限“力争9月底前建成”中取日期2024年9月30日')]],
    [
      '8月前',
      [
        at(
          'info',
          'deadline.before-period',
          '完成时限“8月前”按字面理解为在该月（季度）开始之前完成，截止日期取2024年7月31日',
          '如指该月（季度）结束前，请写成“8月底前”“四季度末”这样的形式',
        ),
      ],
    ],
    [
      '立行立改',
      [at('info', 'deadline.immediate', '完成时限“立行立改”按立即整改、持续推进处理：不设截止日期，不会显示逾期', '如有整改期限，请填写具体日期')],
    ],
    [
      '按上级要求',
      [at('info', 'deadline.as-required', '完成时限“按上级要求”没有具体日期，按持续推进处理，不会显示逾期', '收到明确时限后，请改填具体日期')],
    ],
    [
      '已上线运行，持续优化',
      [at('info', 'deadline.ongoing-in-text', '完成时限“已上线运行，持续优化”没有具体日期，按其中的“持续优化”作持续推进处理，不会显示逾期', '如有截止日期，请填写具体日期')],
    ],
  ])('%s', (text, findings) => {
    expect(checkDeadline(taskWith(text), 2024)).toStrictEqual(findings);
  });

  test('words setting no date, read as none (a 进度安排 sentence), are quoted, never called an empty cell', () => {
    const task = taskWith('', 2024, { kind: 'none', text: '已完成整合，进一步完善服务。', due: null });
    expect(checkDeadline(task, 2024)).toStrictEqual([at('warning', 'deadline.missing', '完成时限一栏写的是“已完成整合，进一步完善服务。”，没有写明日期', '请填写完成时限，如“年底前”“8月底前”“6月30日前”或“持续推进”')]);
  });

  test('a range and a date outside the plan year give both findings', () => {
    expect(checkDeadline(taskWith('11月至次年2月'), 2024).map((f) => [f.level, f.code])).toStrictEqual([
      ['info', 'deadline.outside-plan-year'],
      ['info', 'deadline.range'],
    ]);
  });

  test('judges the task deadline it is given, not only its text', () => {
    const edited: Deadline = { kind: 'date', text: '持续推进', due: '2024-05-31' };
    expect(checkDeadline(taskWith('持续推进', 2024, edited), 2024)).toStrictEqual([]);
    const unknown: Deadline = { kind: 'unknown', text: '8月底前', due: null };
    expect(checkDeadline(taskWith('8月底前', 2024, unknown), 2024)).toStrictEqual([
      at('error', 'deadline.unknown', '无法识别完成时限“8月底前”', READABLE),
    ]);
  });

  test('does not mutate the task', () => {
    const task = taskWith('10月底前完成初稿、12月底前完成验收');
    const copy = structuredClone(task);
    checkDeadline(task, 2024);
    expect(task).toStrictEqual(copy);
  });
});
