import { importBreakdown } from '../../../src/core/import';
import { partKnownNames } from '../../../src/core/import/unit-cells';

/**
 * Unit names run together with nothing between (`综合股县档案馆`), as a page's text gives a cell
 * whose names stood a line each: parted where the table gives each name on its own elsewhere.
 */
describe('partKnownNames: names run together that the table gives apart elsewhere', () => {
  it('parts a run of two or three names each listed on its own in another cell', () => {
    const { part, parted } = partKnownNames(['综合股\n县档案馆', '综合股县档案馆', '规划股', '县测绘站', '城建监察大队', '规划股城建监察大队县测绘站']);
    expect(part('综合股县档案馆')).toBe('综合股、县档案馆');
    expect(part('规划股城建监察大队县测绘站')).toBe('规划股、城建监察大队、县测绘站');
    expect([...parted.keys()]).toEqual(['综合股县档案馆', '规划股城建监察大队县测绘站']);
  });

  it('keeps a name whole that the table never gives apart', () => {
    const { part } = partKnownNames(['县委', '县委办公室', '县农业农村局', '县农业农村局畜牧站']);
    expect(part('县委办公室')).toBe('县委办公室');
    expect(part('县农业农村局畜牧站')).toBe('县农业农村局畜牧站');
  });

  it('reads the first of the parted names as the lead of a 责任 column, and says it parted them', () => {
    const text = [
      '某县档案局2020年工作任务表',
      '序号', '工作任务', '完成时限', '责任股室',
      '1', '完成馆藏档案数字化扫描20万页。', '9月底前', '综合股', '县档案馆',
      '2', '开展档案安全专项检查2次。', '11月底前', '综合股县档案馆',
      '3', '指导乡镇规范档案室建设。', '12月底前', '业务指导股',
    ].join('\n');
    const result = importBreakdown({ kind: 'text', text });
    expect(result.tasks.map((t) => [t.leadUnits.join('、'), t.coUnits.join('、')])).toEqual([
      ['综合股', '县档案馆'], ['综合股', '县档案馆'], ['业务指导股', ''],
    ]);
    const run = result.findings.filter((f) => f.code === 'import.names-run-together');
    expect(run.map((f) => [f.level, f.message])).toEqual([['info', '“综合股县档案馆”按本表别处的写法读作“综合股”“县档案馆”两个单位']]);
  });
});
