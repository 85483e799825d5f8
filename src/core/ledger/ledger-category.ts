/** 工作类别 as the ledger shows it: `一、聚焦高质量发展推进信息公开` ⇄ { no: 1, title }. */
import { parseChineseNumeral, toChineseNumeral } from '../import';
import type { Category } from './task';

const LABEL = /^([零〇一二两三四五六七八九十百]+)[、.．]\s*(.*)$/s;

export function categoryLabel(category: Category): string {
  if (category.no < 1) return category.title;
  return `${toChineseNumeral(category.no)}、${category.title}`;
}

/** The inverse of categoryLabel; a text without a leading numeral is section 0 with that title. */
export function parseCategoryLabel(label: string): Category {
  const m = LABEL.exec(label.trim());
  const no = m ? parseChineseNumeral(m[1]) : null;
  if (!m || no === null) return { no: 0, title: label.trim() };
  return { no, title: m[2].trim() };
}
