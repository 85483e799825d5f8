/** `task-ledger check <ledger.xlsx> [--json]`: the unit and deadline checks on a ledger people have edited. */
import type { Command } from 'commander';
import * as path from 'path';
import { checkLedger } from '../core/ledger';
import type { Finding } from '../core/finding';
import { LEDGER_SHEETS } from '../core/ledger';
import { placeOnLedger } from '../core/ledger';
import { taskColumnLetter } from '../layout/task-columns';
import { findingCounts, findingLine } from './finding-text';
import { findingJson } from './finding-json';
import { writeLedgerXlsx } from '../xlsx/write-ledger';
import { loadLedgerFile, type LoadedLedger } from './load-ledger';
import { localDateTime } from './local-time';
import { writeFileSafely } from './safe-write';
import { withWriteLock } from './write-lock';

const FIELD_COLUMNS = {
  id: taskColumnLetter('id'),
  category: taskColumnLetter('category'),
  task: taskColumnLetter('task'),
  leadUnits: taskColumnLetter('leadUnits'),
  coUnits: taskColumnLetter('coUnits'),
  deadline: taskColumnLetter('deadline'),
  status: taskColumnLetter('status'),
};

export interface CheckCommandOptions {
  json?: boolean;
  write?: boolean;
}

type CheckResult = { tasks: number; units: number; findings: Finding[] };

function checkLoaded(file: string, { ledger, findings }: LoadedLedger): CheckResult {
  const checked = placeOnLedger(checkLedger(ledger, findings, path.basename(file)), ledger, {
    file: path.basename(file),
    sheet: LEDGER_SHEETS.tasks,
    columns: FIELD_COLUMNS,
  });
  return { tasks: ledger.tasks.length, units: ledger.units.length, findings: checked };
}

export async function runCheck(file: string): Promise<CheckResult> {
  return checkLoaded(file, await loadLedgerFile(file));
}

/**
 * `--write`: under the write lock, the ledger read once, checked, and saved again (backup first)
 * so that its 校验 sheet lists what the check found.
 */
async function checkAndRewrite(file: string): Promise<{ result: CheckResult; backup?: string }> {
  return withWriteLock(file, async () => {
    const loaded = await loadLedgerFile(file);
    const written = await writeFileSafely(file, await writeLedgerXlsx(loaded.ledger), { backupTime: localDateTime(), expect: loaded.fingerprint });
    return { result: checkLoaded(file, loaded), backup: written.backup };
  });
}

function checkText(file: string, r: { tasks: number; units: number; findings: Finding[] }): string {
  const head = `${path.basename(file)}：${r.tasks} 项任务，单位名录 ${r.units} 个单位。`;
  if (r.findings.length === 0) return `${head}未发现问题。\n`;
  return [`${head}发现 ${r.findings.length} 个问题（${findingCounts(r.findings)}）：`, ...r.findings.map((f) => `  ${findingLine(f)}`)].join('\n') + '\n';
}

export function registerCheckCommand(program: Command): Command {
  return program
    .command('check')
    .description('校验任务台账：牵头单位是否在单位名录中、完成时限能否识别（修改台账后使用）')
    .argument('<ledger.xlsx>', '任务台账文件')
    .option('--json', '以 JSON 输出（供脚本使用）')
    .option('--write', '同时更新台账中的“校验”工作表（先备份原台账）')
    .addHelpText('after', '\n退出码：0 没有错误（可能有警告、提示）；1 发现错误；2 文件无法读取。')
    .action(async (file: string, options: CheckCommandOptions) => {
      const { result, backup } = options.write ? await checkAndRewrite(file) : { result: await runCheck(file), backup: undefined };
      process.stdout.write(options.json ? `${JSON.stringify({ ...result, findings: result.findings.map(findingJson) }, null, 2)}\n` : checkText(file, result));
      if (options.write) process.stderr.write(`已更新“校验”工作表${backup ? `（原台账已备份为 ${path.basename(backup)}）` : ''}\n`);
      // Scripts gate on the exit code, as with a linter: errors fail, warnings do not.
      process.exitCode = result.findings.some((f) => f.level === 'error') ? 1 : 0;
    });
}
