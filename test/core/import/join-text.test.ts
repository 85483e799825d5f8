import { endsWithClosingPunctuation, joinAcrossBreak, joinUnitText } from '../../../src/core/import/join-text';

describe('joinAcrossBreak', () => {
  it.each([
    ['…开展第', '第二批基层政务公开标准化规范化建设。', '…开展第二批基层政务公开标准化规范化建设。'],
    ['要加强工作指', '导，对工作落实不到位', '要加强工作指导，对工作落实不到位'],
    ['持续推进基', '层政务公开标准化规范化建设', '持续推进基层政务公开标准化规范化建设'],
    ['建立健全政务公开', '政务公开制度', '建立健全政务公开制度'],
    ['形成一级抓一级、层', '层抓落实的工作局面', '形成一级抓一级、层层抓落实的工作局面'],
    ['', '第二批', '第二批'],
    ['开展第', '', '开展第'],
    ['开展第', '第', '开展第第'],
  ])('%s + %s', (before, after, joined) => {
    expect(joinAcrossBreak(before, after)).toBe(joined);
  });
});

describe('joinUnitText', () => {
  it.each([
    ['区教体局、区卫健委、城管局、区生态环境局、区交通', '运输局', '区教体局、区卫健委、城管局、区生态环境局、区交通运输局'],
    ['区政府办、', '区财政局', '区政府办、区财政局'],
    ['区财政局', '区税务局', '区财政局、区税务局'],
    ['区大数据管理', '中心', '区大数据管理中心'],
    ['', '区财政局', '区财政局'],
  ])('%s + %s', (before, after, joined) => {
    expect(joinUnitText(before, after)).toBe(joined);
  });
});

describe('endsWithClosingPunctuation', () => {
  it.each([['公开。', true], ['（年底前）', true], ['“三同步”', true], ['及时发布', false], ['开展第', false]])('%s', (text, closed) => {
    expect(endsWithClosingPunctuation(text)).toBe(closed);
  });
});
