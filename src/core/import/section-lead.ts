import { endsLikeUnit } from './join-text';
import { leadNamedIn, splitUnitList } from './unit-cells';
import { readLabels } from './unit-label';

/**
 * `县发改局牵头工作（3项）`, `县教体局、县卫健委牵头的任务`, `县住建局负责事项`: a section whose title
 * names the units that lead its tasks, as a 任务清单 grouped by lead unit has; or whose title closes
 * in them (`推进城市更新（县住建局牵头，县城管局配合）`).
 */
const SECTION_LEAD = /^(.+?)(?:牵头负责|牵头|负责)(?:的)?(?:重点)?(?:工作任务|工作|任务|事项)?(?:清单)?(?:\s*[（(]\s*(?:共\s*)?\d+\s*(?:项|条)\s*[）)])?$/s;
const MAX_NAME = 20;

/** The lead units a section title names, or null when it names none. */
export function categoryLeadUnits(title: string | undefined): string[] | null {
  const m = title === undefined ? null : SECTION_LEAD.exec(title.trim());
  const bracket = title === undefined || m ? null : CLOSING_BRACKET.exec(title.trim());
  const units = m ? splitUnitList(m[1]) : bracket ? leadNamedIn(bracket[1]) ?? labelledLead(bracket[1]) : null;
  if (units !== null && units.length > 0 && units.every((u) => u.length <= MAX_NAME && endsLikeUnit(u))) return units;
  return unitsNamed(title);
}

/**
 * `一、县发改局（3项）`, `（二）县教体局、县卫健委`: a title that is nothing but the names of units,
 * as a 任务清单 grouped by unit has — each name a government unit's (`县…局`, `区…委`, `各乡镇`), so
 * that a topic (`建设数字政府`, `市场监管`) is never taken for one.
 */
function unitsNamed(title: string | undefined): string[] | null {
  const m = title === undefined ? null : UNITS_ONLY.exec(title.trim());
  if (!m || /[，,。；;：:]/.test(m[1])) return null;
  const units = splitUnitList(m[1]);
  return units.length > 0 && units.every((u) => u.length <= MAX_NAME && GOVERNMENT_UNIT.test(u)) ? units : null;
}

const UNITS_ONLY = /^(.+?)(?:\s*[（(]\s*(?:共\s*)?\d+\s*(?:项|条)\s*[）)])?$/s;
const GOVERNMENT_UNIT = /^(?:各|[县市区省州旗镇乡])[\u4e00-\u9fa5（）()]{1,16}(?:局|委|办|政府|管委会|中心|厅|院|街道|乡镇|镇|乡)(?:[（(][^（）()]*[）)])?$/;

/** `（牵头单位：X；配合单位：Y）`, `（责任单位：X、Y）`: the lead a title's labelled bracket names (a 责任单位 list: its first). */
function labelledLead(bracket: string): string[] | null {
  const parts = readLabels(bracket) ?? [];
  const lead = parts.filter((p) => p.kind === 'lead').flatMap((p) => splitUnitList(p.value));
  if (lead.length > 0) return lead;
  const units = parts.filter((p) => p.kind === 'units').flatMap((p) => leadNamedIn(p.value) ?? splitUnitList(p.value).slice(0, 1));
  return units.length > 0 ? units : null;
}

/** A title's closing bracket: `（县住建局牵头）`. */
const CLOSING_BRACKET = /[（(]([^（）()]+)[）)]\s*[。.]?$/;
