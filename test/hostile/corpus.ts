/**
 * The hostile and broken input corpus, generated (never committed as binaries): every file is
 * made here from a real 报送表 written by writeReturnXlsx, or from scratch.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import officeCrypto from 'officecrypto-tool';
import { FIELD_HEADERS } from '../../src/core/consolidate/fields';
import type { ReturnFieldKey } from '../../src/core/consolidate/types';
import { bombEntry, deflatedEntry, writeZip, type ZipEntry } from './zip-writer';

/** The zip path of a sheet, found through workbook.xml and its relationships. */
export async function sheetPath(zip: JSZip, sheetName: string): Promise<string> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const sheet = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="([^"]+)"`).exec(workbook);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const target = new RegExp(`<Relationship [^>]*Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${sheet[1]}"`).exec(rels);
  return `xl/${target![1].replace(/^\/?xl\//, '')}`;
}

/** The workbook with one sheet's XML rewritten. */
export async function rewriteSheet(xlsx: Buffer, sheetName: string, rewrite: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const file = await sheetPath(zip, sheetName);
  zip.file(file, rewrite(await zip.file(file)!.async('string')));
  return Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/** A real return whose 报送表 sheet inflates to `gib` GiB (a few MB on disk). */
export async function zipBomb(xlsx: Buffer, sheetName: string, gib: number): Promise<Buffer> {
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  return bombPart(xlsx, await sheetPath(await JSZip.loadAsync(xlsx), sheetName), head, gib);
}

/** A .docx whose word/document.xml inflates to `gib` GiB. */
export async function docxBomb(gib: number): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', '');
  const docx = Buffer.from(await zip.generateAsync({ type: 'uint8array' }));
  return bombPart(docx, 'word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>', gib);
}

/** The zip with one part replaced by `head` and `gib` GiB of spaces, the other parts kept. */
async function bombPart(bytes: Buffer, part: string, head: string, gib: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const entries: ZipEntry[] = [];
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir) continue;
    entries.push(name === part ? await bombEntry(name, head, gib * 1024) : deflatedEntry(name, Buffer.from(await zip.files[name].async('uint8array'))));
  }
  return writeZip(entries);
}

const CENTRAL_HEADER = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

/** The zip with one entry's declared (uncompressed) size changed in its central and local headers: a header that lies. */
export function withDeclaredSize(zip: Buffer, entry: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const name = Buffer.from(entry, 'utf8');
  for (let at = out.indexOf(CENTRAL_HEADER); at >= 0; at = out.indexOf(CENTRAL_HEADER, at + 4)) {
    if (!out.subarray(at + 46, at + 46 + out.readUInt16LE(at + 28)).equals(name)) continue;
    out.writeUInt32LE(size, at + 24);
    out.writeUInt32LE(size, out.readUInt32LE(at + 42) + 22);
    return out;
  }
  throw new Error(`no entry ${entry}`);
}

/** `count` more rows after the table: the same value down column A, as a fill-down gone wrong does. */
export function appendRows(xml: string, count: number, firstRow: number): string {
  const rows: string[] = [];
  for (let r = firstRow; r < firstRow + count; r++) rows.push(`<row r="${r}"><c r="H${r}" t="inlineStr"><is><t>同上</t></is></c></row>`);
  return xml.replace('</sheetData>', `${rows.join('')}</sheetData>`).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:K${firstRow + count - 1}"/>`);
}

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;

/**
 * A minimal OLE compound file (what .xls and encrypted .xlsx are) holding empty streams with the
 * given names: `Workbook` for an old .xls; `EncryptionInfo` + `EncryptedPackage` for a workbook
 * Excel saved with a password.
 */
export function compoundFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512, 0);
  Buffer.from(CFB_SIGNATURE).copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // directory in sector 1
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(END_OF_CHAIN, 60);
  header.writeUInt32LE(END_OF_CHAIN, 68);
  header.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(FREE, 76 + 4 * i);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);
  const dir = Buffer.alloc(512, 0);
  ['Root Entry', ...streams].forEach((name, i) => {
    const entry = dir.subarray(i * 128, (i + 1) * 128);
    const utf16 = Buffer.from(`${name}\0`, 'utf16le');
    utf16.copy(entry, 0);
    entry.writeUInt16LE(utf16.length, 64);
    entry.writeUInt8(i === 0 ? 5 : 2, 66);
    entry.writeUInt8(1, 67);
    entry.writeUInt32LE(FREE, 68);
    entry.writeUInt32LE(i > 0 && i < streams.length ? i + 1 : FREE, 72);
    entry.writeUInt32LE(i === 0 && streams.length > 0 ? 1 : FREE, 76);
    entry.writeUInt32LE(END_OF_CHAIN, 116);
  });
  return Buffer.concat([header, fat, dir]);
}

/** The workbook encrypted as Excel's 用密码进行加密 does. */
export async function passwordProtected(xlsx: Buffer): Promise<Buffer> {
  return Buffer.from(await officeCrypto.encrypt(xlsx, { password: '123456' }));
}

export async function emptyWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** What a unit sends when it "saves as CSV" and renames the file back to .xlsx. */
export function csvRenamed(): Buffer {
  return Buffer.from('\ufeff任务编号,工作任务,完成状态,进展情况\r\n1-01,示例任务,已完成,已完成\r\n', 'utf8');
}

/** Opens a return, lets `edit` change its 报送表 sheet (protection already removed), saves it. */
export async function editReturn(xlsx: Buffer, sheetName: string, edit: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheetName)!;
  ws.unprotect();
  edit(ws, wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The sheet's header row (the one holding 任务编号) and each field's column, as a unit's Excel shows them. */
export function returnColumns(ws: ExcelJS.Worksheet): { headerRow: number; column: (key: ReturnFieldKey) => number; rowOf: (taskId: string) => number } {
  for (let r = 1; r <= 30; r++) {
    const byHeader = new Map<string, number>();
    ws.getRow(r).eachCell((cell, col) => byHeader.set(String(cell.value), col));
    if (!byHeader.has(FIELD_HEADERS.id)) continue;
    const column = (key: ReturnFieldKey) => {
      const col = byHeader.get(FIELD_HEADERS[key]);
      if (col === undefined) throw new Error(`no column ${key}`);
      return col;
    };
    const rowOf = (taskId: string) => {
      for (let row = r + 1; row <= ws.rowCount; row++) if (ws.getCell(row, column('id')).value === taskId) return row;
      throw new Error(`no row ${taskId}`);
    };
    return { headerRow: r, column, rowOf };
  }
  throw new Error('no header row');
}

/** Adds an external workbook link part, as Excel does when a cell refers to another file. */
export async function withExternalLink(xlsx: Buffer, target: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  zip.file('xl/externalLinks/externalLink1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1" t="str"><v>外部链接的值</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>');
  zip.file('xl/externalLinks/_rels/externalLink1.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="${target}" TargetMode="External"/></Relationships>`);
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdExt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>'));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', workbook.replace('</sheets>', '</sheets><externalReferences><externalReference r:id="rIdExt1"/></externalReferences>'));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>'));
  return Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}
