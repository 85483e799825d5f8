import { langAttr, stringsFor } from '../../src/taskpane/i18n';

/** Keys of an object, nested objects as `a.b`, sorted. */
function keyPaths(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' ? keyPaths(v, `${prefix}${k}.`) : [`${prefix}${k}:${typeof v}`]).sort();
}

describe('stringsFor', () => {
  const zh = stringsFor('zh-CN');
  const en = stringsFor('en-US');

  test('Chinese for zh-*, for no language (plain browser), English otherwise', () => {
    expect(stringsFor('zh-CN').appTitle).toBe('任务台账助手');
    expect(stringsFor('zh-TW').appTitle).toBe('任务台账助手');
    expect(stringsFor('ZH-HK').appTitle).toBe('任务台账助手');
    expect(stringsFor(null).appTitle).toBe('任务台账助手');
    expect(stringsFor(undefined).appTitle).toBe('任务台账助手');
    expect(stringsFor('en-US').appTitle).toBe('Task Ledger');
    expect(stringsFor('de-DE').appTitle).toBe('Task Ledger');
    expect(langAttr('zh-CN')).toBe('zh-CN');
    expect(langAttr('fr-FR')).toBe('en');
  });

  test('both tables have the same keys, each of the same kind', () => {
    expect(keyPaths(en)).toEqual(keyPaths(zh));
  });

  test('parametrised strings put their values in', () => {
    expect(zh.imported(42, 3)).toBe('已导入 42 项任务，发现 3 个问题。');
    expect(en.imported(42, 3)).toBe('Imported 42 tasks; 3 problems found.');
    expect(zh.mergeApplied(2, 0, 2, 18)).toBe('已合并 2 个文件：2 项任务有更新，写入变更记录 18 条。');
    expect(zh.mergeApplied(1, 5, 1, 2)).toBe('已合并 1 个文件，5 个文件未合并：1 项任务有更新，写入变更记录 2 条。');
    expect(zh.roundBad('2024/9')).toBe('报送轮次“2024/9”应写成“年-月”，如 2024-09。');
  });

  test('no English string is left in Chinese and no Chinese in English (labels of steps)', () => {
    for (const label of Object.values(zh.steps)) expect(label).toMatch(/^[\u4e00-\u9fff]+$/);
    for (const label of Object.values(en.steps)) expect(label).toMatch(/^[A-Za-z ]+$/);
  });
});
