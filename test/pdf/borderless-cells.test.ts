import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBreakdown } from '../../src/cli/load-breakdown';
import { sofficeConvert } from '../xlsx/libreoffice';

/**
 * Dev round 7t: a table printed without lines whose last column (`备注`) is blank in every row, so
 * that no strip of blank space shows it apart from `完成时限`, and whose 主要工作 cell holds
 * paragraphs taller than the row's other cells (the first paragraph stands above the centred task).
 * Wordings of our own; LibreOffice Writer prints the HTML as an office's attachment is.
 */
const html = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body>
<p>某县2023年为民办实事任务分解表</p>
<table border="0" cellpadding="4" cellspacing="0"><thead><tr><th colspan="2">工作任务</th><th>责任单位</th><th>主要工作</th><th>完成时限</th><th>备注</th></tr></thead>
<tbody><tr><td rowspan="2">一、改善群众出行条件。</td><td>1.新建公交首末站。</td><td>县交通运输局</td><td><p>1.完成两处首末站选址和用地报批。</p><p>2.完成首末站主体工程建设，配套建设充电桩、候车亭和调度用房。</p><p>3.首末站建成后同步调整公交线路，方便周边群众出行。</p></td><td>11月底</td><td></td></tr>
<tr><td>2.更新新能源公交车。</td><td>县交通运输局</td><td>更新新能源公交车二十辆。</td><td>12月底</td><td></td></tr></tbody></table>
</body></html>
`;

let pdf = '';
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-borderless-'));
  writeFileSync(join(dir, 'shishi.html'), html);
  pdf = (await sofficeConvert(join(dir, 'shishi.html'), 'pdf:writer_pdf_Export', dir, 'HTML (StarWriter)')).output;
});

it('reads a blank last column apart from the deadline, and a tall cell’s paragraphs as one row', async () => {
  const { tasks } = await loadBreakdown(pdf);
  expect(tasks.map((t) => [t.category.title, t.task, t.leadUnits, t.deadline.due, (t.requirement ?? '').split('\n').length])).toEqual([
    ['改善群众出行条件', '1.新建公交首末站。', ['县交通运输局'], '2023-11-30', 3],
    ['改善群众出行条件', '2.更新新能源公交车。', ['县交通运输局'], '2023-12-31', 1],
  ]);
});

// Beyond the corpus: a narrow 序号 column whose name touches the next one's (`序号 ` then `任务类别`),
// and a note set under the whole table: the columns are told apart all the same.
const narrow = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body>
<p>某县2023年重点任务分解表</p>
<table border="0" cellpadding="4" cellspacing="0">
<tr><td>序号</td><td>任务类别</td><td>工作内容</td><td>责任单位</td><td>完成时间</td></tr>
<tr><td>1</td><td>项目建设</td><td>开工建设县城污水处理厂提标改造工程。</td><td>县住建局</td><td>2023年6月</td></tr>
<tr><td>2</td><td>乡村振兴</td><td>完成高标准农田建设2万亩。</td><td>县农业农村局、各乡镇人民政府</td><td>年底前</td></tr>
<tr><td colspan="5">注：责任单位中排在第一位的为牵头单位。</td></tr>
</table>
</body></html>
`;

it('tells a narrow 序号 column from the next one under a note spanning the table', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-narrow-'));
  writeFileSync(join(dir, 'narrow.html'), narrow);
  const file = (await sofficeConvert(join(dir, 'narrow.html'), 'pdf:writer_pdf_Export', dir, 'HTML (StarWriter)')).output;
  const { tasks } = await loadBreakdown(file);
  expect(tasks.map((t) => [t.category.title, t.task, t.leadUnits, t.deadline.due])).toEqual([
    ['项目建设', '开工建设县城污水处理厂提标改造工程。', ['县住建局'], '2023-06-30'],
    ['乡村振兴', '完成高标准农田建设2万亩。', ['县农业农村局'], '2023-12-31'],
  ]);
});
