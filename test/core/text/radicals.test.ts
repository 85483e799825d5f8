import { unifyRadicals } from '../../../src/core/text';

describe('unifyRadicals: radicals a PDF font wrote for Chinese characters', () => {
  it('makes Kangxi radicals and radicals-supplement characters the characters they stand for', () => {
    expect(unifyRadicals('10⽉底前')).toBe('10月底前');
    expect(unifyRadicals('区⺠政局')).toBe('区民政局');
    expect(unifyRadicals('责任部⻔')).toBe('责任部门');
    expect(unifyRadicals('⻓效机制，⾼质量发展')).toBe('长效机制，高质量发展');
    expect(unifyRadicals('⻢桥镇、⻩浦区')).toBe('马桥镇、黄浦区');
  });

  it('changes nothing else: full-width punctuation, Latin, ordinary characters', () => {
    const text = '（一）完成“十四五”规划，ABC 123％。';
    expect(unifyRadicals(text)).toBe(text);
  });
});
