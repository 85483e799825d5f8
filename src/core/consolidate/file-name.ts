/**
 * File names of 报送表: named after the unit, safe on Windows (no `\ / : * ? " < > |`, no
 * control characters, no leading dot, no trailing dot or space, no reserved device names) and
 * short enough for every file system: a name is at most 255 bytes in UTF-8 (a Chinese character
 * takes 3), so a long unit name is cut, never the `-报送表-<round>` that says what the file is.
 */
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
/** ext4, NTFS (in UTF-16 units, fewer than bytes), APFS: 255. */
export const MAX_FILE_NAME_BYTES = 255;
/** Room kept for the `（12）` that tells apart two units whose names end up alike. */
const NUMBER_ROOM = 12;
const EXTENSION_ROOM = 10;

/** Bytes of `text` in UTF-8 (core holds no Buffer). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The longest start of `text` that fits `maxBytes` of UTF-8, never splitting a character. */
export function fitUtf8(text: string, maxBytes: number): string {
  let out = '';
  let bytes = 0;
  for (const ch of text) {
    const size = utf8Length(ch);
    if (bytes + size > maxBytes) break;
    out += ch;
    bytes += size;
  }
  return out;
}

/** A file name stem from any text: safe characters, at most `maxBytes` (room left for an extension by default). */
export function safeFileStem(text: string, maxBytes = MAX_FILE_NAME_BYTES - EXTENSION_ROOM): string {
  const clean = (s: string) => s.replace(/^[. ]+/, '').replace(/[. ]+$/, '');
  let stem = clean(text.replace(FORBIDDEN, '_').replace(/\s+/g, ' '));
  if (utf8Length(stem) > maxBytes) stem = clean(fitUtf8(stem, maxBytes));
  if (stem === '' || RESERVED.test(stem)) stem = `_${stem}`;
  return stem;
}

/** `区工信局-报送表-2024-09.xlsx`; a unit name too long for the file system is cut, the rest kept. */
export function returnFileName(unit: string, round: string): string {
  const suffix = `-报送表-${safeFileStem(round)}.xlsx`;
  return `${safeFileStem(unit, MAX_FILE_NAME_BYTES - NUMBER_ROOM - utf8Length(suffix))}${suffix}`;
}
