/**
 * `task-ledger import <breakdown> --update <ledger.xlsx>`: a revised breakdown updates the ledger
 * in place (locked, backed up, refused if the ledger changed since it was read). The ledger keeps
 * its identity, so returns already sent out still merge.
 */
import * as path from 'path';
import { mergeBlockers } from '../core/consolidate';
import type { ImportResult } from '../core/import';
import { REIMPORT_MSG, reimportLedger, reimportReportSections, type Ledger, type ReimportReport } from '../core/ledger';
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
  const lines = [REIMPORT_MSG.summary(report)];
  for (const section of reimportReportSections(report)) lines.push(section.heading, ...section.lines.map((l) => `  ${l}`));
  if (written.backup) lines.push(`已备份原台账：${written.backup}`);
  lines.push(`已写入台账：${written.output}`);
  return `${lines.join('\n')}\n`;
}
