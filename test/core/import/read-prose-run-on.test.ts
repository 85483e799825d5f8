import { importBreakdown } from '../../../src/core/import';
import type { Task } from '../../../src/core/ledger/task';

/** Prose whose line breaks were lost (a site's page text on one line): items, units and headings run on. */
const view = (t: Task) => [t.category.title, t.task.slice(0, 10), t.leadUnits, t.coUnits];

describe('a prose 分工方案 run together on one line', () => {
  it('closes an item at its units bracket when the next group or part heading follows on the line', () => {
    const text = [
      '当前位置： 首页 最新文件 某市人民政府办公室关于印发某市优化营商环境行动任务分工方案的通知 各县（市、区）人民政府，市直各单位： 现将方案印发给你们，请认真组织实施。'
      + ' 某市人民政府办公室 2024年3月5日 某市优化营商环境行动任务分工方案 为深入推进营商环境建设，制定本方案。'
      + ' 一、提升政务服务效能 （一）深化审批制度改革。 1.推行企业开办一日办结。压缩开办环节，实行一窗受理。（责任单位：市行政审批局、市场监管局）'
      + ' 2.推进工程建设项目审批提速。精简审批事项，推行联合验收。（责任单位：市住建局、自然资源局） （二）优化不动产登记服务。'
      + ' 3.实现不动产登记全程网办。推行线上申请、电子证照。（责任单位：市自然资源局、税务局） 二、强化要素保障 （三）保障企业用工。'
      + ' 4.开展援企稳岗专项行动。组织线上招聘会，落实稳岗返还。（责任单位：市人社局） 5.加大融资支持力度。推广首贷续贷服务。（责任单位：市金融办、人民银行某市中心支行）',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map(view)).toEqual([
      ['提升政务服务效能', '推行企业开办一日办结', ['市行政审批局'], ['市场监管局']],
      ['提升政务服务效能', '推进工程建设项目审批', ['市住建局'], ['市自然资源局']],
      ['提升政务服务效能', '实现不动产登记全程网', ['市自然资源局'], ['税务局']],
      ['强化要素保障', '开展援企稳岗专项行动', ['市人社局'], []],
      ['强化要素保障', '加大融资支持力度。推', ['市金融办'], ['人民银行某市中心支行']],
    ]);
    expect(result.tasks.every((t) => !/[一二三四]、|（[一二三四]）/.test(t.task))).toBe(true);
  });

  it('reads a part heading run on with its paragraph as the title over it, and a signature after the last units as none of it', () => {
    const text = [
      '当前位置： 首页 部门文件 某县水利局关于分解2013年作风建设三项重点任务的通知 各股室、站所： 现将三项重点任务分解如下，请认真抓好落实。'
      + ' 一、整治涉农资金管理不规范问题 加强农田水利资金监管，严禁截留挪用。（牵头单位：财务股，参加单位：农水股）'
      + ' 二、整治工程招投标违规问题 规范小型水利工程招投标程序，公开招标信息；加大监督检查力度。（牵头单位：建管股，参与单位：监察室）'
      + ' 三、整治服务群众态度生硬问题 推行首问负责、限时办结制度。（牵头单位：办公室，参与单位：各水利站） 某县水利局 二〇一三年三月八日 来源：某县政府网',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.task, t.requirement, t.leadUnits, t.coUnits])).toEqual([
      ['整治涉农资金管理不规范问题', '加强农田水利资金监管，严禁截留挪用。', ['财务股'], ['农水股']],
      ['整治工程招投标违规问题', '规范小型水利工程招投标程序，公开招标信息；加大监督检查力度。', ['建管股'], ['监察室']],
      ['整治服务群众态度生硬问题', '推行首问负责、限时办结制度。', ['办公室'], ['各水利站']],
    ]);
    expect(result.findings.filter((f) => f.code === 'import.text-unread').map((f) => f.message)).toEqual([
      '这段文字在某项任务的单位之后，没有读入任何任务：“某县水利局 二〇一三年三月八日 来源：某县政府网”',
    ]);
  });

  it('ends the last item at its （责任单位：…） bracket, the site’s words after it said unread', () => {
    const text = '某区人民政府办公室关于印发2023年数字政府建设任务分工的通知 各街道、区直各单位： 现印发给你们，请遵照执行。'
      + ' 1.推进电子证照共享应用。拓展证照应用场景。（责任单位：区数据局、区行政审批局）'
      + ' 2.建设一体化协同办公平台。实现公文网上流转。（责任单位：区政府办、区数据局） 来源：某区人民政府网 附件下载';
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.task, t.leadUnits, t.coUnits])).toEqual([
      ['推进电子证照共享应用。拓展证照应用场景。', ['区数据局'], ['区行政审批局']],
      ['建设一体化协同办公平台。实现公文网上流转。', ['区政府办'], ['区数据局']],
    ]);
    expect(result.findings.filter((f) => f.code === 'import.text-unread').map((f) => f.message)).toEqual([
      '这段文字在某项任务的单位之后，没有读入任何任务：“来源：某区人民政府网 附件下载”',
    ]);
  });

  it('reads a dataset page’s row, its id beside the whole document in one cell, parts’ headings run into their first items', () => {
    const body = '某市人民政府关于印发支持中小企业纾困发展若干措施的通知各县区人民政府,市政府各部门:为帮助中小企业渡过难关,现提出以下措施:'
      + '一、减负担、稳经营1.对承租国有房屋的中小企业,减免三个月房租,已缴纳的予以退还或抵扣后续租金,具体由各出租单位按程序办理。(责任单位:市国资委、市财政局)'
      + '2.阶段性降低中小企业用水、用电、用气价格,对欠费企业不停供,缓缴期间免收滞纳金,由供水供电供气企业做好登记。(责任单位:市发改委)'
      + '二、强融资、促发展3.引导银行机构对受影响较大的中小企业不抽贷、不断贷、不压贷,对到期还款困难的企业予以展期或续贷,合理降低利率。(责任单位:市金融办、人民银行某市中心支行)'
      + '4.设立中小企业应急转贷资金,为企业续贷提供短期周转支持,降低企业转贷成本,资金规模不低于一亿元。(责任单位:市财政局)';
    const text = ['id', 'stringlengths 32', '32', '| text', 'stringlengths 1', '12k', '|', '---|---|', `5f0c2e9ab1d34c7e8a6b2d90e1f4a7c3 | ${body}`].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    // The tasks and their units are read; the parts' headings run into their first items (`一、减负担、稳经营1.…`)
    // are not yet read as the tasks' sections (a known gap, left when this helper's heading cut was dropped at merge
    // for breaking 安顺's copied text, which another helper's lost-breaks reading reads).
    expect(result.tasks.map((t) => [t.task.slice(0, 10), t.leadUnits])).toEqual([
      ['对承租国有房屋的中小', ['市国资委']],
      ['阶段性降低中小企业用', ['市发改委']],
      ['引导银行机构对受影响', ['市金融办']],
      ['设立中小企业应急转贷', ['市财政局']],
    ]);
  });

  it('reads units closing an item whose names have brackets of their own (各县〔市〕人民政府)', () => {
    const text = [
      '一、稳就业',
      '1.开展春风行动专场招聘，组织企业线上招工。(责任单位:市人社局、各县〔市〕人民政府、高新区〔开发区〕管委会)',
      '2.落实失业保险稳岗返还政策。(责任单位:市人社局、市财政局)',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.task, t.leadUnits, t.coUnits])).toEqual([
      ['开展春风行动专场招聘，组织企业线上招工。', ['市人社局'], ['各县〔市〕人民政府', '高新区〔开发区〕管委会']],
      ['落实失业保险稳岗返还政策。', ['市人社局'], ['市财政局']],
    ]);
  });
});
