import { importBreakdown } from '../../../src/core/import';

/**
 * Blind round 13's class (in wordings of our own): page text one cell a paragraph, with no 序号
 * column (each task opens with its `1.`), and a 配合单位 cell of two paragraphs whose second is a
 * list of names the last of which has no unit's ending — a 专班, or a name the page's store cut.
 * Such a list, opening with a unit's name, goes on with the unit cell above: it is no task.
 */
const paragraphs = (cells: readonly string[]) => cells.map((c) => `${c}\n\n`).join('');

const HEADER = ['重点任务', '牵头单位', '配合单位'];

describe('a unit cell’s next paragraph listing names, one of no unit ending', () => {
  it('keeps a list ending in a 专班 in the unit cell above', () => {
    const text = ['2025年县政府重点任务分工\n\n', paragraphs(HEADER),
      paragraphs(['一、推动产业转型升级']),
      paragraphs(['1.培育壮大新能源汽车零部件产业集群,新增规上企业8家。', '县工信局', '县商务局']),
      paragraphs(['县招商中心、高铁新城建设专班']),
      paragraphs(['2.推进文旅融合发展,创建省级旅游度假区。', '县文旅局', '县自然资源局']),
    ].join('');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.task, t.leadUnits, t.coUnits])).toEqual([
      ['1.培育壮大新能源汽车零部件产业集群,新增规上企业8家。', ['县工信局'], ['县商务局', '县招商中心', '高铁新城建设专班']],
      ['2.推进文旅融合发展,创建省级旅游度假区。', ['县文旅局'], ['县自然资源局']],
    ]);
  });

  it('keeps a list the page cut inside its last name in the last row', () => {
    const text = ['2025年县政府重点任务分工\n\n', paragraphs(HEADER),
      paragraphs(['一、推动产业转型升级']),
      paragraphs(['1.培育壮大新能源汽车零部件产业集群,新增规上企业8家。', '县工信局', '县商务局、县财政局']),
      paragraphs(['2.推进文旅融合发展,创建省级旅游度假区。', '文旅局', '县自然资源局']),
      paragraphs(['县招商中心、高铁新城建设指']),
    ].join('');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.task, t.coUnits])).toEqual([
      ['1.培育壮大新能源汽车零部件产业集群,新增规上企业8家。', ['县商务局', '县财政局']],
      ['2.推进文旅融合发展,创建省级旅游度假区。', ['县自然资源局', '县招商中心', '高铁新城建设指']],
    ]);
  });
});
