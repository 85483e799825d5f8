import { importBreakdown } from '../../../src/core/import';
import type { Task } from '../../../src/core/ledger/task';

/**
 * Blind round 8 (test/fixtures/blind-8/SOURCES.md) missed classes of prose 分工方案; each is tested
 * here in wordings of its own, none taken from the round's documents.
 */
const view = (t: Task) => [t.task, t.leadUnits, t.coUnits, t.deadline.kind, t.deadline.due];
const read = (lines: string[]) => importBreakdown({ kind: 'text', text: lines.join('\n') });
const tasks = (lines: string[]) => read(lines).tasks.map(view);

describe('a closing bracket naming several units as 主办', () => {
  it('reads every 主办 unit as leading, as with 牵头', () => {
    expect(tasks([
      '某区2026年重点工作任务分解方案',
      '一、稳住经济基本盘',
      '1.全年新增市场主体3000户以上。（区市场监管局、区行政审批局主办）',
      '2.建成区级人才公寓一处。（区住建局、区人社局主办，区财政局协办）',
    ])).toEqual([
      ['全年新增市场主体3000户以上。', ['区市场监管局', '区行政审批局'], [], 'none', null],
      ['建成区级人才公寓一处。', ['区住建局', '区人社局'], ['区财政局'], 'none', null],
    ]);
  });
});

describe('an item whose paragraph below names its lead in a `X牵头` clause', () => {
  it('reads the unit of the 牵头 clause as the lead, not the official a 负责 clause names, the item\'s line as the task', () => {
    const read = tasks([
      '1、建设区域物流枢纽事宜',
      '由王某某副县长负责，县交通局牵头，县商务局配合，抓紧编制枢纽规划，争取列入省级规划盘子。',
      '2、老旧供水管网改造项目',
      '由李某某副县长负责，县水务局牵头，有关乡镇配合，做好前期工作，尽快开工建设。',
    ]);
    expect(read.map(([text, lead, co]) => [text, lead, co])).toEqual([
      ['建设区域物流枢纽事宜', ['县交通局'], ['县商务局']],
      ['老旧供水管网改造项目', ['县水务局'], ['有关乡镇']],
    ]);
  });

  it('reads such a clause in the item\'s own line too', () => {
    expect(tasks([
      '某县2025年重点项目推进分工',
      '1.推进城南污水处理厂扩建，县住建局牵头，县生态环境局配合，年底前建成。',
      '2.完成农村公路提档升级50公里，县交通局牵头，各乡镇配合。',
    ]).map(([, lead, co, kind]) => [lead, co, kind])).toEqual([
      [['县住建局'], ['县生态环境局'], 'date'],
      [['县交通局'], ['各乡镇'], 'none'],
    ]);
  });

  it('takes no clause naming only people or a body inside a longer phrase as the lead', () => {
    expect(read([
      '1、建立由县政府牵头的协调机制',
      '全体干部牵头，抓好落实。',
    ]).findings.map((f) => f.code)).toContain('import.no-header');
  });
});
