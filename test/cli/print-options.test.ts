import { parseOptions } from '../../src/cli/print-command';

describe('print options', () => {
  it('groups by category (glossary name); the earlier spelling section means the same', () => {
    expect(parseOptions({ by: 'category', today: '2024-09-30' })).toEqual({ today: '2024-09-30', by: 'category' });
    expect(parseOptions({ by: 'section', today: '2024-09-30' })).toEqual({ today: '2024-09-30', by: 'category' });
    expect(parseOptions({ by: 'unit', today: '2024年9月30日', only: 'overdue', unit: ' 区财政局 ' })).toEqual({ today: '2024-09-30', by: 'unit', only: 'overdue', unit: '区财政局' });
  });

  it('refuses another grouping in Chinese', () => {
    expect(() => parseOptions({ by: 'month' })).toThrow('--by 只能是 category（按工作类别）或 unit（按牵头单位），收到“month”');
  });
});
