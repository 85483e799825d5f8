import { importBreakdown } from '../../../src/core/import';
import { headerRole } from '../../../src/core/import/header';
import { findHeaderByContent } from '../../../src/core/import/header-by-content';

/**
 * Blind round 10's class (in wordings of our own): a table whose header the importer cannot read by
 * name — names worded the office's own way — is read when its rows show which column holds the
 * tasks and which the units; the columns so read are said in 提示. A row of short names over rows
 * that show no units, or no header-like row at all, is still refused.
 */
const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');
const row = (cells: string[]) => ({ row: 1, cells, breakBefore: false });
const DATA = [
  ['1', '新建城市书房6家,改造提升乡镇文化站3个。', '县文广旅体局', '6家', '4'],
  ['2', '新增公办幼儿园学位900个。', '县教育局', '900个', '600'],
  ['3', '改造农村公路60公里。', '县交通运输局', '60公里', '45'],
];

describe('a header read by its rows', () => {
  it('reads the tasks and units its rows show, saying which columns were read by content', () => {
    const result = importBreakdown({ kind: 'text', text: tsv([['2024年某县民生实事推进表'], ['序号', '建设项目', '承担主体', '预期成效', '截至6月底进展'], ...DATA]) });
    expect(result.tasks.map((t) => [t.task, t.leadUnits])).toEqual([
      ['新建城市书房6家,改造提升乡镇文化站3个。', ['县文广旅体局']],
      ['新增公办幼儿园学位900个。', ['县教育局']],
      ['改造农村公路60公里。', ['县交通运输局']],
    ]);
    expect(result.findings.filter((f) => f.code === 'import.column-by-content').map((f) => f.message)).toEqual([
      '“建设项目”列不是常见的列名，按其内容读作“工作任务”',
      '“承担主体”列不是常见的列名，按其内容读作“责任单位”',
    ]);
    expect(result.tasks[0].requirement).toBe('预期成效：6家\n截至6月底进展：4');
  });

  it('is no header when its rows show no unit column', () => {
    const rows = [row(['序号', '建设项目', '预期成效', '截至6月底进展']), ...DATA.map((d) => row([d[0], d[1], d[3], d[4]]))];
    expect(findHeaderByContent(rows)).toBeNull();
  });

  it('is no header when fewer than two of its names end as column names do', () => {
    const rows = [row(['一', '城市书房', '文化站', '幼儿园']), ...DATA.map((d) => row(d.slice(0, 4)))];
    expect(findHeaderByContent(rows)).toBeNull();
  });

  it('takes no data row for a header', () => {
    const rows = DATA.map((d) => row(d));
    expect(findHeaderByContent(rows)).toBeNull();
  });
});

describe('a progress column named by its period', () => {
  it.each(['1-8月实际完成情况', '1- 8月 实际完成情况', '1-8月实际完成率%', '1-6月完成数', '3月份推进情况', '任务完成率', '实际完成'])('%s is kept in 备注', (name) => {
    expect(headerRole(name)).toBe('other');
  });
});

describe('cells whose lost character became `?`', () => {
  it('reads a table whose every cell ends in `?` as without it', () => {
    const text = [
      '2018年某区重点工作任务分解表',
      '序号? | 重 点 工 作 任 务? | 牵头领导? | 牵头单位? |',
      '1? | 高新园区要加快建设科创走廊,年内引进研发机构5家。? | 王 ?明? 李华? | 高新园区管委会? |',
      '2? | 开发区要推进先进制造业集群建设。? | 李华? | 开发区管委会(经济开发区)? |',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.task, t.leadUnits, t.deadline.due])).toEqual([
      ['高新园区要加快建设科创走廊,年内引进研发机构5家。', ['高新园区管委会'], '2018-12-31'],
      ['开发区要推进先进制造业集群建设。', ['开发区管委会(经济开发区)'], null],
    ]);
  });

  it('keeps a question mark in a table whose cells mostly do not end in one', () => {
    const text = ['2018年某区重点工作任务分解表', '序号\t工作任务\t牵头单位', '1\t研究是否设立基金?\t区财政局', '2\t推进国企改革。\t区国资办', '3\t办好运动会。\t区体育局'].join('\n');
    expect(importBreakdown({ kind: 'text', text }).tasks[0].task).toBe('研究是否设立基金?');
  });
});
