import { execFileSync, spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { FIXTURE, TASKS } from '../core/import/fixture-expected';
import { fixtureGrid, fixtureRows, TITLE } from '../core/import/fixture-table';
import { buildDocx } from '../docx/build-docx';
import { ensureCompiledCli } from './compiled-cli';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'task-ledger.js');
let dir: string;

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(...args: string[]) {
  const r = run('import', ...args, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

beforeAll(() => {
  ensureCompiledCli();
  expect(existsSync(path.join(ROOT, 'dist', 'cli', 'import-command.js'))).toBe(true);
  dir = mkdtempSync(path.join(tmpdir(), 'task-ledger-import-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('task-ledger import', () => {
  it('prints the fixture as the issue’s JSON', () => {
    const out = json(FIXTURE);
    expect(out.planYear).toBe(2024);
    expect(out.title).toBe(TITLE);
    expect(out.tasks).toHaveLength(48);
    expect(out.tasks[0]).toEqual({
      id: '1-01', category: { no: 1, title: '聚焦高质量发展推进信息公开' }, task: TASKS[0][2],
      leadUnits: ['区工信局', '区发改委', '区大数据管理中心', '区科技局', '区文广旅局', '区商务局'], coUnits: [],
      deadline: { text: '持续推进', kind: 'ongoing', due: null }, row: 22,
    });
    expect(out.tasks.map((t: { id: string }) => t.id)).toEqual(TASKS.map(([id]) => id));
    expect(out.tasks.find((t: { id: string }) => t.id === '8-01').deadline).toEqual({ text: '8月底前', kind: 'date', due: '2024-08-31' });
    expect(out.findings).toHaveLength(17);
    expect(out.findings[0]).toEqual({
      level: 'info', code: 'import.unit-alias', taskId: '2-06', field: 'leadUnits',
      message: '任务2-06的牵头单位“城管局”是单位名录中“区城管局”的别称，已改为“区城管局”', suggestion: null, fix: null,
      file: 'guangfeng-2024-breakdown.txt', row: 31,
    });
  });

  it('prints a Chinese summary without --json', () => {
    const r = run('import', FIXTURE);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['2024年广丰区政务公开工作任务分解表（计划年度：2024年）', '共 48 项任务，12 个板块：', '  一、聚焦高质量发展推进信息公开：4 项']);
    expect(lines).toContain('  八、持续推进基层政务公开标准化规范化建设：3 项');
    expect(lines).toContain('发现 17 个问题（错误 0，警告 16，提示 1）：');
    expect(lines).toContain('  [提示] 2-06 第31行 任务2-06的牵头单位“城管局”是单位名录中“区城管局”的别称，已改为“区城管局”');
  });

  it('reads GB18030-encoded text, .docx and .xlsx into the same tasks', async () => {
    const expected = json(FIXTURE).tasks.map((t: { row: number }) => ({ ...t, row: undefined }));
    const strip = (tasks: Array<{ row: number }>) => tasks.map((t) => ({ ...t, row: undefined }));

    const gbk = path.join(dir, 'gbk.txt');
    writeFileSync(gbk, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030', FIXTURE]));
    expect(readFileSync(gbk).includes(Buffer.from('工作任务'))).toBe(false);
    expect(strip(json(gbk).tasks)).toEqual(expected);

    const docx = path.join(dir, '分解表.docx');
    const rows = fixtureRows();
    writeFileSync(docx, await buildDocx([
      { paragraph: TITLE },
      { table: [[{ text: '类别' }, { text: '工作任务' }, { text: '牵头单位' }, { text: '完成时限' }],
        ...rows.map((r) => [{ text: r.category, vMerge: r.category ? 'restart' as const : 'continue' as const }, { text: r.task }, { text: r.lead }, { text: r.deadline }])] },
    ]));
    expect(strip(json(docx).tasks)).toEqual(expected);

    const xlsx = path.join(dir, '分解表.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('分解表');
    fixtureGrid().forEach((row) => sheet.addRow(row));
    await workbook.xlsx.writeFile(xlsx);
    const fromXlsx = json(xlsx);
    expect(strip(fromXlsx.tasks)).toEqual(expected);
    expect(fromXlsx.findings[0]).toMatchObject({ file: '分解表.xlsx', sheet: '分解表', row: 12, cell: 'C12' });
  });

  it('takes the breakdown from the first sheet that holds one, behind a cover sheet and a hidden sheet', async () => {
    const expected = json(FIXTURE).tasks.map((t: { row: number }) => ({ ...t, row: undefined }));
    const xlsx = path.join(dir, '带封面的分解表.xlsx');
    const workbook = new ExcelJS.Workbook();
    const cover = workbook.addWorksheet('说明');
    cover.addRow(['填报说明：请各单位于每月25日前报送。']);
    const hidden = workbook.addWorksheet('旧表', { state: 'hidden' });
    hidden.addRow(['工作任务', '牵头单位', '完成时限']);
    hidden.addRow(['旧任务。', '区财政局', '年底前']);
    const sheet = workbook.addWorksheet('分解表');
    fixtureGrid().forEach((row) => sheet.addRow(row));
    await workbook.xlsx.writeFile(xlsx);
    const result = json(xlsx);
    expect(result.tasks.map((t: { row: number }) => ({ ...t, row: undefined }))).toEqual(expected);
    expect(result.findings[0]).toMatchObject({ sheet: '分解表', cell: 'C12' });

    const noTable = path.join(dir, '只有说明.xlsx');
    const notes = new ExcelJS.Workbook();
    notes.addWorksheet('说明').addRow(['这里没有表格']);
    notes.addWorksheet('备注').addRow(['也没有']);
    await notes.xlsx.writeFile(noTable);
    const r = run('import', noTable, '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${noTable}：没有找到表头行`);
  });

  it('takes --year over the document and needs it when the document has none', () => {
    const overridden = json(FIXTURE, '--year', '2025');
    expect(overridden.planYear).toBe(2025);
    expect(overridden.tasks.find((t: { id: string }) => t.id === '8-01').deadline).toEqual({ text: '8月底前', kind: 'date', due: '2025-08-31' });
    expect(overridden.findings[0].message).toBe('文件标明的年度为2024年，按指定的2025年处理');
    const noYear = path.join(dir, 'no-year.txt');
    writeFileSync(noYear, '工作任务\t牵头单位\t完成时限\n公开预算。\t区财政局\t8月底前\n');
    const r = run('import', noYear, '--json');
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `错误：${noYear}：未能从文件中读出计划年度，请用 --year 指定，如 --year 2024\n`]);
    expect(json(noYear, '--year', '2024').tasks[0].deadline).toEqual({ text: '8月底前', kind: 'date', due: '2024-08-31' });
  });

  it.each([
    ['a missing file', 'missing.txt', null, (f: string) => `找不到文件：${f}`],
    ['a .docx that is not one', 'fake.docx', 'just text', (f: string) => `${f}：不是有效的 .docx 文件（无法作为 zip 压缩包打开）`],
    ['an .xlsx that is not one', 'fake.xlsx', 'just text', (f: string) => `${f}：不是有效的 .xlsx 文件（无法打开工作簿）`],
    ['a .doc that is not one', 'old.doc', 'whatever', (f: string) => `${f}：不是有效的 .doc 文件（文件内容与扩展名不符）`],
    ['an .ods that is not one', 'fake.ods', 'whatever', (f: string) => `${f}：不是有效的 .ods 文件（文件内容与扩展名不符）`],
    ['an old Office file under another name', 'old.dat', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]),
      (f: string) => `${f}：不支持旧版 Office 格式（.doc/.xls），请用 Word/WPS/Excel 另存为 .docx 或 .xlsx 后再导入`],
    ['an .ofd', 'tongzhi.ofd', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]),
      (f: string) => `${f}：OFD 版式文件不能直接读取。请用数科 OFD 阅读器、WPS 或福昕阅读器打开，导出为 PDF（或另存为 .docx）后再导入`],
    ['a binary file', 'image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), (f: string) => `${f}：不是文本文件，也不是 .docx 或 .xlsx`],
    ['an empty file', 'empty.txt', '', (f: string) => `${f}：文件中没有找到表格内容`],
    ['a text without a table header', 'notice.txt', '关于做好2024年政务公开工作的通知\n请各单位认真落实。\n',
      (f: string) => `${f}：没有找到表头行：应有“工作任务”（或“任务内容”“主要任务”“重点任务”）及“牵头单位”“完成时限”等列名`],
  ])('rejects %s with exit code 2 and a Chinese message naming it', (_what, name, content, message) => {
    const file = path.join(dir, name);
    if (content !== null) writeFileSync(file, content);
    const r = run('import', file, '--json');
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `错误：${message(file)}\n`]);
  });

  it('rejects a malformed --year', () => {
    const r = run('import', FIXTURE, '--year', '24');
    expect([r.code, r.stderr]).toEqual([2, '错误：--year 应为四位年份，如 --year 2024（收到“24”）\n']);
  });
});
