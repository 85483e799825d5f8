import type { Command } from 'commander';
import { CliError } from './cli-error';
import { importJson, importSummary } from './import-output';
import { loadBreakdown } from './load-breakdown';
import { writeNewLedger } from './write-ledger-file';

export interface ImportCommandOptions {
  json?: boolean;
  year?: string;
  output?: string;
}

/** `task-ledger import <file> [--json] [--year YYYY]`: reads a 任务分解表 and prints its tasks and findings. */
export function registerImportCommand(program: Command): Command {
  return program
    .command('import')
    .description('读取任务分解表（.txt、.docx、.xlsx、.pdf），列出全部任务和校验发现的问题')
    .argument('<file>', '任务分解表文件：.txt（UTF-8 或 GBK）、.docx、.xlsx（读取第一个含任务表的工作表）或 .pdf；.doc/.wps/.odt 在装有 LibreOffice 时先转换为 .docx')
    .option('--json', '以 JSON 输出（供脚本使用）')
    .option('--year <YYYY>', '计划年度；文件中读不出年度时必须指定，指定后以此为准')
    .option('-o, --output <ledger.xlsx>', '生成任务台账（.xlsx）保存到此文件')
    .action(async (file: string, options: ImportCommandOptions) => {
      const result = await loadBreakdown(file, { year: parseYear(options.year) });
      const implausible = result.findings.find((f) => f.code === 'import.implausible');
      if (implausible) {
        // What was read is shown, so that the user sees why; no ledger is written from it.
        process.stdout.write(options.json ? `${JSON.stringify(importJson(result), null, 2)}\n` : importSummary(result, file));
        throw new CliError(`${file}：${implausible.message}。${implausible.suggestion ?? ''}`);
      }
      if (options.output !== undefined) await writeNewLedger(result, options.output);
      process.stdout.write(options.json ? `${JSON.stringify(importJson(result), null, 2)}\n` : importSummary(result, file));
      if (options.output !== undefined && !options.json) process.stdout.write(`已生成任务台账：${options.output}\n`);
    });
}

/** `--year` as a number; a bad value is the user's error (exit 2). */
export function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value.trim())) throw new CliError(`--year 应为四位年份，如 --year 2024（收到“${value}”）`);
  return Number(value);
}
