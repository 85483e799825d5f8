/**
 * `task-ledger import <breakdown> --update <ledger.xlsx>`: a revised breakdown updates the ledger
 * in place (locked, backed up, refused if the ledger changed since it was read). The ledger keeps
 * its identity, so returns already sent out still merge.
 */
import * as path from 'path';
import { mergeBlockers } from '../core/consolidate';
import { TASK_FIELDS } from '../core/fields';
import type { ImportResult } from '../core/import';
import { reimportLedger, type Ledger, type ReimportReport } from '../core/ledger';
import { writeLedgerXlsx } from '../xlsx/write-ledger';
import { CliError } from './cli-error';
import { loadLedgerFile } from './load-ledger';
import { localDateTime } from './local-time';
import { writeFileSafely, type SafeWriteResult } from './safe-write';
import { withWriteLock } from './write-lock';

export async function updateLedgerFile(result: ImportResult, ledgerFile: string, breakdownFile?: string): Promise<{ ledger: Ledger; report: ReimportReport; written: SafeWriteResult }> {
  return withWriteLock(ledgerFile, async () => {
    const { ledger, fingerprint } = await loadLedgerFile(ledgerFile);
    const blockers = mergeBlockers(ledger, path.basename(ledgerFile));
    if (blockers.length > 0) throw new CliError(blockers.map((f) => f.message).join('\n'));
    const time = localDateTime();
    const { ledger: updated, report } = reimportLedger(ledger, result, { time, file: breakdownFile === undefined ? undefined : path.basename(breakdownFile) });
    const written = await writeFileSafely(ledgerFile, await writeLedgerXlsx(updated), { backupTime: time, expect: fingerprint });
    return { ledger: updated, report, written };
  });
}

/** What the update did, in Chinese: counts, then each task added, removed and changed. */
export function updateSummary(report: ReimportReport, written: SafeWriteResult): string {
  const lines = [`已按新的分解表更新任务台账（台账标识不变，已发出的报送表仍可合并）：新增 ${report.added.length} 项、删除 ${report.removed.length} 项、修改 ${report.changed.length} 项。`];
  if (report.added.length > 0) lines.push('新增：', ...report.added.map((a) => `  ${a.id} ${a.task}`));
  if (report.removed.length > 0) {
    lines.push('删除：', ...report.removed.map((r) => `  ${r.id} ${r.task}${r.keptReports > 0 ? `（${r.keptReports} 个单位的报送保留在“单位报送”中）` : ''}`));
  }
  if (report.changed.length > 0) lines.push('修改：', ...report.changed.map((c) => `  ${c.id} ${c.task}（改了：${c.fields.map((f) => TASK_FIELDS[f].label).join('、')}）`));
  if (written.backup) lines.push(`已备份原台账：${written.backup}`);
  lines.push(`已写入台账：${written.output}`);
  return `${lines.join('\n')}\n`;
}
