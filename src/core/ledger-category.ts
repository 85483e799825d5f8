/** 工作类别 as the ledger shows it: `一、聚焦高质量发展推进信息公开` ⇄ { no: 1, title }. */
import type { Category } from './task';

const DIGITS = '零一二三四五六七八九';
const LABEL = /^([一二三四五六七八九十]+)[、.．]\s*(.*)$/s;

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensPart = tens === 0 ? '' : `${tens === 1 ? '' : DIGITS[tens]}十`;
  return tensPart + (ones === 0 ? '' : DIGITS[ones]);
}

export function parseChineseNumeral(text: string): number | null {
  if (!/^[一二三四五六七八九十]+$/.test(text)) return null;
  const at = text.indexOf('十');
  if (at < 0) return text.length === 1 ? DIGITS.indexOf(text) : null;
  const tens = at === 0 ? 1 : DIGITS.indexOf(text.slice(0, at));
  const rest = text.slice(at + 1);
  const ones = rest === '' ? 0 : rest.length === 1 ? DIGITS.indexOf(rest) : -1;
  if (at > 1 || tens < 1 || ones < 0) return null;
  return tens * 10 + ones;
}

export function categoryLabel(category: Category): string {
  if (category.no < 1) return category.title;
  return `${chineseNumeral(category.no)}、${category.title}`;
}

/** The inverse of categoryLabel; a text without a leading numeral is section 0 with that title. */
export function parseCategoryLabel(label: string): Category {
  const m = LABEL.exec(label.trim());
  const no = m ? parseChineseNumeral(m[1]) : null;
  if (!m || no === null) return { no: 0, title: label.trim() };
  return { no, title: m[2].trim() };
}
