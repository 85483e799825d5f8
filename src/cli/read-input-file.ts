import { promises as fs } from 'fs';
import { CliError } from './cli-error';

/**
 * Reads a file named on the command line; every way that fails is the user's error (exit 2),
 * said in Chinese. `what` names what the file should be (`任务台账文件`, `报送表`).
 */
export async function readInputFile(file: string, what: string): Promise<Buffer> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new CliError(`${file} 是一个文件夹，不是${what}`);
    return await fs.readFile(file);
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`找不到文件：${file}`);
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(`没有权限读取文件：${file}`);
    throw new CliError(`无法读取文件：${file}（${code ?? String(err)}）`);
  }
}
