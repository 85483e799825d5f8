import { findHeader, headerRole, isHeaderRemnant, isMeasure, isRepeatedHeader } from '../../../src/core/import/header';
import type { SourceRow } from '../../../src/core/import/types';

const row = (cells: string[], n = 1): SourceRow => ({ row: n, cells, breakBefore: false });

describe('headerRole', () => {
  it.each([
    ['工作任务', 'task'], ['任务内容', 'task'], ['主要任务', 'task'], ['重点任务', 'task'], ['工作内容', 'task'],
    ['具体要求', 'requirement'], ['工作要求', 'requirement'], ['工作措施', 'requirement'],
    ['牵头单位', 'lead'], ['牵头部门', 'lead'], ['主责单位', 'lead'],
    ['责任单位', 'co'], ['配合单位', 'co'], ['责任科室', 'co'], ['协办单位', 'co'],
    ['完成时限', 'deadline'], ['时限要求', 'deadline'], ['完成时间', 'deadline'], ['时间节点', 'deadline'],
    ['序号', 'seq'], ['序 号', 'seq'], ['类别', 'category'], ['工作类别', 'category'], ['板块', 'category'], ['项目', 'category'],
    ['牵头\n单位', 'lead'], ['完成时限（截止日期）', 'deadline'], ['*完成时限', 'deadline'],
    ['重点工作任务', 'task'], ['问题清单', 'task'], ['主要工作', 'task'], ['项目名称', 'task'], ['整改措施', 'requirement'],
    ['牵头责任单位', 'lead'], ['主办单位', 'lead'], ['负责单位', 'co'], ['责任主体', 'co'], ['整改时限', 'deadline'], ['进度安排', 'deadline'],
    ['责任领导', 'other'], ['责任人', 'other'], ['备注', 'note'], ['备注说明', 'note'], ['一、聚焦重点领域', null],
    ['区政府办', null], ['持续推进', null], ['', null],
  ])('%j → %s', (cell, role) => {
    expect(headerRole(cell)).toBe(role);
  });
});

// Dev round 7t: header wordings the registry lacked. A unit column whose name also names the person
// in charge (`牵头单位及主要负责人`) is a unit column; a column saying where a task comes from
// (`任务来源`: a document number) or a category (`大类`) holds no task.
describe('headerRole: more wordings', () => {
  it.each([
    ['牵头单位及主要负责人', 'lead'], ['牵头单位及\n主要负责人', 'lead'], ['责任单位及责任人', 'co'], ['牵头部门/责任人', 'lead'],
    ['责任单位（责任人）', 'co'], ['配合单位和联系人', 'co'],
    ['任务来源', 'other'], ['政策依据', 'other'], ['文件依据', 'other'],
    ['大类', 'category'], ['项目类别', 'category'],
    ['协助单位', 'co'], ['主责科室', 'lead'], ['具体承办单位', 'co'],
    ['任务举措', 'requirement'], ['推进时限', 'deadline'],
    // the time a task must be done by, named by its progress or its years
    ['进度要求', 'deadline'], ['完成年限', 'deadline'], ['实施年限', 'deadline'],
  ])('%j → %s', (cell, role) => {
    expect(headerRole(cell)).toBe(role);
  });
});

describe('findHeader', () => {
  it('finds the header below the title lines, in any column order, with missing columns', () => {
    const rows = [row(['2024年任务分解表']), row(['完成时限', '重点任务', '序号'])];
    expect(findHeader(rows)).toEqual({ start: 1, index: 1, columns: { deadline: 0, task: 1, seq: 2 } });
  });

  it('does not take a row holding anything but column names, or one without a task column', () => {
    expect(findHeader([row(['工作任务', '牵头单位', '区政府办'])])).toBeNull();
    expect(findHeader([row(['牵头单位', '完成时限'])])).toBeNull();
  });

  it('refines a header with a sub-header row under a merged cell', () => {
    const rows = [row(['类别', '工作任务', '责任单位', '', '完成时限']), row(['', '', '牵头单位', '配合单位', ''])];
    expect(findHeader(rows)).toEqual({ start: 0, index: 1, columns: { category: 0, task: 1, lead: 2, co: 3, deadline: 4 } });
  });

  it('refines a header whose sub-header names the roles alone (`牵头` | `配合` under 责任单位)', () => {
    const rows = [row(['序号', '重点工作', '责任单位', '', '时间安排']), row(['', '', '牵头', '配合', ''])];
    expect(findHeader(rows)).toEqual({ start: 0, index: 1, columns: { seq: 0, task: 1, lead: 2, co: 3, deadline: 4 } });
  });

  it('does not take a repeated header right below the header for sub-headers', () => {
    const rows = [row(['', '工作任务', '牵头单位', '完成时限']), row(['工作任务', '', '牵头单位', '完成时限'])];
    expect(findHeader(rows)).toEqual({ start: 0, index: 0, columns: { task: 1, lead: 2, deadline: 3 } });
  });

  it('recognises a repeated header even when its columns are shifted', () => {
    expect(isRepeatedHeader(row(['工作任务', '', '牵头单位', '完成时限']))).toBe(true);
    expect(isRepeatedHeader(row(['', '做好工作任务的落实。', '区政府办', '持续推进']))).toBe(false);
    // A page break cut the 牵头单位 cell in two: still a repeated header.
    expect(isRepeatedHeader(row(['', '工作任务', '牵头', '位', '完成时限']))).toBe(true);
    expect(isRepeatedHeader(row(['', '工作任务', '牵头', '区政府办', '完成时限']))).toBe(false);
  });
});

describe('a header that names a role twice', () => {
  it('reads 责任单位 as the lead when 配合单位 stands beside it and there is no 牵头单位', () => {
    expect(findHeader([row(['序号', '工作任务', '责任单位', '配合单位', '完成时限'])])).toEqual({
      start: 0, index: 0, columns: { seq: 0, task: 1, lead: 2, co: 3, deadline: 4 },
      duplicates: { moreCo: [], unused: [], leadFromResponsible: { lead: '责任单位', co: '配合单位' } },
    });
    // The order does not matter; 协办单位 helps too.
    expect(findHeader([row(['工作任务', '协办单位', '责任部门'])])?.columns).toEqual({ task: 0, lead: 2, co: 1 });
  });

  it('reads every unit column beside 牵头单位 as co units', () => {
    expect(findHeader([row(['工作任务', '牵头单位', '责任单位', '配合单位', '完成时限'])])).toEqual({
      start: 0, index: 0, columns: { task: 0, lead: 1, co: 2, deadline: 4 }, duplicates: { moreCo: [3], unused: [] },
    });
  });

  it('keeps the first of two 具体要求-like columns and names the other, to be kept beside it', () => {
    expect(findHeader([row(['序号', '问题', '整改措施', '整改目标', '责任领导', '责任单位', '整改时限'])])).toEqual({
      start: 0, index: 0, columns: { seq: 0, task: 1, requirement: 2, co: 5, deadline: 6 },
      duplicates: { moreCo: [], unused: [{ role: 'requirement', index: 3, name: '整改目标', keptName: '整改措施' }] },
      others: [{ index: 4, name: '责任领导' }],
    });
  });

  it('still needs a task column and nothing but column names', () => {
    expect(findHeader([row(['责任单位', '配合单位'])])).toBeNull();
    expect(findHeader([row(['工作任务', '责任单位', '配合单位', '区政府办'])])).toBeNull();
  });
});

describe('isHeaderRemnant', () => {
  const header = ['序号', '问题', '整改措施', '责任领导', '责任单位', '整改时限'];

  it('takes a line holding the wrapped ends of header names', () => {
    expect(isHeaderRemnant(row(['', '', '', '领导', '', '']), header)).toBe(true);
    expect(isHeaderRemnant(row(['', '', '', '', '单位', '时限']), header)).toBe(true);
    expect(isHeaderRemnant(row(['', '', '', '', '牵头单位', '配合单位']), header)).toBe(true);
  });

  it('does not take a unit or task fragment cut by the page break', () => {
    expect(isHeaderRemnant(row(['', '', '', '', '局', '']), header)).toBe(false);
    expect(isHeaderRemnant(row(['', '缺水问题。', '管网。', '', '镇', '']), header)).toBe(false);
    expect(isHeaderRemnant(row(['', '', '', '', '', '']), header)).toBe(false);
  });
});

describe('a header name longer than usual', () => {
  it('is read as the column its end names (a higher office’s task beside the local measure)', () => {
    expect(findHeader([row(['西安市分工方案']), row(['序号', '陕西省《工作要点》部署任务', '西安市落实措施', '牵头单位', '责任单位', '完成时限', '备注'], 2)])?.columns)
      .toMatchObject({ seq: 0, task: 1, requirement: 2, lead: 3, co: 4, deadline: 5 });
    expect(findHeader([row(['序号', '省政府办公厅通知确定的重点任务', '市政府确定的各县区落实措施', '牵头单位'])])?.columns)
      .toEqual({ seq: 0, task: 1, requirement: 2, lead: 3 });
  });

  it('is not read from a sentence or a heading', () => {
    expect(findHeader([row(['序号', '全面实施行政许可事项清单管理，明确任务', '牵头单位', '完成时限'])])).toBeNull();
    expect(findHeader([row(['序号', '一、全链条优化审批重点改革任务', '牵头单位', '完成时限'])])).toBeNull();
  });
});

describe('a column name with the plan year before it', () => {
  it('is read by its name (`2025年预期目标`, `2026年度重点任务`)', () => {
    expect(headerRole('2025年预期目标')).toBe(headerRole('预期目标'));
    expect(headerRole('2026年度重点任务')).toBe('task');
    expect(headerRole('2025')).toBeNull();
  });
});

describe('a column name holding 半年 or 年度', () => {
  it('reads as a column name (`上半年推进情况`), a deadline cell does not (`年底前`)', () => {
    expect(findHeader([row(['序号', '重点任务', '责任单位', '上半年推进情况'])])?.index).toBe(0);
    expect(findHeader([row(['序号', '重点任务', '责任单位', '年底前'])])).toBeNull();
  });
});

// Dev round 9t: a progress report names its progress columns by the period they cover
// (`1-10月推进情况`, `一季度进展情况`); such a name is a column kept in 备注, not a data row's value,
// so the header holding it is still the header.
describe('a progress column named by its period', () => {
  it.each([
    ['1-9月推进情况'], ['1—6月进展情况'], ['1-5月份完成情况'], ['二季度落实情况'], ['上半年推进情况'], ['截至8月底进展情况'],
  ])('%j → other', (cell) => {
    expect(headerRole(cell)).toBe('other');
  });

  it('leaves the header holding two of them a header', () => {
    const rows = [row(['序号', '重点项目', '年度目标', '牵头单位', '协同单位', '1-5月推进情况', '1-6月推进情况', '备注'])];
    expect(findHeader(rows)?.columns).toMatchObject({ seq: 0, lead: 3, co: 4 });
  });

  it('is no name with a period only, or a sentence', () => {
    expect(headerRole('1-6月')).toBeNull();
    expect(headerRole('1-6月推进情况良好，已完成')).toBeNull();
  });
});

describe('isMeasure', () => {
  it('is a figure\'s measure alone in brackets, its closing bracket maybe cut', () => {
    expect(['(亿元)', '（％）', '(个', '（公里）'].map(isMeasure)).toEqual([true, true, true, true]);
  });

  it('is no name, no empty brackets and no measure after a name', () => {
    expect(['()', '（吨）', '投资额（万元）', '万元'].map(isMeasure)).toEqual([false, false, false, false]);
  });
});
