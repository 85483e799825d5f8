import { importBreakdown } from '../../../src/core/import';
import { isGroupItem } from '../../../src/core/import/grouped-items';

/**
 * A table whose name column (目标名称, 项目名称) is merged over rows each holding one numbered item
 * (`(1)…`, `①…`): the items are the tasks, the name their group.
 */
const read = (text: string) => importBreakdown({ kind: 'text', text }).tasks.map((t) => [t.category.title, t.task, t.leadUnits, t.deadline.text]);

describe('a name column merged over numbered items', () => {
  it('copied tab text, the merged cells left out of the later rows: each item a task under the name', () => {
    expect(read('2026年目标任务分解表\n序号\t目标名称\t工作标准\t牵头单位\t配合单位\n1\t全县主要经济指标\t（1）社会消费品零售总额增长6%。\t县商务局\t各乡镇\n'
      + '（2）城镇新增就业3000人。\t县人社局\n（3）粮食产量稳定在50万吨。\t县农业农村局\n2\t生态环境目标\t①空气优良天数比例达到85%。\t县生态环境局\t县住建局')).toEqual([
      ['全县主要经济指标', '（1）社会消费品零售总额增长6%。', ['县商务局'], ''],
      ['全县主要经济指标', '（2）城镇新增就业3000人。', ['县人社局'], ''],
      ['全县主要经济指标', '（3）粮食产量稳定在50万吨。', ['县农业农村局'], ''],
      ['生态环境目标', '①空气优良天数比例达到85%。', ['县生态环境局'], ''],
    ]);
  });

  it('keeps a name beside content of several numbered details one task named by its name', () => {
    expect(read('2026年民生实事项目表\n序号\t项目名称\t建设内容\t牵头单位\n1\t城乡供水提升\t（1）新建管网30公里；（2）改造水厂2座。\t县水利局')).toEqual([
      ['', '城乡供水提升', ['县水利局'], ''],
    ]);
  });
});

describe('isGroupItem', () => {
  it('is one item mark opening the cell', () => {
    expect(['(1)增长5%左右。', '（12）完成改造。', '①提标改造小区。'].map(isGroupItem)).toEqual([true, true, true]);
    expect(['完成(1)项', '（1）新建；（2）改造。', '1.完成改造。', ''].map(isGroupItem)).toEqual([false, false, false, false]);
  });
});
