import { importBreakdown } from '../../../src/core/import';

/**
 * Blind round 9's prose class (in wordings of our own): a `一、` heading over a paragraph closing in
 * its units, then `（二）…` — the paragraph is the first item, its `（一）` lost by the web page's copy;
 * the heading is the section. Alone under its heading (no second item), the heading stays the
 * paragraph's title (rounds 7p and 9p).
 */
const read = (lines: string[]) => importBreakdown({ kind: 'text', text: lines.join('\n') });

describe('a first item whose number was lost', () => {
  const lines = [
    '2024年某市政务公开工作要点',
    '',
    '一、以公开促进营商环境优化',
    '',
    '  围绕惠企政策直达快享,做好涉企政策集中公开和解读。(牵头单位:市发改委,责任单位:市财政局等市政府有关部门)',
    '',
    '  (二)做好重大项目信息公开,及时发布审批和实施信息。(牵头单位:市住建局,责任单位:市自然资源局)',
    '',
    '二、以公开助力民生保障',
    '',
    '  (一)做好就业和社保信息公开。(牵头单位:市人社局)',
  ];

  it('reads the paragraph as the section’s first item, the heading as the section', () => {
    const result = read(lines);
    expect(result.tasks.map((t) => [t.category.title, t.task, t.leadUnits])).toEqual([
      ['以公开促进营商环境优化', '围绕惠企政策直达快享,做好涉企政策集中公开和解读。', ['市发改委']],
      ['以公开促进营商环境优化', '做好重大项目信息公开,及时发布审批和实施信息。', ['市住建局']],
      ['以公开助力民生保障', '做好就业和社保信息公开。', ['市人社局']],
    ]);
  });

  it('keeps a heading over one paragraph and no second item as the paragraph’s title', () => {
    const result = read([
      '2024年某市政务公开工作要点',
      '一、以公开促进营商环境优化',
      '围绕惠企政策直达快享,做好涉企政策集中公开和解读。(牵头单位:市发改委)',
      '二、以公开助力民生保障',
      '做好就业和社保信息公开。(牵头单位:市人社局)',
    ]);
    expect(result.tasks.map((t) => [t.task, t.requirement, t.leadUnits])).toEqual([
      ['以公开促进营商环境优化', '围绕惠企政策直达快享,做好涉企政策集中公开和解读。', ['市发改委']],
      ['以公开助力民生保障', '做好就业和社保信息公开。', ['市人社局']],
    ]);
  });
});

// Blind round 10 (宁波 2014, as its PDF's text is copied): a progress label after a unit list broken
// at the line's end ends the list; what it reports is kept in 备注.
describe('a progress label after a unit list', () => {
  it('ends the list, its report kept in 备注', () => {
    const result = read([
      '2024年某区民生实事项目1-6月进展情况',
      '1.新建社区食堂5个。 牵头领导:张三 责任单位:区民政局 配合单位:区财政局、',
      '区市场监管局 实际完成情况:已建成3个、在建2个。',
      '2.改造背街小巷10条。 牵头领导:李四 责任单位:区住建局 实际完成情况:已完工6条。',
    ]);
    expect(result.tasks.map((t) => [t.task, t.leadUnits, t.coUnits])).toEqual([
      ['新建社区食堂5个。', ['区民政局'], ['区财政局', '区市场监管局']],
      ['改造背街小巷10条。', ['区住建局'], []],
    ]);
    expect(result.tasks[0].note).toContain('实际完成情况:已建成3个、在建2个。');
  });
});

// Blind round 11 (红桥, a table as page text read as prose): paragraphs after an item's unit lines
// that go on no item were dropped without a word; each is now said in a warning with its row.
describe('text after an item’s unit lines that no item takes', () => {
  it('is said in a warning naming its row, never dropped silently', () => {
    const result = read([
      '2020年某区法治政府建设任务台账',
      '1.推行行政审批制度改革',
      '牵头单位:区政务服务办',
      '主动公开全部行政审批事项清单,压缩办理时限。',
      '全面清理规范行政审批中介服务事项及收费。',
    ]);
    expect(result.tasks.map((t) => t.task)).toEqual(['推行行政审批制度改革']);
    expect(result.findings.filter((f) => f.code === 'import.text-unread').map((f) => [f.level, f.row, f.message])).toEqual([
      ['warning', 4, '这段文字在某项任务的单位之后，没有读入任何任务：“主动公开全部行政审批事项清单,压缩办理时限。”'],
      ['warning', 5, '这段文字在某项任务的单位之后，没有读入任何任务：“全面清理规范行政审批中介服务事项及收费。”'],
    ]);
  });
});
