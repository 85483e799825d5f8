/**
 * One writer at a time: a lock file beside the target (`.台账.xlsx.lock`, hidden, skipped by the
 * merge folder scan) holding the writer's process id, computer and start time, created with
 * O_EXCL so only one process gets it. A lock left by a writer that died (its process gone on
 * this computer) or older than LOCK_STALE_MINUTES is taken over with a notice; any other lock
 * refuses the second writer (exit 2).
 */
import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fitUtf8 } from '../core/consolidate';
import { writeMessages as msg } from '../core/finding';
import { CliError } from './cli-error';
import { removeTempFiles } from './safe-write';
import { localDateTime } from './local-time';

/** A merge of 300 returns into 5,000 tasks takes seconds; a lock this old is a leftover. */
export const LOCK_STALE_MINUTES = 30;

interface LockHolder {
  pid: number;
  host: string;
  time: string;
  token: string;
}

export function lockPath(target: string): string {
  return path.join(path.dirname(path.resolve(target)), `.${fitUtf8(path.basename(target), 240)}.lock`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readHolder(lock: string): Promise<{ holder: LockHolder | null; ageMinutes: number } | null> {
  const stat = await fs.stat(lock).catch(() => null);
  if (!stat) return null;
  const text = await fs.readFile(lock, 'utf8').catch(() => '');
  let holder: LockHolder | null = null;
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.time === 'string') holder = value as LockHolder;
  } catch {
    holder = null; // half-written by a writer killed at that moment: judged by its age
  }
  return { holder, ageMinutes: (Date.now() - stat.mtimeMs) / 60_000 };
}

function isStale(found: { holder: LockHolder | null; ageMinutes: number }): boolean {
  if (found.ageMinutes > LOCK_STALE_MINUTES) return true;
  const { holder } = found;
  if (holder === null) return found.ageMinutes > 1;
  return holder.host === os.hostname() && !processAlive(holder.pid);
}

function describe(holder: LockHolder | null): string {
  return holder ? msg.holder(holder.pid, holder.host, holder.time.replace('T', ' ')) : '锁文件内容不完整';
}

async function tryCreate(target: string, lock: string, holder: LockHolder): Promise<boolean> {
  try {
    await fs.writeFile(lock, JSON.stringify(holder), { flag: 'wx' });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new CliError(msg.failed(target, msg.reason((err as NodeJS.ErrnoException).code)));
  }
}

/**
 * Runs `work` holding the lock of `target`; `notice` receives the takeover of a stale lock.
 * The lock is removed afterwards (only if it is still this writer's).
 */
export async function withWriteLock<T>(target: string, work: () => Promise<T>, notice: (text: string) => void = (t) => process.stderr.write(`注意：${t}\n`)): Promise<T> {
  const lock = lockPath(target);
  await fs.mkdir(path.dirname(lock), { recursive: true }).catch(() => undefined);
  const me: LockHolder = { pid: process.pid, host: os.hostname(), time: localDateTime(), token: randomBytes(8).toString('hex') };
  if (!(await tryCreate(target, lock, me))) {
    const found = await readHolder(lock);
    if (found && !isStale(found)) throw new CliError(msg.locked(target, lock, describe(found.holder)));
    if (found) {
      notice(msg.staleLock(target, describe(found.holder)));
      if (found.holder && found.holder.host === os.hostname()) await removeTempFiles(path.resolve(target), found.holder.pid);
      await fs.rm(lock, { force: true });
    }
    if (!(await tryCreate(target, lock, me))) {
      const again = await readHolder(lock);
      throw new CliError(msg.locked(target, lock, describe(again?.holder ?? null)));
    }
  }
  try {
    return await work();
  } finally {
    const now = await fs.readFile(lock, 'utf8').catch(() => '');
    if (now.includes(me.token)) await fs.rm(lock, { force: true }).catch(() => undefined);
  }
}
