/** What the ribbon commands do in the workbook, through the same store the pane uses. */
import type { Ledger } from '../core/ledger';
import { ExcelLedgerStore } from '../taskpane/store/excel-store';

async function requireLedger(store: ExcelLedgerStore, noLedgerMessage: string): Promise<Ledger> {
  const ledger = await store.load();
  if (!ledger) throw new Error(noLedgerMessage);
  return ledger;
}

/** 刷新状态: redraws the ledger's lights, colours and summary as of today. */
export async function refreshLedgerStatus(_today: string, noLedgerMessage: string): Promise<void> {
  const store = new ExcelLedgerStore();
  await store.save(await requireLedger(store, noLedgerMessage));
}

/** 打印状态表: builds and selects the 推进情况表 sheet; the user prints it with the host's dialog. */
export async function buildStatusTableSheet(today: string, noLedgerMessage: string): Promise<void> {
  const store = new ExcelLedgerStore();
  await requireLedger(store, noLedgerMessage);
  await store.buildStatusTable(today, 'category');
}
