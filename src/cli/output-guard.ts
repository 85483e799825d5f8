/**
 * Before a command writes a file named on the command line: an output never replaces one of
 * the command's inputs (not even with --force), and an existing file is replaced only when it
 * is what this command wrote before (`replaceable`) or the user said --force (then it is backed
 * up first). The answer says what the writer must check again just before the rename.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { writeMessages as msg } from '../core/finding';
import { CliError } from './cli-error';
import { fingerprintOf, type FileFingerprint } from './safe-write';

export interface OutputCheck {
  /** Back up the existing file first (--force over a file the command did not make). */
  backup: boolean;
  /** The file as found: the writer refuses if it changed (or appeared) since. */
  expect: FileFingerprint | 'absent';
}

export interface OutputGuardOptions {
  force?: boolean;
  /** An existing file this command may replace without --force (its own earlier output). */
  replaceable?: (bytes: Buffer) => boolean | Promise<boolean>;
  /** The refusal when the file exists and is not replaceable. */
  refusal?: (output: string) => string;
}

/** Same file: the same path, or (through a link, another spelling of the path) the same file on disk. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino;
}

export async function checkOutput(output: string, inputs: readonly string[], options: OutputGuardOptions = {}): Promise<OutputCheck> {
  for (const input of inputs) {
    if (await sameFile(output, input)) throw new CliError(msg.sameAsInput(output));
  }
  const stat = await fs.stat(output).catch(() => null);
  if (stat === null) return { backup: false, expect: 'absent' };
  const expect = fingerprintOf(stat);
  if (stat.isDirectory()) throw new CliError(msg.failed(output, msg.reason('EISDIR')));
  if (options.replaceable && (await options.replaceable(await fs.readFile(output).catch(() => Buffer.alloc(0))))) return { backup: false, expect };
  if (options.force) return { backup: true, expect };
  throw new CliError((options.refusal ?? msg.exists)(output));
}
