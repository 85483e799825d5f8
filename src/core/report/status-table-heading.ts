/** Group headings of the printed status table: `一、聚焦高质量发展推进信息公开`, or a unit's name. */
import { categoryLabel } from '../ledger';
import type { Category } from '../ledger';

export const NO_CATEGORY_HEADING = '其他工作';
export const NO_LEAD_UNIT_HEADING = '未明确牵头单位';

/** `{ no: 1, title: '聚焦…' }` → `一、聚焦…`, as the ledger's 工作类别 shows it. */
export function categoryHeading(category: Category): string {
  return categoryLabel(category).trim() || NO_CATEGORY_HEADING;
}
