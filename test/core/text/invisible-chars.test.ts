import { stripInvisible } from '../../../src/core/text/invisible-chars';

describe('stripInvisible', () => {
  it('drops C0 controls, DEL, the byte-order mark and zero-width characters', () => {
    expect(stripInvisible('区财政局\u0007')).toBe('区财政局');
    expect(stripInvisible('\ufeff定期\u0000公开\u0001重大\u000b民生\u000c实事\u001f项目\u007f执行\u200b情况\u200c。\u200d\u2060')).toBe('定期公开重大民生实事项目执行情况。');
  });

  it('keeps tab, line breaks and visible text (HTML, full-width space) as they are', () => {
    const text = '第一行\t甲\r\n第二行\n<b>区&财政局</b>\u3000乙 ';
    expect(stripInvisible(text)).toBe(text);
  });
});
