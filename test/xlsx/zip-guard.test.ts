/**
 * guardZip: the declared sizes first, then what each entry really inflates to (streamed, never
 * kept, unless too small to matter) and how many rows each worksheet holds. Zips built by hand and real workbooks.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { guardZip } from '../../src/xlsx/zip-guard';
import { MAX_DEFLATE_RATIO, readCentralDirectory, RETURN_ZIP_LIMITS, type ZipEntryInfo, type ZipLimits } from '../../src/xlsx/zip-limits';
import { withDeclaredSize } from '../hostile/corpus';
import { bombEntry, deflatedEntry, writeZip } from '../hostile/zip-writer';

const MB = 1024 * 1024;
const LIMITS: ZipLimits = { maxTotalBytes: 64 * MB, maxEntryBytes: 64 * MB, maxEntries: 100, maxRowsPerSheet: 30_000 };
const SHEET = 'xl/worksheets/sheet1.xml';

/** A real workbook whose first sheet has `rows` rows (and a print-area row break, `<rowBreaks>`). */
async function workbookWithRows(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('报送表');
  for (let r = 1; r <= rows; r++) ws.addRow([`第${r}行`, '推进中', r]);
  ws.getRow(10).addPageBreak();
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('guardZip', () => {
  it('passes a real workbook at exactly the row limit and refuses it one row over, counting rows split across chunks', async () => {
    const wb = await workbookWithRows(30_000);
    const xml = await (await JSZip.loadAsync(wb)).file(SHEET)!.async('string');
    expect(xml).toContain('<rowBreaks');
    expect(await guardZip(wb, LIMITS)).toBeNull();
    expect(await guardZip(wb, { ...LIMITS, maxRowsPerSheet: 29_999 })).toEqual({ kind: 'too-many-rows', entry: SHEET, limit: 29_999 });
  });

  it('refuses an entry that inflates past the size it declares (a header that lies small), when DEFLATE could make it pass the limit', async () => {
    const zip = writeZip([deflatedEntry('[Content_Types].xml', Buffer.from('<Types/>')), deflatedEntry(SHEET, Buffer.alloc(5000, 0x20))]);
    const tight = { ...LIMITS, maxEntryBytes: 10_000 };
    expect(await guardZip(zip, tight)).toBeNull();
    expect(await guardZip(withDeclaredSize(zip, SHEET, 4999), tight)).toEqual({ kind: 'inflates-beyond-declared', entry: SHEET, declaredBytes: 4999 });
  });

  it('does not stream entries too small to pass the limits, whatever they declare: a lying small worksheet is malformed (JSZip checks its size), a lying small part is left to the reader', async () => {
    const zip = writeZip([deflatedEntry('[Content_Types].xml', Buffer.alloc(3000, 0x20)), deflatedEntry(SHEET, Buffer.alloc(5000, 0x20))]);
    expect(await guardZip(withDeclaredSize(zip, SHEET, 4999), LIMITS)).toEqual({ kind: 'malformed' });
    expect(await guardZip(withDeclaredSize(zip, '[Content_Types].xml', 2999), LIMITS)).toBeNull();
  });

  it('counts the rows of a worksheet too small to stream', async () => {
    const wb = await workbookWithRows(800);
    const sheet = (readCentralDirectory(wb, 100) as { entries: ZipEntryInfo[] }).entries.find((e) => e.name === SHEET)!;
    expect(sheet.compressedBytes * MAX_DEFLATE_RATIO).toBeLessThanOrEqual(16 * MB);
    expect(await guardZip(wb, { ...LIMITS, maxRowsPerSheet: 800 })).toBeNull();
    expect(await guardZip(wb, { ...LIMITS, maxRowsPerSheet: 799 })).toEqual({ kind: 'too-many-rows', entry: SHEET, limit: 799 });
  });

  it('stops a 2 GiB bomb that declares 1 MB without inflating it (this would exhaust memory in JSZip)', async () => {
    const bomb = await bombEntry(SHEET, '<worksheet><sheetData>', 2048);
    const zip = writeZip([{ ...bomb, size: MB }]);
    expect(await guardZip(zip, LIMITS)).toEqual({ kind: 'inflates-beyond-declared', entry: SHEET, declaredBytes: MB });
  });

  it('calls broken DEFLATE data or a cut-off entry malformed', async () => {
    const good = deflatedEntry(SHEET, Buffer.from('<worksheet><sheetData><row r="1"/></sheetData></worksheet>'));
    const garbage = { ...good, compressed: Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]) };
    expect(await guardZip(writeZip([garbage]), LIMITS)).toEqual({ kind: 'malformed' });
    expect(await guardZip(withDeclaredSize(writeZip([good]), SHEET, good.size + 100), LIMITS)).toEqual({ kind: 'malformed' });
  });

  it('passes the declared-size refusals through unchanged', async () => {
    const zip = writeZip([deflatedEntry(SHEET, Buffer.alloc(5000, 0x20))]);
    expect(await guardZip(zip, { ...LIMITS, maxEntryBytes: 4999 })).toEqual({ kind: 'entry-too-large', entry: SHEET, declaredBytes: 5000, limitBytes: 4999 });
    expect(await guardZip(Buffer.from('not a zip'), RETURN_ZIP_LIMITS)).toEqual({ kind: 'malformed' });
  });
});
