import { assignTaskIds, findTitleAndYear } from '../../../src/core/import';

describe('findTitleAndYear', () => {
  it('prefers the attachment title over the notice and its date', () => {
    const lines = ['区政府办公室关于印发 2023 年广丰区 政务公开工作任务分解表的通知', '2023 年 12 月 9 日', '附件：2024 年广丰区政务公开工作任务分解表'];
    expect(findTitleAndYear(lines)).toEqual({ title: '2024年广丰区政务公开工作任务分解表', planYear: 2024 });
  });

  it('reads a year outside the title, a date last, then the sheet name', () => {
    expect(findTitleAndYear(['某某县重点工作', '（2025 年度）'])).toEqual({ title: '', planYear: 2025 });
    expect(findTitleAndYear(['印发日期：2024年3月1日'])).toEqual({ title: '', planYear: 2024 });
    expect(findTitleAndYear(['重点任务清单'], '2026年')).toEqual({ title: '重点任务清单', planYear: 2026 });
    expect(findTitleAndYear([])).toEqual({ title: '', planYear: null });
  });

  it('falls back to a document number, then an ISO date, when no line names a year with 年', () => {
    expect(findTitleAndYear(['某市人民政府关于落实重点工作分工的意见', '某政发〔2019〕12号']).planYear).toBe(2019);
    expect(findTitleAndYear(['某县人民政府办公室文件', '某政办〔2020〕3号', '发布时间：2021-01-05']).planYear).toBe(2020);
    expect(findTitleAndYear(['关于做好重点工作的通知', '发布日期 2018-03-02 09:30']).planYear).toBe(2018);
    expect(findTitleAndYear(['成文日期：2017/11/20']).planYear).toBe(2017);
    // a year written with 年 still wins over both
    expect(findTitleAndYear(['某政发〔2019〕12号', '2020年重点工作分解']).planYear).toBe(2020);
    // a quoted document number in a sentence is a last resort after a date
    expect(findTitleAndYear(['根据《某某通知》（某办发〔2015〕8号）精神，制定本方案。', '发布日期：2016-05-01']).planYear).toBe(2016);
  });

  it('reads a year written in Chinese numerals (二〇二四年, 二○二四年, 二零二四年) as any other', () => {
    expect(findTitleAndYear(['某县二〇二四年重点工作分解方案']).planYear).toBe(2024);
    expect(findTitleAndYear(['关于印发重点工作分工的通知', '二○一九年三月五日']).planYear).toBe(2019);
    expect(findTitleAndYear(['二零二二年度工作要点']).planYear).toBe(2022);
  });

  it('takes any 清单 as a title: 事项清单, 问题清单, 整改清单', () => {
    expect(findTitleAndYear(['附件1', '云溪区2025年“高效办成一件事”重点事项清单'])).toEqual({ title: '云溪区2025年“高效办成一件事”重点事项清单', planYear: 2025 });
    expect(findTitleAndYear(['某县2024年审计查出问题整改清单', '现将整改清单印发给你们，请抓好落实。']).title).toBe('某县2024年审计查出问题整改清单');
  });
});

describe('assignTaskIds', () => {
  it('numbers tasks within their section, two digits, unique when a section number repeats', () => {
    expect(assignTaskIds([1, 1, 2, 0, 1, 12])).toEqual(['1-01', '1-02', '2-01', '0-01', '1-03', '12-01']);
    expect(assignTaskIds(Array(100).fill(0)).slice(98)).toEqual(['0-99', '0-100']);
  });
});
