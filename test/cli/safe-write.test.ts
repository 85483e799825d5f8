/**
 * Every file the CLI writes goes through one writer: backup first, temp file beside the target,
 * fsync, rename. A failure leaves the original as it was and says so in Chinese (exit 2).
 */
import * as fsModule from 'fs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LOCK_STALE_MINUTES, lockPath } from '../../src/cli/write-lock';
import { fixtureLedger } from '../support/returns-scenario';
import { mountTmpfs } from '../support/tmpfs';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { tempDir } from './ledger-files';
import { runCli } from './run-cli';
import { hasReport, readLedgerFile, writeScenario } from './write-scenario';

type Open = typeof fs.open;

/** Every temp file the writer opens (flag `wx`) gets `change` applied to its handle or runs `before` first. */
function onTempOpen(hook: { writeFails?: string; before?: () => Promise<void> }): jest.SpyInstance {
  const realOpen: Open = fs.open.bind(fs);
  return jest.spyOn(fsModule.promises, 'open').mockImplementation((async (file: fsModule.PathLike, flags?: string | number, mode?: fsModule.Mode) => {
    const isTemp = flags === 'wx' && String(file).endsWith('.tmp');
    if (isTemp && hook.before) await hook.before();
    const handle = await realOpen(file, flags, mode);
    if (isTemp && hook.writeFails) {
      const code = hook.writeFails;
      handle.writeFile = async (data: unknown) => {
        const bytes = data as Uint8Array;
        await handle.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
        throw Object.assign(new Error(`${code}: injected`), { code });
      };
    }
    return handle;
  }) as unknown as Open);
}

async function namesIn(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).sort();
}

async function backupIn(dir: string): Promise<string> {
  const names = (await namesIn(dir)).filter((n) => n.includes('.备份-'));
  expect(names).toHaveLength(1);
  return path.join(dir, names[0]);
}

describe('a merge that cannot write', () => {
  it('keeps the ledger byte for byte, removes its temp file and names the intact backup (injected ENOSPC)', async () => {
    const dir = await tempDir('write-enospc-');
    const { ledgerFile, returns } = await writeScenario(dir, ['区财政局']);
    const before = await fs.readFile(ledgerFile);
    const spy = onTempOpen({ writeFails: 'ENOSPC' });
    const run = await runCli('merge', ledgerFile, returns['区财政局']).finally(() => spy.mockRestore());
    const backup = await backupIn(dir);
    expect([run.code, run.stderr]).toEqual([2, `错误：无法写入“${ledgerFile}”：磁盘空间不足。原文件没有改动；写入前已备份，备份完好：“${backup}”\n`]);
    expect(await fs.readFile(ledgerFile)).toEqual(before);
    expect(await fs.readFile(backup)).toEqual(before);
    expect(await namesIn(dir)).toEqual([path.basename(backup), '区财政局.xlsx', '台账.xlsx'].sort());
  });

  it('keeps the ledger on a really full disk (a small tmpfs, where mounting is allowed)', async () => {
    const disk = mountTmpfs(1024);
    if (disk === null) return; // not allowed here: the injected ENOSPC above covers the writer
    try {
      const { ledgerFile, returns } = await writeScenario(disk.dir, ['区财政局']);
      const before = await fs.readFile(ledgerFile);
      // Leave room for the backup and a little more: the new ledger does not fit.
      const stat = await fs.statfs(disk.dir);
      const room = before.length + Math.floor(before.length / 2);
      await fs.writeFile(path.join(disk.dir, 'filler'), Buffer.alloc(Math.max(0, stat.bavail * stat.bsize - room - 8192)));
      const run = await runCli('merge', ledgerFile, returns['区财政局']);
      const backup = await backupIn(disk.dir);
      expect([run.code, run.stderr]).toEqual([2, `错误：无法写入“${ledgerFile}”：磁盘空间不足。原文件没有改动；写入前已备份，备份完好：“${backup}”\n`]);
      expect(await fs.readFile(ledgerFile)).toEqual(before);
      expect(await namesIn(disk.dir)).toEqual([path.basename(backup), 'filler', '区财政局.xlsx', '台账.xlsx'].sort());
    } finally {
      disk.unmount();
    }
  });

  it('refuses to replace a ledger another program saved after the merge read it', async () => {
    const dir = await tempDir('write-changed-');
    const { ledgerFile, returns } = await writeScenario(dir, ['区财政局']);
    const other = fixtureLedger();
    other.tasks[0].progress = '别人刚刚保存的修改';
    const saved = await writeLedgerXlsx(other);
    const spy = onTempOpen({ before: () => fs.writeFile(ledgerFile, saved) });
    const run = await runCli('merge', ledgerFile, returns['区财政局']).finally(() => spy.mockRestore());
    expect([run.code, run.stderr]).toEqual([2, `错误：“${ledgerFile}”在本次读取之后被其他程序或操作改动过，本次没有写入，以免覆盖别人的修改。请重新运行本命令\n`]);
    expect(await fs.readFile(ledgerFile)).toEqual(saved);
    expect((await namesIn(dir)).filter((n) => n.endsWith('.tmp') || n.endsWith('.lock'))).toEqual([]);
  });
});

describe('one writer at a time', () => {
  it('refuses a merge while another live process holds the lock, and leaves the ledger alone', async () => {
    const dir = await tempDir('write-lock-');
    const { ledgerFile, returns } = await writeScenario(dir, ['区财政局']);
    const before = await fs.readFile(ledgerFile);
    const lock = lockPath(ledgerFile);
    expect(path.basename(lock)).toBe('.台账.xlsx.lock');
    await fs.writeFile(lock, JSON.stringify({ pid: process.ppid, host: os.hostname(), time: '2024-09-26T10:00:00', token: 'x' }));
    const run = await runCli('merge', ledgerFile, returns['区财政局']);
    expect([run.code, run.stderr]).toEqual([
      2,
      `错误：“${ledgerFile}”正在被另一个合并或写入操作使用（计算机 ${os.hostname()} 上的进程 ${process.ppid}，2024-09-26 10:00:00 开始），本次没有写入。请等它完成后再运行；如确认没有其他操作在进行，可删除锁文件“${lock}”后重试\n`,
    ]);
    expect(await fs.readFile(ledgerFile)).toEqual(before);
    expect(await fs.readFile(lock, 'utf8')).toContain(`"pid":${process.ppid}`);
  });

  it('takes over the lock of a writer that died, and of a writer elsewhere gone for long, with a notice', async () => {
    const dir = await tempDir('write-stale-');
    const { ledgerFile, returns } = await writeScenario(dir, ['区财政局', '区自然资源局']);
    const lock = lockPath(ledgerFile);
    const dead = 2 ** 22 + 17; // above Linux's default pid_max: no such process
    await fs.writeFile(lock, JSON.stringify({ pid: dead, host: os.hostname(), time: '2024-09-26T10:00:00', token: 'x' }));
    await fs.writeFile(path.join(dir, `.台账.xlsx.${dead}-0a1b2c3d.tmp`), 'half a ledger');
    const run = await runCli('merge', ledgerFile, returns['区财政局']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`注意：“${ledgerFile}”上次的写入操作没有正常结束（计算机 ${os.hostname()} 上的进程 ${dead}，2024-09-26 10:00:00 开始），已接管它留下的锁文件\n`);
    expect(hasReport((await readLedgerFile(ledgerFile))!, '区财政局')).toBe(true);
    expect((await namesIn(dir)).filter((n) => n.startsWith('.'))).toEqual([]);

    await fs.writeFile(lock, JSON.stringify({ pid: process.pid, host: 'OFFICE-PC-2', time: '2024-09-26T10:00:00', token: 'y' }));
    const old = new Date(Date.now() - (LOCK_STALE_MINUTES + 1) * 60_000);
    await fs.utimes(lock, old, old);
    const later = await runCli('merge', ledgerFile, returns['区自然资源局']);
    expect(later.code).toBe(0);
    expect(later.stderr).toMatch(/^注意：.*（计算机 OFFICE-PC-2 上的进程 \d+，2024-09-26 10:00:00 开始），已接管它留下的锁文件\n$/);
    expect(hasReport((await readLedgerFile(ledgerFile))!, '区自然资源局')).toBe(true);
  });
});

describe('no silent overwrite', () => {
  it('import -o keeps an existing file unless --force, which backs it up first; never the input itself', async () => {
    const dir = await tempDir('write-import-');
    const { ledgerFile } = await writeScenario(dir, []);
    const before = await fs.readFile(ledgerFile);
    const breakdown = path.join(__dirname, '..', 'fixtures', 'guangfeng-2024-breakdown.txt');
    const refused = await runCli('import', breakdown, '-o', ledgerFile);
    expect([refused.code, refused.stdout, refused.stderr]).toEqual([2, '', `错误：“${ledgerFile}”已存在，没有覆盖。请换一个文件名；确需覆盖时加 --force（会先备份原文件）\n`]);
    expect(await fs.readFile(ledgerFile)).toEqual(before);

    const forced = await runCli('import', breakdown, '-o', ledgerFile, '--force');
    expect(forced.code).toBe(0);
    const backup = await backupIn(dir);
    expect(forced.stdout.trimEnd().split('\n').slice(-2)).toEqual([`已备份被覆盖的原文件：${backup}`, `已生成任务台账：${ledgerFile}`]);
    expect(await fs.readFile(backup)).toEqual(before);
    expect((await readLedgerFile(ledgerFile))!.meta.ledgerId).not.toBe(fixtureLedger().meta.ledgerId);

    const copy = path.join(dir, '分解表.txt');
    await fs.copyFile(breakdown, copy);
    const self = await runCli('import', copy, '-o', copy, '--force');
    expect([self.code, self.stderr]).toEqual([2, `错误：输出文件“${copy}”就是输入文件，不能用输出覆盖输入（加 --force 也不行）。请换一个输出文件名\n`]);
    expect(await fs.readFile(copy)).toEqual(await fs.readFile(breakdown));
  });

  it('print never writes over its ledger, replaces its own earlier output, and keeps any other file unless --force', async () => {
    const dir = await tempDir('write-print-');
    const { ledgerFile } = await writeScenario(dir, []);
    const before = await fs.readFile(ledgerFile);
    const self = await runCli('print', ledgerFile, '-o', ledgerFile, '--xlsx', '--force', '--today', '2024-09-30');
    expect([self.code, self.stderr]).toEqual([2, `错误：输出文件“${ledgerFile}”就是输入文件，不能用输出覆盖输入（加 --force 也不行）。请换一个输出文件名\n`]);
    expect(await fs.readFile(ledgerFile)).toEqual(before);

    const otherLedger = path.join(dir, '去年台账.xlsx');
    await fs.copyFile(ledgerFile, otherLedger);
    const refused = await runCli('print', ledgerFile, '-o', otherLedger, '--xlsx', '--today', '2024-09-30');
    expect([refused.code, refused.stderr]).toEqual([2, `错误：“${otherLedger}”已存在，且不是之前打印生成的文件（可能是台账或报送表），没有覆盖。请换一个输出文件名；确需覆盖时加 --force（会先备份原文件）\n`]);
    expect(await fs.readFile(otherLedger)).toEqual(before);

    const printed = path.join(dir, '推进情况表.xlsx');
    expect((await runCli('print', ledgerFile, '-o', printed, '--xlsx', '--today', '2024-09-30')).code).toBe(0);
    const again = await runCli('print', ledgerFile, '-o', printed, '--xlsx', '--today', '2024-10-31');
    expect([again.code, again.stderr]).toEqual([0, '']);
    expect((await namesIn(dir)).filter((n) => n.includes('备份'))).toEqual([]);

    const forced = await runCli('print', ledgerFile, '-o', otherLedger, '--xlsx', '--force', '--today', '2024-09-30');
    expect(forced.code).toBe(0);
    expect(await fs.readFile(await backupIn(dir))).toEqual(before);
  });

  it('distribute never writes a return over the ledger it reads', async () => {
    const dir = await tempDir('write-distribute-');
    const { ledgerFile } = await writeScenario(dir, []);
    const named = path.join(dir, '区财政局-报送表-2024-09.xlsx');
    await fs.rename(ledgerFile, named);
    const before = await fs.readFile(named);
    const run = await runCli('distribute', named, '-o', dir, '--round', '2024-09');
    expect([run.code, run.stderr]).toEqual([2, `错误：输出文件“${named}”就是输入文件，不能用输出覆盖输入（加 --force 也不行）。请换一个输出文件名\n`]);
    expect(await fs.readFile(named)).toEqual(before);
    expect(await namesIn(dir)).toEqual(['区财政局-报送表-2024-09.xlsx']);
  });

  it('merge -o is never the ledger or one of the returns', async () => {
    const dir = await tempDir('write-merge-o-');
    const { ledgerFile, returns } = await writeScenario(dir, ['区财政局']);
    const same = await runCli('merge', ledgerFile, returns['区财政局'], '-o', ledgerFile);
    expect([same.code, same.stderr]).toEqual([2, `错误：输出文件“${ledgerFile}”就是要合并的台账。直接更新台账请不要加 -o（会先备份原台账）\n`]);
    const onReturn = await runCli('merge', ledgerFile, returns['区财政局'], '-o', returns['区财政局'], '--force');
    expect([onReturn.code, onReturn.stderr]).toEqual([2, `错误：输出文件“${returns['区财政局']}”就是输入文件，不能用输出覆盖输入（加 --force 也不行）。请换一个输出文件名\n`]);
  });
});

describe('every write error is a Chinese message (exit 2)', () => {
  let ledgerFile: string;
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir('write-errors-');
    ({ ledgerFile } = await writeScenario(dir, []));
  });
  const print = (output: string) => runCli('print', ledgerFile, '-o', output, '--xlsx', '--today', '2024-09-30');

  it('a name too long for the file system', async () => {
    const output = path.join(dir, `${'推进情况'.repeat(25)}.xlsx`);
    const run = await print(output);
    expect([run.code, run.stderr]).toEqual([2, `错误：无法写入“${output}”：文件名或路径过长（文件名最多 255 字节，约 85 个汉字）。原文件没有改动\n`]);
  });

  it('a folder that cannot be made (a file is in the way)', async () => {
    const output = path.join(ledgerFile, '推进情况表.xlsx');
    const run = await print(output);
    expect([run.code, run.stderr]).toEqual([2, `错误：无法写入“${output}”：路径中有一段不是文件夹。原文件没有改动\n`]);
  });

  it('a folder that does not exist yet is made', async () => {
    const output = path.join(dir, '打印', '九月', '推进情况表.xlsx');
    expect((await print(output)).code).toBe(0);
    expect((await fs.stat(output)).size).toBeGreaterThan(0);
  });

  it('no permission (injected EACCES: root ignores file modes)', async () => {
    const output = path.join(dir, '无权限.xlsx');
    const spy = onTempOpen({ writeFails: 'EACCES' });
    const run = await print(output).finally(() => spy.mockRestore());
    expect([run.code, run.stderr]).toEqual([2, `错误：无法写入“${output}”：没有写入权限（文件夹只读，或文件正在 Excel/WPS 中打开）。原文件没有改动\n`]);
    expect((await namesIn(dir)).filter((n) => n.includes('无权限'))).toEqual([]);
  });

  it('a read-only place (a tmpfs mounted read-only, where mounting is allowed)', async () => {
    const disk = mountTmpfs(256);
    if (disk === null) return;
    try {
      disk.readOnly();
      const output = path.join(disk.dir, '推进情况表.xlsx');
      const run = await print(output);
      expect([run.code, run.stderr]).toEqual([2, `错误：无法写入“${output}”：所在位置是只读的。原文件没有改动\n`]);
    } finally {
      disk.unmount();
    }
  });
});
