import { importBreakdown, type ImportResult } from '../../../src/core/import';
import { headerRole, indicatorSections, readHeaderColumns } from '../../../src/core/import/header';

/**
 * A web page's table whose 指标 cells and unit cells are merged down over several rows, as its page
 * text gives it: one cell a line, blank lines between, each merged cell stored once (in its first
 * row), the rows below giving only their own cells.
 */

/** Cells one a line, a blank line after each. */
function page(title: string, cells: readonly string[]): string {
  return [title, '', ...cells.flatMap((c) => [c, ''])].join('\n');
}

function summary(result: ImportResult): Array<[string, string, string, string, string]> {
  return result.tasks.map((t) => [t.category.title, t.subcategory?.title ?? '', t.task.slice(0, 8), t.leadUnits.join('、'), t.coUnits.join('、')]);
}

const errors = (r: ImportResult) => r.findings.filter((f) => f.level === 'error');

/** Three levels of 指标, numbered rows; units merged over the first section's groups, given row by row in the second (one row blank). */
const THREE_LEVELS = page('某县2023年营商环境建设任务清单', [
  '一级指标', '二级指标', '三级指标', '序号', '重点任务', '牵头、配合单位',
  '一、优化政务服务', '1.提升审批效率', '（1）压缩时限', '1', '将企业投资项目审批时限压缩至40个工作日以内。', '牵头单位:县行政审批局;配合单位:县发改局、各乡镇按职责分工负责',
  '2', '推行容缺受理，公布容缺事项清单。',
  '（2）网上办理', '3', '实现高频事项全程网办，网办率达到90%以上。',
  '2.规范中介服务', '4', '清理规范涉审中介服务事项，公布中介服务事项清单。', '牵头单位:县发改局',
  '5', '建设网上中介服务超市，实现中介服务网上交易。',
  '二、加强市场监管', '3.推进信用监管', '（1）分级分类', '6', '建立市场主体信用分级分类监管制度。', '县市场监管局',
  '7', '开展失信联合惩戒专项行动。', '县发改局',
  '8', '推行信用承诺制，建立承诺履约档案。',
  '9', '公开行政处罚信息，按时修复信用记录。', '县司法局',
]);

/** Two levels of 指标, no 序号; units merged over one section's rows, deadlines given row by row. */
const TWO_LEVELS = page('某镇2022年人居环境整治工作台账', [
  '一级指标', '二级指标', '工作任务', '牵头单位', '完成时限',
  '一、改善人居环境', '1.整治农村垃圾', '建立村庄保洁制度，配齐保洁人员。', '镇城管办', '2022年6月底前',
  '推进垃圾分类试点村建设。', '2022年9月底前',
  '开展垃圾清运专项检查。', '2022年12月底前',
  '2.改造农村厕所', '完成改厕任务1200户。', '镇农业服务中心', '2022年10月底前',
  '建立改厕后续管护机制。', '镇卫生院', '2022年11月底前',
]);

describe('page text one cell a line: 指标 columns and merged cells stored once', () => {
  it('reads the levels of 指标 before the task column as its sections, not after it', () => {
    expect([...indicatorSections(['一级指标', '二级指标', '三级指标', '序号', '重点任务', '牵头单位'])]).toEqual([[0, 'category'], [1, 'subcategory']]);
    expect([...indicatorSections(['工作类别', '考核指标', '工作任务', '责任单位'])]).toEqual([[1, 'subcategory']]);
    expect([...indicatorSections(['序号', '工作任务', '考核指标', '责任单位'])]).toEqual([]);
    expect(readHeaderColumns({ row: 1, cells: ['序号', '工作任务', '考核指标', '责任单位'], breakBefore: false })?.unknown).toEqual([{ index: 2, name: '考核指标' }]);
  });

  it('reads a unit column naming the lead and the others in one (`牵头、配合单位`) as the lead column', () => {
    expect(headerRole('牵头、责任部门')).toBe('lead');
    expect(headerRole('牵头单位、配合单位')).toBe('lead');
    expect(headerRole('责任单位、配合单位')).toBeNull();
  });

  it('gives each row the sections and the unit merged above it, where the unit cell was stored once for its group', () => {
    const result = importBreakdown({ kind: 'text', text: THREE_LEVELS });
    expect(errors(result)).toEqual([]);
    expect(summary(result)).toEqual([
      ['优化政务服务', '提升审批效率', '将企业投资项目审', '县行政审批局', '县发改局、各乡镇'],
      ['优化政务服务', '提升审批效率', '推行容缺受理，公', '县行政审批局', '县发改局、各乡镇'],
      ['优化政务服务', '提升审批效率', '实现高频事项全程', '县行政审批局', '县发改局、各乡镇'],
      ['优化政务服务', '规范中介服务', '清理规范涉审中介', '县发改局', ''],
      ['优化政务服务', '规范中介服务', '建设网上中介服务', '县发改局', ''],
      ['加强市场监管', '推进信用监管', '建立市场主体信用', '县市场监管局', ''],
      ['加强市场监管', '推进信用监管', '开展失信联合惩戒', '县发改局', ''],
      // Units given row by row in this section: the blank one is no merged cell.
      ['加强市场监管', '推进信用监管', '推行信用承诺制，', '', ''],
      ['加强市场监管', '推进信用监管', '公开行政处罚信息', '县司法局', ''],
    ]);
    const merged = result.findings.filter((f) => f.code === 'import.merged-cell-below');
    expect(merged.map((f) => f.level)).toEqual(['info']);
    expect(merged[0].message).toContain('牵头、配合单位');
  });

  it('reads the same in a table without 序号, its deadlines given row by row', () => {
    const result = importBreakdown({ kind: 'text', text: TWO_LEVELS });
    expect(errors(result)).toEqual([]);
    expect(summary(result).map(([c, s, t, lead]) => [c, s, t, lead])).toEqual([
      ['改善人居环境', '整治农村垃圾', '建立村庄保洁制度', '镇城管办'],
      ['改善人居环境', '整治农村垃圾', '推进垃圾分类试点', '镇城管办'],
      ['改善人居环境', '整治农村垃圾', '开展垃圾清运专项', '镇城管办'],
      ['改善人居环境', '改造农村厕所', '完成改厕任务12', '镇农业服务中心'],
      ['改善人居环境', '改造农村厕所', '建立改厕后续管护', '镇卫生院'],
    ]);
    expect(result.tasks.map((t) => t.deadline.due)).toEqual(['2022-06-30', '2022-09-30', '2022-12-31', '2022-10-31', '2022-11-30']);
  });

  it('reads rows of task text only, no 序号 and the unit cell merged over the section, as rows of their own', () => {
    const text = page('某街道2021年平安建设工作台账', [
      '一级指标', '二级指标', '主要任务', '牵头、责任部门',
      '一、夯实基层基础', '1.健全网格管理', '完善网格划分，按照每300户左右配备一名专职网格员的标准配齐人员。', '牵头单位:街道综治办;责任部门:各社区按职责分工落实',
      '建立网格员考核办法，每季度通报考核结果，考核结果与绩效挂钩。',
      '推行网格事项准入制度，未经审核的事项一律不得交由网格员办理。',
      '二、化解矛盾纠纷', '2.排查调处纠纷', '每月开展一次矛盾纠纷集中排查，建立排查台账并逐件销号。', '牵头单位:街道司法所;责任部门:街道信访办',
      '推进人民调解组织规范化建设，调解成功率达到95%以上。',
    ]);
    const result = importBreakdown({ kind: 'text', text });
    expect(errors(result)).toEqual([]);
    expect(summary(result).map(([c, s, t, lead, co]) => [c, s, t, lead, co])).toEqual([
      ['夯实基层基础', '健全网格管理', '完善网格划分，按', '街道综治办', '各社区'],
      ['夯实基层基础', '健全网格管理', '建立网格员考核办', '街道综治办', '各社区'],
      ['夯实基层基础', '健全网格管理', '推行网格事项准入', '街道综治办', '各社区'],
      ['化解矛盾纠纷', '排查调处纠纷', '每月开展一次矛盾', '街道司法所', '街道信访办'],
      ['化解矛盾纠纷', '排查调处纠纷', '推进人民调解组织', '街道司法所', '街道信访办'],
    ]);
  });

  it('reads a labelled unit cell (`牵头单位:X;责任部门:Y`) as the unit column\'s, whatever its last name ends in, and merges it down', () => {
    const text = page('某镇2022年安全生产重点工作任务表', [
      '序号', '工作任务', '牵头、责任部门',
      '1', '开展燃气安全专项整治，排查餐饮场所燃气隐患。', '牵头单位:镇安监办;责任部门:各村按职责分工负责',
      '2', '组织企业主要负责人安全培训，培训率达到100%。',
      '3', '开展消防安全宣传月活动，发放宣传资料5000份。',
    ]);
    const result = importBreakdown({ kind: 'text', text });
    expect(errors(result)).toEqual([]);
    expect(result.tasks.map((t) => [t.task.slice(0, 8), t.leadUnits.join('、')])).toEqual([
      ['开展燃气安全专项', '镇安监办'], ['组织企业主要负责', '镇安监办'], ['开展消防安全宣传', '镇安监办'],
    ]);
    expect(result.findings.find((f) => f.code === 'import.merged-cell-below')?.message).toContain('第');
  });

  it('leaves a blank unit blank where the rows give their units one by one', () => {
    const text = page('某区2024年重点工作任务分解表', [
      '序号', '工作任务', '牵头单位',
      '1', '开展道路交通安全隐患排查整治。', '区交通运输局',
      '2', '推进老旧小区改造，完成改造12个。', '区住建局',
      '3', '建设社区养老服务站3个。',
      '4', '新增城镇就业岗位2000个。', '区人社局',
    ]);
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => t.leadUnits.join('、'))).toEqual(['区交通运输局', '区住建局', '', '区人社局']);
    expect(result.findings.filter((f) => f.code === 'import.merged-cell-below')).toEqual([]);
  });

  it('reads the 指标 levels of a sheet with merged cells as its sections too, a third level kept beside the task', () => {
    const rows = [
      ['某区2024年法治建设任务分解表', '', '', '', '', ''],
      ['一级指标', '二级指标', '三级指标', '序号', '主要任务', '牵头单位'],
      ['一、完善制度体系', '1.加强规范性文件管理', '（1）合法性审核', '1', '规范性文件合法性审核率达到100%。', '区司法局'],
      ['', '', '', '2', '建立规范性文件审核台账，按季度报送。', ''],
      ['', '2.推进科学民主决策', '（1）公众参与', '3', '重大行政决策事项公开征求意见，期限不少于30日。', '区政府办'],
      ['二、严格规范执法', '落实执法三项制度', '（1）公示制度', '4', '执法信息在作出决定后7个工作日内公示。', '区城管局'],
    ];
    const merges = [{ top: 2, left: 0, bottom: 4, right: 0 }, { top: 2, left: 1, bottom: 3, right: 1 }, { top: 2, left: 2, bottom: 3, right: 2 }, { top: 2, left: 5, bottom: 3, right: 5 }];
    const result = importBreakdown({ kind: 'grid', rows, merges });
    expect(errors(result)).toEqual([]);
    expect(summary(result).map(([c, s, t, lead]) => [c, s, t, lead])).toEqual([
      ['完善制度体系', '加强规范性文件管理', '规范性文件合法性', '区司法局'],
      ['完善制度体系', '加强规范性文件管理', '建立规范性文件审', '区司法局'],
      ['完善制度体系', '推进科学民主决策', '重大行政决策事项', '区政府办'],
      ['严格规范执法', '落实执法三项制度', '执法信息在作出决', '区城管局'],
    ]);
    expect(result.tasks[0].requirement).toBe('三级指标：（1）合法性审核');
  });

  it('reads the same table as `|` rows, its short rows lacking the merged cells', () => {
    const text = [
      '某县2023年营商环境建设任务清单',
      '| 一级指标 | 二级指标 | 序号 | 重点任务 | 牵头、配合单位 |',
      '| 一、优化政务服务 | 1.提升审批效率 | 1 | 将企业投资项目审批时限压缩至40个工作日以内。 | 牵头单位:县行政审批局;配合单位:县发改局 |',
      '| 2 | 推行容缺受理，公布容缺事项清单。 |',
      '| 3 | 实现高频事项全程网办，网办率达到90%以上。 |',
      '| 2.规范中介服务 | 4 | 清理规范涉审中介服务事项，公布中介服务事项清单。 | 牵头单位:县发改局 |',
      '| 5 | 建设网上中介服务超市，实现中介服务网上交易。 |',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(errors(result)).toEqual([]);
    expect(summary(result).map(([c, s, t, lead]) => [c, s, t, lead])).toEqual([
      ['优化政务服务', '提升审批效率', '将企业投资项目审', '县行政审批局'],
      ['优化政务服务', '提升审批效率', '推行容缺受理，公', '县行政审批局'],
      ['优化政务服务', '提升审批效率', '实现高频事项全程', '县行政审批局'],
      ['优化政务服务', '规范中介服务', '清理规范涉审中介', '县发改局'],
      ['优化政务服务', '规范中介服务', '建设网上中介服务', '县发改局'],
    ]);
  });
});
