/**
 * Ribbon commands (ExecuteFunction). Each registered action calls event.completed() on every
 * path (see run-command.ts). The Excel code is loaded only when a command runs.
 */
import { stringsFor } from '../taskpane/i18n';
import { localToday } from '../taskpane/today';
import { dialogNotify } from './notify';
import { runCommand, type CommandEvent } from './run-command';

Office.onReady(() => {
  Office.actions.associate('refreshStatus', (event: CommandEvent) => refreshStatus(event));
  Office.actions.associate('printStatusTable', (event: CommandEvent) => printStatusTable(event));
});

function strings() {
  return stringsFor(Office.context.displayLanguage);
}

export function refreshStatus(event: CommandEvent): Promise<void> {
  const t = strings();
  return runCommand(event, async () => {
    const { refreshLedgerStatus } = await import('./actions');
    await refreshLedgerStatus(localToday(), t.commandNoLedger);
    return '';
  }, { title: t.commandRefresh, ok: t.ok, failure: t.commandFailed }, dialogNotify);
}

export function printStatusTable(event: CommandEvent): Promise<void> {
  const t = strings();
  return runCommand(event, async () => {
    const { buildStatusTableSheet } = await import('./actions');
    await buildStatusTableSheet(localToday(), t.commandNoLedger);
    return '';
  }, { title: t.commandPrint, ok: t.ok, success: () => t.printReady, failure: t.commandFailed }, dialogNotify);
}
