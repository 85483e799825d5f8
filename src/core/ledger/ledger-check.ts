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

/** Finding areas the rules above produce: a saved ledger's findings of these are made again, never kept. */
const RULE_AREAS = ['unit.', 'deadline.'];

/**
 * What 校验 lists whenever the ledger is saved (import, merge, undo, check --write): the rules
 * run on the ledger as it now is, after the notes made when it was built that no rule can make
 * again (how the breakdown was read: `import.*`). So the workbook's to-do list is what `check`
 * says of the saved file.
 */
export function currentFindings(ledger: Ledger): Finding[] {
  const isRule = (f: Finding) => RULE_AREAS.some((area) => f.code.startsWith(area));
  // A rule finding the import made too keeps the import's wording (it knew the table around the row).
  const stored = new Map(ledger.findings.filter(isRule).map((f) => [ruleKey(f), f]));
  const [notes, rules] = [ledger.findings.filter((f) => !isRule(f)), checkLedger(ledger)];
  return [...notes, ...rules.map((f) => stored.get(ruleKey(f)) ?? f)];
}

function ruleKey(f: Finding): string {
  return [f.code, f.taskId ?? '', f.field ?? '', ruleSubject(f)].join('\u0000');
}

/**
 * What in the field a rule finding is about: its suggestion (the unit it should read). A missing
 * lead unit is about the whole field: the import's finding (which could see the merged cell
 * above, and suggests its units, with a fix) stands for the rule's.
 */
function ruleSubject(f: Finding): string {
  return f.code === 'unit.lead-missing' ? '' : f.suggestion ?? '';
}
