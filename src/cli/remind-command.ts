/**
 * `task-ledger remind <ledger.xlsx> [--round 2024-09] [--report-by 2024-09-25] [--today YYYY-MM-DD]
 * [--office 名称] [-o 催报通知.txt] [--force] [--json]`: the 催报通知 for the units that have not
 * reported for the round or have overdue tasks, printed or written as a UTF-8 text file.
 */
import type { Command } from 'commander';
import { writeMessages } from '../core/finding';
import { buildReminder, type Reminder } from '../core/remind';
import { parseRound } from './distribute-command';
import { loadLedgerFile } from './load-ledger';
import { localDateTime } from './local-time';
import { parseDateOption } from './options';
import { checkOutput } from './output-guard';
import { writeFileSafely } from './safe-write';
import { parseToday } from './status-command';
import { withWriteLock } from './write-lock';

export interface RemindCommandOptions {
  round?: string;
  reportBy?: string;
  today?: string;
  office?: string;
  output?: string;
  force?: boolean;
  json?: boolean;
}

/** A BOM so that Notepad and WPS on older Windows read the file as UTF-8. */
const BOM = '\uFEFF';
const EARLIER_REMINDER = /^(关于报送.*的催报通知\n|截至.*无需催报。\n)/;

/** What remind may replace without --force: a notice it wrote before. */
function isEarlierReminder(bytes: Buffer): boolean {
  return EARLIER_REMINDER.test(bytes.toString('utf8').replace(/^\uFEFF/, ''));
}

function reminderJson(reminder: Reminder, round: string, reportBy: string | undefined): string {
  const json = { round, reportBy: reportBy ?? null, title: reminder.title, chase: reminder.chase, units: reminder.units, text: reminder.text };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export async function runRemind(file: string, options: RemindCommandOptions): Promise<void> {
  const today = parseToday(options.today);
  const round = parseRound(options.round);
  const reportBy = options.reportBy === undefined ? undefined : parseDateOption('--report-by', options.reportBy);
  const { ledger } = await loadLedgerFile(file);
  const office = options.office?.trim();
  const reminder = buildReminder(ledger, { today, round, ...(reportBy ? { reportBy } : {}), ...(office ? { office } : {}) });
  const output = options.output;
  if (output === undefined) {
    process.stdout.write(options.json ? reminderJson(reminder, round, reportBy) : reminder.text);
    return;
  }
  const written = await withWriteLock(output, async () => {
    const check = await checkOutput(output, [file], { force: options.force === true, replaceable: isEarlierReminder, refusal: writeMessages.notEarlierReminder });
    return writeFileSafely(output, Buffer.from(BOM + reminder.text, 'utf8'), { expect: check.expect, ...(check.backup ? { backupTime: localDateTime() } : {}) });
  });
  if (written.backup) process.stdout.write(`${writeMessages.forcedBackup(written.backup)}\n`);
  process.stdout.write(options.json ? reminderJson(reminder, round, reportBy) : `已写入催报通知：${output}（${reminder.units.length} 个单位，其中 ${reminder.chase.length} 个未报送）\n`);
}

export function registerRemindCommand(program: Command): Command {
  return program
    .command('remind')
    .description('生成催报通知：列出本轮未报送的单位和有逾期任务的单位、各自的任务和报送截止，可直接发送')
    .argument('<ledger.xlsx>', '任务台账文件')
    .option('--round <YYYY-MM>', '催报哪一轮的报送；默认本月')
    .option('--report-by <YYYY-MM-DD>', '报送截止日期，写入通知')
    .option('--today <YYYY-MM-DD>', '按哪一天判断逾期；默认今天')
    .option('--office <名称>', '发通知的单位名称，署在通知末尾')
    .option('-o, --output <file>', '把通知写入文本文件（UTF-8）；不加时直接显示')
    .option('--force', '输出文件已存在、且不是之前生成的催报通知时仍然覆盖（先备份原文件）')
    .option('--json', '以 JSON 输出（供脚本使用）')
    .action((file: string, options: RemindCommandOptions) => runRemind(file, options));
}
