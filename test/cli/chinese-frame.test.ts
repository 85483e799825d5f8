/** The CLI's frame: the version from package.json, help and parse errors in Chinese, one option parser. */
import { readFileSync } from 'fs';
import * as path from 'path';
import { parseDateOption, parseMonthOption, parseYearOption } from '../../src/cli/options';
import { runCli } from './run-cli';

describe('the CLI frame', () => {
  it('reports the version in package.json', async () => {
    const { version } = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    const run = await runCli('--version');
    expect(run.stdout.trim()).toBe(version);
  });

  it('shows help in Chinese, for the program and for each command', async () => {
    for (const args of [['--help'], ['merge', '--help'], ['print', '--help'], ['help', 'status']]) {
      const run = await runCli(...args);
      const text = run.stdout + run.stderr;
      expect(text).toContain('用法：');
      expect(text).toContain('选项：');
      expect(text).toContain('显示帮助');
      expect(text).not.toMatch(/Usage:|Options:|Arguments:|Commands:|display help/);
    }
    expect((await runCli('merge', '--help')).stdout).toContain('参数：');
    expect((await runCli('--help')).stdout).toContain('命令：');
  });

  it.each([
    [['status', 'a.xlsx', '--jsn'], '错误：没有“--jsn”这个选项（是不是要用 --json？）'],
    [['stauts'], '错误：没有“stauts”这个命令（是不是要用 status？）'],
    [['merge'], '错误：缺少参数 ledger.xlsx'],
    [['status', 'a.xlsx', '--today'], '错误：选项 --today <YYYY-MM-DD> 后面缺少值'],
    [['distribute', 'a.xlsx'], '错误：必须指定选项 -o, --output <dir>'],
    [['status', 'a.xlsx', 'b.xlsx'], '错误：参数太多，应为 1 个，收到 2 个'],
  ])('says %j in Chinese with exit 2', async (args, message) => {
    const run = await runCli(...args);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(message);
  });
});

describe('option values as people type them', () => {
  it.each([
    ['2024-9', '2024-09'], ['2024-09', '2024-09'], ['2024/10', '2024-10'], ['2024年9月', '2024-09'], ['2024.12', '2024-12'], ['２０２４年１月', '2024-01'],
  ])('month %s → %s', (typed, month) => expect(parseMonthOption('--round', typed)).toBe(month));

  it.each([
    ['2024-9-1', '2024-09-01'], ['2024/10/01', '2024-10-01'], ['2024年10月1日', '2024-10-01'], ['2024.2.29', '2024-02-29'], ['20241001', '2024-10-01'],
  ])('day %s → %s', (typed, day) => expect(parseDateOption('--today', typed)).toBe(day));

  it.each(['2024-13', '2024', '9月', '2024-00'])('refuses the month %s', (typed) =>
    expect(() => parseMonthOption('--round', typed)).toThrow(`--round 应为年月，如 --round 2024-09 或 2024年9月（收到“${typed}”）`));

  it.each(['2023-02-29', '2024/10', '2024-10-32', '明天'])('refuses the day %s', (typed) =>
    expect(() => parseDateOption('--today', typed)).toThrow(`--today 应为日期，如 --today 2024-09-30 或 2024年9月30日（收到“${typed}”）`));

  it('reads a year with or without 年', () => {
    expect([parseYearOption('--year', '2024'), parseYearOption('--year', '2024年')]).toEqual([2024, 2024]);
    expect(() => parseYearOption('--year', '24')).toThrow('--year 应为四位年份');
  });

  it('is what every command uses', async () => {
    const run = await runCli('status', 'missing.xlsx', '--today', '2024年9月31日');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--today 应为日期');
    const distribute = await runCli('distribute', 'missing.xlsx', '-o', 'x', '--round', '2024/13');
    expect(distribute.stderr).toContain('--round 应为年月');
  });
});
