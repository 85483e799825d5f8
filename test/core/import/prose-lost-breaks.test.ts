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
