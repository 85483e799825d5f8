import { textParagraphs, type TextLine } from '../../../src/core/import/pdf-text';

/**
 * A prose PDF's lines rebuilt into paragraphs (blind round 11's 成都, printed with first lines set in):
 * a line opening as a label (`提供单位：…`) goes on in the paragraph above while a bracket the paragraph
 * opened two lines up (`（牵头` … `…；数据`) is still open.
 */
const BLOCK = { left: 0, right: 400 };
const line = (text: string, i: number, left = 0, right = 400): TextLine => ({ text, left, right, top: i * 30, bottom: i * 30 + 20, firstWidth: 16, endsWithSpace: false });

describe('textParagraphs', () => {
  it('goes on in a paragraph whose bracket is still open, though a line opens as a label', () => {
    const lines = [
      line('（三）全年新增城镇就业2万人以上。（牵头', 0, 32),
      line('领导：张某某，牵头单位：区人社局，责任单位：区财政局；数据', 1),
      line('提供单位：区统计局）', 2, 0, 160),
      line('（四）城镇调查失业率控制在5.5%以内。', 3, 32, 300),
    ];
    expect(textParagraphs(lines, BLOCK).paragraphs).toEqual([
      '（三）全年新增城镇就业2万人以上。（牵头领导：张某某，牵头单位：区人社局，责任单位：区财政局；数据提供单位：区统计局）',
      '（四）城镇调查失业率控制在5.5%以内。',
    ]);
  });

  it('starts a paragraph at a label once the brackets above are closed', () => {
    const lines = [
      line('（三）全年新增城镇就业2万人以上。（牵头单位：区人社局）', 0, 32),
      line('责任单位：区财政局、区统计局', 1, 0, 240),
    ];
    expect(textParagraphs(lines, BLOCK).paragraphs).toEqual([
      '（三）全年新增城镇就业2万人以上。（牵头单位：区人社局）',
      '责任单位：区财政局、区统计局',
    ]);
  });
});
