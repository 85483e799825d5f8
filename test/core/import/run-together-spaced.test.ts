import { importBreakdown } from '../../../src/core/import';
import { readRunTogether } from '../../../src/core/import/run-together';

/**
 * A web page's text stored on one line, its table's cells a single space apart and an empty cell
 * leaving no mark: the header's names a space apart, the rows numbered in their first cell, a
 * text cell ending at its `。` or at the space before its units. Texts of our own.
 */
describe('a one-line page whose table cells are separated by single spaces, empty cells leaving nothing', () => {
  const text = [
    '标题: 某县卫生健康局关于印发消防检查发现问题整改任务分工表的通知',
    '==== 正文 ====',
    '当前位置： 首页 通知公告 各科室、各下属单位： 现将整改任务分工表印发给你们，请抓好落实。 附件：整改任务分工表 某县卫生健康局 2023年5月8日 '
      + '附件 2023年消防检查发现问题整改任务分工表 存在问题 牵头科室 配合科室 备注 '
      + '1.部分医疗机构疏散通道堆放杂物，应急照明损坏。 县医政股 5月31日前反馈 '
      + '2.未建立消防安全责任清单，未开展全员培训。 县办公室、县监督所 各相关股室 县办公室负责于年底前建立责任清单；各股室负责培训。 '
      + '3.未制定年度检查计划 县监督所 县医政股、县疾控股 县监督所牵头各股室于6月30日前制定2024年检查计划 '
      + '4.隐患整改台账不全 县医政股 5月31日前反馈 '
      + '抄送：县应急管理局。 某县卫生健康局办公室 2023年5月8日印发 来源：某县卫生健康局',
  ].join('\n');

  it('reads the spaced header and splits each row at its spaces by what the cells hold', () => {
    const rows = readRunTogether(text);
    const header = rows?.findIndex((r) => r.cells[0] === '存在问题') ?? -1;
    expect(rows?.slice(header).map((r) => r.cells)).toEqual([
      ['存在问题', '牵头科室', '配合科室', '备注'],
      ['1.部分医疗机构疏散通道堆放杂物，应急照明损坏。', '县医政股', '', '5月31日前反馈'],
      ['2.未建立消防安全责任清单，未开展全员培训。', '县办公室、县监督所', '各相关股室', '县办公室负责于年底前建立责任清单；各股室负责培训。'],
      ['3.未制定年度检查计划', '县监督所', '县医政股、县疾控股', '县监督所牵头各股室于6月30日前制定2024年检查计划'],
      ['4.隐患整改台账不全', '县医政股', '', '5月31日前反馈'],
    ]);
  });

  it('imports the four tasks with their leads and the deadlines their 备注 set', () => {
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.task.replace(/^\d+\./, '').slice(0, 8), t.leadUnits, t.deadline.kind, t.deadline.due ?? null])).toEqual([
      ['部分医疗机构疏散', ['县医政股'], 'date', '2023-05-31'],
      ['未建立消防安全责', ['县办公室', '县监督所'], 'date', '2023-12-31'],
      ['未制定年度检查计', ['县监督所'], 'date', '2023-06-30'],
      ['隐患整改台账不全', ['县医政股'], 'date', '2023-05-31'],
    ]);
  });
});

describe('a sentence whose words the header words happen to read', () => {
  it('is no run-together header when none of its names is a whole column name', () => {
    const text = [
      '某局2018年质量工作任务分解表',
      '（三）推进与强国建设目标任务相适应的计量领域改革5.深入推进计量领域改革。知识产权处6.深化计量管理体制改革。稽查支队',
    ].join('\n');
    expect(readRunTogether(text)).toBeNull();
  });
});
