/**
 * The zip size guard, on real .xlsx files written by the app and on zips built by hand (a lying
 * header, too many entries, Zip64, broken directories): what each entry declares, never inflated.
 */
import JSZip from 'jszip';
import { planReturns } from '../../src/core/distribute';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { writeReturnXlsx } from '../../src/xlsx/write-return';
import {
  checkZipLimits,
  LEDGER_ZIP_LIMITS,
  MAX_DEFLATE_RATIO,
  readCentralDirectory,
  RETURN_ZIP_LIMITS,
  zipProblemText,
  type ZipEntryInfo,
  type ZipLimits,
} from '../../src/xlsx/zip-limits';
import { deflatedEntry, writeZip, type ZipEntry } from '../hostile/zip-writer';
import { sampleLedger } from '../support/returns-ledger';

const MB = 1024 * 1024;
const ROOMY: ZipLimits = { maxTotalBytes: 100 * MB, maxEntryBytes: 100 * MB, maxEntries: 100, maxRowsPerSheet: 100 };

async function realReturn(): Promise<Buffer> {
  const plan = planReturns(sampleLedger(), { round: '2024-09' }).returns[0];
  return writeReturnXlsx(plan, '2024-09-10T09:00:00+08:00');
}

/** What JSZip really inflates, entry by entry. */
async function inflatedSizes(bytes: Uint8Array): Promise<Record<string, number>> {
  const zip = await JSZip.loadAsync(bytes);
  const sizes: Record<string, number> = {};
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) sizes[name] = (await zip.files[name].async('uint8array')).length;
  return sizes;
}

function spaces(name: string, bytes: number): ZipEntry {
  return deflatedEntry(name, Buffer.alloc(bytes, 0x20));
}

/** The End of Central Directory record's offset in a zip without a comment. */
function eocd(zip: Buffer): number {
  return zip.length - 22;
}

describe('readCentralDirectory', () => {
  it('lists every entry of a real return with the sizes JSZip inflates it to', async () => {
    const bytes = await realReturn();
    const read = readCentralDirectory(bytes, 100);
    if (!read.ok) throw new Error(read.problem.kind);
    const declared = Object.fromEntries(read.entries.filter((e) => !e.name.endsWith('/')).map((e) => [e.name, e.declaredBytes]));
    expect(declared).toEqual(await inflatedSizes(bytes));
    expect(read.entries.every((e) => e.method === 8 || e.method === 0)).toBe(true);
  });

  it('reads a zip that sits inside a larger buffer (a Buffer from the pool) and one with a comment', async () => {
    const zip = writeZip([spaces('a.xml', 1000)]);
    const pool = Buffer.concat([Buffer.alloc(37, 0x50), zip, Buffer.alloc(11, 0x4b)]);
    expect(readCentralDirectory(pool.subarray(37, 37 + zip.length), 10)).toEqual({ ok: true, entries: [{ name: 'a.xml', method: 8, compressedBytes: zip.readUInt32LE(18), declaredBytes: 1000 }] });
    const commented = await new JSZip().file('说明.txt', '台账').generateAsync({ type: 'uint8array', compression: 'DEFLATE', comment: '广丰区政务公开' });
    expect(readCentralDirectory(commented, 10)).toMatchObject({ entries: [{ name: '说明.txt', declaredBytes: 6 }] });
  });

  it('does not change the bytes it reads', async () => {
    const bytes = await realReturn();
    const copy = Buffer.from(bytes);
    checkZipLimits(bytes, RETURN_ZIP_LIMITS);
    expect(bytes.equals(copy)).toBe(true);
  });
});

describe('checkZipLimits', () => {
  it('passes the app’s own return and ledger, giving the declared total', async () => {
    const ret = await realReturn();
    const total = Object.values(await inflatedSizes(ret)).reduce((a, b) => a + b, 0);
    expect(checkZipLimits(ret, RETURN_ZIP_LIMITS)).toEqual({ ok: true, entries: readEntries(ret), totalBytes: total });
    const ledger = await writeLedgerXlsx(sampleLedger());
    expect(checkZipLimits(ledger, LEDGER_ZIP_LIMITS)).toMatchObject({ ok: true });
  });

  it('refuses a total over the limit, and passes it at exactly the limit', async () => {
    const zip = writeZip([spaces('a.xml', 3000), spaces('b.xml', 4000)]);
    expect(checkZipLimits(zip, { ...ROOMY, maxTotalBytes: 7000 })).toMatchObject({ ok: true, totalBytes: 7000 });
    expect(checkZipLimits(zip, { ...ROOMY, maxTotalBytes: 6999 })).toEqual({ ok: false, problem: { kind: 'total-too-large', declaredBytes: 7000, limitBytes: 6999 } });
  });

  it('refuses one entry over the entry limit, naming it', () => {
    const zip = writeZip([spaces('a.xml', 3000), spaces('xl/worksheets/sheet1.xml', 4000)]);
    expect(checkZipLimits(zip, { ...ROOMY, maxEntryBytes: 3999 })).toEqual({ ok: false, problem: { kind: 'entry-too-large', entry: 'xl/worksheets/sheet1.xml', declaredBytes: 4000, limitBytes: 3999 } });
  });

  it('refuses a header that claims more than DEFLATE can produce from its data, however small', () => {
    const honest = spaces('xl/sharedStrings.xml', 50_000);
    const lying = { ...honest, size: honest.compressed.length * MAX_DEFLATE_RATIO + 1 };
    expect(checkZipLimits(writeZip([honest]), ROOMY)).toMatchObject({ ok: true });
    expect(checkZipLimits(writeZip([{ ...honest, size: honest.compressed.length * MAX_DEFLATE_RATIO }]), ROOMY)).toMatchObject({ ok: true });
    expect(checkZipLimits(writeZip([lying]), ROOMY)).toEqual({ ok: false, problem: { kind: 'lying-header', entry: 'xl/sharedStrings.xml', compressedBytes: honest.compressed.length, declaredBytes: lying.size } });
  });

  it('refuses a stored (uncompressed) entry that claims more than its bytes', () => {
    const zip = writeZip([spaces('a.xml', 10)]);
    zip.writeUInt16LE(0, eocd(zip) - 46 - 5 + 10); // central header: method 0 (stored)
    expect(checkZipLimits(zip, ROOMY)).toMatchObject({ ok: false, problem: { kind: 'lying-header', entry: 'a.xml' } });
  });

  it('refuses absurdly many entries before reading them', () => {
    const zip = writeZip(Array.from({ length: 101 }, (_, i) => deflatedEntry(`p${i}.xml`, Buffer.from('x'))));
    expect(checkZipLimits(zip, ROOMY)).toEqual({ ok: false, problem: { kind: 'too-many-entries', entries: 101, limit: 100 } });
  });

  it('refuses Zip64: a locator before the end record, or sizes and counts that defer to it', () => {
    const zip = writeZip([spaces('a.xml', 10)]);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    const withLocator = Buffer.concat([zip.subarray(0, eocd(zip)), locator, zip.subarray(eocd(zip))]);
    expect(checkZipLimits(withLocator, ROOMY)).toEqual({ ok: false, problem: { kind: 'zip64' } });
    const count = Buffer.from(zip);
    count.writeUInt16LE(0xffff, eocd(zip) + 10);
    expect(checkZipLimits(count, ROOMY)).toEqual({ ok: false, problem: { kind: 'zip64' } });
    const size = Buffer.from(zip);
    size.writeUInt32LE(0xffffffff, eocd(zip) - 46 - 5 + 24);
    expect(checkZipLimits(size, ROOMY)).toEqual({ ok: false, problem: { kind: 'zip64' } });
  });

  it('calls a file malformed when the directory is missing, cut off, or points outside the file', async () => {
    const zip = await realReturn();
    const badSignature = Buffer.from(zip);
    const cdSize = zip.readUInt32LE(eocd(zip) + 12);
    badSignature.writeUInt32LE(0x12345678, eocd(zip) - cdSize);
    const badOffset = Buffer.from(zip);
    badOffset.writeUInt32LE(zip.length, eocd(zip) + 16);
    const cases = [new Uint8Array(0), Buffer.from('PK'), zip.subarray(0, zip.length - 10), zip.subarray(0, Math.floor(zip.length / 2)), Buffer.from('任务编号,工作任务\r\n'), badSignature, badOffset];
    expect(cases.map((bytes) => checkZipLimits(bytes, ROOMY))).toEqual(cases.map(() => ({ ok: false, problem: { kind: 'malformed' } })));
  });
});

describe('zipProblemText', () => {
  it('says each refusal in Chinese, with sizes in MB', () => {
    expect(zipProblemText({ kind: 'total-too-large', declaredBytes: 2048 * MB + 120, limitBytes: 64 * MB })).toBe(
      '解压后将超过 64 MB（压缩包声明 2048 MB），可能是压缩炸弹或异常庞大的文件，已拒绝读取',
    );
    expect(zipProblemText({ kind: 'entry-too-large', entry: 'xl/worksheets/sheet1.xml', declaredBytes: 64 * MB + 1, limitBytes: 64 * MB })).toBe(
      '其中的“xl/worksheets/sheet1.xml”解压后将超过 64 MB（压缩包声明 64.1 MB），可能是压缩炸弹或异常庞大的文件，已拒绝读取',
    );
    expect(zipProblemText({ kind: 'lying-header', entry: 'word/document.xml', compressedBytes: 10, declaredBytes: 20_000 })).toBe(
      '其中的“word/document.xml”声明的解压大小与实际数据不符，文件头不可信（可能是压缩炸弹），已拒绝读取',
    );
    expect(zipProblemText({ kind: 'too-many-entries', entries: 60000, limit: 2000 })).toBe('压缩包内有 60000 个部件，超过上限 2000 个，不是正常的 Office 文件，已拒绝读取');
    expect(zipProblemText({ kind: 'inflates-beyond-declared', entry: 'xl/worksheets/sheet1.xml', declaredBytes: 10 })).toBe(
      '其中的“xl/worksheets/sheet1.xml”声明的解压大小与实际数据不符，文件头不可信（可能是压缩炸弹），已拒绝读取',
    );
    expect(zipProblemText({ kind: 'too-many-rows', entry: 'xl/worksheets/sheet1.xml', limit: 100_000 })).toBe(
      '其中的工作表“xl/worksheets/sheet1.xml”超过 100000 行，可能是异常庞大的文件（如整列填充到底），已拒绝读取',
    );
    expect(zipProblemText({ kind: 'zip64' })).toBe('使用了 Zip64 大文件格式，正常的报送表、台账和任务分解表不会用到，已拒绝读取');
  });
});

function readEntries(bytes: Uint8Array): ZipEntryInfo[] {
  const read = readCentralDirectory(bytes, 1000);
  if (!read.ok) throw new Error(read.problem.kind);
  return read.entries;
}
