/** A ledger and filled returns in a folder, for the write-safety tests (in-process and child processes). */
import { promises as fs } from 'fs';
import * as path from 'path';
import { planReturns } from '../../src/core/distribute';
import type { Ledger } from '../../src/core/ledger';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { writeReturnXlsx } from '../../src/xlsx/write-return';
import { fillReturn } from '../support/returns-fill';
import { GENERATED, fixtureLedger } from '../support/returns-scenario';

/** Each unit reports one of its tasks 推进中 with its own words. */
export const REPORTS: Record<string, string> = { 区财政局: '2-05', 区自然资源局: '2-03', 区教体局: '2-02', 区卫健委: '2-08' };

export function progressOf(unit: string): string {
  return `${unit}本月已按要求推进`;
}

export async function writeScenario(dir: string, units: string[]): Promise<{ ledgerFile: string; returns: Record<string, string> }> {
  const ledger = fixtureLedger();
  const ledgerFile = path.join(dir, '台账.xlsx');
  await fs.writeFile(ledgerFile, await writeLedgerXlsx(ledger));
  const plans = planReturns(ledger, { round: '2024-09' }).returns;
  const returns: Record<string, string> = {};
  for (const unit of units) {
    const plan = plans.find((p) => p.unit === unit)!;
    const file = path.join(dir, `${unit}.xlsx`);
    await fs.writeFile(file, await fillReturn(await writeReturnXlsx(plan, GENERATED), { [REPORTS[unit]]: { status: '推进中', progress: progressOf(unit) } }));
    returns[unit] = file;
  }
  return { ledgerFile, returns };
}

export async function readLedgerFile(file: string): Promise<Ledger | null> {
  return (await readLedgerXlsx(await fs.readFile(file), path.basename(file))).ledger;
}

/** Whether the ledger holds the unit's report (its progress on its task). */
export function hasReport(ledger: Ledger, unit: string): boolean {
  return ledger.tasks.find((t) => t.id === REPORTS[unit])!.progress === progressOf(unit);
}
