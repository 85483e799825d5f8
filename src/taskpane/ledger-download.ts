import type { PaneContext } from './context';
import { replace } from './dom';
import { downloadBytes, XLSX_MIME } from './download';
import { button } from './steps/step-frame';

/** File mode: the header offers the ledger as .xlsx whenever one is open. */
export function offerLedgerDownload(ctx: PaneContext, slot: HTMLElement): void {
  if (!ctx.ledger() || !ctx.store.ledgerFile) return replace(slot);
  replace(slot, button(ctx.t.downloadLedger, () => void download(ctx), 'secondary', { id: 'download-ledger' }));
}

async function download(ctx: PaneContext): Promise<void> {
  const file = await ctx.run(() => ctx.store.ledgerFile!());
  if (!file) return;
  downloadBytes(file.name, file.bytes, XLSX_MIME);
  ctx.announce(ctx.t.downloaded(file.name));
}
