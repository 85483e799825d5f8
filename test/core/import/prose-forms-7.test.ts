import { importBreakdown } from '../../../src/core/import';
import type { Task } from '../../../src/core/ledger/task';

/**
 * Development round 7p (test/fixtures/dev-7p/SOURCES.md) found classes of prose 分工方案 the importer
 * refused or misread; more were thought of beyond it (other labels, marks and numberings prose
 * breakdowns use). Each class is tested here in wordings of its own, none taken from the round's
 * documents.
 */
const view = (t: Task) => [t.task, t.leadUnits, t.coUnits, t.deadline.kind, t.deadline.due];
const read = (lines: string[]) => importBreakdown({ kind: 'text', text: lines.join('\n') });
const tasks = (lines: string[]) => read(lines).tasks.map(view);

describe('labels of other words, and labels whose value is a phrase (class A)', () => {
  it('reads a label naming a role the units play besides leading (数据来源单位, 督办单位) as co units, never as a lead', () => {
    expect(tasks([
      '2024年某县重点指标任务分解',
      '一、主要指标',
      '1.规上工业增加值增长6%。（牵头单位：县工信局；数据来源单位：县统计局）',
      '2.城镇新增就业1500人。（牵头单位：县人社局；责任单位：各乡镇；数据提供单位：县统计局）',
      '3.新增市场主体2000户。',
      '牵头单位：县市场监管局',
      '督办单位：县政府督查室',
    ])).toEqual([
      ['规上工业增加值增长6%。', ['县工信局'], ['县统计局'], 'none', null],
      ['城镇新增就业1500人。', ['县人社局'], ['各乡镇', '县统计局'], 'none', null],
      ['新增市场主体2000户。', ['县市场监管局'], ['县政府督查室'], 'none', null],
    ]);
  });

  it('reads `部门分工：X牵头，Y配合` and `责任分工：X负责` lines, a person’s line beside them kept in 备注', () => {
    const result = read([
      '2023年某市重点工作分工方案',
      '一、稳定经济增长',
      '1.全市生产总值增长6%左右。',
      '分管市领导：王五',
      '部门分工：市发展改革委牵头，市统计局、各区政府配合。',
      '2.外贸进出口稳中提质。',
      '分管市领导：赵六',
      '责任分工：市商务局负责。',
    ]);
    expect(result.tasks.map(view)).toEqual([
      ['全市生产总值增长6%左右。', ['市发展改革委'], ['市统计局', '各区政府'], 'none', null],
      ['外贸进出口稳中提质。', ['市商务局'], [], 'none', null],
    ]);
    expect(result.tasks.map((t) => t.note)).toEqual(['分管市领导：王五', '分管市领导：赵六']);
  });

  it('reads `责任单位：X牵头，Y配合` in a closing bracket and on a line of its own', () => {
    expect(tasks([
      '区政府2022年第二季度工作要点',
      '一、城市管理',
      '1.推进垃圾分类示范小区建设。（责任单位：区绿化市容局牵头，各街道配合）',
      '2.完成架空线入地3公里。',
      '责任单位：区建管委牵头，区规划资源局、各街道按职责分工负责',
    ])).toEqual([
      ['推进垃圾分类示范小区建设。', ['区绿化市容局'], ['各街道'], 'none', null],
      ['完成架空线入地3公里。', ['区建管委'], ['区规划资源局', '各街道'], 'none', null],
    ]);
  });

  it('reads 责任主体, 主办 and 协办 labels', () => {
    expect(tasks([
      '2024年某县民生实事分工',
      '一、民生',
      '1.新增养老床位200张。',
      '责任主体：县民政局、县卫健局',
      '2.新建农贸市场1个。',
      '主办：县商务局',
      '协办：县市场监管局',
    ])).toEqual([
      ['新增养老床位200张。', ['县民政局'], ['县卫健局'], 'none', null],
      ['新建农贸市场1个。', ['县商务局'], ['县市场监管局'], 'none', null],
    ]);
  });

  it('reads the deadline inside an item’s closing bracket, beside its units', () => {
    expect(tasks([
      '2024年某县重点项目推进分工',
      '一、城建',
      '1.完成老旧小区改造12个。（责任单位：县住建局；完成时限：2024年10月底）',
      '2.建成污水管网20公里。（牵头单位：县水务局；配合单位：各乡镇；完成时间：2024年6月）',
    ])).toEqual([
      ['完成老旧小区改造12个。', ['县住建局'], [], 'date', '2024-10-31'],
      ['建成污水管网20公里。', ['县水务局'], ['各乡镇'], 'date', '2024-06-30'],
    ]);
  });

  it('reads the unit marked ★ or * in a 责任单位 list as its lead', () => {
    expect(tasks([
      '2024年某区重点任务分工（标★的为牵头单位）',
      '一、营商环境',
      '1.推行企业开办一日办结。',
      '责任单位：区政务服务中心、区市场监管局★、区税务局',
      '2.实现不动产登记一窗受理。（责任单位：区自然资源局*、区税务局）',
    ])).toEqual([
      ['推行企业开办一日办结。', ['区市场监管局'], ['区政务服务中心', '区税务局'], 'none', null],
      ['实现不动产登记一窗受理。', ['区自然资源局'], ['区税务局'], 'none', null],
    ]);
  });
});

describe('a co label never leads (class A)', () => {
  it('takes no lead from a 配合单位 or 协同单位 line: an item naming only those has no lead', () => {
    const result = read([
      '2024年某县重点工作',
      '一、乡村振兴',
      '1.新建高标准农田2万亩。',
      '牵头单位：县农业农村局',
      '2.发展庭院经济示范户300户。',
      '配合单位：县妇联、县农业农村局',
    ]);
    expect(result.tasks.map(view)).toEqual([
      ['新建高标准农田2万亩。', ['县农业农村局'], [], 'none', null],
      ['发展庭院经济示范户300户。', [], ['县妇联', '县农业农村局'], 'none', null],
    ]);
  });
});

describe('item numbers of other forms (class C)', () => {
  it('reads items numbered `1﹒` (small full stop), `1）` and `①`', () => {
    expect(tasks([
      '2022年某县重点工作任务',
      '一、工业',
      '1﹒技改投资增长10%。',
      '牵头单位：县工信局',
      '2﹒新增规上企业12家。',
      '牵头单位：县工信局',
      '二、农业',
      '1）粮食播种面积稳定在30万亩。（县农业农村局牵头）',
      '2）新建冷链仓储设施5处。（县商务局牵头）',
      '三、社会',
      '①新建城市书房3个。（县文旅局牵头）',
      '②新增托位300个。（县卫健局牵头）',
    ])).toEqual([
      ['技改投资增长10%。', ['县工信局'], [], 'none', null],
      ['新增规上企业12家。', ['县工信局'], [], 'none', null],
      ['粮食播种面积稳定在30万亩。', ['县农业农村局'], [], 'none', null],
      ['新建冷链仓储设施5处。', ['县商务局'], [], 'none', null],
      ['新建城市书房3个。', ['县文旅局'], [], 'none', null],
      ['新增托位300个。', ['县卫健局'], [], 'none', null],
    ]);
  });
});

describe('headings naming the lead over unnumbered paragraphs; co labels never lead (class B)', () => {
  it('reads an unnumbered paragraph under `（一）X牵头的工作` as a task led by X, its 协同单位 as co units', () => {
    expect(tasks([
      '某市人民政府关于印发2019年市政府工作目标责任分解的通知',
      '一、市长负责的工作',
      '统筹市政府全面工作。',
      '（一）市财政局牵头的工作',
      '深化预算管理制度改革，全面实施预算绩效管理。',
      '协同单位：市直各部门。',
      '（二）市应急局牵头的工作',
      '1.开展安全生产专项整治。',
      '2.完善应急物资储备体系。',
      '协同单位：市发展改革委、市粮食和储备局。',
    ])).toEqual([
      ['深化预算管理制度改革，全面实施预算绩效管理。', ['市财政局'], ['市直各部门'], 'none', null],
      ['开展安全生产专项整治。', ['市应急局'], [], 'none', null],
      ['完善应急物资储备体系。', ['市应急局'], ['市发展改革委', '市粮食和储备局'], 'none', null],
    ]);
  });

});

describe('a heading whose body paragraph closes in units is an item (class D)', () => {
  it('reads `二、title` over a paragraph ending in `（X牵头，Y配合）` as a task: the title, the paragraph its requirement', () => {
    const result = read([
      '某县人民政府关于2023年促进消费的若干意见',
      '各乡镇人民政府，县直各单位：',
      '现提出以下意见：',
      '一、发放消费券',
      '县财政安排500万元发放消费券，9月底前完成两轮发放。（县商务局、县财政局牵头，各乡镇配合）',
      '二、举办促消费活动',
      '全年举办汽车、家电等促销活动10场以上。（县商务局牵头）',
    ]);
    expect(result.tasks.map((t) => [...view(t), t.requirement])).toEqual([
      ['发放消费券', ['县商务局', '县财政局'], ['各乡镇'], 'date', '2023-09-30',
        '县财政安排500万元发放消费券，9月底前完成两轮发放。'],
      ['举办促消费活动', ['县商务局'], [], 'none', null, '全年举办汽车、家电等促销活动10场以上。'],
    ]);
  });
});

describe('a paragraph between an item and its labels (class E)', () => {
  it('reads the labels below an item’s result paragraph, and keeps the paragraph as its requirement', () => {
    const result = read([
      '2021年某市与邻市协同发展重点任务清单',
      '一、交通互联',
      '1. 推进两市城际公交开通。',
      '工作成果：年底前开通城际公交线路2条。',
      '责任单位：市交通运输局',
      '联系人：张三',
      '2. 共建物流园区。',
      '工作成果：完成园区规划编制。',
      '责任单位：市发展改革委、市商务局',
    ]);
    expect(result.tasks.map((t) => [...view(t), t.requirement])).toEqual([
      ['推进两市城际公交开通。', ['市交通运输局'], [], 'date', '2021-12-31', '工作成果：年底前开通城际公交线路2条。'],
      ['共建物流园区。', ['市发展改革委'], ['市商务局'], 'none', null, '工作成果：完成园区规划编制。'],
    ]);
  });
});

describe('a subsection heading whose closing bracket names the lead of the items below it (class F)', () => {
  it('gives `1.` items under `（一）title（X牵头）` the lead X, the heading no task of its own', () => {
    expect(tasks([
      '2024年某县城市建设重点工作',
      '一、城市建设',
      '（一）推进城镇老旧小区改造（县住建局牵头）',
      '1.完成改造小区12个。',
      '2.加装电梯30部。',
      '（二）提升停车便利（县城管局牵头，县公安局配合）',
      '1.新增公共停车位800个。',
    ])).toEqual([
      ['完成改造小区12个。', ['县住建局'], [], 'none', null],
      ['加装电梯30部。', ['县住建局'], [], 'none', null],
      ['新增公共停车位800个。', ['县城管局'], [], 'none', null],
    ]);
  });

  it('reads a heading’s labelled bracket too: `一、title（牵头单位：X；配合单位：Y）`', () => {
    expect(tasks([
      '2024年某县重点工作',
      '一、城市建设（牵头单位：县住建局；配合单位：各乡镇）',
      '1.完成改造小区12个。',
      '二、城市管理（责任单位：县城管局、县公安局）',
      '2.新增公共停车位800个。',
    ])).toEqual([
      ['完成改造小区12个。', ['县住建局'], [], 'none', null],
      ['新增公共停车位800个。', ['县城管局'], [], 'none', null],
    ]);
  });
});

describe('a closing bracket with a phrase and a date beside the units (class A)', () => {
  it('reads `（X牵头，Y配合；完成时限：…）` and `（X负责，年底前完成）`', () => {
    expect(tasks([
      '2024年某县重点工作',
      '一、城建',
      '1.完成燃气管道更新20公里。（县住建局牵头，各乡镇配合；完成时限：2024年11月底）',
      '2.新建公共充电桩300个。（县发改局负责，2024年底前完成）',
      '3.粮食产量稳定在15万吨。（各乡镇负责，县农业农村局指导）',
    ])).toEqual([
      ['完成燃气管道更新20公里。', ['县住建局'], ['各乡镇'], 'date', '2024-11-30'],
      ['新建公共充电桩300个。', ['县发改局'], [], 'date', '2024-12-31'],
      ['粮食产量稳定在15万吨。', ['各乡镇'], ['县农业农村局'], 'none', null],
    ]);
  });
});

describe('label lines after a group of items (class G)', () => {
  it('gives items naming no units of their own the labels below the last of them', () => {
    expect(tasks([
      '2024年某县重点工作分解',
      '一、项目建设',
      '1.新开工亿元以上项目25个。',
      '2.竣工投产项目18个。',
      '牵头单位：县发改局',
      '配合单位：各乡镇',
      '二、招商引资',
      '3.引进省外资金40亿元。',
      '牵头单位：县商务局',
    ])).toEqual([
      ['新开工亿元以上项目25个。', ['县发改局'], ['各乡镇'], 'none', null],
      ['竣工投产项目18个。', ['县发改局'], ['各乡镇'], 'none', null],
      ['引进省外资金40亿元。', ['县商务局'], [], 'none', null],
    ]);
  });

  it('shares no labels with a list that starts again: a notice’s `1.…2.` above the items stays the title', () => {
    expect(tasks([
      '各乡镇人民政府，县直各单位：',
      '现将有关事项通知如下：',
      '1.提高认识。各单位要高度重视。',
      '2.强化督查。县政府督查室要定期通报。',
      '附件',
      '2024年重点工作任务',
      '1.新建公园3个。',
      '牵头单位：县城管局',
    ])).toEqual([
      ['新建公园3个。', ['县城管局'], [], 'none', null],
    ]);
  });
});

describe('labels in brackets of their own after the sentence; labels naming units and persons (class H)', () => {
  it('reads `…。【牵头单位】X【配合单位】Y` on the item’s own line', () => {
    expect(tasks([
      '2024年某县重点工作',
      '一、生态',
      '1.完成造林绿化1.2万亩。【牵头单位】县林业局【配合单位】各乡镇',
      '2.治理水土流失面积30平方公里。〔责任单位〕县水利局',
    ])).toEqual([
      ['完成造林绿化1.2万亩。', ['县林业局'], ['各乡镇'], 'none', null],
      ['治理水土流失面积30平方公里。', ['县水利局'], [], 'none', null],
    ]);
  });

  it('reads `责任单位及责任人：X 张三` as units, the persons kept with the line in 备注', () => {
    const result = read([
      '2024年某县重点工作',
      '一、生态',
      '1.完成造林绿化1.2万亩。',
      '牵头单位及负责人：县林业局 王五',
      '2.建成污水处理站8座。',
      '责任单位及责任人：县水务局（赵六）、县生态环境分局（钱七）',
    ]);
    expect(result.tasks.map(view)).toEqual([
      ['完成造林绿化1.2万亩。', ['县林业局'], [], 'none', null],
      ['建成污水处理站8座。', ['县水务局'], ['县生态环境分局'], 'none', null],
    ]);
    expect(result.tasks.map((t) => t.note)).toEqual(['牵头单位及负责人：县林业局 王五', '责任单位及责任人：县水务局（赵六）、县生态环境分局（钱七）']);
  });
});

describe('more label forms (class I)', () => {
  it('reads two brackets one after another, labels on one line separated by commas, a label with spaces for its colon', () => {
    expect(tasks([
      '2024年某县重点工作',
      '一、教育',
      '1.新建中小学校2所。（牵头单位：县教体局）（配合单位：县住建局）',
      '2.招聘教师120名。',
      '牵头单位：县教体局，配合单位：县人社局，完成时限：2024年8月底',
      '3.改造学校食堂6个。',
      '牵头单位  县教体局',
      '配合单位  县市场监管局',
      '4.建设校园足球场5块。（县教体局牵头，各乡镇（街道）具体落实）',
    ])).toEqual([
      ['新建中小学校2所。', ['县教体局'], ['县住建局'], 'none', null],
      ['招聘教师120名。', ['县教体局'], ['县人社局'], 'date', '2024-08-31'],
      ['改造学校食堂6个。', ['县教体局'], ['县市场监管局'], 'none', null],
      ['建设校园足球场5块。', ['县教体局'], ['各乡镇（街道）'], 'none', null],
    ]);
  });
});

describe('headings that are nothing but the names of the units leading their items (class J)', () => {
  it('gives items under `一、县发改局（2项）` / `二、县教体局、县卫健委` those units, a topic heading none', () => {
    expect(read([
      '2024年某县政府工作报告任务清单',
      '一、县发改局（2项）',
      '1.新开工项目30个。',
      '2.争取专项债券10亿元。',
      '二、县教体局、县卫健委',
      '3.新建托育机构2个。',
      '三、建设数字政府',
      '4.上线惠企政策平台。（县数据局牵头）',
    ]).tasks.map((t) => [t.category.title, ...view(t)])).toEqual([
      ['县发改局（2项）', '新开工项目30个。', ['县发改局'], [], 'none', null],
      ['县发改局（2项）', '争取专项债券10亿元。', ['县发改局'], [], 'none', null],
      ['县教体局、县卫健委', '新建托育机构2个。', ['县教体局', '县卫健委'], [], 'none', null],
      ['建设数字政府', '上线惠企政策平台。', ['县数据局'], [], 'none', null],
    ]);
  });
});

describe('a label’s list cut where the page’s line broke (class K)', () => {
  it('joins the rest of a cut name on the next line, and nothing else', () => {
    const result = read([
      '2024年某县重点工作',
      '一、城建',
      '1.完成雨污分流改造15公里。',
      '牵头单位：县住建局',
      '配合单位：县财政局、县自然资源',
      '局、各乡镇',
      '2.新建口袋公园6个。',
      '牵头单位：县城管局',
      '联系人：孙八',
    ]);
    expect(result.tasks.map(view)).toEqual([
      ['完成雨污分流改造15公里。', ['县住建局'], ['县财政局', '县自然资源局', '各乡镇'], 'none', null],
      ['新建口袋公园6个。', ['县城管局'], [], 'none', null],
    ]);
  });
});

describe('deadline labels of other words (class L)', () => {
  it('reads `完成时间节点：` and `办结时限：` lines as the deadline', () => {
    expect(tasks([
      '2024年某县重点工作',
      '一、政务',
      '1.实现高频事项“一网通办”。',
      '牵头单位：县数据局',
      '完成时间节点：2024年9月底',
      '2.清理涉企收费。',
      '责任单位：县发改局',
      '办结时限：2024年6月30日',
    ])).toEqual([
      ['实现高频事项“一网通办”。', ['县数据局'], [], 'date', '2024-09-30'],
      ['清理涉企收费。', ['县发改局'], [], 'date', '2024-06-30'],
    ]);
  });
});

describe('prose whose lines broke inside a closing bracket or a deadline, as page text of a PDF does (class M)', () => {
  it('reads an item whose closing bracket goes on to the next line, and a deadline cut after its year', () => {
    expect(tasks([
      '2024年某县政府工作报告重点任务分工方案',
      '一、扩大有效投资',
      '1.实施县级重点项目80个，完成投资95亿元，其中',
      '新开工项目40个以上。（县发改局牵头，各乡镇、县直有关',
      '部门配合）',
      '2.完成老旧小区改造10个，惠及居民',
      '2000户。',
      '牵头单位：县住建局',
      '完成时限：2024年',
      '11月底',
    ])).toEqual([
      ['实施县级重点项目80个，完成投资95亿元，其中新开工项目40个以上。', ['县发改局'], ['各乡镇', '县直有关部门'], 'none', null],
      ['完成老旧小区改造10个，惠及居民2000户。', ['县住建局'], [], 'date', '2024-11-30'],
    ]);
  });
});
