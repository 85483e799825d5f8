/**
 * Which font names to write for printing, from the fonts a machine has. Official documents want
 * 方正小标宋简体 for titles and 仿宋 for text; where they are missing (Linux, LibreOffice) the
 * nearest installed serif stands in, since a spreadsheet cell names one font and LibreOffice
 * would otherwise fall back to a sans-serif.
 */
import { DEFAULT_PRINT_FONTS, type PrintFonts } from './print-style';

const SERIF_STAND_INS = ['宋体', 'SimSun', 'Noto Serif CJK SC', 'Source Han Serif SC', 'AR PL UMing CN'];

export const FONT_CANDIDATES: Record<keyof PrintFonts, readonly string[]> = {
  title: ['方正小标宋简体', '方正小标宋_GBK', '华文中宋', 'STZhongsong', ...SERIF_STAND_INS],
  body: ['仿宋', '仿宋_GB2312', 'FangSong', 'FangSong_GB2312', '华文仿宋', 'STFangsong', ...SERIF_STAND_INS],
  header: ['黑体', 'SimHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Zen Hei', 'WenQuanYi Micro Hei'],
};

/** The first candidate of each role that is installed; the preferred name when none is. */
export function choosePrintFonts(installedFamilies: Iterable<string>): PrintFonts {
  const installed = new Set([...installedFamilies].map((f) => f.trim().toLowerCase()));
  const pick = (role: keyof PrintFonts) => FONT_CANDIDATES[role].find((f) => installed.has(f.toLowerCase())) ?? DEFAULT_PRINT_FONTS[role];
  return { title: pick('title'), body: pick('body'), header: pick('header') };
}
