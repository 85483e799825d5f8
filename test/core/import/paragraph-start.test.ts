import { opensParagraph } from '../../../src/core/import/paragraph-start';

describe('opensParagraph: a printed line that starts a paragraph by its words', () => {
  it('is an item number, a section heading or a label after a finished line', () => {
    expect(opensParagraph('2.完成老旧小区改造1200户。', '…新建污水管网12公里。')).toBe(true);
    expect(opensParagraph('（三）强化要素保障', '…确保按期完成')).toBe(true);
    expect(opensParagraph('二、保障改善民生', '…全年完成投资5亿元。')).toBe(true);
    expect(opensParagraph('责任单位：县住建局、县财政局', '开工建设城东污水处理厂二期。')).toBe(true);
    expect(opensParagraph('牵头部门：市发展改革委', '推进项目前期工作')).toBe(true);
  });

  it('is not a line going on from one stopped in mid-sentence or inside brackets', () => {
    expect(opensParagraph('配合单位：各区、县级市）', '（牵头单位：市体育局，')).toBe(false);
    expect(opensParagraph('责任单位：各镇人民政府]', '(一)地区生产总值增长8%。[牵头单位：县发改局；')).toBe(false);
    expect(opensParagraph('2.5万户', '完成农村危房改造')).toBe(false);
    expect(opensParagraph('年底前完成。', '推进“一网通办”改革，')).toBe(false);
  });
});

describe('opensParagraph: a common label cut by the line end', () => {
  it.each([
    ['3.新建公办幼儿园2所。牵头单位：县教体局；责', '任单位：各乡镇'],
    ['5.完成农村公路提档升级80公里。牵头单位：县交通局；完', '成时限：2025年10月底前'],
    ['6.改造农贸市场3个。责任单位：县商务局；配', '合单位：县市场监管局'],
  ])('%s / %s goes on', (above, line) => {
    expect(opensParagraph(line, above)).toBe(false);
  });

  it.each([
    ['加快推进城区雨污分流改造', '牵头单位：县住建局'],
    ['7.建设智慧停车平台。牵头单位：县城管局；', '责任单位：各街道'],
  ])('%s / %s opens a paragraph', (above, line) => {
    expect(opensParagraph(line, above)).toBe(true);
  });
});
