/**
 * The one way the CLI writes a file (ledger, print, return): backup of the existing target
 * first when asked, then a temp file in the same folder, written, flushed to disk (fsync), and
 * renamed over the target. A full disk, a kill or a power cut therefore leaves either the old
 * file or the new one, never half of one. Every failure is a Chinese message (exit 2) naming
 * the target and, when one was made, the intact backup; the temp file is removed.
 */
import { randomBytes } from 'crypto';
import { constants, promises as fs, type Stats } from 'fs';
import * as path from 'path';
import { fitUtf8 } from '../core/consolidate';
import { writeMessages as msg } from '../core/finding';
import { CliError } from './cli-error';

/** The target as it was read: a later writer changes at least one of these. */
export interface FileFingerprint {
  size: number;
  mtimeMs: number;
  ino: number;
}

export interface SafeWriteOptions {
  /** Copy the existing target beside it first (`台账.备份-20240926-100000.xlsx`), stamped with this local time. */
  backupTime?: string;
  /** Refuse when the target is no longer as read (`absent`: when it appeared since). */
  expect?: FileFingerprint | 'absent';
}

export interface SafeWriteResult {
  output: string;
  backup?: string;
}

export function fingerprintOf(stat: Stats): FileFingerprint {
  return { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino };
}

function sameFingerprint(a: FileFingerprint, b: FileFingerprint): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}

function errorCode(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}

/** `2024-09-26T10:00:00` → `20240926-100000`. */
export function timeStamp(time: string): string {
  return time.replace(/[-:]/g, '').replace('T', '-');
}

/** Hidden work files beside a target (temp files, the lock): a folder scan for returns skips them. */
export function isWriterWorkFile(name: string): boolean {
  return name.startsWith('.') && (name.endsWith('.tmp') || name.endsWith('.lock'));
}

/** `.台账.xlsx.<pid>-<random>.tmp`, the target's name cut so the whole fits 255 bytes. */
function tempPath(target: string): string {
  const name = fitUtf8(path.basename(target), 200);
  return path.join(path.dirname(target), `.${name}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** Temp files left by a writer that was killed (its process id): removed when its lock is taken over. */
export async function removeTempFiles(target: string, pid: number): Promise<void> {
  const dir = path.dirname(target);
  const prefix = `.${fitUtf8(path.basename(target), 200)}.${pid}-`;
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.startsWith(prefix) && n.endsWith('.tmp')).map((n) => fs.rm(path.join(dir, n), { force: true })));
}

async function makeBackup(target: string, time: string): Promise<string> {
  const ext = path.extname(target);
  const stem = path.join(path.dirname(target), `${path.basename(target, ext)}.备份-${timeStamp(time)}`);
  for (let n = 1; ; n += 1) {
    const backup = `${stem}${n === 1 ? '' : `-${n}`}${ext}`;
    try {
      await fs.copyFile(target, backup, constants.COPYFILE_EXCL);
      await flush(backup);
      return backup;
    } catch (err) {
      if (errorCode(err) === 'EEXIST' && n < 100) continue;
      await fs.rm(backup, { force: true }).catch(() => undefined);
      throw new CliError(msg.backupFailed(target, backup, msg.reason(errorCode(err))));
    }
  }
}

async function flush(file: string): Promise<void> {
  const handle = await fs.open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The rename is durable once the folder itself is flushed (not possible on Windows: skipped). */
async function flushFolder(dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // A folder cannot be opened for flushing on Windows; the rename is still atomic there.
  }
}

async function writeTemp(temp: string, bytes: Uint8Array): Promise<void> {
  const handle = await fs.open(temp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function checkUnchanged(target: string, expect: FileFingerprint | 'absent' | undefined): Promise<void> {
  if (expect === undefined) return;
  const now = await fs.stat(target).catch(() => null);
  const unchanged = expect === 'absent' ? now === null : now !== null && sameFingerprint(expect, fingerprintOf(now));
  if (!unchanged) throw new CliError(msg.changedSinceRead(target));
}

export async function writeFileSafely(target: string, bytes: Uint8Array, options: SafeWriteOptions = {}): Promise<SafeWriteResult> {
  const dir = path.dirname(path.resolve(target));
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (err) {
    throw new CliError(msg.folderFailed(dir, msg.reason(errorCode(err))));
  }
  const exists = (await fs.stat(target).catch(() => null)) !== null;
  const backup = options.backupTime !== undefined && exists ? await makeBackup(target, options.backupTime) : undefined;
  const temp = tempPath(target);
  try {
    await writeTemp(temp, bytes);
    await checkUnchanged(target, options.expect);
    await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    if (err instanceof CliError) throw err;
    throw new CliError(msg.failed(target, msg.reason(errorCode(err)), backup));
  }
  await flushFolder(dir);
  return backup ? { output: target, backup } : { output: target };
}
