import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { runCli } from './run-cli';

/**
 * `import --columns` (指定列): a table whose header the importer cannot read is refused with its first
 * rows shown under their column letters and the option's form; with the columns chosen it imports,
 * writes a ledger, and says in a 提示 how it was read. A malformed option is the user's error (exit 2).
 */
let dir = '';
let file = '';
const ROWS = [
  ['2025年某区民生实事任务分解表'],
  ['编码', '条目', '哪家办', '几时办结', '附注'],
  ['1', '改造老旧小区12个', '区住建局', '2025年10月底前', '含加装电梯'],
  ['2', '新建公办幼儿园2所', '区教育局', '2025年8月底前', ''],
  ['3', '新增停车泊位500个', '区城管局、区交警大队', '年底前', ''],
];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'task-ledger-columns-'));
  file = path.join(dir, '安排表.txt');
  fs.writeFileSync(file, ROWS.map((r) => r.join('\t')).join('\n'));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('refuses the table, showing its first rows and how to choose its columns', async () => {
  const r = await runCli('import', file);
  expect(r.code).toBe(2);
  expect(r.stderr).toBe([
    `错误：${file}：没有找到表头行：应有“工作任务”（或“任务内容”“主要任务”“重点任务”）及“牵头单位”“完成时限”等列名`,
    '表格的前几行如下，可用 --columns 指定各列后再导入，如 --columns 表头=2,任务=B,牵头=C,时限=D：',
    '  第1行  A:2025年某区民生实事任务分解表',
    '  第2行  A:编码 | B:条目 | C:哪家办 | D:几时办结 | E:附注',
    '  第3行  A:1 | B:改造老旧小区12个 | C:区住建局 | D:2025年10月底前 | E:含加装电梯',
    '  第4行  A:2 | B:新建公办幼儿园2所 | C:区教育局 | D:2025年8月底前',
    '  第5行  A:3 | B:新增停车泊位500个 | C:区城管局、区交警大队 | D:年底前',
    '（本程序猜测：--columns 表头=2,序号=A,工作任务=B,责任单位=C,完成时限=D）',
    '',
  ].join('\n'));
});

it('imports by the chosen columns (letters or numbers, full or short names) and writes the ledger', async () => {
  const out = path.join(dir, '台账.xlsx');
  const r = await runCli('import', file, '--columns', '表头=2，序号=A，任务=B，牵头单位=3，时限=d', '-o', out);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('共 3 项任务');
  expect(r.stdout).toContain('[提示] 按指定的列读取：序号＝第1列，工作任务＝第2列，牵头单位＝第3列，完成时限＝第4列；其余有内容的列写入“备注”');
  const { ledger } = await readLedgerXlsx(fs.readFileSync(out), '台账.xlsx');
  expect(ledger!.tasks.map((t) => [t.task, t.leadUnits, t.deadline.due, t.note ?? ''])).toEqual([
    ['改造老旧小区12个', ['区住建局'], '2025-10-31', '附注：含加装电梯'],
    ['新建公办幼儿园2所', ['区教育局'], '2025-08-31', ''],
    ['新增停车泊位500个', ['区城管局', '区交警大队'], '2025-12-31', ''],
  ]);
});

it.each([
  ['任务=B,牵头=C', '须写明表头所在的行，如“表头=2”（表中没有表头时写“表头=无”）'],
  ['表头=2,任务=B,谁办=C', '不认识“谁办”，可用：表头、序号、工作类别、工作任务、具体要求、牵头单位、责任单位、完成时限、备注、工作表'],
  ['表头=2,任务=B,任务=C', '“工作任务”指定了两次'],
  ['表头=2,任务', '“任务”应写成“名称=列”'],
  ['表头=2,任务=第0列', '列“第0列”应为列字母或从1起的列号，如“B”或“2”'],
])('rejects --columns %s naming why (exit 2)', async (value, why) => {
  const r = await runCli('import', file, '--columns', value);
  expect(r.code).toBe(2);
  expect(r.stderr).toBe(`错误：--columns“${value}”无法读取：${why}。写法如 --columns 表头=2,任务=B,牵头=C,时限=D\n`);
});

it('refuses columns the table cannot be read by, showing its rows again', async () => {
  const r = await runCli('import', file, '--columns', '表头=2,牵头=C,时限=D');
  expect(r.code).toBe(2);
  expect(r.stderr.split('\n').slice(0, 3)).toEqual([
    `错误：${file}：指定的列中没有“工作任务”（或“具体要求”）列，无法读出任务。请对照预览重新指定：每列至多一种内容，且须指定“工作任务”列`,
    '表格的前几行如下，可用 --columns 指定各列后再导入，如 --columns 表头=2,任务=B,牵头=C,时限=D：',
    '  第1行  A:2025年某区民生实事任务分解表',
  ]);
});
