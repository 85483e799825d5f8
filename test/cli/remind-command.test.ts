import { promises as fs } from 'fs';
import * as path from 'path';
import { sampleLedger } from '../core/report/status-table-fixture';
import { SAMPLE_NOTICE } from '../core/remind/sample-notice';
import { tempDir, writeLedgerFile } from './ledger-files';
import { runCli } from './run-cli';

const NOTICE = SAMPLE_NOTICE;
const ARGS = ['--round', '2024-09', '--today', '2024-09-20', '--report-by', '2024年9月25日', '--office', '区政府办'];

async function ledgerFile(): Promise<{ dir: string; file: string }> {
  const dir = await tempDir('remind-');
  return { dir, file: await writeLedgerFile(dir, 'ledger.xlsx', sampleLedger()) };
}

describe('task-ledger remind', () => {
  it('prints the 催报通知 of the ledger file (reports read back from 单位报送)', async () => {
    const { file } = await ledgerFile();
    const run = await runCli('remind', file, ...ARGS);
    expect(run).toEqual({ code: 0, stdout: NOTICE, stderr: '' });
  });

  it('--json gives the 催报名单, the units with their tasks and the text', async () => {
    const { file } = await ledgerFile();
    const run = await runCli('remind', file, ...ARGS, '--json');
    const json = JSON.parse(run.stdout) as { round: string; reportBy: string; chase: string[]; units: Array<{ unit: string; tasks: Array<{ taskId: string }> }>; text: string };
    expect([json.round, json.reportBy, json.chase, json.units.map((u) => [u.unit, u.tasks.map((t) => t.taskId)]), json.text])
      .toEqual(['2024-09', '2024-09-25', ['区市场监管局', '区自然资源局'], [['区市场监管局', ['1-01']], ['区自然资源局', ['2-01']]], NOTICE]);
  });

  it('-o writes the notice as UTF-8 text (with a BOM for Notepad), replaces its own earlier notice, never another file without --force', async () => {
    const { dir, file } = await ledgerFile();
    const out = path.join(dir, '催报通知.txt');
    const first = await runCli('remind', file, ...ARGS, '-o', out);
    expect(first).toEqual({ code: 0, stdout: `已写入催报通知：${out}（2 个单位，其中 2 个未报送）\n`, stderr: '' });
    expect(await fs.readFile(out, 'utf8')).toBe(`\uFEFF${NOTICE}`);
    expect((await runCli('remind', file, ...ARGS, '-o', out)).code).toBe(0);

    const other = path.join(dir, 'notes.txt');
    await fs.writeFile(other, '会议记录');
    expect(await runCli('remind', file, ...ARGS, '-o', other)).toEqual({
      code: 2, stdout: '', stderr: `错误：“${other}”已存在，且不是之前生成的催报通知，没有覆盖。请换一个输出文件名；确需覆盖时加 --force（会先备份原文件）\n`,
    });
    expect(await fs.readFile(other, 'utf8')).toBe('会议记录');
    const forced = await runCli('remind', file, ...ARGS, '-o', other, '--force');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/^已备份被覆盖的原文件：.*notes\.备份-\d{8}-\d{6}\.txt\n/);

    const overLedger = await runCli('remind', file, ...ARGS, '-o', file);
    expect(overLedger.code).toBe(2);
    expect(overLedger.stderr).toBe(`错误：输出文件“${file}”就是输入文件，不能用输出覆盖输入（加 --force 也不行）。请换一个输出文件名\n`);
  });

  it('refuses a --round that is not a month', async () => {
    const { file } = await ledgerFile();
    expect(await runCli('remind', file, '--round', '九月')).toEqual({ code: 2, stdout: '', stderr: '错误：--round 应为年月，如 --round 2024-09 或 2024年9月（收到“九月”）\n' });
  });
});
