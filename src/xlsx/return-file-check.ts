/**
 * What kind of file a returned "workbook" really is, before ExcelJS sees it: an .xlsx is a zip
 * ("PK"); an encrypted (password-protected) .xlsx and an old .xls are OLE compound files
 * (D0 CF 11 E0), told apart by the EncryptionInfo stream an encrypted file holds.
 */
import JSZip from 'jszip';

export type FileKind = 'empty' | 'encrypted' | 'xls' | 'not-zip' | 'truncated' | 'not-workbook' | 'xlsx';

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Returns the kind and, for an .xlsx, the opened zip. */
export async function checkReturnFile(bytes: Uint8Array): Promise<{ kind: FileKind; zip?: JSZip }> {
  if (bytes.length === 0) return { kind: 'empty' };
  if (startsWith(bytes, OLE)) return { kind: Buffer.from(bytes).includes(ENCRYPTION_INFO) ? 'encrypted' : 'xls' };
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
