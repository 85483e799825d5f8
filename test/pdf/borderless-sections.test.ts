import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBreakdown } from '../../src/cli/load-breakdown';
import { sofficeConvert } from '../xlsx/libreoffice';

/**
 * Dev round 8t: a table printed without lines (a department's extract of a larger table) whose
 * section titles, each set over the whole width, follow one another with no row between them, and
 * whose rows keep the larger table's numbers. Each title crosses every strip of blank space, and
 * they outnumber the rows: the columns must still be found, and each title stand as a row of its
 * own. Wordings of our own; LibreOffice Writer prints the HTML as an office's attachment is.
 */
const section = (title: string) => `<tr><td colspan="4">${title}</td></tr>`;
const html = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body>
<p>某区卫健委2024年政府工作报告重点任务分解表</p>
<table border="0" cellpadding="4" cellspacing="0"><thead><tr><th>序号</th><th>重点工作任务</th><th>主要责任单位</th><th>协同配合单位</th></tr></thead>
<tbody>${section('一、2024年经济社会发展主要预期目标')}
<tr><td>5</td><td>居民人均预期寿命稳步提高。</td><td>区卫健委</td><td>区医保局、区民政局，各街道办事处。</td></tr>
${section('二、着力扩大有效投资，增强发展后劲')}
${section('三、着力培育产业集群，壮大实体经济')}
${section('四、着力深化改革开放，激发市场活力')}
${section('五、着力增进民生福祉，提升群众获得感')}
<tr><td>41</td><td>推进紧密型县域医共体建设，新建社区卫生服务站三个。</td><td>区卫健委</td><td>区财政局、区住建局，各街道办事处。</td></tr>
<tr><td>42</td><td>做好适龄妇女两癌免费筛查。</td><td>区卫健委</td><td>区妇联。</td></tr></tbody></table>
</body></html>
`;

it('reads section titles over the width, one after another, as rows of their own beside the numbered rows', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-sections-'));
  writeFileSync(join(dir, 'sections.html'), html);
  const pdf = (await sofficeConvert(join(dir, 'sections.html'), 'pdf:writer_pdf_Export', dir, 'HTML (StarWriter)')).output;
  const { tasks } = await loadBreakdown(pdf);
  expect(tasks.map((t) => [t.category.title, t.task, t.leadUnits])).toEqual([
    ['2024年经济社会发展主要预期目标', '居民人均预期寿命稳步提高。', ['区卫健委']],
    ['着力增进民生福祉，提升群众获得感', '推进紧密型县域医共体建设，新建社区卫生服务站三个。', ['区卫健委']],
    ['着力增进民生福祉，提升群众获得感', '做好适龄妇女两癌免费筛查。', ['区卫健委']],
  ]);
});
