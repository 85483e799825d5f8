/** Every command that reads a ledger reads it through one loader: the same errors, exit 2. */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from './run-cli';

describe('the ledger argument of every command', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'load-ledger-'));
    writeFileSync(join(dir, '不是台账.xlsx'), 'plain text, not a zip');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const commands: [string, (ledger: string) => string[]][] = [
    ['status', (ledger) => ['status', ledger]],
    ['check', (ledger) => ['check', ledger]],
    ['print', (ledger) => ['print', ledger, '--xlsx', '-o', join(dir, 'out.xlsx')]],
    ['distribute', (ledger) => ['distribute', ledger, '-o', join(dir, 'returns')]],
    ['merge', (ledger) => ['merge', ledger, join(dir, 'returns')]],
    ['undo', (ledger) => ['undo', ledger]],
  ];

  it.each(commands)('%s: a folder is refused in Chinese with exit 2', async (_name, args) => {
    const run = await runCli(...args(dir));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${dir} 是一个文件夹，不是任务台账文件`);
    expect(run.stderr).not.toContain('内部错误');
  });

  it.each(commands)('%s: a missing file is refused in Chinese with exit 2', async (_name, args) => {
    const run = await runCli(...args(join(dir, '没有这个台账.xlsx')));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`找不到文件：${join(dir, '没有这个台账.xlsx')}`);
  });

  it.each(commands)('%s: a file that is not a workbook is refused with exit 2', async (_name, args) => {
    const run = await runCli(...args(join(dir, '不是台账.xlsx')));
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('内部错误');
    expect(run.stderr).toContain('不是台账.xlsx');
  });
});
