import type { LedgerStatus } from '../../src/core/ledger/ledger-status';
import { fixtureLedger } from '../xlsx/fixture-ledger';
import { tempDir, writeLedgerFile } from './ledger-files';
import { runCli } from './run-cli';

async function statusFile(): Promise<string> {
  const dir = await tempDir('status-');
  return writeLedgerFile(dir, 'ledger.xlsx', fixtureLedger(), (wb) => {
    const ws = wb.getWorksheet('任务台账')!;
    ws.getCell('I2').value = '已完成';
    ws.getCell('I3').value = '推进中';
    ws.getCell('H4').value = new Date(Date.UTC(2024, 11, 19));
  });
}

describe('task-ledger status', () => {
  it('gives each task its light on --today, and per-unit counts', async () => {
    const run = await runCli('status', await statusFile(), '--today', '2024-12-20', '--json');
    expect(run.code).toBe(0);
    const s = JSON.parse(run.stdout) as LedgerStatus;
    const task = (id: string) => s.tasks.find((t) => t.id === id)!;
    expect(task('1-01')).toMatchObject({ light: 'done', mark: '✓完成', daysLeft: null, due: null });
    expect(task('1-02')).toMatchObject({ light: 'ongoing', mark: '—', status: '推进中' });
    expect(task('1-03')).toMatchObject({ light: 'overdue', mark: '●逾期', due: '2024-12-19', daysLeft: -1 });
    expect(task('2-03')).toMatchObject({ light: 'due-soon', mark: '▲临期', due: '2024-12-31', daysLeft: 11 });
    expect(task('11-01')).toMatchObject({ light: 'no-deadline', deadline: '/' });
    expect(task('8-01')).toMatchObject({ light: 'overdue', due: '2024-08-31', daysLeft: -111 });
    const counts = s.tasks.reduce<Record<string, number>>((acc, t) => ({ ...acc, [t.light]: (acc[t.light] ?? 0) + 1 }), {});
    expect(counts).toEqual({ done: 1, ongoing: 37, overdue: 2, 'due-soon': 7, 'no-deadline': 1 });
    expect(s.summary.total).toEqual({ name: '全部任务', total: 48, done: 1, inProgress: 1, overdue: 2, dueSoon: 7, completionRate: 1 / 48 });
    expect(s.summary.units.find((u) => u.name === '区政府办')).toEqual({ name: '区政府办', total: 23, done: 0, inProgress: 0, overdue: 0, dueSoon: 4, completionRate: 0 });
    expect(s.summary.units.find((u) => u.name === '区发改委')).toMatchObject({ total: 2, done: 1, overdue: 1 });
  });

  it('prints a Chinese overview', async () => {
    const run = await runCli('status', await statusFile(), '--today', '2024-12-20');
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['ledger.xlsx，截至 2024年12月20日（临期：15 天内到期）', '共 48 项：逾期 2，临期 7，已完成 1，推进中 1。', '各任务：']);
    expect(lines).toContain('  1-03   ●逾期　 未填，截止 2024-12-19，逾期 1 天，区发改委、区市场监管局、区财政局');
    expect(lines).toContain('  区委组织部：任务 2，已完成 0，推进中 0，逾期 0，临期 2，完成率 0.0%');
  });

  it('refuses a --today that is not a date', async () => {
    const run = await runCli('status', 'x.xlsx', '--today', '12/20');
    expect(run).toEqual({ code: 2, stdout: '', stderr: '错误：--today 应为日期，如 --today 2024-09-30 或 2024年9月30日（收到“12/20”）\n' });
  });
});
