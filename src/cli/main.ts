import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from './cli-error';
import { useChineseFrame } from './chinese-frame';
import { registerCheckCommand } from './check-command';
import { registerDemoCommand } from './demo-command';
import { registerDistributeCommand } from './distribute-command';
import { registerImportCommand } from './import-command';
import { registerMergeCommand } from './merge-command';
import { registerPrintCommand } from './print-command';
import { registerRemindCommand } from './remind-command';
import { registerStatusCommand } from './status-command';

/** The version in package.json (src/cli and dist/cli are both two folders below it). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/** Each command lives in its own file and registers itself here. */
const registrations: Array<(program: Command) => void> = [
  registerImportCommand,
  registerCheckCommand,
  registerStatusCommand,
  registerRemindCommand,
  registerPrintCommand,
  registerDistributeCommand,
  registerMergeCommand,
  registerDemoCommand,
];

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('task-ledger')
    .description('任务台账助手：把任务分解表变成可跟踪的任务台账，校验、分发、合并、打印')
    .version(packageVersion(), '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .addHelpCommand('help [command]', '显示某个命令的帮助')
    .exitOverride();
  useChineseFrame(program);
  for (const register of registrations) register(program);
  for (const command of program.commands) command.helpOption('-h, --help', '显示帮助');
  return program;
}

/** Runs the CLI and returns the exit code: 0 ok, 2 bad input (message in Chinese on stderr), 1 internal error. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof CliError) {
      process.stderr.write(`错误：${err.message}\n`);
      return err.exitCode;
    }
    throw err;
  }
}
