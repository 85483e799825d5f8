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
