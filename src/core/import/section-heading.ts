import { parseChineseNumeral } from './chinese-numeral';

/** A numbered heading such as `一、聚焦…` (level 1) or `（一）…` (level 2). */
export interface CategoryHeading {
  level: 1 | 2;
  no: number;
  title: string;
}

const LEVEL_1 = /^([零〇一二两三四五六七八九十百]+)\s*[、.．]\s*(.*)$/s;
const LEVEL_1_PART = /^第([零〇一二两三四五六七八九十百]+)(?:部分|章|篇|板块)\s*[、.．:：]?\s*(.*)$/s;
const LEVEL_2 = /^[（(]\s*([零〇一二两三四五六七八九十百]+)\s*[）)]\s*[、.．]?\s*(.*)$/s;
const ARABIC = /^(\d{1,2})\s*[、．.]\s*(\D.*)$/s;
const BARE_NUMERAL = /^([零〇一二两三四五六七八九十百]+)\s*[、.．]?$/;
const BARE_LEVEL_2 = /^[（(]\s*([零〇一二两三四五六七八九十百]+)\s*[）)]$/;

/** Reads a section heading; `allowArabic` for cells of a category column, where `1、…` (`1.…`) is a section too. */
export function parseCategoryHeading(text: string, allowArabic = false): CategoryHeading | null {
  const t = text.trim();
  let m = LEVEL_2.exec(t);
  if (m) return heading(2, m[1], m[2]);
  m = LEVEL_1.exec(t) ?? LEVEL_1_PART.exec(t);
  if (m) return heading(1, m[1], m[2]);
  if (allowArabic && (m = ARABIC.exec(t))) return { level: 1, no: Number(m[1]), title: tidyTitle(m[2]) };
  return null;
}

/** A 序号 cell that numbers a section rather than a task: `一`, `二、`, `（三）`. */
export function parseCategoryNumber(text: string): { level: 1 | 2; no: number } | null {
  const t = text.trim();
  let m = BARE_LEVEL_2.exec(t);
  if (m) return { level: 2, no: parseChineseNumeral(m[1]) ?? 0 };
  m = BARE_NUMERAL.exec(t);
  if (m) return { level: 1, no: parseChineseNumeral(m[1]) ?? 0 };
  return null;
}

function heading(level: 1 | 2, numeral: string, title: string): CategoryHeading | null {
  const no = parseChineseNumeral(numeral);
  if (no === null || no === 0) return null;
  return { level, no, title: tidyTitle(title) };
}

/** A heading's title without line breaks or a closing `。` (`一、做好财政信息公开。`). */
function tidyTitle(title: string): string {
  return title.replace(/\s*\n\s*/g, '').trim().replace(/[。.；;]$/, '');
}
