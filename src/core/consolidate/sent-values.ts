/**
 * What a return carries for a unit when it is sent (分发 prefills it) — and so what a return
 * sent back untouched still says. Distribution and consolidation both use this one rule.
 */
import { checksum, type LedgerTask, type UnitReport } from '../ledger';
import type { OwnedField } from './types';

export type SentValues = Pick<UnitReport, OwnedField>;

/** The unit's last report; for a task it leads alone and never reported on, the ledger's own row. */
export function sentValues(task: LedgerTask, unit: string): SentValues {
  const report = task.unitReports[unit];
  if (report) return report;
  if (task.leadUnits.length === 1) {
    return { status: task.status, progress: task.progress, evidence: task.evidence, contact: '', phone: '' };
  }
  return { status: '', progress: '', evidence: '', contact: '', phone: '' };
}

/** The fields whose change makes a row a report: contact and phone alone do not (the form fills them in for the unit). */
export const REPORT_FIELDS = ['status', 'progress', 'evidence'] as const satisfies readonly OwnedField[];

/**
 * What a row said in REPORT_FIELDS when its return was sent, as a short fingerprint the return
 * keeps in its metadata sheet (报送表信息, 发出时内容). A return compared with it, not with the
 * ledger as it is now, tells an untouched row even when the ledger changed since it was sent.
 */
export function sentFingerprint(values: Pick<SentValues, (typeof REPORT_FIELDS)[number]>): string {
  return checksum(JSON.stringify(REPORT_FIELDS.map((f) => values[f])));
}
