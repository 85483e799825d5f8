import { importBreakdown } from '../../../src/core/import';
import { readRunTogether } from '../../../src/core/import/run-together';

/**
 * Page text whose table cells run together with nothing between them (a document site's preview of
 * a .docx, some PDFs' text): the header a run of column names, the rows each opening with their
 * 序号, or unnumbered with a row's cells on lines of their own. Texts of our own.
 */
describe('a numbered table whose cells run together, cut by lines and page marks', () => {
  const text = [
    '《2025年优化营商环境重点任务分解表.docx》由会员分享,可在线阅读,更多相关请在某文库上搜索。',
    '1、2025年优化营商环境重点任务分解表序号工作任务牵头单位责任单位完成时限1推行企业开办一网通办,压缩开办时间至1个工作日。'
      + '县市场监管局县数据局、县税务局2025年6月底前2建设中小企业服务中心,提供融资、法律等一站式服',
    '2、务。县工信局县财政局2025年12月底前3开展涉企收费专项清理；县发改局县财政局、',
    '县市场监管局',
    '持续推进',
  ].join('\n');

  it('reads the header by its names and each row by what its cells hold', () => {
    const rows = readRunTogether(text);
    expect(rows?.map((r) => r.cells)).toEqual([
      ['《2025年优化营商环境重点任务分解表.docx》由会员分享,可在线阅读,更多相关请在某文库上搜索。'],
      ['2025年优化营商环境重点任务分解表'],
      ['序号', '工作任务', '牵头单位', '责任单位', '完成时限'],
      ['1', '推行企业开办一网通办,压缩开办时间至1个工作日。', '县市场监管局', '县数据局、县税务局', '2025年6月底前'],
      ['2', '建设中小企业服务中心,提供融资、法律等一站式服务。', '县工信局', '县财政局', '2025年12月底前'],
      ['3', '开展涉企收费专项清理；', '县发改局', '县财政局、县市场监管局', '持续推进'],
    ]);
  });

  it('imports the tasks with their leads and deadlines', () => {
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.task.slice(0, 6), t.leadUnits, t.deadline.kind, t.deadline.due ?? null])).toEqual([
      ['推行企业开办', ['县市场监管局'], 'date', '2025-06-30'],
      ['建设中小企业', ['县工信局'], 'date', '2025-12-31'],
      ['开展涉企收费', ['县发改局'], 'ongoing', null],
    ]);
  });
});

describe('a numbered table of projects: a title run together with its content, a leader, a second content row', () => {
  const text = [
    '2024年民生实事项目责任分解表',
    '序号项目名称建设内容分管领导牵头单位配合单位1城区停车设施建设新建公共停车场3处,新增停车泊位800个。赵立群区住建局区自然资源局各街道'
      + '2养老服务提升建成社区养老服务站6个。钱文区民政局区卫健委推进居家适老化改造200户。赵立群区民政局各街道',
  ].join('\n');

  it('tells the title from the content by the verb opening it, the leader by a name, and reads the second content row under the same project', () => {
    expect(readRunTogether(text)?.slice(1).map((r) => r.cells)).toEqual([
      ['序号', '项目名称', '建设内容', '分管领导', '牵头单位', '配合单位'],
      ['1', '城区停车设施建设', '新建公共停车场3处,新增停车泊位800个。', '赵立群', '区住建局', '区自然资源局各街道'],
      ['2', '养老服务提升', '建成社区养老服务站6个。', '钱文', '区民政局', '区卫健委'],
      ['', '', '推进居家适老化改造200户。', '赵立群', '区民政局', '各街道'],
    ]);
  });

  it('imports one task for each content under its project, the leader kept in 备注', () => {
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.task.slice(0, 6), t.leadUnits])).toEqual([
      ['新建公共停车', ['区住建局']],
      ['建成社区养老', ['区民政局']],
      ['推进居家适老', ['区民政局']],
    ]);
    expect(result.tasks[2].note).toContain('赵立群');
    expect(result.tasks.map((t) => t.category.title)).toEqual(['城区停车设施建设', '养老服务提升', '养老服务提升']);
  });
});

describe('an unnumbered table: cells run together on lines of their own, progress over quarters', () => {
  const text = [
    '主题:',
    '文明城市',
    '?',
    '实事内容工作任务责任单位进展情况',
    '一季度二季度三季度四季度',
    '城市更新改造背街小巷30条,年内全部完工。',
    '',
    '区城管局,各街道、社区',
    '',
    '完成摸底。已开工18条。完工25条。全部完工。',
    '公园绿地新建口袋公园10个。',
    '区园林局',
    '已选址。已建成10个。',
    '?',
  ].join('\n');

  it('reads each row from the lines its cells stand on', () => {
    expect(readRunTogether(text)?.slice(2).map((r) => r.cells)).toEqual([
      ['实事内容', '工作任务', '责任单位', '进展情况'],
      ['城市更新', '改造背街小巷30条,年内全部完工。', '区城管局,各街道、社区', '完成摸底。已开工18条。完工25条。全部完工。'],
      ['公园绿地', '新建口袋公园10个。', '区园林局', '已选址。已建成10个。'],
    ]);
  });

  it('imports the tasks, the first unit listed leading', () => {
    const result = importBreakdown({ kind: 'text', text }, { planYear: 2023 });
    expect(result.tasks.map((t) => [t.task.slice(0, 6), t.leadUnits, t.deadline.due ?? null])).toEqual([
      ['改造背街小巷', ['区城管局'], '2023-12-31'],
      ['新建口袋公园', ['区园林局'], null],
    ]);
  });
});

describe('run-together text read only when every row splits', () => {
  it('refuses a table whose row has a text ending in no 。 (its cells cannot be told apart)', () => {
    const text = '序号工作任务牵头单位完成时限1建设城市公园区住建局2025年底前2改造老旧小区区住建局2025年底前';
    expect(readRunTogether(text)).toBeNull();
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks).toEqual([]);
    expect(result.findings.map((f) => f.code)).toContain('import.no-header');
  });

  it('refuses rows whose numbers do not follow on', () => {
    const text = '序号工作任务牵头单位完成时限1建设城市公园。区住建局2025年底前3改造老旧小区。区住建局2025年底前';
    expect(readRunTogether(text)).toBeNull();
  });

  it('leaves a table whose header names are separated to the other readings', () => {
    expect(readRunTogether('序号 工作任务 牵头单位 完成时限\n1 建设城市公园。 区住建局 2025年底前')).toBeNull();
  });
});

describe('a numbered table with `1、` marks, two leaders in a cell and a 备注 last, blank in a row', () => {
  const text = '2023年乡村振兴重点任务清单序号重点任务责任领导牵头单位配合单位完成时间备注'
    + '1、实施高标准农田建设2万亩。孙建国、周海县农业农村局县财政局、县自然资源局2023年10月底前已完成招标'
    + '2、推进农村人居环境整治；吴敏县住建局各乡镇2023年12月底前';

  it('reads the leaders as one cell and the blank 备注', () => {
    expect(readRunTogether(text)?.slice(1).map((r) => r.cells)).toEqual([
      ['序号', '重点任务', '责任领导', '牵头单位', '配合单位', '完成时间', '备注'],
      ['1', '实施高标准农田建设2万亩。', '孙建国、周海', '县农业农村局', '县财政局、县自然资源局', '2023年10月底前', '已完成招标'],
      ['2', '推进农村人居环境整治；', '吴敏', '县住建局', '各乡镇', '2023年12月底前', ''],
    ]);
  });

  it('imports both tasks', () => {
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.leadUnits, t.coUnits, t.deadline.due])).toEqual([
      [['县农业农村局'], ['县财政局', '县自然资源局'], '2023-10-31'],
      [['县住建局'], ['各乡镇'], '2023-12-31'],
    ]);
  });
});

describe('rows numbered `1、` each on a line of its own (no page marks)', () => {
  const text = [
    '序号工作任务牵头单位配合单位完成时限',
    '1、建立重点项目帮办代办机制。县发改局县自然资源局2024年6月底前',
    '2、开展“清单式”入企服务；县工信局各乡镇2024年12月底前',
  ].join('\n');

  it('keeps each line\'s number as its row\'s', () => {
    expect(readRunTogether(text)?.map((r) => r.cells.slice(0, 3))).toEqual([
      ['序号', '工作任务', '牵头单位'],
      ['1', '建立重点项目帮办代办机制。', '县发改局'],
      ['2', '开展“清单式”入企服务；', '县工信局'],
    ]);
  });
});

describe('rows numbered inside their task cell, headings run in, the header repeated, a blank cell left as a space', () => {
  const text = [
    '县政府办公室关于印发2023年数字政府建设重点任务分解表的通知',
    '各乡镇人民政府，县直各单位： 现将分解表印发给你们，请认真贯彻执行。 县政府办公室 2023年3月2日 2023年数字政府建设重点任务分解表 '
      + '工作任务牵头部门责任部门具 体 要 求一、夯实数字基础（一）推进网络建设1.完善电子政务外网县工信局、县数据中心县直各部门，各乡镇人民政府扩大外网覆盖范围，年内实现村级全覆盖。'
      + '2.统一身份认证体系 县直各部门，各乡镇人民政府依托省统一平台完成账号整合，做到一次登录、全网通办。'
      + '（二）推进数据共享3.建立数据共享目录县数据中心 县直各部门按季度更新共享目录，2023年9月底前上线。'
      + '工作任务牵头部门责任部门具 体 要 求二、提升服务效能5.推行帮办代办服务县行政服务中心县直各部门，各乡镇人民政府在县、乡两级大厅设立帮办窗口，为老年人等群体提供帮办服务。'
      + '6.规范《政务新媒体管理办法》执行县委网信办县直各部门，各乡镇人民政府加强内容审核，不得转载无来源信息。 来源：县政府办公室 附件下载',
  ].join('\n');

  it('reads each heading as a row of its own and each numbered row by what its cells hold', () => {
    expect(readRunTogether(text)?.slice(2).map((r) => r.cells)).toEqual([
      ['工作任务', '牵头部门', '责任部门', '具体要求'],
      ['一、夯实数字基础'],
      ['（一）推进网络建设'],
      ['1.完善电子政务外网', '县工信局、县数据中心', '县直各部门，各乡镇人民政府', '扩大外网覆盖范围，年内实现村级全覆盖。'],
      ['2.统一身份认证体系', '', '县直各部门，各乡镇人民政府', '依托省统一平台完成账号整合，做到一次登录、全网通办。'],
      ['（二）推进数据共享'],
      ['3.建立数据共享目录', '县数据中心', '县直各部门', '按季度更新共享目录，2023年9月底前上线。'],
      ['二、提升服务效能'],
      ['5.推行帮办代办服务', '县行政服务中心', '县直各部门，各乡镇人民政府', '在县、乡两级大厅设立帮办窗口，为老年人等群体提供帮办服务。'],
      ['6.规范《政务新媒体管理办法》执行', '县委网信办', '县直各部门，各乡镇人民政府', '加强内容审核，不得转载无来源信息。'],
    ]);
  });

  it('imports the tasks under their parts and groups; a blank 牵头部门 gives the lead to the first 责任部门', () => {
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.id, t.task, t.leadUnits, t.deadline.due ?? null, t.subcategory?.title ?? null])).toEqual([
      ['1-01', '1.完善电子政务外网', ['县工信局', '县数据中心'], '2023-12-31', '推进网络建设'],
      ['1-02', '2.统一身份认证体系', ['县直各部门'], null, '推进网络建设'],
      ['1-03', '3.建立数据共享目录', ['县数据中心'], '2023-09-30', '推进数据共享'],
      ['2-01', '5.推行帮办代办服务', ['县行政服务中心'], null, null],
      ['2-02', '6.规范《政务新媒体管理办法》执行', ['县委网信办'], null, null],
    ]);
  });

  it('refuses a body whose rows do not number on (a list of clauses, not a table)', () => {
    expect(readRunTogether(text.replace('5.推行', '9.推行'))).toBeNull();
  });
});

describe('the numbered text in the second column, the first holding the part heading over its rows; a name with a slash', () => {
  const text = '附件2024年档案工作任务分解表工作任务工作要求牵头部门协办/责任部门一、夯实档案基础1.完成馆藏档案数字化，年底前建成数字档案馆。县档案馆县直各部门'
    + '2.规范机关电子文件归档，统一归档范围。 县直各部门，各乡镇二、加强档案利用3.开展档案开放审核，及时向社会公布开放目录。县档案馆县委保密办 来源：县档案馆';

  it('puts each heading in the first cell of its first row, the slashed name one column', () => {
    expect(readRunTogether(text)?.slice(1).map((r) => r.cells)).toEqual([
      ['工作任务', '工作要求', '牵头部门', '协办/责任部门'],
      ['一、夯实档案基础', '1.完成馆藏档案数字化，年底前建成数字档案馆。', '县档案馆', '县直各部门'],
      ['', '2.规范机关电子文件归档，统一归档范围。', '', '县直各部门，各乡镇'],
      ['二、加强档案利用', '3.开展档案开放审核，及时向社会公布开放目录。', '县档案馆', '县委保密办'],
    ]);
  });
});
