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
