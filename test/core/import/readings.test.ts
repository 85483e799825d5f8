import { importBreakdown } from '../../../src/core/import';

/**
 * A document is read the most likely way first (the table under its header), then as page text
 * one cell a line, then as prose: a reading that gives no tasks, or a result that looks wrong,
 * gives way to the next; when all fail, the first one's reason is said.
 */
const view = (text: string) => importBreakdown({ kind: 'text', text }).tasks.map((t) => [t.id, t.task, t.leadUnits, t.coUnits, t.deadline.text]);
const errors = (text: string) => importBreakdown({ kind: 'text', text }).findings.filter((f) => f.level === 'error').map((f) => f.code);

describe('a header row above prose items', () => {
  // An empty table head left on the page (the form's columns, no rows), then the 分工方案 in prose.
  const text = [
    '附件',
    '| 序号 | 工作任务 | 牵头单位 | 完成时限 |',
    '2026年城区重点工作责任分工',
    '一、优化营商环境',
    '1.推进“一网通办”改革，年底前实现高频事项全程网办。(牵头单位:区政务服务中心;责任单位:区大数据局)',
    '2.开展涉企收费专项清理。(牵头单位:区市场监管局)',
    '二、保障改善民生',
    '3.新增城镇就业岗位3000个。(牵头单位:区人社局;责任单位:区财政局、各街道)',
  ].join('\n');

  it('reads the prose when the table under the header gives no tasks', () => {
    expect(view(text)).toEqual([
      ['1-01', '推进“一网通办”改革，年底前实现高频事项全程网办。', ['区政务服务中心'], ['区大数据局'], '年底前'],
      ['1-02', '开展涉企收费专项清理。', ['区市场监管局'], [], ''],
      ['2-01', '新增城镇就业岗位3000个。', ['区人社局'], ['区财政局', '各街道'], ''],
    ]);
    expect(errors(text)).toEqual([]);
  });

  it('says why the table gave nothing when the prose gives nothing either', () => {
    const bare = ['2026年城区重点工作责任分工', '| 序号 | 工作任务 | 牵头单位 | 完成时限 |', '一、优化营商环境', '推进“一网通办”改革。'].join('\n');
    expect(errors(bare)).toEqual(['import.no-tasks']);
  });
});

describe("Word's numbered list copied as text (a tab after each item's number)", () => {
  it('reads each number and its text as one item', () => {
    const text = [
      '2026年县政府重点工作责任分工',
      '一、\t扩大有效投资',
      '1.\t开工建设城东污水处理厂二期，12月底前通水。',
      '牵头单位：县住建局',
      '责任单位：县发改局、县财政局',
      '2.\t完成老旧小区改造1200户。',
      '牵头单位：县住建局',
      '（1）\t新建村级养老服务站10个。',
      '牵头单位：县民政局',
    ].join('\n');
    expect(view(text)).toEqual([
      ['1-01', '开工建设城东污水处理厂二期，12月底前通水。', ['县住建局'], ['县发改局', '县财政局'], '12月底前'],
      ['1-02', '完成老旧小区改造1200户。', ['县住建局'], [], ''],
      ['1-03', '新建村级养老服务站10个。', ['县民政局'], [], ''],
    ]);
  });
});

describe('a .docx whose paragraphs hold line breaks (Shift+Enter between an item and its labels)', () => {
  const paragraph = (...lines: string[]) => `<w:p><w:r>${lines.map((l, i) => `${i > 0 ? '<w:br/>' : ''}<w:t>${l}</w:t>`).join('')}</w:r></w:p>`;
  const documentXml = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${[
    paragraph('2026年街道重点工作任务分工'),
    paragraph('一、提升基层治理水平'),
    paragraph('1.完成社区网格重新划分，配齐专职网格员。', '牵头单位：街道党政办', '配合单位：各社区居委会', '完成时限：2026年6月底前'),
    paragraph('2.建成智慧安防小区12个。', '牵头单位：街道平安办', '完成时限：2026年11月底前'),
  ].join('')}</w:body></w:document>`;

  it('reads each line of a paragraph as a line of the 分工方案', () => {
    const result = importBreakdown({ kind: 'docx', documentXml });
    expect(result.tasks.map((t) => [t.id, t.task, t.leadUnits, t.coUnits, t.deadline.text])).toEqual([
      ['1-01', '完成社区网格重新划分，配齐专职网格员。', ['街道党政办'], ['各社区居委会'], '2026年6月底前'],
      ['1-02', '建成智慧安防小区12个。', ['街道平安办'], [], '2026年11月底前'],
    ]);
  });
});

// Blind round 7's misses, as classes in wordings of our own.
describe('prose closing in (X主办，Y协办), and unnumbered sentences each closing in its units', () => {
  const view2 = (text: string, planYear = 2026) => importBreakdown({ kind: 'text', text }, { planYear }).tasks.map((t) => [t.task, t.leadUnits, t.coUnits]);

  it('reads 主办 as the lead and 协办 as co units', () => {
    expect(view2([
      '一、主要目标',
      '（一）城镇新增就业2万人。（县人社局主办，县财政局、县商务局协办）（二）粮食产量稳定在30万吨。（县农业农村局负责）',
    ].join('\n'))).toEqual([
      ['城镇新增就业2万人。', ['县人社局'], ['县财政局', '县商务局']],
      ['粮食产量稳定在30万吨。', ['县农业农村局'], []],
    ]);
  });

  it('reads sentences run together, or paragraphs without numbers, each closing in its units, as tasks', () => {
    expect(view2([
      '二、责任分工',
      '1.约束性指标的责任单位。',
      '森林覆盖率达到45%。（县林业局牵头）单位产值能耗下降3%。（县发改局、县工信局牵头）空气优良天数比例达到90%以上。',
      '（县生态环境分局牵头）',
    ].join('\n'))).toEqual([
      ['森林覆盖率达到45%。', ['县林业局'], []],
      ['单位产值能耗下降3%。', ['县发改局', '县工信局'], []],
      ['空气优良天数比例达到90%以上。', ['县生态环境分局'], []],
    ]);
    expect(view2([
      '（一）稳定经济增长，必须发挥投资和消费的拉动作用。',
      '扩大有效投资，实施重点项目100个。（县发改局、县财政局等负责）',
      '促进消费回升，举办促消费活动20场。（县商务局等负责）',
    ].join('\n'))).toEqual([
      ['扩大有效投资，实施重点项目100个。', ['县发改局'], ['县财政局']],
      ['促进消费回升，举办促消费活动20场。', ['县商务局'], []],
    ]);
  });
});
