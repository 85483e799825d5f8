import { Command, CommanderError } from 'commander';
import { CliError } from './cli-error';
import { registerCheckCommand } from './check-command';
import { registerDemoCommand } from './demo-command';
import { registerDistributeCommand } from './distribute-command';
import { registerImportCommand } from './import-command';
import { registerMergeCommand } from './merge-command';
import { registerPrintCommand } from './print-command';
import { registerStatusCommand } from './status-command';

/** Each command lives in its own file and registers itself here. */
const registrations: Array<(program: Command) => void> = [
  registerImportCommand,
  registerCheckCommand,
  registerStatusCommand,
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
    .version('0.1.0', '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .addHelpCommand('help [command]', '显示某个命令的帮助')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });
  for (const register of registrations) register(program);
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
