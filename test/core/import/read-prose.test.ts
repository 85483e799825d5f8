import { importBreakdown } from '../../../src/core/import';
import type { Task } from '../../../src/core/ledger/task';

/** Issue 13: a 分工方案 written as prose, not as a table, imports as tasks. */
const view = (t: Task) => [t.id, t.category.title, t.task, t.leadUnits, t.coUnits, t.deadline.kind, t.deadline.due];

describe('a 分工方案 in prose', () => {
  it('reads numbered items with their 牵头单位：/责任单位：/完成时限： lines, under their sections', () => {
    const text = [
      '某区人民政府办公室关于印发某区2025年重点工作任务分工方案的通知',
      '各街道办事处，区政府各部门：',
      '现将《分工方案》印发给你们，请认真贯彻落实。',
      '一、扩大有效投资',
      '1.实施区级重点项目60个。',
      '牵头单位：区发改局',
      '责任单位：各街道，区直有关部门',
      '完成时限：2025年12月底前',
      '2.新开工城市更新项目8个。',
      '牵头单位：区住建局',
      '二、改善民生',
      '3.新增城镇就业5000人。',
      '责任单位：区人社局、各街道',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.planYear).toBe(2025);
    expect(result.tasks.map(view)).toEqual([
      ['1-01', '扩大有效投资', '实施区级重点项目60个。', ['区发改局'], ['各街道', '区直有关部门'], 'date', '2025-12-31'],
      ['1-02', '扩大有效投资', '新开工城市更新项目8个。', ['区住建局'], [], 'none', null],
      ['2-01', '改善民生', '新增城镇就业5000人。', ['区人社局'], ['各街道'], 'none', null],
    ]);
    expect(result.findings.some((f) => f.code === 'import.no-header')).toBe(false);
    expect(result.findings.filter((f) => f.code === 'import.lead-by-convention').map((f) => f.message)).toEqual([
      '有些任务只写了“责任单位”，按惯例把其中排在第一位的单位作为牵头单位，其余作为配合单位',
    ]);
  });

  it('reads items ending in （X牵头，Y按职责分工负责）, and a date the text sets', () => {
    const text = [
      '2024年某市深化“放管服”改革工作要点',
      '一、推动审批服务提质增效',
      '1.全面实施行政许可事项清单管理。（市政府办、市行政审批局牵头，市级各有关部门按职责分工负责）',
      '2.2024年9月底前建成企业开办“一网通办”平台。（市市场监管局牵头，市税务局配合）',
      '3.推进高频事项“掌上办”。（市数据局负责）',
    ].join('\n');
    expect(importBreakdown({ kind: 'text', text }).tasks.map(view)).toEqual([
      ['1-01', '推动审批服务提质增效', '全面实施行政许可事项清单管理。', ['市政府办', '市行政审批局'], ['市级各有关部门'], 'none', null],
      ['1-02', '推动审批服务提质增效', '2024年9月底前建成企业开办“一网通办”平台。', ['市市场监管局'], ['市税务局'], 'date', '2024-09-30'],
      ['1-03', '推动审批服务提质增效', '推进高频事项“掌上办”。', ['市数据局'], [], 'none', null],
    ]);
  });

  it('takes （一） items followed by their units for tasks, not subsections', () => {
    const text = ['2025年某区主要目标任务责任分解方案', '一、主要预期目标', '（一）地区生产总值增长6%左右', '责任单位：区发改局', '（二）固定资产投资增长7%', '责任单位：区发改局、区住建局'].join('\n');
    expect(importBreakdown({ kind: 'text', text }).tasks.map(view)).toEqual([
      ['1-01', '主要预期目标', '地区生产总值增长6%左右', ['区发改局'], [], 'none', null],
      ['1-02', '主要预期目标', '固定资产投资增长7%', ['区发改局'], ['区住建局'], 'none', null],
    ]);
  });

  it('reads units in square or hexagonal brackets closing an item: [牵头单位：X；责任单位：Y], 〔责任单位：…〕, 【X牵头】', () => {
    const text = [
      '2024年某区重点工作责任分解',
      '一、统筹发展和安全',
      '1、建立常态化风险排查机制。[牵头单位：区应急局；责任单位：区直各部门、各街道（园区）]',
      '2、开展城乡环境综合整治。［牵头单位：区城管局、区住建局；责任单位：各街道］',
      '3、加强重点领域信息公开。〔责任单位：区政府办，各街道（园区）〕',
      '4、完善政务服务平台。【区数据局牵头，区直各部门配合】',
    ].join('\n');
    expect(importBreakdown({ kind: 'text', text }).tasks.map(view)).toEqual([
      ['1-01', '统筹发展和安全', '建立常态化风险排查机制。', ['区应急局'], ['区直各部门', '各街道（园区）'], 'none', null],
      ['1-02', '统筹发展和安全', '开展城乡环境综合整治。', ['区城管局', '区住建局'], ['各街道'], 'none', null],
      ['1-03', '统筹发展和安全', '加强重点领域信息公开。', ['区政府办'], ['各街道（园区）'], 'none', null],
      ['1-04', '统筹发展和安全', '完善政务服务平台。', ['区数据局'], ['区直各部门'], 'none', null],
    ]);
  });

  it('reads a numbered title line whose paragraph below ends in its units as one item', () => {
    const text = [
      '2024年某区政务公开工作要点',
      '一、深化重点领域信息公开',
      '（一）强化重大决策部署信息公开',
      '围绕重大项目建设，及时公开相关规划和进展。依法做好重大建设项目信息公开。（区发改局牵头，区直各部门配合）',
      '（二）做好财政信息公开',
      '按要求公开预决算信息。[责任单位：区财政局]',
    ].join('\n');
    expect(importBreakdown({ kind: 'text', text }).tasks.map(view)).toEqual([
      ['1-01', '深化重点领域信息公开', '强化重大决策部署信息公开围绕重大项目建设，及时公开相关规划和进展。依法做好重大建设项目信息公开。', ['区发改局'], ['区直各部门'], 'none', null],
      ['1-02', '深化重点领域信息公开', '做好财政信息公开按要求公开预决算信息。', ['区财政局'], [], 'none', null],
    ]);
  });

  it('takes the first of a closing unit list with no lead (`（X、Y按职责分工负责）`) as its lead, and says so', () => {
    const text = [
      '2024年某区政务公开工作要点',
      '一、聚焦中心工作',
      '1.重点公开产业发展政策举措和进展成效。（区发改委、区工信局、区商务局按职责分工负责）',
      '2.做好民生实事信息公开。（区民政局负责）',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map(view)).toEqual([
      ['1-01', '聚焦中心工作', '重点公开产业发展政策举措和进展成效。', ['区发改委'], ['区工信局', '区商务局'], 'none', null],
      ['1-02', '聚焦中心工作', '做好民生实事信息公开。', ['区民政局'], [], 'none', null],
    ]);
    expect(result.findings.filter((f) => f.code === 'import.lead-by-convention')).toHaveLength(1);
  });

  it('reads a 分工方案 of a single item naming its units', () => {
    const text = ['2023年某市政务公开工作方案', '一、重点工作任务', '1.强化重大战略部署落实情况信息公开。〔责任单位：市政府各部门，各县（市、区）人民政府〕'].join('\n');
    expect(importBreakdown({ kind: 'text', text }).tasks.map(view)).toEqual([
      ['1-01', '重点工作任务', '强化重大战略部署落实情况信息公开。', ['市政府各部门'], ['各县（市、区）人民政府'], 'none', null],
    ]);
  });

  it('keeps the closing bracket of a unit name ending a 责任单位： line', () => {
    const text = ['2020年某市重点工作任务分解', '一、抓好疫情防控', '1.完善常态化疫情防控举措。', '责任单位:市卫生健康委,各县(市、区)政府(管委会)',
      '2.大力开展爱国卫生运动。', '（责任单位：市爱卫办、各县（市、区）政府（管委会））'].join('\n');
    expect(importBreakdown({ kind: 'text', text }).tasks.map(view)).toEqual([
      ['1-01', '抓好疫情防控', '完善常态化疫情防控举措。', ['市卫生健康委'], ['各县(市、区)政府(管委会)'], 'none', null],
      ['1-02', '抓好疫情防控', '大力开展爱国卫生运动。', ['市爱卫办'], ['各县（市、区）政府（管委会）'], 'none', null],
    ]);
  });

  it('reads 年底前 set in an item’s text as its deadline, and a note after 。 in its unit bracket as no unit', () => {
    const text = ['某市数字政府建设2023年工作要点', '一、提升政务服务效能',
      '1.深化政务服务“网上办”。优化办事流程,年底前基本实现在线办事“一网通办”。(牵头单位:市行政审批服务局;责任单位:市直有关部门,各区市政府。以下任务均需各区市政府落实,不再一一列出)',
      '2.优化移动端功能。2023年底前上线一批高频事项。(牵头单位:市大数据局)'].join('\n');
    expect(importBreakdown({ kind: 'text', text }).tasks.map(view)).toEqual([
      ['1-01', '提升政务服务效能', '深化政务服务“网上办”。优化办事流程,年底前基本实现在线办事“一网通办”。', ['市行政审批服务局'], ['市直有关部门', '各区市政府'], 'date', '2023-12-31'],
      ['1-02', '提升政务服务效能', '优化移动端功能。2023年底前上线一批高频事项。', ['市大数据局'], [], 'date', '2023-12-31'],
    ]);
  });

  it('still says no table was found in prose that names no units', () => {
    const text = ['2025年某区工作要点', '一、总体要求', '1.坚持稳中求进。', '2.坚持改革创新。'].join('\n');
    expect(importBreakdown({ kind: 'text', text }).findings.map((f) => f.code)).toEqual(['import.no-header']);
  });
});

describe('a numbered line naming no units over items numbered otherwise that name theirs', () => {
  const read = (lines: string[]) => importBreakdown({ kind: 'text', text: lines.join('\n') }).tasks
    .map((t) => [t.subcategory?.title ?? '', t.task, t.leadUnits, t.coUnits]);
  const TITLE = '2023年某镇安全生产问题整改方案';

  it('takes `（2）消防安全方面。` over a `①` item closing in its units for their subsection, no task (blank line between or none)', () => {
    const expected = [
      ['道路交通问题', '部分村道缺少警示标志。', ['镇交管站'], ['各村委会']],
      ['消防安全方面', '有的沿街商铺消防通道堵塞，灭火器过期未换。', ['镇应急办', '镇派出所'], ['各村委会']],
    ];
    const lines = [TITLE, '一、存在问题及整改措施', '1.道路交通问题', '（1）部分村道缺少警示标志。（牵头单位：镇交管站；责任单位：各村委会）',
      '（2）消防安全方面。', '①有的沿街商铺消防通道堵塞，灭火器过期未换。（牵头单位：镇应急办、镇派出所；责任单位：各村委会）'];
    expect(read(lines)).toEqual(expected);
    expect(read(lines.flatMap((l) => [l, '']))).toEqual(expected);
  });

  it('cuts such a title run into its first item on one line', () => {
    expect(read([TITLE, '一、存在问题及整改措施', '（1）部分村道缺少警示标志。（牵头单位：镇交管站）',
      '（2）消防安全方面。①有的沿街商铺消防通道堵塞。（牵头单位：镇应急办；责任单位：各村委会）'])).toEqual([
      ['', '部分村道缺少警示标志。', ['镇交管站'], []],
      ['消防安全方面', '有的沿街商铺消防通道堵塞。', ['镇应急办'], ['各村委会']],
    ]);
  });

  it('takes `2.整治河道。` over `（1）` items closing in their units for their subsection, not a task without a lead', () => {
    expect(read([TITLE, '一、重点任务', '1.排查危化品企业12家。（镇应急办牵头）', '2.整治河道。',
      '（1）清理河道垃圾5处。（镇水利站牵头）', '（2）拆除违建码头2座。（镇综合执法队牵头，镇水利站配合）'])).toEqual([
      ['', '排查危化品企业12家。', ['镇应急办'], []],
      ['整治河道', '清理河道垃圾5处。', ['镇水利站'], []],
      ['整治河道', '拆除违建码头2座。', ['镇综合执法队'], ['镇水利站']],
    ]);
  });

  it('takes a line over `①` `②` points each naming their units, by label lines or a bracket, for their title', () => {
    expect(read([TITLE, '一、重点任务', '1.改善校园周边环境：', '①增设护学岗3处。', '牵头单位：镇派出所', '②规范周边摊点。（镇综合执法队牵头）'])).toEqual([
      ['改善校园周边环境', '增设护学岗3处。', ['镇派出所'], []],
      ['改善校园周边环境', '规范周边摊点。', ['镇综合执法队'], []],
    ]);
  });

  it('keeps `①` points in their item when the bracket after the last closes them all, or one point names units under a title saying nothing of a group', () => {
    expect(read([TITLE, '一、重点任务', '1.改善校园周边环境：', '①增设护学岗3处；', '②规范周边摊点。（镇派出所牵头）',
      '2.完善应急预案：', '①修订防汛预案。（镇应急办牵头）'])).toEqual([
      ['', '改善校园周边环境：①增设护学岗3处；②规范周边摊点。', ['镇派出所'], []],
      ['', '完善应急预案：①修订防汛预案。', ['镇应急办'], []],
    ]);
  });
});
