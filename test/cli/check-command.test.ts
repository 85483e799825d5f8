import { fixtureLedger } from '../xlsx/fixture-ledger';
import { tempDir, writeLedgerFile } from './ledger-files';
import { runCli } from './run-cli';

describe('task-ledger check', () => {
  it('re-runs the unit and deadline checks on an edited ledger, naming sheet and cell', async () => {
    const dir = await tempDir('check-');
    const file = await writeLedgerFile(dir, '台账.xlsx', fixtureLedger(), (wb) => {
      const ws = wb.getWorksheet('任务台账')!;
      ws.getCell('E3').value = '区商务局、区农业农业局';
      ws.getCell('G5').value = '尽快吧';
      ws.getCell('I6').value = '快好了';
      wb.getWorksheet('单位名录')!.getCell('A40').value = '区新单位';
      ws.getCell('E7').value = '区新单位';
    });
    const run = await runCli('check', file, '--json');
    expect(run.code).toBe(1); // an unreadable deadline and an unknown status are errors
    const result = JSON.parse(run.stdout) as { tasks: number; units: number; findings: Array<Record<string, unknown>> };
    expect([result.tasks, result.units]).toEqual([48, 24]);
    const at = (cell: string) => result.findings.filter((f) => f.cell === cell).map((f) => [f.code, f.sheet, f.row, f.file]);
    expect(at('I6')).toEqual([['ledger.bad-status', '任务台账', 6, '台账.xlsx']]);
    expect(at('E3')).toEqual([['unit.unknown', '任务台账', 3, '台账.xlsx']]);
    expect(at('G5')).toEqual([['deadline.unknown', '任务台账', 5, '台账.xlsx']]);
    expect(at('E7')).toEqual([]);
  });

  it('prints Chinese lines with the place of each problem', async () => {
    const dir = await tempDir('check-');
    const file = await writeLedgerFile(dir, 'ledger.xlsx', fixtureLedger());
    const run = await runCli('check', file);
    expect(run.code).toBe(0); // warnings only
    expect(run.stdout.split('\n')[0]).toBe('ledger.xlsx：48 项任务，单位名录 23 个单位。发现 17 个问题（错误 0，警告 17，提示 0）：');
    expect(run.stdout).toContain('  [警告] ledger.xlsx 任务台账 E11（任务2-06）：任务2-06的“城管局”与本表其他单位的写法不一致，应为“区城管局”。建议：区城管局\n');
  });

  it('exits 2 with a Chinese message for a file that is not a ledger', async () => {
    const dir = await tempDir('check-');
    const run = await runCli('check', `${dir}/没有这个文件.xlsx`);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `错误：找不到文件：${dir}/没有这个文件.xlsx\n` });
  });
});
