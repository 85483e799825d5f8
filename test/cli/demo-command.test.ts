import { promises as fs } from 'fs';
import * as path from 'path';
import { DEMO_BREAKDOWN } from '../../src/cli/demo-command';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { FIXTURE } from '../xlsx/fixture-ledger';
import { tempDir } from './ledger-files';
import { runCli } from './run-cli';

describe('task-ledger demo', () => {
  it('ships the same sample table as the test fixture', async () => {
    expect(await fs.readFile(DEMO_BREAKDOWN, 'utf8')).toBe(await fs.readFile(FIXTURE, 'utf8'));
  });

  it('builds the ledger from the sample and prints a short Chinese summary', async () => {
    const out = path.join(await tempDir('demo-'), 'out', 'ledger.xlsx');
    const run = await runCli('demo', '-o', out);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '示例：2024年广丰区政务公开工作任务分解表（计划年度 2024 年）',
      `已生成任务台账：${out}`,
      '  48 项任务，12 个板块；23 个牵头单位各需报送一份报送表（“区直各相关单位”是泛指，不分发）。',
      '  校验发现 17 个问题（错误 0，警告 16，提示 1），见“校验”工作表。',
    ]);
    const { ledger, findings } = await readLedgerXlsx(await fs.readFile(out), 'ledger.xlsx');
    expect(findings).toEqual([]);
    expect(ledger!.tasks).toHaveLength(48);
    expect(ledger!.meta.ledgerId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('replaces its own earlier sample ledger, but no other file unless --force', async () => {
    const dir = await tempDir('demo-again-');
    const out = path.join(dir, 'ledger.xlsx');
    expect((await runCli('demo', '-o', out)).code).toBe(0);
    expect([(await runCli('demo', '-o', out)).code, (await fs.readdir(dir)).length]).toEqual([0, 1]);
    const notes = path.join(dir, '笔记.xlsx');
    await fs.writeFile(notes, '我的笔记');
    const refused = await runCli('demo', '-o', notes);
    expect([refused.code, refused.stderr]).toEqual([2, `错误：“${notes}”已存在，没有覆盖。请换一个文件名；确需覆盖时加 --force（会先备份原文件）\n`]);
    expect(await fs.readFile(notes, 'utf8')).toBe('我的笔记');
  });

  it('import -o writes the same kind of ledger from a breakdown file', async () => {
    const out = path.join(await tempDir('import-'), 'ledger.xlsx');
    const run = await runCli('import', FIXTURE, '-o', out);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n').pop()).toBe(`已生成任务台账：${out}`);
    const { ledger } = await readLedgerXlsx(await fs.readFile(out), 'ledger.xlsx');
    expect(ledger!.tasks.map((t) => t.id).slice(0, 3)).toEqual(['1-01', '1-02', '1-03']);
  });
});
