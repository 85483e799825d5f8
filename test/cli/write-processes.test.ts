/**
 * The write-safety promises with real processes of the compiled CLI: a merge killed (SIGKILL) in
 * the middle of writing leaves the old ledger, and two merges into one ledger at once never both
 * succeed with one unit's report lost. `test/support/slow-writes.js` stretches each write over a
 * few hundred milliseconds so the kill lands inside it and the two merges overlap.
 */
import { spawn } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import { tempDir } from './ledger-files';
import { hasReport, readLedgerFile, writeScenario } from './write-scenario';
import { ensureCompiledCli } from './compiled-cli';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'task-ledger.js');
const SLOW = path.join(__dirname, '..', 'support', 'slow-writes.js');

interface Child {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs the CLI with slow writes; `onStderr` sees each chunk and may kill the process. */
function runSlow(args: string[], onStderr?: (text: string, kill: () => void) => void): Promise<Child> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', SLOW, BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 110_000);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => {
      stderr += text;
      onStderr?.(stderr, () => child.kill('SIGKILL'));
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr });
    });
  });
}

beforeAll(() => {
  ensureCompiledCli();
  expect(existsSync(path.join(ROOT, 'dist', 'cli', 'safe-write.js'))).toBe(true);
});

describe('a merge killed while writing the ledger', () => {
  it('leaves the old ledger byte for byte; the next merge takes over the lock and writes it', async () => {
    const dir = await tempDir('write-kill-');
    const { ledgerFile, returns } = await writeScenario(dir, ['区财政局']);
    const before = await fs.readFile(ledgerFile);
    let killedAt = '';
    const killed = await runSlow(['merge', ledgerFile, returns['区财政局']], (stderr, kill) => {
      const line = stderr.split('\n').find((l) => l.startsWith('SLOW-WRITE ') && l.includes('台账.xlsx'));
      if (line && !killedAt) {
        killedAt = line;
        setTimeout(kill, 150);
      }
    });
    expect(killed.signal).toBe('SIGKILL');
    expect(killedAt).not.toBe('');
    expect(await fs.readFile(ledgerFile)).toEqual(before);

    const next = await runSlow(['merge', ledgerFile, returns['区财政局']]);
    expect(next.code).toBe(0);
    expect(next.stderr).toMatch(/已接管它留下的锁文件/);
    expect(hasReport((await readLedgerFile(ledgerFile))!, '区财政局')).toBe(true);
    expect((await fs.readdir(dir)).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});

describe('two merges into one ledger at the same time', () => {
  it.each([
    ['区财政局', '区自然资源局'],
    ['区教体局', '区卫健委'],
    ['区自然资源局', '区教体局'],
  ])('%s and %s: each merge that says it succeeded kept its report; a refused one says so', async (a, b) => {
    const dir = await tempDir('write-concurrent-');
    const { ledgerFile, returns } = await writeScenario(dir, [a, b]);
    const runs = await Promise.all([a, b].map((unit) => runSlow(['merge', ledgerFile, returns[unit]])));
    const ledger = (await readLedgerFile(ledgerFile))!;
    expect(ledger).not.toBeNull();
    [a, b].forEach((unit, i) => {
      const run = runs[i];
      if (run.code === 0) {
        expect(hasReport(ledger, unit)).toBe(true);
      } else {
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/正在被另一个合并或写入操作使用|在本次读取之后被其他程序或操作改动过/);
      }
    });
    expect(runs.some((r) => r.code === 0)).toBe(true);
  });
});
