import { joinWrappedLines } from '../../../src/core/import/wrapped-lines';

const join = (text: string) => joinWrappedLines(text.split('\n').map((t) => ({ text: t }))).map((l) => l.text);

describe('joinWrappedLines: text copied out of a PDF, wrapped at the measure', () => {
  it('joins the printed lines of each paragraph and keeps items, labels and headings apart', () => {
    expect(join([
      '二、提升城市功能品质',
      '1.实施城市更新行动，完成老旧小区改造项目十二个，同步',
      '推进加装电梯和停车设施建设，年底前全部完工并交付使用。',
      '牵头单位：县住建局；配合单位：县财政局、县自然资源局、',
      '各街道办事处',
      '2.新建改建城市道路八条，打通断头路五条，提升主干道通',
      '行能力。（牵头单位：县交通运输局）',
    ].join('\n'))).toEqual([
      '二、提升城市功能品质',
      '1.实施城市更新行动，完成老旧小区改造项目十二个，同步推进加装电梯和停车设施建设，年底前全部完工并交付使用。',
      '牵头单位：县住建局；配合单位：县财政局、县自然资源局、各街道办事处',
      '2.新建改建城市道路八条，打通断头路五条，提升主干道通行能力。（牵头单位：县交通运输局）',
    ]);
  });

  /** Paragraphs printed 20 characters a line. */
  const printed = (...paragraphs: string[]) => paragraphs.flatMap((p) => p.match(/.{1,20}/g) ?? []).join('\n');

  it('keeps a closing bracket open over several lines, though a line opens with a label word (`时限：`)', () => {
    const first = '1.新建改建城市道路八条，打通断头路五条。（牵头单位：县交通运输局；配合单位：县住建局、县自然资源局、各街道办事处；完成时限：2025年10月底前）';
    const second = '2.实施背街小巷提升改造工程，完成三十条。（牵头单位：县城管局）';
    expect(printed(first).split('\n')[3]).toMatch(/^时限：/);
    expect(join(printed(first, second))).toEqual([first, second]);
  });

  it('does not take the `)` of an item numbered `2)` for the close of its bracket', () => {
    const first = '1)新建改建城市道路八条，打通断头路五条，提升通行能力。（县交通运输局牵头）';
    const second = '2)实施背街小巷改造工程，完成三十条（牵头单位：县城管局）';
    expect(printed(second).split('\n')[1]).toMatch(/^头单位：/);
    expect(join(printed(first, second))).toEqual([first, second]);
  });

  it('leaves text with a paragraph a line (a web page, a .docx) as it is', () => {
    const text = [
      '1.实施城市更新行动，完成老旧小区改造项目十二个。',
      '牵头单位：县住建局',
      '2.新建改建城市道路八条，打通断头路五条，提升主干道通行能力，方便群众出行。',
      '牵头单位：县交通运输局',
      '3.建设智慧停车平台。',
      '牵头单位：县城管局',
    ].join('\n');
    expect(join(text)).toEqual(text.split('\n'));
  });
});
