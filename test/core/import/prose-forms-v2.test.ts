import { importBreakdown } from '../../../src/core/import';
import type { Task } from '../../../src/core/ledger/task';

/**
 * Wording variants, eighth batch (test/fuzz/wording-variants.test.ts) found classes of prose the
 * importer misread; each is tested here in wordings of its own.
 */
const view = (t: Task) => [t.task, t.leadUnits, t.coUnits, t.deadline.kind, t.deadline.due];
const tasks = (lines: string[]) => importBreakdown({ kind: 'text', text: lines.join('\n') }).tasks.map(view);

describe('item numbers offices write besides `1.` and `（1）`', () => {
  it.each([
    ['第一条', (n: number) => `第${'一二三'[n - 1]}条 `],
    ['第1项', (n: number) => `第${n}项`],
    ['【1】', (n: number) => `【${n}】`],
    ['[1]', (n: number) => `[${n}]`],
    ['2.1 (numbered by its section)', (n: number) => `2.${n} `],
    ['2-1 (numbered by its section)', (n: number) => `2-${n} `],
    ['2.1.1 (three levels)', (n: number) => `2.1.${n}`],
  ])('%s: the number is no part of the task', (_name, number) => {
    expect(tasks([
      '2025年某区民生实事任务分工方案',
      '二、办好民生实事',
      `${number(1)}新增公办幼儿园学位600个。`,
      '牵头单位：区教育局',
      '完成时限：2025年8月底前',
      `${number(2)}改造农贸市场3个。`,
      '牵头单位：区商务局',
      '配合单位：各街道办事处',
      '完成时限：2025年11月底前',
    ])).toEqual([
      ['新增公办幼儿园学位600个。', ['区教育局'], [], 'date', '2025-08-31'],
      ['改造农贸市场3个。', ['区商务局'], ['各街道办事处'], 'date', '2025-11-30'],
    ]);
  });

  it('keeps an amount opening a line of the paragraph (`2.5万户`, `3-5年`) in its text', () => {
    expect(tasks([
      '2025年某区民生实事任务分工方案',
      '1.推进燃气管道更新，惠及居民',
      '2.5万户。',
      '牵头单位：区住建局',
      '2.完善养老服务网络，',
      '3-5年内实现全覆盖。',
      '牵头单位：区民政局',
    ])).toEqual([
      ['推进燃气管道更新，惠及居民2.5万户。', ['区住建局'], [], 'none', null],
      ['完善养老服务网络，3-5年内实现全覆盖。', ['区民政局'], [], 'none', null],
    ]);
  });
});

describe('a responsible list beside a list of helpers, no 牵头 label', () => {
  it.each(['责任主体', '承办单位', '责任单位'])('%s：X、Y with 配合单位：Z — X and Y lead', (label) => {
    expect(tasks([
      '2025年某县重点工作任务分工方案',
      '1.建成乡村振兴示范带2条。',
      `${label}：县农业农村局、县交通运输局`,
      '配合单位：沿线各乡镇',
      '2.开展冬春农田水利建设。',
      `${label}：县水利局、县农业农村局`,
    ])).toEqual([
      ['建成乡村振兴示范带2条。', ['县农业农村局', '县交通运输局'], ['沿线各乡镇'], 'none', null],
      // alone, the first listed leads (the stated convention)
      ['开展冬春农田水利建设。', ['县水利局'], ['县农业农村局'], 'none', null],
    ]);
  });

  it('reads the same in a closing bracket (`（责任主体：X、Y；协同单位：Z）`)', () => {
    expect(tasks([
      '2025年某县重点工作任务分工方案',
      '1.建成乡村振兴示范带2条。（责任主体：县农业农村局、县交通运输局；协同单位：沿线各乡镇）',
    ])).toEqual([
      ['建成乡村振兴示范带2条。', ['县农业农村局', '县交通运输局'], ['沿线各乡镇'], 'none', null],
    ]);
  });
});

describe('a label with a note in brackets before its colon', () => {
  it('reads `牵头单位（部门）：` and `配合单位(处室)：` as their labels', () => {
    expect(tasks([
      '2025年某县重点工作任务分工方案',
      '1.建成乡村振兴示范带2条。',
      '牵头单位（部门）：县农业农村局、县交通运输局',
      '配合单位(处室)：沿线各乡镇',
      '完成时限：2025年10月底前',
    ])).toEqual([
      ['建成乡村振兴示范带2条。', ['县农业农村局', '县交通运输局'], ['沿线各乡镇'], 'date', '2025-10-31'],
    ]);
  });
});

describe('a label’s units one a line', () => {
  it('reads the lines of names below a unit label as its list, not as items', () => {
    expect(tasks([
      '2025年某县重点工作任务分工方案',
      '1.建成乡村振兴示范带2条。',
      '牵头单位：县农业农村局',
      '县交通运输局',
      '配合单位：县文旅局',
      '沿线各乡镇',
      '完成时限：2025年10月底前',
      '2.开展冬春农田水利建设。',
      '牵头单位：县水利局',
    ])).toEqual([
      ['建成乡村振兴示范带2条。', ['县农业农村局', '县交通运输局'], ['县文旅局', '沿线各乡镇'], 'date', '2025-10-31'],
      ['开展冬春农田水利建设。', ['县水利局'], [], 'none', null],
    ]);
  });
});

describe('sections numbered as their items are (multi-level numbering)', () => {
  it.each([
    ['2. over 2.1', (s: number) => `${s}.`, (s: number, k: number) => `${s}.${k} `],
    ['3.2 over 3.2.1', (s: number) => `3.${s} `, (s: number, k: number) => `3.${s}.${k}`],
  ])('%s: the short line over the items is their section, not a task', (_name, section, item) => {
    const result = importBreakdown({ kind: 'text', text: [
      '2025年某区民生实事任务分工方案',
      `${section(1)}教育提质`,
      `${item(1, 1)}新增公办幼儿园学位600个。`,
      '牵头单位：区教育局',
      `${item(1, 2)}建成智慧校园示范校5所。`,
      '牵头单位：区教育局',
      `${section(2)}便民服务`,
      `${item(2, 1)}改造农贸市场3个。`,
      '牵头单位：区商务局',
    ].join('\n') });
    expect(result.tasks.map((t) => [t.category.title, t.task, t.leadUnits])).toEqual([
      ['教育提质', '新增公办幼儿园学位600个。', ['区教育局']],
      ['教育提质', '建成智慧校园示范校5所。', ['区教育局']],
      ['便民服务', '改造农贸市场3个。', ['区商务局']],
    ]);
  });
});
