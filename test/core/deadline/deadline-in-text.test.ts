import { deadlineInText, parseDeadline, readDeadline } from '../../../src/core/deadline';

describe('deadlineInText: the date a task’s text sets', () => {
  it.each([
    ['2024年9月底前建成企业开办平台', '2024年9月底前'],
    ['优化流程,年底前基本实现一网通办', '年底前'],
    ['到2020年，全市用水总量控制在10亿立方米以内', '到2020年'],
    ['2020年底前完成河道划界', '2020年底前'],
    ['力争至2025年底覆盖率达到90%', '至2025年底'],
    ['到2023年6月底，完成改造', '到2023年6月底'],
    ['6月30日前完成摸底，12月底前完成验收', '6月30日前、12月底前'],
    ['2021年6月建成污水处理厂', '2021年6月'],
    ['年内完成验收', '年内'],
    ['2019年完成投资5亿元', '2019年'],
    ['2026年开工建设城东大桥', '2026年'],
    ['2027年6月竣工投用', '2027年6月'],
    ['环线2026年底通车', '2026年底'],
    ['规划租赁住房500套,2025年启动首批建设', '2025年'],
    ['体育馆2026年6月完工', '2026年6月'],
    ['2025年视资金到位情况开工建设', '2025年'],
    ['2024年按照省里批复启动改造', '2024年'],
    ['“十四五”末城镇化率达到65%', '“十四五”末'],
    ['二期管网2026年年底完工', '2026年年底'],
    ['实行滚动销号，2026年前基本完成整治', '2026年前'],
    ['到2025年底，完成规划编制，2027年底，基本完成退养', '2025年底、2027年底'],
  ])('%s → %s', (text, written) => {
    expect(deadlineInText(text)).toBe(written);
  });

  it.each([
    ['资金须于2023年5月底前拨付四成、8月底前拨付八成、10月底前全部拨付到位', '2023-10-31'],
    ['1.3月底前完成选址。 2.7月底前主体封顶。 3.12月底前建成投用。', '2024-12-31'],
    ['2022年9月底前出台细则；各镇（街）要于2022年底前制定落实意见', '2022-12-31'],
    ['到2025年，覆盖率达到95%；2024年底前完成试点', '2025-12-31'],
    ['2023年开工建设，“十四五”末建成', '2025-12-31'],
  ])('%s: steps dated in turn, the deadline is the latest (%s)', (text, due) => {
    const read = readDeadline(deadlineInText(text)!, 2024);
    expect(read.deadline.due).toBe(due);
    expect(read.reading.kind).toBe('several-dates');
  });

  it('a step without a year takes the year a step before it named, not the plan year', () => {
    expect(parseDeadline(deadlineInText('2023年10月底前完成初稿，12月底前完成验收')!, 2024).due).toBe('2023-12-31');
  });

  it.each(['截至2019年底已建成15个', '比2019年增长8%', '2019年增长8%', '2019年开放的窗口继续运行', '实施水资源消耗总量和强度双控行动', '', '2020年前三季度增长8%'])('%s sets none', (text) => {
    expect(deadlineInText(text)).toBeNull();
  });
});

// Dev round 9t: a 工作标准 cell naming `年内` for each of its parts (`甲路年内通车…乙路年内通车`), or a
// dated step before it (`3月底前动工；年内完成投资`), and `年内完工` among the completion words.
describe('年内 among the dates a text sets', () => {
  it.each([
    ['东环路年内通车,完成投资2亿元;南环路完成投资1亿元,年内通车', '2025-12-31'],
    ['体育馆4月10日前开工建设;年内完成投资3亿元', '2025-12-31'],
    ['配套管网:西区支线年内完工通水', '2025-12-31'],
  ])('%s → the year’s end (%s)', (text, due) => {
    const read = readDeadline(deadlineInText(text)!, 2025);
    expect(read.deadline).toMatchObject({ kind: 'date', due });
  });

  it('reads a 完成时限 cell naming 年内 beside another date', () => {
    expect(parseDeadline('9月底前、年内', 2025).due).toBe('2025-12-31');
    expect(parseDeadline('年内、年内', 2025)).toMatchObject({ kind: 'date', due: '2025-12-31' });
  });

  it('does not read a span of years (`3年内`) as this year', () => {
    expect(parseDeadline('6月底前、3年内', 2025).due).toBe('2025-06-30');
  });
});

// Blind round 9: `力争年内新增…` — 年内 sets the plan year's end whatever work follows it; a span of
// years counted from a start (`3年内`, `五年内`, `半年内`) sets none.
describe('年内 before any work', () => {
  it.each([
    ['力争年内新增省级孵化器2家', '年内'],
    ['年内培育规上企业10家以上', '年内'],
    ['2025年内新增就业岗位1万个', '2025年内'],
  ])('%s → %s', (text, written) => {
    expect(deadlineInText(text)).toBe(written);
  });

  it.each(['3年内新增孵化器5家', '5 年内培育人才100名', '五年内培育龙头企业3家', '半年内完成整改', '两年内实现全覆盖'])('%s sets none', (text) => {
    expect(deadlineInText(text)).toBeNull();
  });

  it.each(['年内到基层宣讲政策不少于2次', '各乡镇主要负责人年内接访至少一次', '2025年内开展演练不低于3次'])('%s: how often within the year, no date', (text) => {
    expect(deadlineInText(text)).toBeNull();
  });

  it('reads as the plan year’s end', () => {
    expect(readDeadline(deadlineInText('力争年内新增省级孵化器2家')!, 2025).deadline).toMatchObject({ kind: 'date', due: '2025-12-31' });
  });
});

// Blind round 13: a year opening its sentence with the plan for it (`2024年计划…`, `2024年度计划…`) sets
// the year's work, done by its end; a year named inside a sentence (`编制2026年计划`) sets none.
describe('a year opening the plan for it', () => {
  it.each([
    ['2023年计划新增停车泊位800个', '2023-12-31'],
    ['2023年度计划对城区6条道路实施提升改造', '2023-12-31'],
    ['城东片区：2023年力争建成口袋公园4个', '2023-12-31'],
  ])('%s → the year’s end (%s)', (text, due) => {
    expect(readDeadline(deadlineInText(text)!, 2023).deadline).toMatchObject({ kind: 'date', due });
  });

  it.each(['编制2026年计划并报批', '对照2022年计划完成情况开展评估'])('%s sets none', (text) => {
    expect(deadlineInText(text)).toBeNull();
  });
});
