/**
 * `task-ledger distribute <ledger.xlsx> -o <dir> [--round 2024-09] [--report-by 2024-09-25] [--force] [--json]`:
 * one 报送表 per lead unit, named after the unit. Files of those names already in the folder
 * (perhaps units' filled returns) are refused, all named, unless --force, which backs each up.
 */
import type { Command } from 'commander';
import * as path from 'path';
import { writeMessages } from '../core/finding';
import { CliError } from './cli-error';
import { planReturns } from '../core/distribute';
import { writeReturnXlsx } from '../xlsx/write-return';
import { parseDateOption, parseMonthOption } from './options';
import { findingJson } from './finding-json';
import { loadLedgerFile } from './load-ledger';
import { localDateTime } from './local-time';
import { checkOutput, type OutputCheck } from './output-guard';
import { writeFileSafely } from './safe-write';

export interface DistributeCommandOptions {
  output: string;
  round?: string;
  reportBy?: string;
  json?: boolean;
  /** Replace returns already in the folder (each backed up first). */
  force?: boolean;
}

export function parseRound(value: string | undefined, now = new Date()): string {
  if (value === undefined) return localDateTime(now).slice(0, 7);
  return parseMonthOption('--round', value);
}

function parseReportBy(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return parseDateOption('--report-by', value);
}

export async function runDistribute(ledgerFile: string, options: DistributeCommandOptions): Promise<void> {
  const round = parseRound(options.round);
  const reportBy = parseReportBy(options.reportBy);
  const { ledger } = await loadLedgerFile(ledgerFile);
  const plan = planReturns(ledger, { round, ...(reportBy ? { reportBy } : {}) });
  const generatedAt = localDateTime();
  const targets = plan.returns.map((ret) => path.join(options.output, ret.fileName));
  // A target that is the ledger itself is refused first: --force cannot allow that one.
  const checks: OutputCheck[] = [];
  for (const target of targets) checks.push(await checkOutput(target, [ledgerFile], { force: true }));
  // A file of the same name may be a unit's filled return saved there: never replaced without --force.
  const existing = targets.filter((_, i) => checks[i].expect !== 'absent').map((target) => path.basename(target));
  if (existing.length > 0 && options.force !== true) throw new CliError(writeMessages.returnsExist(options.output, existing));
  const backups: string[] = [];
  for (const [i, ret] of plan.returns.entries()) {
    const check = checks[i];
    const written = await writeFileSafely(targets[i], await writeReturnXlsx(ret, generatedAt), { expect: check.expect, ...(check.backup ? { backupTime: generatedAt } : {}) });
    if (written.backup) backups.push(written.backup);
  }
  if (options.json) {
    const json = {
      round,
      reportBy: reportBy ?? null,
      files: plan.returns.map((r) => ({ file: r.fileName, unit: r.unit, tasks: r.rows.map((row) => row.id) })),
      unassigned: plan.unassigned,
      findings: plan.findings.map(findingJson),
      backups,
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return;
  }
  const lines = [`已生成 ${plan.returns.length} 份报送表（轮次 ${round}）到 ${options.output}：`];
  for (const r of plan.returns) lines.push(`  ${r.fileName}（${r.rows.length} 项任务）`);
  for (const f of plan.findings) lines.push(`注意：${f.message}`);
  for (const b of backups) lines.push(writeMessages.forcedBackup(b));
  process.stdout.write(`${lines.join('\n')}\n`);
}

export function registerDistributeCommand(program: Command): Command {
  return program
    .command('distribute')
    .description('分发：为每个牵头单位生成一份报送表（只含该单位牵头的任务）')
    .argument('<ledger.xlsx>', '任务台账文件')
    .requiredOption('-o, --output <dir>', '报送表保存到此文件夹')
    .option('--round <YYYY-MM>', '报送轮次，如 2024-09；默认本月')
    .option('--report-by <YYYY-MM-DD>', '报送截止日期，写在报送表表头上方')
    .option('--force', '文件夹中已有同名报送表时仍然覆盖（先逐个备份原文件）')
    .option('--json', '以 JSON 输出（供脚本使用）')
    .action((file: string, options: DistributeCommandOptions) => runDistribute(file, options));
}
