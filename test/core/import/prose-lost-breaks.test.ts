import { importBreakdown } from '../../../src/core/import';
import type { Task } from '../../../src/core/ledger/task';

/**
 * A prose 工作方案 as a site's archive stores its page: every line break lost, a space where each
 * fell — headings `一、` / `（一）` / `1.` / `（1）` / `①` each a short title run on into what is below it.
 */
const view = (t: Task) => [t.task.slice(0, 8), t.leadUnits, t.coUnits, t.deadline.kind, t.deadline.due];
const tasks = (text: string) => importBreakdown({ kind: 'text', text }).tasks.map(view);

const PAGE = [
  '某县人民政府办公室关于印发2024年农产品安全工作方案的通知 各乡镇人民政府，县直各单位： 现印发给你们，请认真贯彻执行。',
  '2024年农产品安全工作方案 为保障群众吃得放心，制定方案如下： 一、总体要求 坚持源头治理，守住安全底线。',
  '二、重点任务 （一）种植环节 监管指标：蔬菜抽检合格率98%以上。 工作任务：',
  '1.守护耕地质量 （1）开展耕地监测。设立监测点15个，按季度抽样。（责任单位：县自然资源局、县农业局）',
  '（2）推广有机肥料。推广有机肥2万亩。（责任单位：县农业局）',
  '2.规范农资经营 （1）建立购销台账。督促农资门店如实登记。（责任单位：县农业局、县市场监管局）',
  '（2）打击违法行为 ①化肥专项检查。抽检化肥样品40批次。（责任单位：县农业局） ②种子专项检查。查处套牌种子。（责任单位：县农业局）',
  '（3）推行扫码追溯。2024年底前覆盖全县基地。（责任单位：县农业局）',
  '3.做好粮食收储检验。对入库粮食逐批检验。（责任单位：县发改局）',
  '（二）饮水环节 1.保护水源地。清理水源保护区内违规设施。（责任单位：县生态环境局、县水利局）',
  '2.抽检末梢水。每季度抽检一次。（责任单位：县卫健局） 三、保障措施 （一）加强领导。各部门要落实责任。',
].join(' ');

describe('a prose 方案 whose page lost its line breaks (a space where each fell)', () => {
  it('cuts it at each heading and item, `（1）` and `①` items under a short `1.` or `（2）` title each a task', () => {
    expect(tasks(PAGE)).toEqual([
      ['开展耕地监测。设', ['县自然资源局'], ['县农业局'], 'none', null],
      ['推广有机肥料。推', ['县农业局'], [], 'none', null],
      ['建立购销台账。督', ['县农业局'], ['县市场监管局'], 'none', null],
      ['化肥专项检查。抽', ['县农业局'], [], 'none', null],
      ['种子专项检查。查', ['县农业局'], [], 'none', null],
      ['推行扫码追溯。2', ['县农业局'], [], 'date', '2024-12-31'],
      ['做好粮食收储检验', ['县发改局'], [], 'none', null],
      ['保护水源地。清理', ['县生态环境局'], ['县水利局'], 'none', null],
      ['抽检末梢水。每季', ['县卫健局'], [], 'none', null],
    ]);
  });
});

describe('a sentence with no number closing in its own units, after an item that closes in its own', () => {
  it('is a task of its own, on its own line or run on after a space', () => {
    const lines = [
      '某县2024年农产品安全工作方案',
      '一、重点任务',
      '1.建设追溯平台。接入全县批发市场。（责任单位：县市场监管局）',
      '2.推进诚信建设。建立企业信用档案。（责任单位：县市场监管局、县发改局）',
      '引导加工企业开展诚信评价，树立诚信典型。（责任单位：县工信局）',
    ];
    const expected = [
      ['建设追溯平台。接', ['县市场监管局'], [], 'none', null],
      ['推进诚信建设。建', ['县市场监管局'], ['县发改局'], 'none', null],
      ['引导加工企业开展', ['县工信局'], [], 'none', null],
    ];
    expect(tasks(lines.join('\n'))).toEqual(expected);
    expect(tasks([...lines.slice(0, 3), lines.slice(3).join(' ')].join('\n'))).toEqual(expected);
    // Items numbered `（一）` as headings are, the sentence run on with no space, its bracket on the line below.
    const headed = [lines[0], lines[1], lines[2].replace('1.', '（一）'), `${lines[3].replace('2.', '（二）')}${lines[4].replace(/（责任.*$/, '')}`, '（责任单位：县工信局）'];
    expect(tasks(headed.join('\n'))).toEqual(expected);
  });
});

describe('a one-line page with a single section', () => {
  it('cuts the `1.` items below a `（一）` heading, not the heading, though the heading follows a title and a space', () => {
    const text = '某省政府关于分解2024年重点工作的通知 现将任务分解如下。 一、扩大国内需求 （一）促进消费回升。 '
      + '1.开展家电以旧换新活动。（省商务厅牵头，省财政厅按职责分工负责） 2.发展夜间经济。（省商务厅、省文旅厅按职责分工负责） '
      + '3.推动汽车下乡。（省工信厅牵头，省商务厅按职责分工负责）';
    expect(tasks(text).map((t) => [t[0], t[1]])).toEqual([
      ['开展家电以旧换新', ['省商务厅']],
      ['发展夜间经济。', ['省商务厅']],
      ['推动汽车下乡。', ['省工信厅']],
    ]);
  });
});

describe('a one-line page whose `一、` items each close in their own units, the page’s footer after them', () => {
  it('reads the items only: the signature and source line after the last item is no task of its heading', () => {
    const text = '关于分解2013年作风建设任务的通知 各股室： 现将任务分解如下： '
      + '一、整治办事拖延问题 严格执行限时办结制度。（牵头单位：办公室，参加单位：审批股） '
      + '二、整治违规收费问题 全面清理收费项目。（牵头单位：财务股，参与单位：各站所） '
      + '某县住房和城乡建设局 二〇一三年三月一日 来源：某县政府网 附件下载';
    expect(tasks(text).map((t) => [t[0], t[1]])).toEqual([
      ['整治办事拖延问题', ['办公室']],
      ['整治违规收费问题', ['财务股']],
    ]);
  });
});

describe('a one-line page whose `一、` item runs its short title on into its text', () => {
  it('takes the title for the task and the text for its requirement', () => {
    const text = '关于分解2013年作风建设任务的通知 各股室： 现将任务分解如下： '
      + '一、整治办事拖延问题 严格执行限时办结制度。（牵头单位：办公室，参加单位：审批股） '
      + '二、整治违规收费问题 全面清理收费项目。（牵头单位：财务股，参与单位：各站所）';
    const read = importBreakdown({ kind: 'text', text }).tasks.map((t) => [t.task, t.requirement]);
    expect(read).toEqual([['整治办事拖延问题', '严格执行限时办结制度。'], ['整治违规收费问题', '全面清理收费项目。']]);
  });
});

describe('a one-line page whose items each end in unit label lines, the line break lost after the last list', () => {
  const full = (text: string) => importBreakdown({ kind: 'text', text }).tasks.map((t) => [t.task.slice(0, 10), t.leadUnits, t.coUnits]);

  it('cuts before the next item or heading after a space, and reads no 抄送 line for a task’s units', () => {
    const text = '某县人民政府办公室关于印发河湖治理方案的通知 各乡镇，县直各单位： 现印发给你们。 河湖治理方案 为改善水质，制定本方案。 '
      + '一、主要目标 到2026年水质达标。 二、主要任务 （一）治理工业污染 '
      + '1.整治涉水企业 全面排查沿河企业。2025年底前完成整改。 牵头单位：县生态环境局 参加单位：县工信局，相关乡镇 '
      + '2.封堵非法排口 排查入河排口。对超标排口限期整改。 牵头单位：县生态环境局 参加单位：县水利局 '
      + '（二）治理生活污染 1.建设污水管网 新建管网20公里。 牵头单位：县住建局 参加单位：县财政局，有关乡镇 '
      + '2.清理河道垃圾 每月巡河一次。 牵头单位：县城管局 参加单位：各乡镇 '
      + '三、保障措施 （一）加强组织领导 各单位要明确责任。 牵头单位：县水利局 参加单位：县直各有关单位 '
      + '（二）严格考核 将治理情况纳入年度考核。 抄送单位：县人大办，县政协办 某县人民政府办公室 2025年3月1日印发';
    expect(full(text)).toEqual([
      ['整治涉水企业 全面排', ['县生态环境局'], ['县工信局', '相关乡镇']],
      ['封堵非法排口 排查入', ['县生态环境局'], ['县水利局']],
      ['建设污水管网 新建管', ['县住建局'], ['县财政局', '有关乡镇']],
      ['清理河道垃圾 每月巡', ['县城管局'], ['各乡镇']],
      ['加强组织领导 各单位', ['县水利局'], ['县直各有关单位']],
    ]);
  });

  it('cuts there with no space too, the item, subsection or part run straight on after the last name', () => {
    const text = '某镇人民政府关于印发庭院整治方案的通知 各办，东山村、西岭村： 现印发给你们。 庭院整治方案 为改善人居环境，制定本方案。'
      + '一、总体目标 打造示范村2个。二、重点任务（一）抓好“三美”建设1.建设美丽庭院。引导农户清理院落。一要规范布局。 '
      + '责任部门：宣传办、东山村、西岭村2.建设美丽菜园。推行菜园围栏。 责任部门：农业办、西岭村 3.建设美丽小道。硬化村道。 '
      + '责任部门：建设办、东山村（二）抓好长效管护1.开展清洁行动。每周清扫一次。 责任部门：东山村、西岭村、建设办'
      + '三、时间安排（一）准备阶段时间：2025年3月任务：制定方案。四、保障措施（一）加强领导。成立工作专班。';
    expect(full(text)).toEqual([
      ['建设美丽庭院。引导农', ['宣传办'], ['东山村', '西岭村']],
      ['建设美丽菜园。推行菜', ['农业办'], ['西岭村']],
      ['建设美丽小道。硬化村', ['建设办'], ['东山村']],
      ['开展清洁行动。每周清', ['东山村'], ['西岭村', '建设办']],
    ]);
  });
});

describe('a one-line page whose headings are titles of two clauses (`一、强化源头防控，守住安全底线`)', () => {
  const full = (text: string) => importBreakdown({ kind: 'text', text }).tasks.map((t) => [t.task.slice(0, 10), t.leadUnits]);

  it('cuts a `（一）` item from its part’s heading run on after a space', () => {
    const text = '某省人民政府办公厅关于印发2024年政务服务工作要点的通知 各市人民政府： 现印发给你们。 2024年政务服务工作要点 做好今年工作，要坚持问题导向。 '
      + '一、优化办事流程，提升服务效能 （一）推行一次办好。梳理高频事项清单。 责任单位：省政务办，各市人民政府。 '
      + '（二）压减办理时限。平均时限压减一半。 责任单位：省直各部门，各市人民政府。 '
      + '二、完善服务平台，拓展网办深度 （一）整合办事入口。统一身份认证。 责任单位：省大数据局，各市人民政府。';
    expect(full(text)).toEqual([
      ['推行一次办好。梳理高', ['省政务办']],
      ['压减办理时限。平均时', ['省直各部门']],
      ['整合办事入口。统一身', ['省大数据局']],
    ]);
  });

  it('cuts a `（一）` group’s heading from its first `1.` item, numbered on through the groups', () => {
    const text = '某区管委会办公室关于印发化学品治理方案的通知 各单位： 现印发给你们。 化学品治理方案 为防控风险，制定本方案。 一、总体要求 到2025年风险得到管控。 '
      + '二、重点任务 （一）摸清环境底数，评估风险状况 1.开展信息调查。2024年底前完成调查。（区生态局牵头负责） '
      + '2.开展监测试点。在重点流域布点监测。（区生态局牵头，区农业局按职责分工负责） '
      + '（二）严格源头管控，防范风险产生 3.规范登记管理。督促企业落实登记。（区生态局牵头负责） '
      + '三、保障措施 （一）加强组织领导。各单位要抓好落实。（区生态局牵头负责）';
    expect(full(text)).toEqual([
      ['开展信息调查。202', ['区生态局']],
      ['开展监测试点。在重点', ['区生态局']],
      ['规范登记管理。督促企', ['区生态局']],
      ['加强组织领导。各单位', ['区生态局']],
    ]);
  });
});

describe('a one-line page whose groups hold `——` items, each closing in its units', () => {
  it('reads each `——` item for a task, its group’s title no part of it; a group with none stays one task', () => {
    const text = '某县人民政府办公室关于印发村庄整治三年方案的通知 各乡镇人民政府： 现印发给你们。村庄整治三年方案 为改善村庄环境，制定本方案。'
      + '一、总体目标到2026年村庄环境明显改善。——2025年，完成30个村庄整治；——2026年，全面完成整治。'
      + '二、重点任务（一）实施垃圾治理行动——加快垃圾收运。建设转运站3座，2025年底前完成。（责任单位：县住建局、各乡镇人民政府）'
      + '——推进农膜回收。开展回收示范。（责任单位：县农业局、各乡镇人民政府）'
      + '（二）实施厕所改造根据方案新建公厕10座。（责任单位：县卫健局、县住建局）'
      + '三、保障措施（一）加强组织领导。成立工作专班。（二）加快组织实施。排位靠前的责任单位为牵头单位。';
    expect(importBreakdown({ kind: 'text', text }).tasks.map((t) => [t.task.slice(0, 10), t.leadUnits, t.deadline.due])).toEqual([
      ['加快垃圾收运。建设转', ['县住建局'], '2025-12-31'],
      ['推进农膜回收。开展回', ['县农业局'], null],
      ['实施厕所改造根据方案', ['县卫健局'], null],
    ]);
  });
});
