import { labelKind, readLabel, readLabels } from '../../../src/core/import/unit-label';

describe('labelKind: one recogniser for the labels of units, persons and deadlines', () => {
  it.each([
    ['牵头单位', 'lead'], ['牵头责任单位', 'lead'], ['县级牵头部门', 'lead'], ['主责单位', 'lead'], ['主要责任单位', 'lead'], ['牵头', 'lead'],
    ['主办', 'lead'],
    ['协同责任单位', 'co'], ['配合单位', 'co'], ['市级参与部门', 'co'], ['协办', 'co'], ['数据提供单位', 'co'], ['督办单位', 'co'],
    ['责任单位', 'units'], ['责任科室', 'units'], ['责任主体', 'units'], ['实施部门', 'units'], ['部门分工', 'units'], ['责任分工', 'units'],
    ['牵头负责领导', 'person'], ['责任领导', 'person'], ['分管县领导', 'person'], ['责任人', 'person'], ['联系人', 'person'],
    ['完成时限', 'deadline'], ['时间节点', 'deadline'], ['完成时间节点', 'deadline'], ['办结时限', 'deadline'], ['时间要求', 'deadline'],
    ['责任单位及责任人', 'units'], ['牵头单位及负责人', 'lead'],
    ['具体要求', 'requirement'], ['工作成果', 'requirement'], ['工作目标', 'requirement'],
  ])('%s → %s', (label, kind) => {
    expect(labelKind(label)).toBe(kind);
  });

  it.each(['各有关单位', '县直各单位', '工作任务', '各县、市、区政府', '各责任单位', '有关责任单位', '相关配合部门', '县直各单位', '其他单位'])('%s is no label', (phrase) => {
    expect(labelKind(phrase)).toBeNull();
  });

  it('reads a label and its value; text opening with no label gives null', () => {
    expect(readLabel('协同责任单位:市税务局、滁州海关。')).toEqual({ label: '协同责任单位', kind: 'co', value: '市税务局、滁州海关。' });
    expect(readLabel('牵头负责领导：张三')).toEqual({ label: '牵头负责领导', kind: 'person', value: '张三' });
    expect(readLabel('各乡镇人民政府，县直各单位：')).toBeNull();
  });

  it('reads the labelled parts of a text, a part with no label going on the one before', () => {
    expect(readLabels('牵头单位：县水务局；配合单位：各乡镇，县财政局；完成时间：2024年6月')).toEqual([
      { kind: 'lead', label: '牵头单位', value: '县水务局' },
      { kind: 'co', label: '配合单位', value: '各乡镇，县财政局' },
      { kind: 'deadline', label: '完成时间', value: '2024年6月' },
    ]);
    expect(readLabels('责任单位：县住建局；县城管局')).toEqual([{ kind: 'units', label: '责任单位', value: '县住建局；县城管局' }]);
    expect(readLabels('县住建局牵头，各乡镇配合')).toBeNull();
  });
});
