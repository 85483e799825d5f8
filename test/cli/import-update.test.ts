import { promises as fs } from 'fs';
import * as path from 'path';
import { planReturns } from '../../src/core/distribute';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { writeReturnXlsx } from '../../src/xlsx/write-return';
import { fillReturn } from '../support/returns-fill';
import { ADDED, REMOVED, REWORDED, revisedBreakdown } from '../support/revised-breakdown';
import { FIXTURE } from '../xlsx/fixture-ledger';
import { tempDir } from './ledger-files';
import { runCli } from './run-cli';

async function readLedger(file: string) {
  return (await readLedgerXlsx(await fs.readFile(file), path.basename(file))).ledger!;
}

/** A ledger imported and distributed; three units fill their returns; then the breakdown is revised. */
async function setUp() {
  const dir = await tempDir('update-');
  const original = path.join(dir, '分解表.txt');
  await fs.copyFile(FIXTURE, original);
  const ledgerFile = path.join(dir, '台账.xlsx');
  expect((await runCli('import', original, '-o', ledgerFile)).code).toBe(0);
  const ledger = await readLedger(ledgerFile);
  const id = (text: string) => ledger.tasks.find((t) => t.task === text)!.id;
  expect([id(REWORDED.before), id(REMOVED)]).toEqual(['2-03', '2-05']);
  const plans = planReturns(ledger, { round: '2024-09' }).returns;
  const blank = (unit: string) => writeReturnXlsx(plans.find((p) => p.unit === unit)!, '2024-09-10T09:00:00+08:00');
  const inbox = path.join(dir, '收到的报送表');
  await fs.mkdir(inbox);
  await fs.writeFile(path.join(inbox, '区自然资源局.xlsx'), await fillReturn(await blank('区自然资源局'), { '2-03': { status: '推进中', progress: '试点方案已报区政府' } }));
  await fs.writeFile(path.join(inbox, '区财政局.xlsx'), await fillReturn(await blank('区财政局'), {
    '1-03': { status: '已完成', progress: '已公开政府采购支持中小企业政策' },
    '2-05': { status: '推进中', progress: '按季度公开民生实事执行情况' },
  }));
  await fs.writeFile(path.join(inbox, '区市场监管局.xlsx'), await fillReturn(await blank('区市场监管局'), { '1-04': { status: '已完成', progress: '已公示企业信用信息1200条' } }));
  const revised = path.join(dir, '分解表（修订）.txt');
  await fs.writeFile(revised, revisedBreakdown());
  return { dir, ledgerFile, inbox, revised, ledger };
}

describe('task-ledger import --update', () => {
  it('updates the ledger in place, keeping its identity, so that returns sent before merge onto the matched tasks', async () => {
    const { dir, ledgerFile, inbox, revised, ledger } = await setUp();
    const run = await runCli('import', revised, '--update', ledgerFile);
    expect(run.code).toBe(0);
    const tail = run.stdout.slice(run.stdout.indexOf('已按新的分解表')).split('\n');
    expect(tail.slice(0, 7)).toEqual([
      '已按新的分解表更新任务台账（台账标识不变，已发出的报送表仍可合并）：新增 1 项、删除 1 项、修改 1 项。',
      '新增：',
      `  2-10 ${ADDED}`,
      '删除：',
      `  2-05 ${REMOVED}`,
      '修改：',
      `  2-03 ${REWORDED.after}（改了：工作任务）`,
    ]);
    expect(tail[7]).toMatch(/^已备份原台账：.*台账\.备份-\d{8}-\d{6}\.xlsx$/);
    expect(tail.slice(8)).toEqual([`已写入台账：${ledgerFile}`, '']);
    const updated = await readLedger(ledgerFile);
    expect(updated.meta).toEqual(ledger.meta);
    expect(updated.tasks.find((t) => t.id === '2-03')!.task).toBe(REWORDED.after);
    expect(updated.tasks.find((t) => t.id === '2-10')!.task).toBe(ADDED);
    expect(updated.tasks.some((t) => t.id === '2-05')).toBe(false);
    expect((await fs.readdir(dir)).filter((f) => f.includes('备份'))).toHaveLength(1);

    const merge = await runCli('merge', ledgerFile, inbox, '--json');
    const json = JSON.parse(merge.stdout);
    const files = json.files as Array<{ file: string; status: string; updated: number; errors: Array<{ code: string; message: string }>; warnings: Array<{ code: string; row: number; cell: string; message: string }>; conflicts: Array<{ code: string; taskId: string }> }>;
    expect(files.map((f) => [f.file, f.status, f.updated])).toEqual([
      ['区市场监管局.xlsx', 'merged', 1],
      ['区自然资源局.xlsx', 'merged', 1],
      ['区财政局.xlsx', 'partial', 1],
    ]);
    expect(merge.stdout).not.toContain('来自另一本台账');
    // A return sent before the rewording still shows the office's old task text: no edit of the unit's.
    expect(files[1].conflicts).toEqual([]);
    expect(merge.stdout).not.toContain('被改为');
    // A report on a task the revision removed has no task to land on: said so, row by row.
    expect(files[2].warnings).toMatchObject([{ code: 'row.unknown-id', row: 6, cell: 'A6', message: '「区财政局.xlsx」工作表「报送表」第 6 行 A6 单元格：任务编号「2-05」在台账中不存在，本行未合并。' }]);
    const merged = await readLedger(ledgerFile);
    const t = (id: string) => merged.tasks.find((x) => x.id === id)!;
    expect([t('2-03').status, t('2-03').progress]).toEqual(['推进中', '试点方案已报区政府']);
    expect(t('2-03').unitReports['区自然资源局'].progress).toBe('试点方案已报区政府');
    expect([t('1-03').unitReports['区财政局'].status, t('1-04').status]).toEqual(['已完成', '已完成']);
  });

  it('prints the same report in JSON, tasks under their ledger IDs', async () => {
    const { ledgerFile, revised } = await setUp();
    const run = await runCli('import', revised, '--update', ledgerFile, '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.update).toEqual({
      added: [{ id: '2-10', task: ADDED }],
      removed: [{ id: '2-05', task: REMOVED, keptReports: 0 }],
      changed: [{ id: '2-03', task: REWORDED.after, fields: ['task'] }],
    });
    expect(json.output).toBe(ledgerFile);
    expect(path.basename(json.backup)).toMatch(/^台账\.备份-\d{8}-\d{6}\.xlsx$/);
    expect(json.tasks.map((t: { id: string }) => t.id)).toEqual((await readLedger(ledgerFile)).tasks.map((t) => t.id));
  });

  it('keeps reports merged before the revision: on matched tasks, and on removed ones in 单位报送', async () => {
    const { ledgerFile, inbox, revised } = await setUp();
    await runCli('merge', ledgerFile, inbox);
    const run = await runCli('import', revised, '--update', ledgerFile);
    expect(run.stdout).toContain(`  2-05 ${REMOVED}（1 个单位的报送保留在“单位报送”中）`);
    const updated = await readLedger(ledgerFile);
    expect(updated.tasks.find((t) => t.id === '2-03')!.unitReports['区自然资源局'].progress).toBe('试点方案已报区政府');
    expect(updated.orphanReports!.map((o) => [o.taskId, o.report.unit, o.report.progress])).toEqual([['2-05', '区财政局', '按季度公开民生实事执行情况']]);
    expect(updated.changes.length).toBeGreaterThan(0);
    // The merge made before the revision can still be undone.
    const undo = await runCli('undo', ledgerFile);
    expect(undo.code).toBe(0);
    const undone = await readLedger(ledgerFile);
    expect([undone.tasks.find((t) => t.id === '2-03')!.unitReports, undone.orphanReports]).toEqual([{}, undefined]);
    // The office's own revision stays in 变更记录 (undo takes back merges only), with the text it replaced.
    expect(undone.changes.map((c) => [c.unit, c.taskId, c.field, c.oldValue, c.newValue, c.sourceFile])).toEqual([
      ['（分解表修订）', '2-03', '工作任务', REWORDED.before, REWORDED.after, '分解表（修订）.txt'],
    ]);
  });

  it('refuses --update together with -o (exit 2)', async () => {
    const { dir, ledgerFile, revised } = await setUp();
    const run = await runCli('import', revised, '--update', ledgerFile, '-o', path.join(dir, '新.xlsx'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--update 直接更新已有台账，不能与 -o 同时使用');
  });
});
