import { importBreakdown } from '../../../src/core/import';
import { splitSpacedCells } from '../../../src/core/import/spaced-cells';

/**
 * Tables given as page text or copied text whose layouts the importer missed (blind rounds 6 and
 * 7, branch pagetext). Wordings and layouts of our own.
 */

const read = (text: string) => importBreakdown({ kind: 'text', text }).tasks
  .map((t) => [t.task, t.leadUnits, t.coUnits]);

describe('page text one cell a line, a unit named with its other name in brackets', () => {
  it('reads `各乡镇政府（街道办事处）` as a unit, not a misfit line', () => {
    const text = ['2025年重点工作分解表', '序号', '工作举措', '牵头单位', '配合单位', '分管领导',
      '1', '推进高标准农田建设，新建农田2万亩。', '县农业农村局', '县财政局、各乡镇政府（街道办事处）',
      '2', '实施城区供水管网改造工程。', '县水务局', '县住建局（人防办）', '李 明',
      '3', '开展企业服务月活动。', '县工信局', '县商务局', '王 强'].join('\n');
    expect(read(text)).toEqual([
      ['推进高标准农田建设，新建农田2万亩。', ['县农业农村局'], ['县财政局', '各乡镇政府（街道办事处）']],
      ['实施城区供水管网改造工程。', ['县水务局'], ['县住建局（人防办）']],
      ['开展企业服务月活动。', ['县工信局'], ['县商务局']],
    ]);
  });
});

describe('page text with cells separated by single spaces, a text column after the units', () => {
  it('splits text / unit / text, and keeps the last column of a header written on one line', () => {
    const text = ['某区2024年目标任务上半年落实情况表', '序号 目标任务 责任单位 上半年工作进展',
      '一、主要指标',
      '1 城镇新增就业5000人。 区人社局 已新增就业4100人。',
      '2 粮食播种面积稳定在12万亩。 区农业农村局',
      '区粮食和物资储备中心',
      '已完成全年播种面积。',
      '3 外贸进出口总额增长5%。 区商务局 进出口总额同比增长3.2%。'].join('\n');
    const tasks = importBreakdown({ kind: 'text', text }).tasks;
    expect(tasks.map((t) => [t.task, t.leadUnits, t.coUnits])).toEqual([
      ['城镇新增就业5000人。', ['区人社局'], []],
      ['粮食播种面积稳定在12万亩。', ['区农业农村局'], ['区粮食和物资储备中心']],
      ['外贸进出口总额增长5%。', ['区商务局'], []],
    ]);
    expect(tasks.map((t) => t.requirement)).toEqual(['上半年工作进展：已新增就业4100人。', '上半年工作进展：已完成全年播种面积。', '上半年工作进展：进出口总额同比增长3.2%。']);
  });
});

describe('splitSpacedCells with two text columns', () => {
  const columns = ['number', 'text', 'unit', 'text'] as const;
  it('splits two texts only with a unit between them', () => {
    expect(splitSpacedCells('4 新建公园3个。 区城管局 已完成2个。', columns)).toEqual(['4', '新建公园3个。', '区城管局', '已完成2个。']);
    expect(splitSpacedCells('4 新建公园3个。 已完成2个。', columns)).toEqual(['4', '新建公园3个。 已完成2个。']);
  });
});
