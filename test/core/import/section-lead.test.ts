import { categoryLeadUnits } from '../../../src/core/import/section-lead';
import { checkCategoryCounts, statedTaskCount } from '../../../src/core/import/section-count';
import type { Task } from '../../../src/core/ledger/task';

describe('categoryLeadUnits', () => {
  it.each([
    ['县发改局牵头工作（3项）', ['县发改局']],
    ['县示范区管委会牵头工作(8项)', ['县示范区管委会']],
    ['县教体局、县卫健委牵头的任务', ['县教体局', '县卫健委']],
    ['区住建局负责事项', ['区住建局']],
    ['区财政局牵头', ['区财政局']],
    // Blind round 6, other wordings.
    ['县发改局牵头负责事项（共5项）', ['县发改局']],
    ['县财政局牵头任务清单', ['县财政局']],
    ['由县人社局牵头的重点工作（4条）', ['县人社局']],
    // Dev round 7p: a title closing in its units, a title of units only.
    ['推进城镇老旧小区改造（县住建局牵头）', ['县住建局']],
    ['提升停车便利（县城管局牵头，县公安局配合）', ['县城管局']],
    ['县发改局（2项）', ['县发改局']],
    ['城市建设（牵头单位：县住建局；配合单位：各乡镇）', ['县住建局']],
    ['城市管理（责任单位：县城管局、县公安局）', ['县城管局']],
    ['县教体局、县卫健委', ['县教体局', '县卫健委']],
    ['各乡镇（街道）', ['各乡镇（街道）']],
  ])('%s → %j', (title, units) => {
    expect(categoryLeadUnits(title)).toEqual(units);
  });

  it.each([
    ['坚持党委领导、政府负责'],
    ['深化重点领域信息公开'],
    ['强化牵头抓总'],
    ['加强统筹协调，各部门分工负责'],
    ['建设数字政府'],
    ['市场监管'],
    ['优化营商环境（共5项）'],
    ['县级公立医院改革'],
    [''],
  ])('%s names no lead', (title) => {
    expect(categoryLeadUnits(title)).toBeNull();
  });

  it('is null for no title', () => {
    expect(categoryLeadUnits(undefined)).toBeNull();
  });
});

describe('statedTaskCount', () => {
  it.each([
    ['县发改局牵头工作（3项）', 3],
    ['财政信息公开(12项)', 12],
    ['民生实事（共10项）', 10],
    ['作风建设（三项）', 3],
    ['深化重点领域信息公开', null],
    ['完成项目（3项）建设', null],
  ])('%s → %s', (title, count) => {
    expect(statedTaskCount(title)).toBe(count);
  });
});

describe('checkCategoryCounts', () => {
  const task = (id: string, title: string, row: number, sub?: string): Task => ({
    id, category: { no: Number(id[0]), title }, ...(sub ? { subcategory: { no: 1, title: sub } } : {}),
    task: `任务${id}`, leadUnits: ['区财政局'], coUnits: [], deadline: { kind: 'ongoing', text: '持续推进', due: null }, source: { row },
  });

  it('warns on the first task of a section holding another number of tasks than its title says', () => {
    const tasks = [task('1-01', '县发改局牵头工作（3项）', 4), task('1-02', '县发改局牵头工作（3项）', 5), task('2-01', '县工信局牵头工作（1项）', 7, '技改（2项）')];
    expect(checkCategoryCounts(tasks)).toEqual([
      { level: 'warning', code: 'import.section-count', taskId: '1-01', field: 'category', row: 4,
        message: '板块“县发改局牵头工作（3项）”写明3项，实际读出2项任务', suggestion: '请对照原表核对：是否有任务被分页截断、两行合成了一行或漏读' },
      { level: 'warning', code: 'import.section-count', taskId: '2-01', field: 'category', row: 7,
        message: '板块“技改（2项）”写明2项，实际读出1项任务', suggestion: '请对照原表核对：是否有任务被分页截断、两行合成了一行或漏读' },
    ]);
  });

  it('says nothing when the counts agree or no title counts', () => {
    expect(checkCategoryCounts([task('1-01', '县发改局牵头工作（1项）', 4), task('2-01', '民生', 5)])).toEqual([]);
  });
});
