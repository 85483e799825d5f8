/** `task-ledger status <ledger.xlsx> [--today YYYY-MM-DD] [--json]`: each task's light and the per-unit counts. */
import type { Command } from 'commander';
import * as path from 'path';
import { ledgerStatus, type LedgerStatus, type TaskStatus } from '../core/ledger';
import type { SummaryCounts } from '../core/report';
import { chineseDate } from '../core/finding';
import { parseDateOption } from './options';
import { findingLine } from './finding-text';
import { loadLedgerFile } from './load-ledger';
import { localToday } from './print-command';

export interface StatusCommandOptions {
  today?: string;
  json?: boolean;
}

export function parseToday(value: string | undefined): string {
  if (value === undefined) return localToday();
  return parseDateOption('--today', value);
}

function taskLine(t: TaskStatus): string {
  const due = t.due === null ? t.deadline || '无时限' : `截止 ${t.due}`;
  const left = t.daysLeft === null ? '' : t.daysLeft < 0 ? `，逾期 ${-t.daysLeft} 天` : `，剩 ${t.daysLeft} 天`;
  return `  ${t.id.padEnd(6)} ${t.mark.padEnd(4, '　')} ${t.status || '未填'}，${due}${left}，${t.leadUnits.join('、') || '无牵头单位'}`;
}

function countsLine(c: SummaryCounts): string {
  const rate = c.completionRate === null ? '—' : `${(c.completionRate * 100).toFixed(1)}%`;
  return `  ${c.name}：任务 ${c.total}，已完成 ${c.done}，推进中 ${c.inProgress}，逾期 ${c.overdue}，临期 ${c.dueSoon}，完成率 ${rate}`;
}

export function statusText(file: string, s: LedgerStatus): string {
  const t = s.summary.total;
  return [
    `${path.basename(file)}，截至 ${chineseDate(s.today)}（临期：${s.dueSoonDays} 天内到期）`,
    `共 ${t.total} 项：逾期 ${t.overdue}，临期 ${t.dueSoon}，已完成 ${t.done}，推进中 ${t.inProgress}。`,
    '各任务：',
    ...s.tasks.map(taskLine),
    '各牵头单位：',
    ...s.summary.units.map(countsLine),
  ].join('\n') + '\n';
}

export function registerStatusCommand(program: Command): Command {
  return program
    .command('status')
    .description('显示每项任务的红黄绿灯（逾期/临期/正常/完成/持续）和各牵头单位的统计，规则与台账公式相同')
    .argument('<ledger.xlsx>', '任务台账文件')
    .option('--today <YYYY-MM-DD>', '按哪一天判断逾期和临期；默认今天')
    .option('--json', '以 JSON 输出（供脚本使用）')
    .action(async (file: string, options: StatusCommandOptions) => {
      const today = parseToday(options.today);
      const { ledger, findings } = await loadLedgerFile(file);
      for (const f of findings) process.stderr.write(`${findingLine(f)}\n`);
      const status = ledgerStatus(ledger, today);
      process.stdout.write(options.json ? `${JSON.stringify(status, null, 2)}\n` : statusText(file, status));
    });
}
