const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Reads a Chinese numeral below 1000 (`十二` → 12, `二十` → 20, `一百零五` → 105); null if it is not one. */
export function parseChineseNumeral(text: string): number | null {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return null;
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else {
      digit = DIGITS[ch];
    }
  }
  return total + digit;
}
