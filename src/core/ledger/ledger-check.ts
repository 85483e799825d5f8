/**
 * 校验 of a ledger as it stands now — after people edited it in Excel or WPS — with the same
 * unit and deadline rules the importer runs on a breakdown. Findings name the task and field;
 * the adapters turn that into a cell of their sheet. Pure.
 */
import { checkDeadline } from '../deadline';
import type { Finding } from '../finding';
import type { Ledger } from './ledger';
import { checkUnits } from '../units';

/**
 * `readFindings`: what reading the workbook noticed (listed first). The ledger's own 单位名录
 * is the reference: a unit missing from it is reported once the directory is not empty.
 */
export function checkLedger(ledger: Ledger, readFindings: readonly Finding[] = [], file?: string): Finding[] {
  const strict = ledger.units.length > 0;
  const ruleFindings = ledger.tasks.flatMap((task) => [
    ...checkUnits(task, ledger.units, { strict, file }),
    ...checkDeadline(task, ledger.meta.planYear).map((f) => (file === undefined ? f : { ...f, file })),
  ]);
  return [...readFindings, ...ruleFindings];
}
