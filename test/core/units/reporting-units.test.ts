import { reportingUnits } from '../../../src/core/units/reporting-units';

describe('reportingUnits', () => {
  it('keeps single units in order, without group names or repeats', () => {
    expect(reportingUnits({ leadUnits: ['区政府办', '区直各相关单位', '区大数据管理中心', '区政府办', '各乡镇（街道）'] }))
      .toEqual(['区政府办', '区大数据管理中心']);
    expect(reportingUnits({ leadUnits: ['区直各相关单位'] })).toEqual([]);
    expect(reportingUnits({ leadUnits: [] })).toEqual([]);
  });

  it('does not mutate the task', () => {
    const task = { leadUnits: ['区政府办', '区直各相关单位'] };
    reportingUnits(task);
    expect(task).toEqual({ leadUnits: ['区政府办', '区直各相关单位'] });
  });
});
