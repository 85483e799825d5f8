/**
 * File names of 报送表: named after the unit, safe on Windows (no `\ / : * ? " < > |`, no
 * control characters, no trailing dot or space, no reserved device names, not too long).
 */
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const MAX_STEM = 120;

export function safeFileStem(text: string): string {
  let stem = text.replace(FORBIDDEN, '_').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
  if (stem.length > MAX_STEM) stem = stem.slice(0, MAX_STEM);
  if (stem === '' || RESERVED.test(stem)) stem = `_${stem}`;
  return stem;
}

/** `区工信局-报送表-2024-09.xlsx` */
export function returnFileName(unit: string, round: string): string {
  return `${safeFileStem(`${unit}-报送表-${round}`)}.xlsx`;
}
