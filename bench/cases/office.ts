/**
 * Office.js round trips on the Excel stand-in (test/support/excel-standin): context.sync()
 * calls and the largest request for building a 50-, 5,000- and 50,000-task ledger, reading it
 * back, and consolidating 10 and 300 returns into the open 5,000-task ledger (consolidateInWorkbook).
 * Target: the sync count does not grow with rows or files; no request over 4 MB.
 */
import type { Ledger } from '../../src/core/ledger';
import { consolidateInWorkbook, type ReturnUpload } from '../../src/excel/consolidate';
import { readLedger } from '../../src/excel/read-ledger';
import { writeReturnXlsx } from '../../src/xlsx/write-return';
import { drawLedger, renderLedger } from '../../src/excel/render-ledger';
import { filledPlans, generateLedger } from '../../test/support/generate';
import { BENCH_SHAPE, ROUND } from './shape';
import { createExcelStandin, type ExcelStandin } from '../../test/support/excel-standin';
import { round, timeMs } from '../measure';

export interface OfficeCase {
  operation: string;
  size: string;
  ok: boolean;
  syncs: number;
  requests: number;
  largestRequestKB: number;
  largestResponseKB: number;
  ms: number;
  problem?: string;
}

const FOUR_MB_KB = 4 * 1024;

async function onStandin(standin: ExcelStandin, operation: string, size: string, action: () => Promise<{ ok: boolean; problem?: unknown }>): Promise<OfficeCase> {
  const restore = standin.install();
  const before = { syncs: standin.host.stats.syncs, requests: standin.host.stats.requestBytes.length };
  try {
    const { ms, value } = await timeMs(action);
    const stats = standin.host.stats;
    const sizes = stats.requestBytes.slice(before.requests);
    const result: OfficeCase = {
      operation,
      size,
      ok: value.ok,
      syncs: stats.syncs - before.syncs,
      requests: sizes.length,
      largestRequestKB: round(Math.max(0, ...sizes) / 1024),
      largestResponseKB: round(stats.largestResponseBytes / 1024),
      ms,
    };
    if (!value.ok) result.problem = JSON.stringify(value.problem).slice(0, 200);
    return result;
  } finally {
    restore();
  }
}

function ledgerOf(tasks: number): Ledger {
  return generateLedger({ tasks, units: Math.min(300, tasks), categorySize: Math.max(100, Math.ceil(tasks / 50)) });
}

/** The 5,000-task ledger in a fresh stand-in workbook, and the 300 filled returns as the task pane picks them. */
async function consolidationSetUp(): Promise<{ ledger: Ledger; uploads: ReturnUpload[] }> {
  const ledger = generateLedger(BENCH_SHAPE);
  const uploads: ReturnUpload[] = [];
  for (const plan of filledPlans(ledger, { round: ROUND })) uploads.push({ name: plan.fileName, bytes: new Uint8Array(await writeReturnXlsx(plan, '2024-09-20T08:00:00Z')) });
  return { ledger, uploads };
}

async function consolidationCases(): Promise<OfficeCase[]> {
  const { ledger, uploads } = await consolidationSetUp();
  const cases: OfficeCase[] = [];
  for (const count of [10, 300]) {
    const standin = createExcelStandin({ maxApiVersion: '1.9' });
    const restore = standin.install();
    await drawLedger(ledger).finally(restore);
    standin.host.resetStats();
    const options = { batchId: 'bench', time: '2024-09-26T10:00:00+08:00' };
    cases.push(await onStandin(standin, 'consolidate (consolidateInWorkbook)', `${count} returns → 5000 tasks`, () => consolidateInWorkbook(uploads.slice(0, count), options)));
  }
  return cases;
}

export async function benchOffice(): Promise<{ cases: OfficeCase[]; syncsConstant: boolean; under4MB: boolean; missing: string[] }> {
  const cases: OfficeCase[] = [];
  for (const tasks of [50, 5000, 50000]) {
    const ledger = ledgerOf(tasks);
    const standin = createExcelStandin({ maxApiVersion: '1.9' });
    cases.push(await onStandin(standin, 'build ledger (renderLedger)', `${tasks} tasks`, () => renderLedger(ledger)));
    cases.push(await onStandin(standin, 'read ledger (readLedger)', `${tasks} tasks`, () => readLedger()));
  }
  cases.push(...(await consolidationCases()));
  const byOperation = new Map<string, number[]>();
  for (const c of cases) byOperation.set(c.operation, [...(byOperation.get(c.operation) ?? []), c.syncs]);
  return {
    cases,
    syncsConstant: [...byOperation.values()].every((syncs) => syncs.every((s) => s === syncs[0])),
    under4MB: cases.every((c) => c.largestRequestKB <= FOUR_MB_KB),
    missing: [],
  };
}
