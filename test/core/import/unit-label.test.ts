import { labelKind, readLabel } from '../../../src/core/import/unit-label';

describe('labelKind: one recogniser for the labels of units, persons and deadlines', () => {
  it.each([
    ['牵头单位', 'lead'], ['牵头责任单位', 'lead'], ['县级牵头部门', 'lead'], ['主责单位', 'lead'], ['主要责任单位', 'lead'], ['牵头', 'lead'],
    ['责任单位', 'co'], ['协同责任单位', 'co'], ['配合单位', 'co'], ['市级参与部门', 'co'], ['责任科室', 'co'], ['协办', 'co'],
    ['牵头负责领导', 'person'], ['责任领导', 'person'], ['分管县领导', 'person'], ['责任人', 'person'], ['联系人', 'person'],
    ['完成时限', 'deadline'], ['时间节点', 'deadline'],
  ])('%s → %s', (label, kind) => {
    expect(labelKind(label)).toBe(kind);
  });

  it.each(['各有关单位', '县直各单位', '工作任务', '具体要求', '各县、市、区政府', '各责任单位', '有关责任单位', '相关配合部门'])('%s is no label', (phrase) => {
    expect(labelKind(phrase)).toBeNull();
  });

  it('reads a label and its value; text opening with no label gives null', () => {
    expect(readLabel('协同责任单位:市税务局、滁州海关。')).toEqual({ label: '协同责任单位', kind: 'co', value: '市税务局、滁州海关。' });
    expect(readLabel('牵头负责领导：张三')).toEqual({ label: '牵头负责领导', kind: 'person', value: '张三' });
    expect(readLabel('各乡镇人民政府，县直各单位：')).toBeNull();
  });
});
