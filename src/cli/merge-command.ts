/**
 * `task-ledger merge <ledger.xlsx> <file-or-dir>... [-o merged.xlsx] [--round R] [--json]` and
 * `task-ledger undo <ledger.xlsx> [-o out.xlsx]`. Every return is read and checked first; the
 * ledger is written once at the end. Without -o the ledger is updated in place after a backup
 * copy (`台账.备份-20240926-100000.xlsx`) is written beside it.
 * Exit code: 0 when every file merged; 3 when the merge ran but a file was rejected or only
 * partly merged; 2 for bad input (no ledger, no returns).
 */
import type { Command } from 'commander';
import * as path from 'path';
import { consolidate, mergeBlockers } from '../core/consolidate';
import type { ConsolidationReport, ParsedReturn } from '../core/consolidate';
import { undoLastConsolidation } from '../core/consolidate';
import type { Finding } from '../core/finding';
import { writeMessages } from '../core/finding';
import type { Ledger } from '../core/ledger';
import { findSoffice } from '../xlsx/print-pdf';
import { writeLedgerXlsx } from '../xlsx/write-ledger';
import { CliError } from './cli-error';
import { findingJson } from './finding-json';
import { SOFFICE_ENV } from './print-command';
import { loadReturn, returnFiles, type IgnoredFile } from './return-files';
import { parseRound } from './distribute-command';
import { loadLedgerFile } from './load-ledger';
import { localDateTime } from './local-time';
import { checkOutput, sameFile, type OutputCheck } from './output-guard';
import { timeStamp, writeFileSafely, type FileFingerprint, type SafeWriteResult } from './safe-write';
import { withWriteLock } from './write-lock';

/** Where the ledger goes: in place after a backup (refused if another writer changed it since it was read), or to a new `-o` file. */
async function writeLedger(
  ledger: Ledger,
  loaded: { file: string; fingerprint: FileFingerprint },
  output: { file: string; check: OutputCheck } | undefined,
  time: string,
): Promise<SafeWriteResult> {
  const bytes = await writeLedgerXlsx(ledger);
  if (!output) return writeFileSafely(loaded.file, bytes, { backupTime: time, expect: loaded.fingerprint });
  return writeFileSafely(output.file, bytes, { expect: output.check.expect, ...(output.check.backup ? { backupTime: time } : {}) });
}

/** `-o`: never the ledger itself (that is the in-place update) nor one of the returns; an existing file only with --force. */
async function checkMergeOutput(output: string | undefined, ledgerFile: string, inputs: readonly string[], force: boolean): Promise<{ file: string; check: OutputCheck } | undefined> {
  if (output === undefined) return undefined;
  if (await sameFile(output, ledgerFile)) throw new CliError(writeMessages.sameAsLedger(output));
  return { file: output, check: await checkOutput(output, inputs, { force }) };
}

/** The batch's name; a second merge within the same second gets `-2` (undo takes back one batch, never two). */
function uniqueBatchId(base: string, ledger: Ledger): string {
  const used = new Set(ledger.changes.map((c) => c.batchId));
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** `changes`: every change recorded (0 = the ledger did not change); `recorded`: the rows 变更记录 shows. */
export function mergeJson(report: ConsolidationReport, written: SafeWriteResult | null, recorded: number) {
  return {
    round: report.round,
    batchId: report.batchId,
    files: report.files.map((f) => ({
      file: f.file,
      unit: f.unit,
      status: f.status,
      ...(f.reason ? { reason: f.reason } : {}),
      updated: f.updated,
      merged: f.merged,
      unchanged: f.unchanged,
      deleted: f.deleted,
      conflicts: f.conflicts.map(findingJson),
      errors: f.findings.filter((x) => x.level === 'error').map(findingJson),
      warnings: f.findings.filter((x) => x.level !== 'error').map(findingJson),
      ...(f.matchedByText.length > 0 ? { matchedByText: f.matchedByText } : {}),
    })),
    missingUnits: report.missingUnits,
    changes: report.changes,
    recorded,
    output: written?.output ?? null,
    backup: written?.backup ?? null,
  };
}

const MARKS = { merged: '✓', partial: '△', rejected: '✗' } as const;
const STATUS_TEXT = { merged: '已合并', partial: '部分合并', rejected: '未合并' } as const;
const REASON_TEXT = { 'older-round': '较旧轮次，未合并', blank: '未填写，未合并' } as const;

export function mergeSummary(report: ConsolidationReport, written: SafeWriteResult | null, recorded: number, ignored: readonly IgnoredFile[] = [], kept: readonly Finding[] = []): string {
  const count = (s: keyof typeof MARKS) => report.files.filter((f) => f.status === s).length;
  const lines = [
    `合并 ${report.files.length} 个文件（轮次 ${report.round}）：已合并 ${count('merged')}，部分合并 ${count('partial')}，未合并 ${count('rejected')}；变更记录新增 ${recorded} 条。`,
  ];
  for (const f of report.files) {
    const who = f.unit ? `（${f.unit}）` : '';
    const what = f.reason ? REASON_TEXT[f.reason] : f.status === 'rejected' ? STATUS_TEXT.rejected : `${STATUS_TEXT[f.status]}，更新 ${f.updated} 项任务，未变 ${f.unchanged.length} 项`;
    lines.push(`  ${MARKS[f.status]} ${f.file}${who}：${what}`);
    for (const x of [...f.conflicts, ...f.findings]) lines.push(`      ${x.message}`);
  }
  for (const f of ignored) lines.push(`  - ${f.message}`);
  for (const f of kept) lines.push(`注意：${f.message}`);
  lines.push(report.missingUnits.length > 0 ? `催报名单（${report.missingUnits.length} 个单位未报送）：${report.missingUnits.join('、')}` : '所有牵头单位均已报送。');
  if (written?.backup) lines.push(`已备份原台账：${written.backup}`);
  lines.push(written ? `已写入台账：${written.output}` : '台账没有变化，未写入。');
  return `${lines.join('\n')}\n`;
}

export interface MergeCommandOptions {
  output?: string;
  round?: string;
  json?: boolean;
  force?: boolean;
}

/** The ledger (or the -o file) is locked from before it is read until it is written: a second merge at the same time is refused. */
export async function runMerge(ledgerFile: string, inputs: string[], options: MergeCommandOptions): Promise<void> {
  const round = options.round === undefined ? undefined : parseRound(options.round);
  await withWriteLock(options.output ?? ledgerFile, async () => {
    const { ledger, fingerprint, findings: ledgerFindings } = await loadLedgerFile(ledgerFile);
    refuseBlockedLedger(ledger, ledgerFile);
    // Reports of tasks deleted from 任务台账 are kept; say so, so that nobody thinks them lost.
    const kept = ledgerFindings.filter((f) => f.code === 'ledger.orphan-report');
    const { files, ignored } = await returnFiles(inputs, ledgerFile);
    const output = await checkMergeOutput(options.output, ledgerFile, files, options.force === true);
    const soffice = findSoffice(process.env[SOFFICE_ENV] || undefined);
    const returns: ParsedReturn[] = [];
    for (const file of files) returns.push(await loadReturn(file, soffice));
    const time = localDateTime();
    const { ledger: merged, report } = consolidate(ledger, returns, { batchId: uniqueBatchId(`合并-${timeStamp(time)}`, ledger), time, ...(round ? { round } : {}) });
    const mustWrite = report.changes > 0 || output !== undefined;
    const written = mustWrite ? await writeLedger(merged, { file: ledgerFile, fingerprint }, output, time) : null;
    const { recorded } = report;
    process.stdout.write(
      options.json
        ? `${JSON.stringify({ ...mergeJson(report, written, recorded), ignored, keptReports: kept.map(findingJson) }, null, 2)}\n`
        : mergeSummary(report, written, recorded, ignored, kept),
    );
    if (report.files.some((f) => f.status !== 'merged')) process.exitCode = 3;
  });
}

/** A ledger merge or undo must not write (duplicate 任务编号): the user's error, exit 2. */
function refuseBlockedLedger(ledger: Ledger, ledgerFile: string): void {
  const blockers = mergeBlockers(ledger, path.basename(ledgerFile));
  if (blockers.length > 0) throw new CliError(blockers.map((f) => f.message).join('\n'));
}

export async function runUndo(ledgerFile: string, options: { output?: string; force?: boolean }): Promise<void> {
  await withWriteLock(options.output ?? ledgerFile, async () => {
    const { ledger, fingerprint, shownChanges, damagedBatches } = await loadLedgerFile(ledgerFile);
    refuseBlockedLedger(ledger, ledgerFile);
    const output = await checkMergeOutput(options.output, ledgerFile, [], options.force === true);
    const result = undoLastConsolidation(ledger, shownChanges, damagedBatches);
    const refusal = result.findings.find((f) => f.level === 'error');
    if (refusal) throw new CliError(refusal.message);
    if (result.batchId === null) {
      process.stdout.write(`${result.findings.map((f) => f.message).join('\n')}\n`);
      return;
    }
    const written = await writeLedger(result.ledger, { file: ledgerFile, fingerprint }, output, localDateTime());
    const lines = [`已撤销合并批次 ${result.batchId}，恢复 ${result.restored} 条变更。`, ...result.findings.map((f) => `注意：${f.message}`)];
    if (written.backup) lines.push(`已备份撤销前的台账：${written.backup}`);
    lines.push(`已写入台账：${written.output}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  });
}

export function registerMergeCommand(program: Command): Command {
  program
    .command('merge')
    .description('合并：把各单位报送表中的完成状态、进展情况等合并进任务台账（按任务编号对应）')
    .argument('<ledger.xlsx>', '任务台账文件')
    .argument('<file-or-dir...>', '报送表文件，或存放报送表的文件夹')
    .option('-o, --output <merged.xlsx>', '合并结果另存为此文件；不指定时先备份原台账，再直接更新原台账')
    .option('--round <YYYY-MM>', '本次合并的报送轮次；默认取报送表中最新的轮次')
    .option('--json', '以 JSON 输出（供脚本使用）')
    .option('--force', '-o 的文件已存在时仍然覆盖（先备份原文件）')
    .action((file: string, inputs: string[], options: MergeCommandOptions) => runMerge(file, inputs, options));
  return program
    .command('undo')
    .description('撤销最近一次合并，台账恢复到合并前（依据变更记录）')
    .argument('<ledger.xlsx>', '任务台账文件')
    .option('-o, --output <file.xlsx>', '结果另存为此文件；不指定时先备份，再直接更新原台账')
    .option('--force', '-o 的文件已存在时仍然覆盖（先备份原文件）')
    .action((file: string, options: { output?: string; force?: boolean }) => runUndo(file, options));
}
