/**
 * What kind of file a returned "workbook" really is, before ExcelJS sees it: an .xlsx is a zip
 * ("PK"); an encrypted (password-protected) .xlsx and an old .xls are OLE compound files
 * (D0 CF 11 E0), told apart by the EncryptionInfo stream an encrypted file holds.
 */
import JSZip from 'jszip';

export type FileKind = 'empty' | 'encrypted' | 'xls' | 'not-zip' | 'truncated' | 'not-workbook' | 'xlsx';

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
/** `EncryptionInfo` in UTF-16LE, as a compound file names its streams (no Buffer: this also runs in the task pane). */
const ENCRYPTION_INFO = [...'EncryptionInfo'].flatMap((ch) => [ch.charCodeAt(0), 0]);

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, needle: number[]): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Returns the kind and, for an .xlsx, the opened zip. */
export async function checkReturnFile(bytes: Uint8Array): Promise<{ kind: FileKind; zip?: JSZip }> {
  if (bytes.length === 0) return { kind: 'empty' };
  if (startsWith(bytes, OLE)) return { kind: contains(bytes, ENCRYPTION_INFO) ? 'encrypted' : 'xls' };
  if (!startsWith(bytes, ZIP)) return { kind: 'not-zip' };
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { kind: 'truncated' };
  }
  if (!zip.file('xl/workbook.xml')) return { kind: 'not-workbook' };
  return { kind: 'xlsx', zip };
}
