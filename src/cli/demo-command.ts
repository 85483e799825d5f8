/** `task-ledger demo [-o out/ledger.xlsx]`: the main job on the bundled sample 任务分解表. */
import type { Command } from 'commander';
import * as path from 'path';
import { categoryLabel } from '../core/ledger';
import type { Ledger } from '../core/ledger';
import { ledgerStatus } from '../core/ledger';
import { chineseDate } from '../core/finding';
import { reportingUnits } from '../core/units';
import { findingCounts } from './finding-text';
import { loadBreakdown } from './load-breakdown';
import { localToday } from './print-command';
import { readLedgerXlsx } from '../xlsx/read-ledger';
import { writeNewLedger } from './write-ledger-file';

/** The sample table ships in examples/ (a copy of test/fixtures/guangfeng-2024-breakdown.txt). */
export const DEMO_BREAKDOWN = path.join(__dirname, '..', '..', 'examples', 'guangfeng-2024-breakdown.txt');
export const DEMO_OUTPUT = path.join('out', 'ledger.xlsx');

export function demoSummary(ledger: Ledger, output: string, today: string): string {
  const sections = new Set(ledger.tasks.map((t) => categoryLabel(t.category))).size;
  const reporting = new Set(ledger.tasks.flatMap(reportingUnits));
  const groups = [...new Set(ledger.tasks.flatMap((t) => t.leadUnits))].filter((u) => !reporting.has(u));
  const groupNote = groups.length > 0 ? `（${groups.map((g) => `“${g}”`).join('、')}是泛指，不分发）` : '';
  const t = ledgerStatus(ledger, today).summary.total;
  return [
    `示例：${ledger.meta.title}（计划年度 ${ledger.meta.planYear} 年）`,
    `已生成任务台账：${output}`,
    `  ${ledger.tasks.length} 项任务，${sections} 个板块；${reporting.size} 个牵头单位各需报送一份报送表${groupNote}。`,
    `  校验发现 ${ledger.findings.length} 个问题（${findingCounts(ledger.findings)}），见“校验”工作表。`,
    `  截至 ${chineseDate(today)}：逾期 ${t.overdue} 项，临期 ${t.dueSoon} 项，已完成 ${t.done} 项。`,
    '用 Excel、WPS 或 LibreOffice 打开即可：逾期整行标红、临期标黄、完成标绿，每天自动更新。',
    '',
  ].join('\n');
}

export function registerDemoCommand(program: Command): Command {
  return program
    .command('demo')
    .description('用自带的示例任务分解表生成任务台账（默认 out/ledger.xlsx）并打印摘要')
    .option('-o, --output <file>', '台账保存位置（已存在的示例台账会被替换，其他文件不覆盖）', DEMO_OUTPUT)
    .option('--force', '-o 的文件已存在且不是示例台账时仍然覆盖（先备份原文件）')
    .action(async (options: { output: string; force?: boolean }) => {
      const result = await loadBreakdown(DEMO_BREAKDOWN);
      const replaceable = async (bytes: Buffer) => (await readLedgerXlsx(bytes, path.basename(options.output))).ledger?.meta.title === result.title;
      const { ledger } = await writeNewLedger(result, options.output, { force: options.force === true, replaceable });
      process.stdout.write(demoSummary(ledger, options.output, localToday()));
    });
}
