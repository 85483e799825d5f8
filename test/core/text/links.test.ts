import { firstLink, linkedText } from '../../../src/core/text';

describe('a hyperlink as text', () => {
  it('keeps the shown text and the address, once', () => {
    expect(linkedText('会议纪要', 'https://a.cn/x.pdf')).toBe('会议纪要 https://a.cn/x.pdf');
    expect(linkedText('见 https://a.cn/x.pdf 第3页', 'https://a.cn/x.pdf')).toBe('见 https://a.cn/x.pdf 第3页');
    expect(linkedText('', 'https://a.cn/x.pdf')).toBe('https://a.cn/x.pdf');
    expect(linkedText('https://a.cn/x.pdf', 'https://a.cn/x.pdf')).toBe('https://a.cn/x.pdf');
    expect(linkedText('纪要', '')).toBe('纪要');
  });

  it('finds the first address a text holds, up to a space or Chinese punctuation', () => {
    expect(firstLink('会议纪要 https://a.cn/纪要.pdf?id=7')).toBe('https://a.cn/纪要.pdf?id=7');
    expect(firstLink('【区财政局】见https://a.cn/x，另见 http://b.cn/y')).toBe('https://a.cn/x');
    expect(firstLink('see http://b.cn/y.')).toBe('http://b.cn/y');
    expect(firstLink('邮件 mailto:ban@a.cn；')).toBe('mailto:ban@a.cn');
    expect(firstLink('已上传至共享盘')).toBeUndefined();
  });

  it('reads back what it writes: the text of a linked cell is the text it was written from', () => {
    for (const text of ['会议纪要 https://a.cn/x.pdf', 'https://a.cn/x', '见 http://b.cn/y。']) {
      expect(linkedText(text, firstLink(text)!)).toBe(text);
    }
  });
});
