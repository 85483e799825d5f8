import type { Task } from '../ledger';
import { isGroupName } from './unit-resolve';

/**
 * The lead units that get a 报送表 and owe a return: every lead unit but group names
 * (`区直各相关单位`, `各乡镇（街道）` …), which name no single unit that could fill one in.
 * The importer's checks warn about those names; distribution, the 催报名单 and the derived
 * status of a multi-unit task all count only these units.
 */
export function reportingUnits(task: Pick<Task, 'leadUnits'>): string[] {
  return [...new Set(task.leadUnits)].filter((unit) => !isGroupName(unit));
}
