import type { Command } from 'commander';
import { writeMessages } from '../core/finding';
import { CliError } from './cli-error';
import { parseYearOption } from './options';
import { COLUMNS_EXAMPLE, parseColumnsOption } from './columns-option';
import { importJson, importSummary } from './import-output';
import { loadBreakdown } from './load-breakdown';
import { updateLedgerFile, updateSummary } from './update-ledger';
import { writeNewLedger } from './write-ledger-file';

export interface ImportCommandOptions {
  json?: boolean;
  year?: string;
  output?: string;
  force?: boolean;
  update?: string;
  columns?: string;
}

/** `task-ledger import <file> [--json] [--year YYYY]`: reads a 任务分解表 and prints its tasks and findings. */
export function registerImportCommand(program: Command): Command {
  return program
    .command('import')
    .description('读取任务分解表（.txt、.docx、.xlsx、.pdf），列出全部任务和校验发现的问题')
    .argument('<file>', '任务分解表文件：.txt（UTF-8 或 GBK）、.docx、.xlsx（读取第一个含任务表的工作表）或 .pdf；.doc/.wps/.odt 在装有 LibreOffice 时先转换为 .docx')
    .option('--json', '以 JSON 输出（供脚本使用）')
    .option('--year <YYYY>', '计划年度；文件中读不出年度时必须指定，指定后以此为准')
    .option('-o, --output <ledger.xlsx>', '生成任务台账（.xlsx）保存到此文件；文件已存在时不覆盖')
    .option('--update <ledger.xlsx>', '用修订后的分解表更新已有的任务台账（先备份）：台账标识、任务编号和各单位的报送都保留，已发出的报送表仍可合并；列出新增、删除、修改的任务')
    .option('--columns <列>', `表头不能自动识别时，手动指定各列，如 ${COLUMNS_EXAMPLE}（表头=表头所在行，无表头写“表头=无”；列写字母或从1起的列号；可用的名称：序号、工作类别、工作任务、具体要求、牵头单位、责任单位、完成时限、备注、工作表）`)
    .option('--force', '-o 的文件已存在时仍然覆盖（先备份原文件）；新台账是新的台账标识，已发出的报送表将无法合并进来')
    .action(async (file: string, options: ImportCommandOptions) => {
      const result = await loadBreakdown(file, { year: parseYear(options.year), columns: options.columns === undefined ? undefined : parseColumnsOption(options.columns) });
      const implausible = result.findings.find((f) => f.code === 'import.implausible');
      if (implausible) {
        // What was read is shown, so that the user sees why; no ledger is written from it.
        process.stdout.write(options.json ? `${JSON.stringify(importJson(result), null, 2)}\n` : importSummary(result, file));
        throw new CliError(`${file}：${implausible.message}。${implausible.suggestion ?? ''}${result.columnsHelp ?? ''}`);
      }
      if (options.update !== undefined) {
        if (options.output !== undefined) throw new CliError('--update 直接更新已有台账，不能与 -o 同时使用');
        const { ledger, report, written } = await updateLedgerFile(result, options.update, file);
        const shown = { ...result, tasks: ledger.tasks, findings: ledger.findings };
        process.stdout.write(
          options.json
            ? `${JSON.stringify({ ...importJson(shown), update: report, output: written.output, backup: written.backup ?? null }, null, 2)}\n`
            : importSummary(shown, file) + updateSummary(report, written),
        );
        return;
      }
      const written = options.output === undefined ? null : (await writeNewLedger(result, options.output, { inputs: [file], force: options.force === true })).written;
      process.stdout.write(options.json ? `${JSON.stringify(importJson(result), null, 2)}\n` : importSummary(result, file));
      if (written && !options.json) {
        if (written.backup) process.stdout.write(`${writeMessages.forcedBackup(written.backup)}\n`);
        process.stdout.write(`已生成任务台账：${written.output}\n`);
      }
    });
}

/** `--year` as a number; a bad value is the user's error (exit 2). */
export function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  return parseYearOption('--year', value);
}
