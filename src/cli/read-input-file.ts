import { promises as fs } from 'fs';
import { CliError } from './cli-error';
import { fingerprintOf, type FileFingerprint } from './safe-write';

/**
 * Reads a file named on the command line; every way that fails is the user's error (exit 2),
 * said in Chinese. `what` names what the file should be (`任务台账文件`, `报送表`).
 */
export async function readInputFile(file: string, what: string): Promise<Buffer> {
  return (await readInputFileAsFound(file, what)).bytes;
}

/** The bytes and, from the same open file, what identifies this version of it (for the writer's changed-since-read check). */
export async function readInputFileAsFound(file: string, what: string): Promise<{ bytes: Buffer; fingerprint: FileFingerprint }> {
  try {
    const handle = await fs.open(file, 'r');
    try {
      const stat = await handle.stat();
      if (stat.isDirectory()) throw new CliError(`${file} 是一个文件夹，不是${what}`);
      return { bytes: await handle.readFile(), fingerprint: fingerprintOf(stat) };
    } finally {
      await handle.close();
    }
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`找不到文件：${file}`);
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(`没有权限读取文件：${file}`);
    if (code === 'EISDIR') throw new CliError(`${file} 是一个文件夹，不是${what}`);
    throw new CliError(`无法读取文件：${file}（${code ?? String(err)}）`);
  }
}
