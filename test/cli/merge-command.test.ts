import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import { planReturns } from '../../src/core/distribute';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { writeReturnXlsx } from '../../src/xlsx/write-return';
import { truncated } from '../support/returns-bad-files';
import { fillReturn } from '../support/returns-fill';
import { GENERATED, fixtureLedger } from '../support/returns-scenario';
import { tempDir } from './ledger-files';
import { runCli } from './run-cli';

async function setUp() {
  const dir = await tempDir('merge-');
  const ledger = fixtureLedger();
  const ledgerFile = path.join(dir, '台账.xlsx');
  await fs.writeFile(ledgerFile, await writeLedgerXlsx(ledger));
  const plans = planReturns(ledger, { round: '2024-09' }).returns;
  const blank = (unit: string) => writeReturnXlsx(plans.find((p) => p.unit === unit)!, GENERATED);
  const inbox = path.join(dir, '收到的报送表');
  await fs.mkdir(inbox);
  await fs.writeFile(path.join(inbox, '区财政局.xlsx'), await fillReturn(await blank('区财政局'), { '2-05': { status: '推进中', progress: '按季度公开' } }));
  await fs.writeFile(path.join(inbox, '区自然资源局.xlsx'), await fillReturn(await blank('区自然资源局'), { '2-03': { status: '已完成', task: '改过的任务' } }, { also: (ws) => ws.unprotect() }));
  await fs.writeFile(path.join(inbox, '区医保局.xlsx'), truncated(await blank('区医保局')));
  await fs.writeFile(path.join(inbox, '~$区财政局.xlsx'), 'lock');
  await fs.writeFile(path.join(inbox, '说明.txt'), '不是报送表');
  const original = (await readLedgerXlsx(await fs.readFile(ledgerFile), '台账.xlsx')).ledger!;
  return { dir, ledgerFile, inbox, original };
}

async function readLedger(file: string) {
  return (await readLedgerXlsx(await fs.readFile(file), path.basename(file))).ledger!;
}

describe('task-ledger merge', () => {
  it('merges a folder of returns in place after a backup, and reports in JSON', async () => {
    const { dir, ledgerFile, inbox, original } = await setUp();
    const run = await runCli('merge', ledgerFile, inbox, '--json');
    expect(run.code).toBe(3);
    const json = JSON.parse(run.stdout);
    expect(json.files.map((f: { file: string; unit: string; status: string; updated: number }) => [f.file, f.unit, f.status, f.updated])).toEqual([
      ['区医保局.xlsx', '', 'rejected', 0],
      ['区自然资源局.xlsx', '区自然资源局', 'partial', 1],
      ['区财政局.xlsx', '区财政局', 'merged', 1],
    ]);
    expect(json.files[2].merged).toEqual([
      { taskId: '2-05', field: 'status', oldValue: '', newValue: '推进中' },
      { taskId: '2-05', field: 'progress', oldValue: '', newValue: '按季度公开' },
    ]);
    expect(json.files[2].unchanged).toEqual(['1-03']);
    expect(json.files[0].errors).toMatchObject([{ code: 'file.truncated', message: '「区医保局.xlsx」文件不完整（可能在下载或复制时中断），无法打开，请单位重新发送。' }]);
    expect(json.files[1].conflicts).toMatchObject([{
      code: 'field.not-owned', taskId: '2-03', row: 5, cell: 'C5',
      message: '「区自然资源局.xlsx」工作表「报送表」第 5 行 C5 单元格：任务 2-03 的工作任务被改为「改过的任务」（台账为「开展征地信息公开标准化规范化试点。」）。工作任务由台账管理员维护，未采用；如需修改请与办公室联系。',
    }]);
    expect(json.missingUnits).toHaveLength(21);
    expect(json.missingUnits).not.toContain('区直各相关单位');
    expect(json.changes).toBe(14);
    expect(json.recorded).toBe(6); // 变更记录 rows: 完成状态/进展情况 of 2-05 and 完成状态 of 2-03, each for the unit and the 任务台账 row
    expect(json.round).toBe('2024-09');
    const backup = json.backup as string;
    expect(path.dirname(backup)).toBe(dir);
    expect(path.basename(backup)).toMatch(/^台账\.备份-\d{8}-\d{6}\.xlsx$/);
    expect(await readLedger(backup)).toEqual(original);
    const merged = await readLedger(ledgerFile);
    const t = (id: string) => merged.tasks.find((x) => x.id === id)!;
    expect([t('2-05').status, t('2-05').progress, t('2-03').status, t('2-03').task]).toEqual(['推进中', '按季度公开', '已完成', '开展征地信息公开标准化规范化试点。']);
    expect(merged.changes).toHaveLength(14);

    const again = await runCli('merge', ledgerFile, inbox);
    expect(again.stdout.split('\n').slice(-2)).toEqual(['台账没有变化，未写入。', '']);
    expect(await readLedger(ledgerFile)).toEqual(merged);

    const undo = await runCli('undo', ledgerFile);
    expect(undo.code).toBe(0);
    expect(undo.stdout.split('\n')[0]).toMatch(/^已撤销合并批次 合并-\d{8}-\d{6}，恢复 14 条变更。$/);
    expect(await readLedger(ledgerFile)).toEqual(original);
    const nothing = await runCli('undo', ledgerFile);
    expect(nothing.stdout).toBe('变更记录中没有可撤销的合并。\n');
  });

  it('writes to -o and leaves the ledger alone; prints a Chinese summary', async () => {
    const { dir, ledgerFile, inbox, original } = await setUp();
    const out = path.join(dir, '合并后.xlsx');
    const run = await runCli('merge', ledgerFile, path.join(inbox, '区财政局.xlsx'), '-o', out);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('合并 1 个文件（轮次 2024-09）：已合并 1，部分合并 0，未合并 0；变更记录新增 4 条。');
    expect(lines[1]).toBe('  ✓ 区财政局.xlsx（区财政局）：已合并，更新 1 项任务，未变 1 项');
    expect(lines[2]).toMatch(/^催报名单（22 个单位未报送）：区工信局、区发改委、/);
    expect(lines[3]).toBe(`已写入台账：${out}`);
    expect(await readLedger(ledgerFile)).toEqual(original);
    expect((await readLedger(out)).tasks.find((x) => x.id === '2-05')!.status).toBe('推进中');
    expect((await fs.readdir(dir)).filter((n) => n.includes('备份'))).toEqual([]);
  });

  it('says so when there is nothing to merge', async () => {
    const { ledgerFile, dir } = await setUp();
    const empty = path.join(dir, 'empty');
    await fs.mkdir(empty);
    const run = await runCli('merge', ledgerFile, empty);
    expect([run.code, run.stderr]).toEqual([2, '错误：没有找到要合并的报送表（.xlsx 文件）\n']);
  });

  it('keeps a hyperlink the office typed into 佐证材料, and a unit’s, as hyperlink cells', async () => {
    const { dir, ledgerFile, original } = await setUp();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await fs.readFile(ledgerFile)) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('任务台账')!;
    const evidenceCol = (ws.getRow(1).values as unknown[]).indexOf('佐证材料');
    const rowOf = (id: string) => original.tasks.findIndex((t) => t.id === id) + 2;
    ws.getRow(rowOf('1-03')).getCell(evidenceCol).value = { text: '政务公开专栏', hyperlink: 'https://gov.example.cn/zl' };
    await fs.writeFile(ledgerFile, Buffer.from(await wb.xlsx.writeBuffer()));
    const inbox = path.join(dir, '链接');
    await fs.mkdir(inbox);
    const plan = planReturns(original, { round: '2024-09' }).returns.find((p) => p.unit === '区财政局')!;
    const link = { text: '纪要', hyperlink: 'https://gov.example.cn/a.pdf' };
    await fs.writeFile(path.join(inbox, '区财政局.xlsx'), await fillReturn(await writeReturnXlsx(plan, GENERATED), { '2-05': { status: '推进中', evidence: link } }));
    const run = await runCli('merge', ledgerFile, inbox);
    expect(run.code).toBe(0);
    const after = new ExcelJS.Workbook();
    await after.xlsx.load((await fs.readFile(ledgerFile)) as unknown as ExcelJS.Buffer);
    const cell = (id: string) => after.getWorksheet('任务台账')!.getRow(rowOf(id)).getCell(evidenceCol).value;
    expect(cell('1-03')).toEqual({ text: '政务公开专栏 https://gov.example.cn/zl', hyperlink: 'https://gov.example.cn/zl' });
    expect(cell('2-05')).toEqual({ text: '纪要 https://gov.example.cn/a.pdf', hyperlink: 'https://gov.example.cn/a.pdf' });
    const back = await readLedger(ledgerFile);
    expect(back.tasks.find((t) => t.id === '2-05')!.unitReports['区财政局'].evidence).toBe('纪要 https://gov.example.cn/a.pdf');
  });
});
