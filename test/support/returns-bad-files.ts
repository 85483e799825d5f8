/**
 * Real broken returns: a password-protected .xlsx (encrypted by officecrypto-tool, as Excel's
 * 用密码进行加密 does), (an old .xls, converted by LibreOffice: returns-old-xls.ts), a truncated download, a .docx,
 * and a text file renamed to .xlsx.
 */
import JSZip from 'jszip';
import officeCrypto from 'officecrypto-tool';

export async function encrypted(xlsx: Buffer): Promise<Buffer> {
  return Buffer.from(await officeCrypto.encrypt(xlsx, { password: '123456' }));
}

export function truncated(xlsx: Buffer): Buffer {
  return xlsx.subarray(0, Math.floor(xlsx.length / 2));
}

export async function docx(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
  return Buffer.from(await zip.generateAsync({ type: 'uint8array' }));
}

export function textFile(): Buffer {
  return Buffer.from('区财政局 2-05 已完成\n', 'utf8');
}
