/** Group headings of the printed status table: `一、聚焦高质量发展推进信息公开`, or a unit's name. */
import type { Category } from './task';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
export const NO_CATEGORY_HEADING = '其他工作';
export const NO_LEAD_UNIT_HEADING = '未明确牵头单位';

/** 1 → `一`, 10 → `十`, 12 → `十二`, 20 → `二十`, 35 → `三十五`; numbers from 100 up stay in digits. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`not a section number: ${n}`);
  if (n < 10) return DIGITS[n];
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** `{ no: 1, title: '聚焦…' }` → `一、聚焦…`; a category without number keeps its title alone. */
export function sectionHeading(category: Category): string {
  const title = category.title.trim();
  if (category.no <= 0) return title || NO_CATEGORY_HEADING;
  return `${chineseNumeral(category.no)}、${title}`;
}
