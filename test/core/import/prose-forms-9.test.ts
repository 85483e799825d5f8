import { importBreakdown } from '../../../src/core/import';
import type { Task } from '../../../src/core/ledger/task';

/**
 * Development round 9p (test/fixtures/dev-9p/SOURCES.md) found classes of prose 分工方案 the importer
 * refused or misread; each is tested here in wordings of its own, none taken from the round's documents.
 */
const view = (t: Task) => [t.task, t.leadUnits, t.coUnits, t.deadline.kind, t.deadline.due];
const read = (lines: string[]) => importBreakdown({ kind: 'text', text: lines.join('\n') });
const tasks = (lines: string[]) => read(lines).tasks.map(view);

describe('item numbers closed by a full stop (`1。`), as a news copy writes them', () => {
  it('reads each `1。` item closing in its units as a task', () => {
    expect(tasks([
      '某市2023年落实重点工作的任务分工',
      '  一、稳定经济增长',
      '  1。扩大有效投资，新开工重大项目80个。(市发展改革委牵头,市财政局配合,年内完成)',
      '  2。促进消费回升，举办促消费活动20场。(市商务局负责)',
    ])).toEqual([
      ['扩大有效投资，新开工重大项目80个。', ['市发展改革委'], ['市财政局'], 'date', '2023-12-31'],
      ['促进消费回升，举办促消费活动20场。', ['市商务局'], [], 'none', null],
    ]);
  });

  it('reads a single `1。` item whose group of units `分别负责`', () => {
    expect(tasks([
      '某区2022年重点工作分工',
      '1。全面加强政府自身建设，提高行政效能。(区政府各部门分别负责,年内持续推进)',
    ])).toEqual([
      ['全面加强政府自身建设，提高行政效能。', ['区政府各部门'], [], 'date', '2022-12-31'],
    ]);
  });

  it('cuts a line running `1。…` `2。…` items together, as a news copy loses its line breaks', () => {
    expect(tasks([
      '某市2023年重点工作分工',
      '1。扩大有效投资。(市发展改革委负责) 2。促进消费回升。(市商务局负责,年内完成)',
    ])).toEqual([
      ['扩大有效投资。', ['市发展改革委'], [], 'none', null],
      ['促进消费回升。', ['市商务局'], [], 'date', '2023-12-31'],
    ]);
  });
});

describe('item numbers written with no mark after the digits (`1推进…`)', () => {
  it('reads lines numbered 1, 2 … straight into their text as items, under their `一、` section', () => {
    expect(tasks([
      '某省2012年重点任务分解落实方案',
      '    一、推进产业升级',
      '  1推进先进制造业集群建设，培育千亿级产业集群3个。(省经信委、发展改革委)',
      '  2加快现代服务业发展，服务业增加值占比提高1个百分点。(省发展改革委、商务厅)',
    ])).toEqual([
      ['推进先进制造业集群建设，培育千亿级产业集群3个。', ['省经信委'], ['发展改革委'], 'none', null],
      ['加快现代服务业发展，服务业增加值占比提高1个百分点。', ['省发展改革委'], ['商务厅'], 'none', null],
    ]);
  });

  it('reads a single `1…` item as the task, its section heading no task', () => {
    expect(tasks([
      '某县2019年重点任务分解方案',
      '一、加强基础设施建设',
      '1新建农村公路120公里，改造危桥8座。(县交通运输局、县财政局)',
    ])).toEqual([
      ['新建农村公路120公里，改造危桥8座。', ['县交通运输局'], ['县财政局'], 'none', null],
    ]);
  });

  it('takes no amount opening a line (`3家企业…`, `2024年…`) for an item number', () => {
    const result = read([
      '某县2024年重点任务分解方案',
      '一、培育市场主体',
      '1.新增规上企业20家。(县经信局牵头)',
      '3家企业列入省级专精特新名单，2024年继续培育。',
    ]);
    expect(result.tasks.map((t) => t.task)).toEqual(['新增规上企业20家。']);
  });
});

describe('a subsection title and its first item on one line, a space between them', () => {
  it('cuts the line before the item: the title is its section, the item the task', () => {
    expect(tasks([
      '某县2023年政务公开工作要点',
      '为做好今年工作，制定本要点。 一、总体要求 坚持以公开促落实。 二、主要任务 围绕中心工作推进公开。 (一)深化决策公开 1、做好重大决策预公开。对涉及群众切身利益的决策，事先公开草案。(责任单位:县司法局、县政府办等)',
    ])).toEqual([
      ['做好重大决策预公开。对涉及群众切身利益的决策，事先公开草案。', ['县司法局'], ['县政府办'], 'none', null],
    ]);
  });
});
