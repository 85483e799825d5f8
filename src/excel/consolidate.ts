/**
 * 合并 in the open workbook: read the ledger, 单位报送 included (./read-ledger.ts), read the picked
 * returns with ExcelJS (src/xlsx/read-return.ts), consolidate in core, and draw the new ledger
 * back once (./render-ledger.ts). Nothing is written when nothing changed, and a failed write
 * puts the old sheets back (renderWorkbookLayout's replace plan).
 * Syncs: 2 to read + those of one render, which splits its writes into requests under 4 MB, so
 * they grow with the size of the ledger written back (6 for 10 returns, 11 for 300 into 5,000
 * tasks), not with the number of files read.
 */
import { consolidate } from '../core/consolidate';
import type { ConsolidationReport, ParsedReturn } from '../core/consolidate';
import { undoLastConsolidation, type UndoResult } from '../core/consolidate';
import type { Ledger } from '../core/ledger';
import { readReturnXlsx } from '../xlsx/read-return';
import { attempt, type ExcelOutcome } from './outcome';
import { readOpenLedger } from './read-ledger';
import { drawLedger } from './render-ledger';

/** A returned file as the task pane picked it. */
export interface ReturnUpload {
  name: string;
  bytes: Uint8Array;
}

export interface WorkbookConsolidation {
  report: ConsolidationReport;
  /** Whether the ledger was written (false when nothing changed). */
  written: boolean;
}

async function requireLedger(): Promise<Ledger> {
  const { ledger, findings } = await readOpenLedger();
  if (!ledger) throw new Error(findings.find((f) => f.level === 'error')?.message ?? findings[0]?.message ?? '当前工作簿中没有任务台账');
  return ledger;
}

/** A file being read (`reading`) or read (`read`): the pane shows each file's progress. */
export type ReadProgress = (index: number, phase: 'reading' | 'read') => void;

/** Lets the pane draw a file's progress before the next file is read. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The pane's 合并 (and the bench's): one path from the picked files to the ledger drawn back. */
export function consolidateInWorkbook(
  uploads: readonly ReturnUpload[],
  options: { batchId: string; time: string; round?: string },
  onRead: ReadProgress = () => undefined,
): Promise<ExcelOutcome<WorkbookConsolidation>> {
  return attempt(async () => {
    const ledger = await requireLedger();
    const returns: ParsedReturn[] = [];
    for (const [i, u] of uploads.entries()) {
      onRead(i, 'reading');
      await yieldToPage();
      returns.push(await readReturnXlsx(u.bytes, u.name));
      onRead(i, 'read');
    }
    const { ledger: next, report } = consolidate(ledger, returns, options);
    if (report.changes === 0) return { report, written: false };
    await drawLedger(next);
    return { report, written: true };
  });
}

export function undoInWorkbook(): Promise<ExcelOutcome<UndoResult>> {
  return attempt(async () => {
    const result = undoLastConsolidation(await requireLedger());
    if (result.batchId !== null) await drawLedger(result.ledger);
    return result;
  });
}
