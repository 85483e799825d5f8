/**
 * `task-ledger print <ledger.xlsx> -o status.pdf [--by category|unit] [--today YYYY-MM-DD]
 * [--only overdue|not-done] [--unit NAME] [--xlsx]`: the 推进情况表 and 单位汇总 as a PDF through
 * LibreOffice, or as a formatted workbook with --xlsx. Only the two print sheets are converted:
 * they are written to a temporary workbook of their own.
 */
import type { Command } from 'commander';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { toIsoDate, type IsoDate } from '../core/deadline';
import type { Ledger } from '../core/ledger';
import { printMessages as msg, writeMessages } from '../core/finding';
import { buildStatusTable, type StatusFilter, type StatusGrouping, type StatusTableOptions } from '../core/report';
import { buildUnitSummary } from '../core/report';
import { buildPrintLayout } from '../layout/print-layout';
import { DEFAULT_PRINT_OPTIONS } from '../layout/print-style';
import { libreOfficePrintOptions } from '../xlsx/print-installed-fonts';
import { convertToPdf, findSoffice, PdfConversionError } from '../xlsx/print-pdf';
import { isPrintWorkbook, writePrintXlsx } from '../xlsx/print-workbook';
import { STATUS_SHEET_NAME } from '../layout/status-sheet';
import { UNIT_SUMMARY_SHEET_NAME } from '../layout/status-unit-sheet';
import { CliError } from './cli-error';
import { parseDateOption } from './options';
import { loadLedgerFile } from './load-ledger';
import { localDateTime } from './local-time';
import { checkOutput } from './output-guard';
import { writeFileSafely } from './safe-write';
import { withWriteLock } from './write-lock';

export interface PrintCommandOptions {
  output?: string;
  by: string;
  today?: string;
  only?: string;
  unit?: string;
  xlsx?: boolean;
  force?: boolean;
}

/** Set to a soffice path to use another LibreOffice (tests set a missing one). */
export const SOFFICE_ENV = 'TASK_LEDGER_SOFFICE';

export function registerPrintCommand(program: Command): Command {
  return program
    .command('print')
    .description('打印推进情况表：按 A4 横向公文格式生成 PDF（经 LibreOffice），含单位汇总')
    .argument('<ledger>', '任务台账文件（.xlsx）')
    .option('-o, --output <file>', '输出文件；默认与台账同目录的“…推进情况表.pdf”（--xlsx 时为 .xlsx）')
    .option('--by <category|unit>', '分组方式：category 按工作类别，unit 按牵头单位', 'category')
    .option('--today <YYYY-MM-DD>', '截至日期，判断逾期用；默认今天')
    .option('--only <overdue|not-done>', '只列逾期任务（overdue）或未完成任务（not-done）')
    .option('--unit <单位>', '只列该单位牵头的任务')
    .option('--xlsx', '输出排好版的工作簿（.xlsx），不生成 PDF')
    .option('--force', '输出文件已存在、且不是之前打印生成的文件时仍然覆盖（先备份原文件）')
    .action(async (file: string, options: PrintCommandOptions) => {
      const tableOptions = parseOptions(options);
      const { ledger } = await loadLedgerFile(file);
      checkUnit(ledger, tableOptions.unit);
      const xlsx = options.xlsx === true;
      const output = options.output ?? defaultOutput(file, xlsx);
      const written = await withWriteLock(output, async () => {
        const check = await checkOutput(output, [file], { force: options.force === true, replaceable: xlsx ? isEarlierPrintXlsx : isPdf, refusal: writeMessages.notEarlierPrint });
        const bytes = xlsx ? await writePrintXlsx(buildPrintLayout(ledger, tableOptions, DEFAULT_PRINT_OPTIONS)) : await pdfBytes(ledger, tableOptions);
        return writeFileSafely(output, bytes, { expect: check.expect, ...(check.backup ? { backupTime: localDateTime() } : {}) });
      });
      if (written.backup) process.stdout.write(`${writeMessages.forcedBackup(written.backup)}\n`);
      process.stdout.write(`${summaryLine(ledger, tableOptions, output)}\n`);
    });
}

/** What print may replace without --force: its own earlier output (a PDF; a workbook of the print sheets only). */
function isPdf(bytes: Buffer): boolean {
  return bytes.subarray(0, 5).toString('latin1') === '%PDF-';
}

function isEarlierPrintXlsx(bytes: Buffer): Promise<boolean> {
  return isPrintWorkbook(bytes, [STATUS_SHEET_NAME, UNIT_SUMMARY_SHEET_NAME]);
}

/** Today in the machine's time zone, as the office's calendar has it. */
export function localToday(now = new Date()): IsoDate {
  return toIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** `section`, the earlier spelling of `category`, is still understood (scripts written before the rename). */
function parseGrouping(value: string): StatusGrouping {
  if (value === 'category' || value === 'section') return 'category';
  if (value === 'unit') return 'unit';
  throw new CliError(msg.badBy(value));
}

export function parseOptions(options: PrintCommandOptions): StatusTableOptions {
  const by = parseGrouping(options.by);
  if (options.only !== undefined && options.only !== 'overdue' && options.only !== 'not-done') throw new CliError(msg.badOnly(options.only));
  return {
    today: options.today === undefined ? localToday() : parseDateOption('--today', options.today),
    by,
    ...(options.only !== undefined && { only: options.only as StatusFilter }),
    ...(options.unit !== undefined && { unit: options.unit.trim() }),
  };
}

function checkUnit(ledger: Ledger, unit: string | undefined): void {
  if (unit === undefined || ledger.tasks.some((t) => t.leadUnits.includes(unit))) return;
  throw new CliError(msg.unknownUnit(unit, [...new Set(ledger.tasks.flatMap((t) => t.leadUnits))]));
}

function defaultOutput(file: string, xlsx: boolean): string {
  return join(dirname(file), `${basename(file, extname(file))}-推进情况表${xlsx ? '.xlsx' : '.pdf'}`);
}

async function pdfBytes(ledger: Ledger, options: StatusTableOptions): Promise<Buffer> {
  const soffice = findSoffice(process.env[SOFFICE_ENV] || undefined);
  if (soffice === null) throw new CliError(msg.libreOfficeMissing());
  const print = await libreOfficePrintOptions();
  const work = await mkdtemp(join(tmpdir(), 'task-ledger-print-'));
  try {
    const xlsx = join(work, '推进情况表.xlsx');
    const pdf = join(work, '推进情况表.pdf');
    await writeFile(xlsx, await writePrintXlsx(buildPrintLayout(ledger, options, print)));
    await convertToPdf(xlsx, pdf, soffice);
    return await readFile(pdf);
  } catch (err) {
    if (err instanceof PdfConversionError) throw new CliError(msg.conversionFailed(err.detail), 1);
    throw err;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function summaryLine(ledger: Ledger, options: StatusTableOptions, output: string): string {
  const rows = buildStatusTable(ledger, options).groups.flatMap((g) => g.rows);
  const tasks = new Set(rows.map((r) => r.taskId)).size;
  const overdue = new Set(rows.filter((r) => r.light === 'overdue').map((r) => r.taskId)).size;
  return msg.written(output, tasks, overdue, buildUnitSummary(ledger, options.today).rows.length);
}
